import * as v from 'valibot';

/**
 * A scalar field two people may change apart (a date, a decision, a category). Yjs keeps one
 * value of a map key when two devices set it offline and drops the other without a trace; the
 * issue forbids that. So a scalar is a small map of entries, one per write, keyed by a fresh id:
 * a write adds its entry and deletes the entries its writer could see. Two writes that did not
 * see each other both survive the merge, and the field shows a conflict until someone chooses.
 */

export const RegisterValueSchema = v.union([v.string(), v.number(), v.boolean(), v.null()]);
export type RegisterValue = v.InferOutput<typeof RegisterValueSchema>;

export const RegisterEntrySchema = v.object({
  value: RegisterValueSchema,
  personId: v.pipe(v.string(), v.maxLength(64)),
  name: v.pipe(v.string(), v.maxLength(200)),
  orgName: v.pipe(v.string(), v.maxLength(200)),
  at: v.number(),
});
export type RegisterEntry = v.InferOutput<typeof RegisterEntrySchema>;

/** A value that lost the tie-break but is kept for a decision: "also entered by …". */
export interface Alternative {
  key: string;
  entry: RegisterEntry;
}

export interface ResolvedRegister {
  /** The value shown, null when the field was never set. */
  value: RegisterValue;
  /** Who set the shown value. */
  entry: RegisterEntry | null;
  /** The other concurrent values with a different value, newest first; empty when none. */
  alternatives: Alternative[];
}

/**
 * Resolves a register's entries (as read from the doc; entries that fail the schema are
 * ignored). Every device picks the same value: the latest write, ties broken by key.
 * Concurrent writes of the same value are no conflict.
 */
export function resolveRegister(entries: Iterable<[string, unknown]>): ResolvedRegister {
  const valid: Alternative[] = [];
  for (const [key, raw] of entries) {
    const parsed = v.safeParse(RegisterEntrySchema, raw);
    if (parsed.success) valid.push({ key, entry: parsed.output });
  }
  if (valid.length === 0) return { value: null, entry: null, alternatives: [] };
  valid.sort((a, b) => b.entry.at - a.entry.at || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  const [winner, ...rest] = valid as [Alternative, ...Alternative[]];
  const seen = new Set<RegisterValue>([winner.entry.value]);
  const alternatives = rest.filter((alt) => {
    if (seen.has(alt.entry.value)) return false;
    seen.add(alt.entry.value);
    return true;
  });
  return { value: winner.entry.value, entry: winner.entry, alternatives };
}
