import type { TimelineEntry } from './analysis';

/**
 * The course of events in the order things happened. Entries live in a map (no list position
 * to fight over when two people add events at once), so the order is derived, identically on
 * every device: by when it happened; entries without a time last; then by when they were
 * written down, then by id.
 */
export function orderTimeline<T extends Pick<TimelineEntry, 'id' | 'createdAt' | 'when'>>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    const wa = a.when.value;
    const wb = b.when.value;
    if (wa !== wb) {
      if (wa === null) return 1;
      if (wb === null) return -1;
      return wa < wb ? -1 : 1;
    }
    return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** Entries by creation (actions, causes): stable under concurrent inserts, never renumbered. */
export function orderByCreation<T extends { id: string; createdAt: number }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
