import { For } from 'solid-js';
import { describedBy, FieldLabel, FieldMessages } from './FieldMessages';

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  placeholder: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  requiredText: string;
  optionalText: string;
}) {
  return (
    <div class="field" classList={{ 'field--invalid': !!props.error }}>
      <FieldLabel
        for={props.id}
        label={props.label}
        required={props.required}
        requiredText={props.requiredText}
        optionalText={props.optionalText}
      />
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        aria-invalid={props.error ? 'true' : undefined}
        aria-required={props.required ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        <option value="">{props.placeholder}</option>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
      <FieldMessages id={props.id} hint={props.hint} error={props.error} />
    </div>
  );
}
