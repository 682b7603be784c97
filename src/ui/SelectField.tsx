import { For, Show } from 'solid-js';
import { describedBy, FieldLabel, FieldMessages } from './FieldMessages';

export interface SelectOption {
  value: string;
  label: string;
  /** Options with the same group are listed together under it (an organisation's units). */
  group?: string;
}

/** Options in their groups, groups in order of first appearance; options without a group first. */
function grouped(options: readonly SelectOption[]): { group: string | undefined; options: SelectOption[] }[] {
  const groups = new Map<string | undefined, SelectOption[]>();
  for (const option of options) {
    const list = groups.get(option.group) ?? [];
    list.push(option);
    groups.set(option.group, list);
  }
  return [...groups].map(([group, list]) => ({ group, options: list }));
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
  const option = (o: SelectOption) => (
    <option value={o.value} selected={o.value === props.value}>
      {o.label}
    </option>
  );
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
        <For each={grouped(props.options)}>
          {(part) => (
            <Show when={part.group} fallback={<For each={part.options}>{option}</For>}>
              <optgroup label={part.group}>
                <For each={part.options}>{option}</For>
              </optgroup>
            </Show>
          )}
        </For>
      </select>
      <FieldMessages id={props.id} hint={props.hint} error={props.error} />
    </div>
  );
}
