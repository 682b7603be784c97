import { decodeHeldEdit, encodeHeldEdit, rebaseHeldEdit, type HeldEdit } from '../domain/heldEdit';
import { holdBack, type HoldReason } from '../domain/sharingGuard';

/**
 * Text held back from sharing (see domain/sharingGuard), kept on this device only, so it
 * survives a reload or a closed app until the person replaces the identity number.
 */
const key = (caseId: string, fieldId: string) => `samverka:held:${caseId}:${fieldId}`;

/** The held edit of a field, if any; `shared` stands in for the base of one stored before it was kept. */
export function readHeld(caseId: string, fieldId: string, shared: string): HeldEdit | null {
  try {
    const raw = localStorage.getItem(key(caseId, fieldId));
    return raw === null ? null : decodeHeldEdit(raw, shared);
  } catch {
    return null;
  }
}

export function writeHeld(caseId: string, fieldId: string, held: HeldEdit | null): void {
  try {
    if (held === null) localStorage.removeItem(key(caseId, fieldId));
    else localStorage.setItem(key(caseId, fieldId), encodeHeldEdit(held));
  } catch {
    // Storage refused (private mode, full): the text still stays on screen until replaced.
  }
}

/** What a held field needs from the shared text it edits. */
export interface HeldTextPorts {
  caseId: string;
  fieldId: string;
  /** The shared text as it is now. */
  shared(): string;
  /** Shares a keystroke's edit (nothing held). */
  share(next: string, cursor?: number): void;
  /** Shares a held edit made from `base`, merged with what others typed since. */
  release(base: string, held: string): void;
  /** Told whenever the held edit changes (null: nothing held). */
  onChange?(held: HeldEdit | null): void;
}

/**
 * One shared text field with the sharing guard: keystrokes are shared, or held here while
 * an identity number is in them (or a number is being typed at the caret). While held, the
 * others' edits are merged into the held text (call `sharedChanged`), and the release shares
 * only this person's own changes, so neither side loses a character.
 */
export function makeHeldText(ports: HeldTextPorts) {
  let held = readHeld(ports.caseId, ports.fieldId, ports.shared());
  const set = (next: HeldEdit | null) => {
    held = next;
    writeHeld(ports.caseId, ports.fieldId, next);
    ports.onChange?.(next);
  };
  return {
    held: () => held,
    /** A new value of the field, the caret where it ended (null: the person left the field). */
    edit(value: string, cursor: number | null): HoldReason | null {
      const shared = ports.shared();
      const reason = holdBack(value, shared, cursor);
      if (reason) {
        set({ base: held?.base ?? shared, text: value });
        return reason;
      }
      const was = held;
      if (was === null) {
        ports.share(value, cursor ?? undefined);
        return null;
      }
      // Cleared first: the release changes the shared text, which must not be merged in again.
      set(null);
      ports.release(was.base, value);
      return null;
    },
    /** The shared text changed: carry the held edit onto it. */
    sharedChanged(): void {
      if (held !== null && held.base !== ports.shared()) set(rebaseHeldEdit(held, ports.shared()));
    },
  };
}
export type HeldText = ReturnType<typeof makeHeldText>;
