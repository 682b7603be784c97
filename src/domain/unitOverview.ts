import type { CaseIndexEntry } from './caseIndex';
import type { IsoDate } from './isoDate';
import { isOverdue, isUnanswered, isUnseen, ourUnitKey, type InboxDirection } from './inbox';

/** One of our units in the coordinator's overview, with what needs her attention there. */
export interface UnitCounts {
  /** The unit's key in the list's `enhet` filter (see `ourUnitKey`). */
  key: string;
  name: string;
  total: number;
  new: number;
  overdue: number;
  unanswered: number;
}

/**
 * Counts per unit of the cases in one direction (rows already that direction's): new (changed
 * by someone else since opened here), overdue and unanswered. Units with the most overdue come
 * first, then most unanswered, then by name. Pure: the index rows the inbox holds anyway.
 */
export function countPerUnit(
  rows: readonly CaseIndexEntry[],
  direction: InboxDirection,
  today: IsoDate,
  unitNames: ReadonlyMap<string, string> = new Map(),
): UnitCounts[] {
  const units = new Map<string, UnitCounts>();
  for (const row of rows) {
    if (row.status === 'draft') continue;
    const key = ourUnitKey(row, direction);
    if (!key) continue;
    let counts = units.get(key);
    if (!counts) {
      const name = unitNames.get(key) ?? (direction === 'received' ? row.receivingUnit : row.reporterUnit);
      counts = { key, name: name || key, total: 0, new: 0, overdue: 0, unanswered: 0 };
      units.set(key, counts);
    }
    counts.total++;
    if (isUnseen(row)) counts.new++;
    if (isOverdue(row, today)) counts.overdue++;
    if (isUnanswered(row)) counts.unanswered++;
  }
  return [...units.values()].sort(
    (a, b) => b.overdue - a.overdue || b.unanswered - a.unanswered || a.name.localeCompare(b.name, 'sv'),
  );
}
