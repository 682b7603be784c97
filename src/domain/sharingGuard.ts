import { findPii } from './piiGuard';

/**
 * Whether an edit to text shared live with another organisation must stay on this device for
 * now. The analysis syncs keystroke by keystroke, so an identity number would reach the other
 * side digit by digit before any check at "send". So an edit is held back while it holds an
 * identity number that the shared text does not already hold, and while a number is being
 * typed at the caret (`cursor`; null once the person has left the field): any number may
 * still become one, and its first digits would already identify the birth date.
 */
export type HoldReason = 'identity_number' | 'typing_number';

export function holdBack(next: string, shared: string, cursor: number | null): HoldReason | null {
  const alreadyShared = new Set(
    findPii(shared)
      .filter((hit) => hit.severity === 'block')
      .map((hit) => hit.text),
  );
  if (findPii(next).some((hit) => hit.severity === 'block' && !alreadyShared.has(hit.text))) return 'identity_number';
  if (cursor === null) return null;
  const typing = /\d[-+]?$/.test(next.slice(0, cursor)) && next.slice(0, cursor) !== shared.slice(0, cursor);
  return typing ? 'typing_number' : null;
}
