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

/** What a guarded text field needs: the held text's ports, plus one-tap replacement. */
export interface HeldFieldPorts extends Omit<HeldTextPorts, 'onChange'> {
  /** Replaces a range of the shared text (the PII guard's one-tap replacement, nothing held). */
  replace(start: number, end: number, by: string): void;
  /** Whether another organisation reads this text now; while not (a draft), edits are shared at once. */
  guarded?(): boolean;
  /** Told whenever what the field shows, or why it holds, may have changed. */
  onChange?(): void;
}

/**
 * The whole behaviour of a text field another organisation reads, without the screen: every
 * keystroke, leaving the field and the one-tap replacement go through the sharing guard. The
 * screens (createHeldTextField) and the relay tests drive this same controller.
 */
export function makeHeldField(ports: HeldFieldPorts) {
  const text = makeHeldText({ ...ports, onChange: () => ports.onChange?.() });
  let why: HoldReason | null = null;
  const shown = () => text.held()?.text ?? ports.shared();
  const edit = (value: string, cursor: number | null): HoldReason | null => {
    if (ports.guarded?.() === false && text.held() === null) {
      ports.share(value, cursor ?? undefined);
      why = null;
    } else why = text.edit(value, cursor);
    ports.onChange?.();
    return why;
  };
  return {
    held: text.held,
    /** What the person sees: the held text, or else the shared one. */
    shown,
    /** Why the text stays on this device now (null: nothing is held). */
    reason(): HoldReason | null {
      const held = text.held();
      if (held === null) return null;
      // Held before a reload: a number left half typed reads as still being typed.
      return why ?? holdBack(held.text, ports.shared(), null) ?? 'typing_number';
    },
    edit,
    /** Leaving the field ends the typing of a number: shared now, unless it is an identity number. */
    leave(): void {
      const held = text.held();
      if (held !== null) edit(held.text, null);
    },
    /** One-tap replacement of a hit: straight into the shared text, or into the held one. */
    replace(start: number, end: number, by: string): void {
      if (text.held() === null) {
        ports.replace(start, end, by);
        return;
      }
      const now = shown();
      edit(now.slice(0, start) + by + now.slice(end), start + by.length);
    },
    sharedChanged: text.sharedChanged,
  };
}
export type HeldField = ReturnType<typeof makeHeldField>;
