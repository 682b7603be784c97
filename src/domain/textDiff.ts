/** The single splice that turns one string into another: delete `deleteCount` at `index`, insert `insert`. */
export interface TextSplice {
  readonly index: number;
  readonly deleteCount: number;
  readonly insert: string;
}

/**
 * The smallest single splice between two versions of a field, found by trimming the common
 * prefix and suffix. Applying it to a shared Y.Text (instead of replacing the whole text)
 * keeps what another person typed elsewhere in the same field.
 * `cursor` (where the caret ended up) disambiguates repeated characters, e.g. typing "a" in "aa".
 */
export function spliceBetween(before: string, after: string, cursor = after.length): TextSplice | null {
  if (before === after) return null;
  const maxPrefix = Math.min(before.length, after.length);
  // The edit ends at the caret, so the prefix cannot reach past where the new text ends before it.
  const prefixLimit = Math.min(maxPrefix, Math.max(0, cursor - Math.max(0, after.length - before.length)));
  let prefix = 0;
  while (prefix < prefixLimit && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  return {
    index: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}
