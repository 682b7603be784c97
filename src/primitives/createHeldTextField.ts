import { batch, createEffect, createMemo, createSignal, on, untrack, type Accessor } from 'solid-js';
import type { HoldReason } from '../domain/sharingGuard';
import { makeHeldField, type HeldFieldPorts } from './heldText';

export interface HeldTextFieldOptions extends Omit<HeldFieldPorts, 'shared' | 'onChange'> {
  /** The shared text as it is now. */
  value: Accessor<string>;
  /** False while only a snapshot is drawn: that is no base to merge the held edit onto. */
  ready?: Accessor<boolean>;
}

/**
 * A text field another organisation reads, for a screen: an identity number (or a number still
 * being typed) stays on this device, kept across reloads, and is shared once replaced or
 * finished, merged with what the others typed meanwhile (see makeHeldField).
 */
export function createHeldTextField(options: HeldTextFieldOptions) {
  const [version, changed] = createSignal(undefined, { equals: false });
  const field = makeHeldField({
    ...options,
    shared: () => untrack(options.value),
    onChange: () => changed(),
  });
  createEffect(
    on([options.value, () => options.ready?.() ?? true], ([, ready]) => {
      if (ready) field.sharedChanged();
    }),
  );
  // A memo: a string equal to the last one wakes nothing (the hit list under the field stays as it is).
  const shown = createMemo((): string => {
    version();
    return field.held()?.text ?? options.value();
  });
  const tracked =
    <T>(read: () => T) =>
    () => {
      version();
      return read();
    };
  return {
    shown,
    reason: tracked((): HoldReason | null => field.reason()),
    held: tracked(() => field.held()),
    // One batch each: the field never draws the shared text without the released edit in between.
    edit: (value: string, cursor: number | null) => batch(() => void field.edit(value, cursor)),
    leave: () => batch(() => field.leave()),
    replace: (start: number, end: number, by: string) => batch(() => field.replace(start, end, by)),
  };
}
export type HeldTextField = ReturnType<typeof createHeldTextField>;
