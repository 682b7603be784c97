import { For, Show } from 'solid-js';
import { describedBy, FieldMessages } from './FieldMessages';

/** A set of choices as large touch targets, grouped under a legend. */
export function RadioGroup(props: {
  id: string;
  legend: string;
  value: string;
  /** `detail` is a second, smaller line (a document's full name); `lang` marks text in another language. */
  options: readonly { value: string; label: string; detail?: string; lang?: string }[];
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  requiredText: string;
  optionalText: string;
}) {
  return (
    <fieldset
      id={props.id}
      role="radiogroup"
      class="field radio-group"
      classList={{ 'field--invalid': !!props.error }}
      aria-describedby={describedBy(props.id, undefined, props.error)}
      aria-required={props.required ? 'true' : undefined}
      aria-invalid={props.error ? 'true' : undefined}
      tabindex="-1"
    >
      <legend class="field-label">
        {props.legend} <span class="field-need">({props.required ? props.requiredText : props.optionalText})</span>
      </legend>
      <For each={props.options}>
        {(option) => (
          <label class="radio">
            <input
              type="radio"
              name={props.id}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <span lang={option.lang}>
              {option.label}
              <Show when={option.detail}>
                <span class="radio-detail">{option.detail}</span>
              </Show>
            </span>
          </label>
        )}
      </For>
      <FieldMessages id={props.id} error={props.error} />
    </fieldset>
  );
}
