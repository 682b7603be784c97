import * as v from 'valibot';
import type { Collection } from 'dexie';
import {
  CaseIndexEntrySchema,
  deriveIndexEntry,
  SYNC_STATES,
  type CaseIndexEntry,
  type SyncState,
} from '../domain/caseIndex';
import { CASE_STATUSES, type CaseStatus } from '../domain/status';
import type { RegionProfile } from '../domain/regionProfile';
import { readEscalations, readEvents } from './eventLog';
import { readAuthorPersonId, readCreatedAt, readReport } from './reportDoc';
import { seenAtAfterWrite } from '../domain/inbox';
import type { SamverkaDb } from './db';
import type { OpenCaseDocs } from './caseDocs';

export interface IndexWriteOptions {
  /** Set by the sync layer; otherwise an existing row's sync state is kept. */
  syncState?: SyncState;
  /**
   * Reconcile instead of record a change: write only if the row differs from the docs, and
   * then keep its updatedAt. Used when a case opens, to repair a row whose last debounced
   * write was lost (the app closed within the debounce window).
   */
  onlyIfChanged?: boolean;
  /**
   * The change was made on this device (its person typed or acted): she has seen it, so it
   * never marks the case "Ny" for her. Changes synced from elsewhere leave it unset.
   */
  byThisDevice?: boolean;
}

/** Derives the index row from the open docs and stores it. */
export async function writeIndexEntry(
  db: SamverkaDb,
  docs: OpenCaseDocs,
  profileFor: (profileId: string | undefined) => RegionProfile,
  now: number,
  options: IndexWriteOptions = {},
): Promise<CaseIndexEntry> {
  const report = readReport(docs.report);
  const escalated = readEscalations(docs.events).length > 0;
  const authorPersonId = readAuthorPersonId(docs.report);
  return db.transaction('rw', db.cases, async () => {
    const existing = await db.cases.get(docs.id);
    const derive = (updatedAt: number, seenAt: number | null) =>
      deriveIndexEntry({
        id: docs.id,
        report,
        events: readEvents(docs.events),
        profile: profileFor(report.profileId),
        createdAt: readCreatedAt(docs.report) ?? existing?.createdAt ?? now,
        updatedAt,
        syncState: options.syncState ?? existing?.syncState ?? 'local',
        escalated,
        seenAt,
        authorPersonId,
      });
    const seenAt = existing?.seenAt ?? null;
    if (options.onlyIfChanged && existing) {
      const unchanged = derive(existing.updatedAt, seenAt);
      if (JSON.stringify(unchanged) === JSON.stringify(existing)) return existing;
      // Only the sync state, or fields this version adds (a row written before they existed):
      // store them without calling it a change, or the case would turn "Ny" for nothing.
      if (onlyBookkeeping(existing, unchanged)) {
        await db.cases.put(unchanged);
        return unchanged;
      }
    }
    const entry = derive(now, seenAtAfterWrite(seenAt, now, options.byThisDevice ?? false));
    await db.cases.put(entry);
    return entry;
  });
}

/** True when `next` differs from `row` only in its sync state or in keys `row` does not have. */
function onlyBookkeeping(row: object, next: object): boolean {
  const before = row as Record<string, unknown>;
  return Object.entries(next).every(
    ([key, value]) => key === 'syncState' || !(key in before) || JSON.stringify(before[key]) === JSON.stringify(value),
  );
}

/**
 * Index rows read back from IndexedDB are validated; a corrupt row is skipped, not shown half.
 * A row of exactly the schema's shape passes a plain check and is kept as read (what the schema
 * would return is a copy equal to it); anything else, a row from an older version, a stray key,
 * a wrong type, goes through the schema. Valibot on every row cost an inbox of 2,000 cases tens
 * of milliseconds on a slow tablet.
 */
export function validRows(rows: unknown[]): CaseIndexEntry[] {
  const valid: CaseIndexEntry[] = [];
  for (const row of rows) {
    if (hasIndexShape(row)) {
      valid.push(row);
      continue;
    }
    const result = v.safeParse(CaseIndexEntrySchema, row);
    if (result.success) valid.push(result.output);
  }
  return valid;
}

