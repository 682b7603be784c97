import { randomBytes } from 'node:crypto';

/** How long a ticket may wait for its socket. */
const TICKET_TTL_MS = 30_000;
/** Tickets held at most (each is taken within seconds; a flood must not grow memory). */
const MAX_TICKETS = 20_000;

/**
 * Short-lived, single-use tickets for opening the multiplexed socket, so the app never puts its
 * long-lived device token in a URL (proxy logs, console errors). A ticket stands for the token it
 * was issued against, which is verified again (expiry, revocation) when the socket opens.
 */
export function createSyncTickets(now: () => number = Date.now) {
  const tickets = new Map<string, { token: string; expiresAt: number }>();
  const prune = () => {
    const t = now();
    for (const [ticket, entry] of tickets) if (entry.expiresAt <= t) tickets.delete(ticket);
    while (tickets.size >= MAX_TICKETS) tickets.delete(tickets.keys().next().value!);
  };
  return {
    issue(token: string): { ticket: string; expiresAt: number } {
      prune();
      const ticket = randomBytes(24).toString('base64url');
      const expiresAt = now() + TICKET_TTL_MS;
      tickets.set(ticket, { token, expiresAt });
      return { ticket, expiresAt };
    },
    /** The token a ticket stands for, once; null when unknown, used or expired. */
    take(ticket: string): string | null {
      const entry = tickets.get(ticket);
      tickets.delete(ticket);
      return entry && entry.expiresAt > now() ? entry.token : null;
    },
  };
}
export type SyncTickets = ReturnType<typeof createSyncTickets>;
