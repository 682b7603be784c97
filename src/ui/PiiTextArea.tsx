import { createEffect, createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { findPii, isNameListLoaded, PII_REPLACEMENT, preloadNameList, type PiiHit } from '../domain/piiGuard';
import type { Dictionary } from '../i18n/sv';
import { describedBy, FieldLabel, FieldMessages } from './FieldMessages';

export interface PiiTextAreaProps {
  id: string;
  label: string;
  value: string;
  /** Called on every keystroke with the new value and where the caret ended. */
  onEdit: (value: string, cursor: number) => void;
  /** Replace the hit's range with the placeholder. */
  onReplace: (hit: PiiHit, replacement: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  requiredText: string;
  optionalText: string;
  texts: Dictionary['pii'];
  rows?: number;
  /** The person left the field, its replace buttons too (a number being typed there is finished). */
  onLeave?: () => void;
  /** Why the text is not shared yet, announced politely and read with the field. */
  note?: string;
}

/**
 * A free-text field that highlights personal data as the user types. A mirror layer behind the
 * textarea draws the marks; the list under it says what was found (for screen readers too)
 * and offers one-tap replacement.
 */
export function PiiTextArea(props: PiiTextAreaProps) {
  // The list of common names loads at idle, after the form has drawn (it is not in the form's
  // first JS); the hits are found again once it is there.
  const [namesLoaded, setNamesLoaded] = createSignal(isNameListLoaded());
  onMount(() => {
    if (namesLoaded()) return;
    const load = () => void preloadNameList().then(() => setNamesLoaded(isNameListLoaded()));
    const idle = window.requestIdleCallback?.(load, { timeout: 2000 }) ?? window.setTimeout(load, 500);
    onCleanup(() => (window.cancelIdleCallback ?? window.clearTimeout)(idle));
  });
  const hits = createMemo(() => {
    namesLoaded();
    return findPii(props.value);
  });
  let backdrop: HTMLDivElement | undefined;
  let field: HTMLTextAreaElement | undefined;
  const replace = (hit: PiiHit) => {
    props.onReplace(hit, PII_REPLACEMENT);
    // The button disappears with the hit: give focus back to the text, after the placeholder.
    queueMicrotask(() => {
      const caret = hit.start + PII_REPLACEMENT.length;
      field?.focus();
      field?.setSelectionRange(caret, caret);
    });
  };
  const hitsId = () => `${props.id}-pii`;
  const noteId = () => `${props.id}-held`;
  // Someone else's typing arrives as a new value: keep this person's caret where it was in the
  // text (shifted by what was inserted or removed before it), not thrown to the end.
  createEffect(() => {
    const next = props.value;
    if (!field || field.value === next) return;
    if (document.activeElement !== field) {
      field.value = next;
      return;
    }
    const prev = field.value;
    const [start, end] = [field.selectionStart, field.selectionEnd];
    let prefix = 0;
    while (prefix < prev.length && prefix < next.length && prev[prefix] === next[prefix]) prefix++;
    const shift = (pos: number) => (pos <= prefix ? pos : Math.max(prefix, pos + next.length - prev.length));
    field.value = next;
    field.setSelectionRange(shift(start), shift(end));
  });

  const segments = createMemo(() => {
    const parts: { text: string; hit?: PiiHit }[] = [];
    let at = 0;
    for (const hit of hits()) {
      if (hit.start > at) parts.push({ text: props.value.slice(at, hit.start) });
      parts.push({ text: hit.text, hit });
      at = hit.end;
    }
    // A trailing newline needs a character after it, or the mirror is one line short.
    parts.push({ text: `${props.value.slice(at)}\u200b` });
    return parts;
  });

  return (
    <div
      class="field"
      classList={{ 'field--invalid': !!props.error }}
      // Left when focus goes outside the field: its own replace buttons are still in it.
      onFocusOut={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) props.onLeave?.();
      }}
    >
      <FieldLabel
        for={props.id}
        label={props.label}
        required={props.required}
        requiredText={props.requiredText}
        optionalText={props.optionalText}
      />
      <div class="pii-field">
        <div class="pii-backdrop" aria-hidden="true" ref={backdrop}>
          <For each={segments()}>
            {(part) =>
              part.hit ? <mark class={`pii-mark pii-mark--${part.hit.severity}`}>{part.text}</mark> : part.text
            }
          </For>
        </div>
        <textarea
          ref={field}
          id={props.id}
          rows={props.rows ?? 6}
          onInput={(e) => props.onEdit(e.currentTarget.value, e.currentTarget.selectionEnd)}
          onScroll={(e) => {
            if (backdrop) backdrop.scrollTop = e.currentTarget.scrollTop;
          }}
          aria-invalid={props.error ? 'true' : undefined}
          aria-required={props.required ? 'true' : undefined}
          aria-describedby={
            [describedBy(props.id, props.hint, props.error), props.note ? noteId() : '', hits().length ? hitsId() : '']
              .filter(Boolean)
              .join(' ') || undefined
          }
          spellcheck={true}
          lang="sv"
        />
      </div>
      <FieldMessages id={props.id} hint={props.hint} error={props.error} />
      {/* Always there, so a screen reader hears the note when it appears. */}
      <div id={noteId()} aria-live="polite" data-held-note>
        <Show when={props.note}>
          <p class="field-hint">{props.note}</p>
        </Show>
      </div>
      <div id={hitsId()} class="pii-hits" aria-live="polite">
        <Show when={hits().length > 0}>
          <p class="pii-hits-title">{props.texts.found(hits().length)}</p>
          <ul>
            <For each={hits()}>
              {(hit) => (
                <li class={`pii-hit pii-hit--${hit.severity}`} data-kind={hit.kind}>
                  <span>
                    <strong>{props.texts.kind[hit.kind]}</strong> <q>{hit.text}</q>{' '}
                    {hit.severity === 'block' ? props.texts.block : props.texts.warn}
                    <Show when={hit.checksumValid === false}> {props.texts.checksumInvalid}</Show>
                  </span>
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={props.texts.replaceLabel(props.texts.kind[hit.kind], hit.text)}
                    onClick={() => replace(hit)}
                  >
                    {props.texts.replace}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </div>
  );
}
