import { For, Show } from 'solid-js';
import type { Alternative, RegisterValue } from '../domain/scalarRegister';

export interface ConflictTexts {
  alsoEntered: (name: string, org: string, value: string) => string;
  keepThis: string;
  keepCurrent: (value: string) => string;
  empty: string;
}

/**
 * A scalar that two people set differently while apart: the value that lost the tie-break
 * stays visible with who entered it, until someone chooses. Choosing writes that value again,
 * which replaces every value this device sees, on every device.
 */
export function ConflictNote(props: {
  id: string;
  label: string;
  current: RegisterValue;
  alternatives: Alternative[];
  format: (value: RegisterValue) => string;
  onKeep: (value: RegisterValue) => void;
  texts: ConflictTexts;
}) {
  const show = (value: RegisterValue) => (value === null || value === '' ? props.texts.empty : props.format(value));
  return (
    <Show when={props.alternatives.length > 0}>
      <div class="conflict" role="group" aria-labelledby={`${props.id}-conflict`} data-conflict={props.id}>
        <ul id={`${props.id}-conflict`}>
          <For each={props.alternatives}>
            {(alt) => (
              <li>
                <span>{props.texts.alsoEntered(alt.entry.name, alt.entry.orgName, show(alt.entry.value))}</span>{' '}
                <button
                  type="button"
                  class="button button--small"
                  aria-label={`${props.texts.keepThis}: ${show(alt.entry.value)}, ${props.label}`}
                  onClick={() => props.onKeep(alt.entry.value)}
                >
                  {props.texts.keepThis}
                </button>
              </li>
            )}
          </For>
        </ul>
        <button
          type="button"
          class="button button--small"
          aria-label={`${props.texts.keepCurrent(show(props.current))}, ${props.label}`}
          onClick={() => props.onKeep(props.current)}
        >
          {props.texts.keepCurrent(show(props.current))}
        </button>
      </div>
    </Show>
  );
}
