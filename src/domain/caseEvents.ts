import * as v from 'valibot';
import { CASE_ACTIONS, nextStatus, type CaseStatus } from './status';

/**
 * One entry in a case's append-only event log (its own Y.Doc). Status is never stored:
 * it is derived from the log, so two devices that act offline merge into one defined state.
 */
export const CaseEventSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  action: v.picklist(CASE_ACTIONS),
  /** Milliseconds since epoch on the acting device. */
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  actor: v.object({
    name: v.pipe(v.string(), v.maxLength(200)),
    role: v.pipe(v.string(), v.maxLength(200)),
    unit: v.pipe(v.string(), v.maxLength(200)),
    organisation: v.pipe(v.string(), v.maxLength(200)),
    /** Set by the relay from the device's token (a logged event); absent on a proposal. */
    personId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  }),
  comment: v.optional(v.pipe(v.string(), v.maxLength(5000))),
  /**
   * The relay's sequence number once it has logged the event (see caseLog.ts); `at` is then the
   * relay's receive time and `deviceAt` the device's own. Without it the event is this device's
   * proposal, not yet logged.
   */
  seq: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  deviceAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type CaseEvent = v.InferOutput<typeof CaseEventSchema>;

/** Keeps the well-formed events of an untrusted list; a broken entry never hides the others. */
export function parseCaseEvents(items: readonly unknown[]): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (const item of items) {
    const result = v.safeParse(CaseEventSchema, item);
    if (result.success) events.push(result.output);
  }
  return events;
}

/** Whether the relay has logged the event (it carries the relay's sequence number). */
export function isLogged(event: CaseEvent): boolean {
  return event.seq !== undefined;
}

/**
 * Orders events as every device folds them: the relay's log in its order, then this device's
 * proposals not yet logged, by time and id (they apply after what the relay has decided).
 */
export function orderEvents(events: readonly CaseEvent[]): CaseEvent[] {
  return [...events].sort((a, b) => {
    if (a.seq !== undefined || b.seq !== undefined) {
      if (a.seq === undefined) return 1;
      if (b.seq === undefined) return -1;
      return a.seq - b.seq;
    }
    return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** The status the log leads to; events not allowed at their point are kept in the log but skipped. */
export function deriveStatus(events: readonly CaseEvent[]): CaseStatus {
  let status: CaseStatus = 'draft';
  for (const event of orderEvents(events)) {
    status = nextStatus(status, event.action) ?? status;
  }
  return status;
}

/** When the case was first submitted, or null while it is a draft. */
export function submittedAt(events: readonly CaseEvent[]): number | null {
  return orderEvents(events).find((e) => e.action === 'submit')?.at ?? null;
}

/**
 * The timestamp for a new event: now, but never before an event this device has already seen.
 * Events are ordered by time, so a device whose clock runs behind (or another device's clock
 * running ahead) would otherwise slot an action before the events it answers, and it would
 * have no effect. Concurrent events, unseen by each other, still order by their clocks.
 */
export function causalTimestamp(seen: readonly CaseEvent[], now: number): number {
  return seen.reduce((latest, event) => Math.max(latest, event.at + 1), now);
}
