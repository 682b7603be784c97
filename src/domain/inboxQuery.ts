import { CASE_STATUSES, type CaseStatus } from './status';
import type { InboxDirection, InboxFilter } from './inbox';

/** What the inbox shows, as it is written in its address, so a count can link to its cases. */
export interface InboxView {
  direction: InboxDirection;
  filter: InboxFilter;
}

type Params = Partial<Record<string, string | string[] | undefined>>;

/** Swedish parameter names, as people see them in the address bar. */
const TEXT_KEYS = {
  status: 'status',
  area: 'omrade',
  agreementId: 'overenskommelse',
  counterpart: 'organisation',
  unit: 'enhet',
  search: 'sok',
} as const;
const FLAG_KEYS = { newOnly: 'nya', overdueOnly: 'forsenade', unansweredOnly: 'obesvarade' } as const;
const DIRECTION_KEY = 'riktning';
const DIRECTION_WORDS: Record<InboxDirection, string> = { received: 'till', sent: 'fran' };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Reads the inbox view from the address's query; anything unknown or malformed is left out. */
export function parseInboxQuery(params: Params): InboxView {
  const filter: InboxFilter = {};
  for (const [field, key] of Object.entries(TEXT_KEYS) as [keyof typeof TEXT_KEYS, string][]) {
    const value = first(params[key])?.trim().slice(0, 200);
    if (!value) continue;
    if (field === 'status') {
      if ((CASE_STATUSES as readonly string[]).includes(value) && value !== 'draft')
        filter.status = value as CaseStatus;
    } else filter[field] = value;
  }
  for (const [field, key] of Object.entries(FLAG_KEYS) as [keyof typeof FLAG_KEYS, string][]) {
    if (first(params[key]) === '1') filter[field] = true;
  }
  const direction = first(params[DIRECTION_KEY]) === DIRECTION_WORDS.sent ? 'sent' : 'received';
  return { direction, filter };
}

/** Whether the address names a direction (without one, the inbox may pick the side that has cases). */
export function namesDirection(params: Params): boolean {
  return first(params[DIRECTION_KEY]) !== undefined;
}

/**
 * The side a coordinator lands on when the address names none: received cases first, unless her
 * organisation has none and has sent some (a kommun that mostly reports).
 */
export function sideWithCases(totals: Record<InboxDirection, number>): InboxDirection {
  return totals.received === 0 && totals.sent > 0 ? 'sent' : 'received';
}

/** The query for a view: only what is set, in a fixed order, so equal views give equal addresses. */
export function inboxQuery(view: InboxView): Record<string, string> {
  const query: Record<string, string> = {};
  if (view.direction === 'sent') query[DIRECTION_KEY] = DIRECTION_WORDS.sent;
  for (const [field, key] of Object.entries(TEXT_KEYS) as [keyof typeof TEXT_KEYS, string][]) {
    const value = view.filter[field];
    if (value) query[key] = value;
  }
  for (const [field, key] of Object.entries(FLAG_KEYS) as [keyof typeof FLAG_KEYS, string][]) {
    if (view.filter[field]) query[key] = '1';
  }
  return query;
}

/** The inbox's address for a view, e.g. `/inkorg?enhet=vgr-avd12&forsenade=1`. */
export function inboxHref(base: string, view: InboxView): string {
  const search = new URLSearchParams(inboxQuery(view)).toString();
  return search ? `${base}?${search}` : base;
}

/** Every parameter the inbox reads, so the route can clear them all when a view changes. */
export const INBOX_QUERY_KEYS: readonly string[] = [
  DIRECTION_KEY,
  ...Object.values(TEXT_KEYS),
  ...Object.values(FLAG_KEYS),
];
