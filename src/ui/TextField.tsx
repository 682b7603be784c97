import { describedBy, FieldLabel, FieldMessages } from './FieldMessages';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** When the field loses focus, with its value (a date typed part by part is whole by then). */
  onBlur?: (value: string) => void;
  type?: 'text' | 'date' | 'datetime-local' | 'email' | 'tel';
  hint?: string;
  error?: string;
  required?: boolean;
  requiredText: string;
  optionalText: string;
  autocomplete?: string;
  /** The keyboard a touch screen offers ('numeric' for a typed date). */
  inputMode?: 'text' | 'numeric' | 'email' | 'tel';
  /** For a date: the earliest and latest day the control offers (typing is checked apart, on leaving). */
  min?: string;
  max?: string;
}

/** A labelled one-line input; every keystroke goes straight to `onInput` (autosave). */
export function TextField(props: TextFieldProps) {
  return (
    <div class="field" classList={{ 'field--invalid': !!props.error }}>
      <FieldLabel
        for={props.id}
        label={props.label}
        required={props.required}
        requiredText={props.requiredText}
        optionalText={props.optionalText}
      />
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onBlur={(e) => props.onBlur?.(e.currentTarget.value)}
        aria-invalid={props.error ? 'true' : undefined}
        aria-required={props.required ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        autocomplete={props.autocomplete ?? 'off'}
        inputMode={props.inputMode}
        min={props.min}
        max={props.max}
      />
      <FieldMessages id={props.id} hint={props.hint} error={props.error} />
    </div>
  );
}
