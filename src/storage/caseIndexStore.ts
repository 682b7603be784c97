import * as v from 'valibot';
import { CaseIndexEntrySchema, deriveIndexEntry, type CaseIndexEntry, type SyncState } from '../domain/caseIndex';
import type { CaseStatus } from '../domain/status';
import type { RegionProfile } from '../domain/regionProfile';
import { readEvents } from './eventLog';
import { readCreatedAt, readReport } from './reportDoc';
import type { SamverkaDb } from './db';
import type { OpenCaseDocs } from './caseDocs';

/**
 * Derives the index row from the open docs and stores it. The sync state belongs to the sync
 * layer, so an existing row's state is kept unless `syncState` is given.
 */
export async function writeIndexEntry(
  db: SamverkaDb,
  docs: OpenCaseDocs,
  profileFor: (profileId: string | undefined) => RegionProfile,
  now: number,
  syncState?: SyncState,
): Promise<CaseIndexEntry> {
  const report = readReport(docs.report);
  return db.transaction('rw', db.cases, async () => {
    const existing = await db.cases.get(docs.id);
    const entry = deriveIndexEntry({
      id: docs.id,
      report,
      events: readEvents(docs.events),
      profile: profileFor(report.profileId),
      createdAt: readCreatedAt(docs.report) ?? existing?.createdAt ?? now,
      updatedAt: now,
      syncState: syncState ?? existing?.syncState ?? 'local',
    });
    await db.cases.put(entry);
    return entry;
  });
}

/** Index rows read back from IndexedDB are validated; a corrupt row is skipped, not shown half. */
function validRows(rows: unknown[]): CaseIndexEntry[] {
  const valid: CaseIndexEntry[] = [];
  for (const row of rows) {
    const result = v.safeParse(CaseIndexEntrySchema, row);
    if (result.success) valid.push(result.output);
  }
  return valid;
}

/** One page of cases in the given statuses, most recently changed first. */
export async function listCasesPage(
  db: SamverkaDb,
  statuses: readonly CaseStatus[],
  limit: number,
): Promise<{ rows: CaseIndexEntry[]; total: number }> {
  // The compound index walks each status newest-first without loading the rest of the table.
  const pages = await Promise.all(
    statuses.map((status) =>
      db.cases
        .where('[status+updatedAt]')
        .between([status, -Infinity], [status, Infinity])
        .reverse()
        .limit(limit)
        .toArray(),
    ),
  );
  const total = await db.cases
    .where('status')
    .anyOf([...statuses])
    .count();
  const rows = validRows(pages.flat())
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, limit);
  return { rows, total };
}

export async function getIndexEntry(db: SamverkaDb, id: string): Promise<CaseIndexEntry | null> {
  return validRows([await db.cases.get(id)])[0] ?? null;
}