const STRING_KEYS = [
  'id',
  'profileId',
  'title',
  'summary',
  'reporterUnit',
  'reporterOrganisation',
  'receivingOrganisation',
  'receivingUnit',
  'receivingUnitId',
  'receivingOrgId',
  'agreementId',
  'area',
  'eventDate',
  'discoveredDate',
] as const;
const NUMBER_KEYS = ['createdAt', 'updatedAt'] as const;
const NULLABLE_NUMBER_KEYS = ['submittedAt', 'seenAt'] as const;
const STATUSES: ReadonlySet<unknown> = new Set(CASE_STATUSES);
const SYNC: ReadonlySet<unknown> = new Set(SYNC_STATES);
/** Every key the quick check knows: the schema's, or the quick check is off (`INDEX_SHAPE_KNOWN`). */
const SHAPE_KEYS: ReadonlySet<string> = new Set([
  ...STRING_KEYS,
  ...NUMBER_KEYS,
  ...NULLABLE_NUMBER_KEYS,
  'status',
  'syncState',
  'deadline',
  'escalated',
  'authorPersonId',
]);
/** False if the schema gained or lost a key the quick check does not know of: then every row takes the schema. */
export const INDEX_SHAPE_KNOWN =
  Object.keys(CaseIndexEntrySchema.entries).length === SHAPE_KEYS.size &&
  Object.keys(CaseIndexEntrySchema.entries).every((key) => SHAPE_KEYS.has(key));

const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);

/** True when the schema would accept `row` and return a copy of it, key for key. */
export function hasIndexShape(row: unknown): row is CaseIndexEntry {
  if (!INDEX_SHAPE_KNOWN || typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  for (const key in r) if (!SHAPE_KEYS.has(key)) return false;
  for (const key of STRING_KEYS) if (typeof r[key] !== 'string') return false;
  for (const key of NUMBER_KEYS) if (!isNumber(r[key])) return false;
  for (const key of NULLABLE_NUMBER_KEYS) if (r[key] !== null && !isNumber(r[key])) return false;
  return (
    STATUSES.has(r.status) &&
    SYNC.has(r.syncState) &&
    (r.deadline === null || typeof r.deadline === 'string') &&
    (!('escalated' in r) || typeof r.escalated === 'boolean') &&
    (!('authorPersonId' in r) || typeof r.authorPersonId === 'string') &&
    v.UUID_REGEX.test(r.id as string)
  );
}

/** One page of cases in the given statuses, most recently changed first. */
export async function listCasesPage(
  db: SamverkaDb,
  statuses: readonly CaseStatus[],
  limit: number,
  /** Leave out cases sent to this unit or organisation (they belong in its inbox, not its own reports). */
  exclude: ReceiverScope | null = null,
): Promise<CaseIndexEntry[]> {
  // A cursor (`each` with `until`), never `limit().toArray()`: IndexedDB's getAll cannot run
  // backwards, so Dexie would read a whole range and reverse it in memory.
  const collect = async (collection: Collection<CaseIndexEntry, string>): Promise<unknown[]> => {
    const rows: unknown[] = [];
    await collection.until(() => rows.length >= limit, true).each((row) => void rows.push(row));
    return rows;
  };
  // One status: its own compound index, newest first. Several (e.g. every sent status): one
  // walk of updatedAt, newest first, keeping the matching rows; far fewer reads than one
  // cursor per status when the statuses cover most cases.
  const wanted = new Set<string>(statuses);
  const pages =
    statuses.length === 1
      ? [
          await collect(
            db.cases.where('[status+updatedAt]').between([statuses[0], -Infinity], [statuses[0], Infinity]).reverse(),
          ),
        ]
      : [
          await collect(
            db.cases
              .orderBy('updatedAt')
              .reverse()
              .filter((row) => wanted.has(row.status) && !isReceivedBy(row, exclude)),
          ),
        ];
  return validRows(pages.flat())
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, limit);
}

