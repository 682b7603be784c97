import * as v from 'valibot';
import { mergeText } from './textMerge';

/**
 * An edit of a shared text held on this device (see sharingGuard): the text as this person
 * has it, and `base`, the shared text it was made from. Keeping the base is what lets the
 * edit be released as a three-way merge, so nothing typed meanwhile on the other side is lost.
 */
export interface HeldEdit {
  readonly base: string;
  readonly text: string;
}

/** Stored on the device (localStorage), so it carries a version marker. */
const HeldEditV1 = v.object({ v: v.literal(1), base: v.string(), text: v.string() });

export function encodeHeldEdit(held: HeldEdit): string {
  return JSON.stringify({ v: 1, base: held.base, text: held.text });
}

/**
 * Reads a stored held edit. Before version 1 only the text was stored; its base is unknown, so
 * the shared text as it is now (`shared`) stands in for it.
 */
export function decodeHeldEdit(raw: string, shared: string): HeldEdit {
  let data: unknown = null;
  try {
    data = JSON.parse(raw);
  } catch {
    // Not JSON: a plain text from before version 1.
  }
  const parsed = v.safeParse(HeldEditV1, data);
  return parsed.success ? { base: parsed.output.base, text: parsed.output.text } : { base: shared, text: raw };
}

/**
 * The held edit moved onto the shared text as it is now: what others typed shows in this
 * person's text, which keeps their own edit, and the new shared text becomes its base.
 */
export function rebaseHeldEdit(held: HeldEdit, shared: string): HeldEdit {
  if (shared === held.base) return held;
  return { base: shared, text: mergeText(held.base, held.text, shared) };
}
