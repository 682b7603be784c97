import { splitProps } from 'solid-js';
import { PiiTextArea, type PiiTextAreaProps } from './PiiTextArea';

/** Why a shared text is held on this device (the sharing guard's reasons). */
type HoldReason = 'identity_number' | 'typing_number';

/** The controller of a text another organisation reads (createHeldTextField gives one). */
export interface SharedTextControl {
  shown(): string;
  reason(): HoldReason | null;
  edit(value: string, cursor: number | null): void;
  leave(): void;
  replace(start: number, end: number, by: string): void;
}

export interface SharedTextAreaProps extends Omit<
  PiiTextAreaProps,
  'value' | 'onEdit' | 'onReplace' | 'onLeave' | 'note'
> {
  control: SharedTextControl;
  /** What the field says while it holds text back, per reason. */
  heldTexts: Record<HoldReason, string>;
}

/**
 * A PII-guarded text that another organisation reads: it shows what the person typed, says why
 * any of it stays on this device (an identity number as the field's error, a number being typed
 * as a polite note), and finishes a number being typed when the person leaves the field.
 */
export function SharedTextArea(props: SharedTextAreaProps) {
  const [own, rest] = splitProps(props, ['control', 'heldTexts', 'error']);
  const reason = () => own.control.reason();
  return (
    <PiiTextArea
      {...rest}
      value={own.control.shown()}
      onEdit={(value, cursor) => own.control.edit(value, cursor)}
      onReplace={(hit, by) => own.control.replace(hit.start, hit.end, by)}
      onLeave={() => own.control.leave()}
      error={reason() === 'identity_number' ? own.heldTexts.identity_number : own.error}
      note={reason() === 'typing_number' ? own.heldTexts.typing_number : undefined}
    />
  );
}
