import { Show } from 'solid-js';

/** Ids of a field's hint and error, for aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** The hint and the error under a field; the error is what a screen reader hears with the field. */
export function FieldMessages(props: { id: string; hint?: string; error?: string }) {
  return (
    <>
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="field-hint">
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field-error">
          {props.error}
        </p>
      </Show>
    </>
  );
}

export function FieldLabel(props: {
  for: string;
  label: string;
  required?: boolean;
  requiredText: string;
  optionalText: string;
}) {
  return (
    <label for={props.for} class="field-label">
      {props.label} <span class="field-need">({props.required ? props.requiredText : props.optionalText})</span>
    </label>
  );
}
