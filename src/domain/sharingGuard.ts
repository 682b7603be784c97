import { normaliseText } from './normaliseText';
import { findPii } from './piiGuard';
import type { PiiHit } from './piiTypes';

/**
 * Whether an edit to text shared live with another organisation must stay on this device for
 * now. The analysis syncs keystroke by keystroke, so an identity number would reach the other
 * side digit by digit before any check at "send". So an edit is held back while it holds an
 * identity number that the shared text does not already hold, and while a number is being
 * typed at the caret (`cursor`; null once the person has left the field): any number may
 * still become one, and its first digits would already identify the birth date.
 */
export type HoldReason = 'identity_number' | 'typing_number';

// At the caret: a digit, a digit and a dash or plus (any dash: the text is normalised), or a
// six- or eight-digit date and a space (720908 + 6425 is still being typed; a year is not).
const TYPING_NUMBER = /(?:\d(?: ?[-+] ?)?|(?<!\d)(?:\d{6}|\d{8}) )$/;

export function holdBack(next: string, shared: string, cursor: number | null): HoldReason | null {
  // Runs on every keystroke: each text is searched once.
  const sharedHits = findPii(shared);
  const alreadyShared = new Set(sharedHits.filter((hit) => hit.severity === 'block').map((hit) => hit.text));
  const hits = findPii(next);
  if (hits.some((hit) => hit.severity === 'block' && !alreadyShared.has(hit.text))) return 'identity_number';
  // "Pnr 720908, sista fyra …": the first half of an identity number, announced as one.
  const sharedDates = new Set(sharedHits.map((hit) => hit.text));
  if (hits.some((hit) => isLabelledIdentityPart(next, hit) && !sharedDates.has(hit.text))) return 'identity_number';
  if (cursor === null) return null;
  const before = next.slice(0, cursor);
  const typing = isTypingNumber(before) && before !== shared.slice(0, cursor);
  return typing ? 'typing_number' : null;
}

/** A birth date right after a label that says it is (part of) an identity number. */
const IDENTITY_LABEL =
  /(?:\bp\.?-?nr|\bpers(?:on)?\.?\s?nr|\bpersonnummer|\bsamordningsn(?:umme)?r|\breservn(?:umme)?r)\W{0,3}$/i;

function isLabelledIdentityPart(text: string, hit: PiiHit): boolean {
  return (
    hit.kind === 'birthDate' &&
    IDENTITY_LABEL.test(normaliseText(text.slice(Math.max(0, hit.start - 24), hit.start)).text)
  );
}

function isTypingNumber(beforeCaret: string): boolean {
  // Only the end matters; normalising a short tail keeps this cheap on long texts.
  return TYPING_NUMBER.test(normaliseText(beforeCaret.slice(-40)).text);
}