/**
 * How many cases are in the given statuses. Kept apart from the page query so the first rows
 * draw without waiting for it (counting thousands of rows costs tens of milliseconds).
 */
export async function countCases(
  db: SamverkaDb,
  statuses: readonly CaseStatus[],
  exclude: ReceiverScope | null = null,
): Promise<number> {
  if (exclude) {
    // Rare (an enrolled receiving side): count with the same rule the page uses.
    return db.cases
      .where('status')
      .anyOf([...statuses])
      .filter((row) => !isReceivedBy(row, exclude))
      .count();
  }
  // One index count per status: `anyOf(...).count()` would walk a cursor over every row.
  const counts = await Promise.all(statuses.map((status) => db.cases.where('status').equals(status).count()));
  return counts.reduce((sum, n) => sum + n, 0);
}

export async function getIndexEntry(db: SamverkaDb, id: string): Promise<CaseIndexEntry | null> {
  return validRows([await db.cases.get(id)])[0] ?? null;
}

/**
 * Whose inbox a case belongs to: a unit, or (for a coordinator) any unit of an organisation;
 * with `personId`, "Mina rapporter" also leaves out reports another person wrote (her unit's
 * or organisation's, which a manager or coordinator receives too, but did not send).
 */
export type ReceiverScope = { unitId: string; orgId?: string; personId?: string };

function isReceivedBy(
  row: { receivingUnitId?: string; receivingOrgId?: string; authorPersonId?: string },
  scope: ReceiverScope | null,
): boolean {
  if (!scope) return false;
  if (scope.personId && row.authorPersonId && row.authorPersonId !== scope.personId) return true;
  return row.receivingUnitId === scope.unitId || (scope.orgId !== undefined && row.receivingOrgId === scope.orgId);
}

/**
 * The inbox's rows: every case sent to a unit; for a coordinator (the organisation's named
 * function) every case sent to, or reported by, any unit of the organisation.
 */
export async function loadInboxRows(
  db: SamverkaDb,
  scope: { unitId: string } | { orgId: string; orgName?: string },
): Promise<CaseIndexEntry[]> {
  if ('unitId' in scope) {
    const rows = await db.cases.where('receivingUnitId').equals(scope.unitId).toArray();
    return validRows(rows).filter((row) => row.status !== 'draft');
  }
  const received = await db.cases.where('receivingOrgId').equals(scope.orgId).toArray();
  // Reported by the organisation's own units: no index (a coordinator's view only), so a scan.
  const reported = scope.orgName
    ? await db.cases
        .filter((row) => row.reporterOrganisation === scope.orgName && row.receivingOrgId !== scope.orgId)
        .toArray()
    : [];
  return validRows([...received, ...reported]).filter((row) => row.status !== 'draft');
}

/** Marks a case as seen on this device now. */
export async function markSeen(db: SamverkaDb, id: string, at: number): Promise<void> {
  await db.cases.update(id, { seenAt: at });
}

/**
 * The inbox's first screen without reading the whole inbox: the soonest deadlines of the unit
 * (or organisation) in one forward read of the [receiver+deadline] index, answered and closed
 * cases left out. The full set follows for filtering.
 */
export async function loadInboxFirstScreen(
  db: SamverkaDb,
  scope: { unitId: string } | { orgId: string },
  limit: number,
): Promise<CaseIndexEntry[]> {
  const [index, key] =
    'unitId' in scope ? ['[receivingUnitId+deadline]', scope.unitId] : ['[receivingOrgId+deadline]', scope.orgId];
  // Forward order is deadline order, so IndexedDB can answer with one getAll; read a margin for
  // the answered cases dropped below.
  const rows = await db.cases
    .where(index)
    .between([key, ''], [key, '\uffff'])
    .limit(limit * 2)
    .toArray();
  return validRows(rows.filter((row) => !['draft', 'answered', 'closed'].includes(row.status))).slice(0, limit);
}
