import { Match, Switch } from 'solid-js';
import type { Dictionary } from '../i18n/sv';

/** Shows whether what was typed is on the device's disk; a failure asks for a retry. */
export function SaveIndicator(props: {
  state: 'saving' | 'saved' | 'error';
  quota: boolean;
  texts: Dictionary['save'];
  onRetry: () => void;
}) {
  return (
    <Switch>
      <Match when={props.state === 'error'}>
        <div class="save-indicator save-indicator--error" role="alert">
          <p>{props.quota ? props.texts.quota : props.texts.error}</p>
          <button type="button" class="button" onClick={() => props.onRetry()}>
            {props.texts.retry}
          </button>
        </div>
      </Match>
      <Match when={true}>
        <p
          class="save-indicator"
          classList={{ 'save-indicator--saved': props.state === 'saved' }}
          role="status"
          data-save-state={props.state}
        >
          {props.state === 'saved' ? props.texts.saved : props.texts.saving}
        </p>
      </Match>
    </Switch>
  );
}

/**
 * The save part of the app's one status line: "Sparar…" or "✓ Sparat" once the write has
 * committed; empty (but present, for whoever watches it) while a new report holds nothing yet.
 */
export function SavePart(props: { state: 'unsaved' | 'saving' | 'saved'; texts: Dictionary['reporting']['status'] }) {
  return (
    <span
      class="status-part save-indicator"
      classList={{ 'save-indicator--saved': props.state === 'saved' }}
      data-save-state={props.state}
    >
      {props.state === 'saved' ? props.texts.saved : props.state === 'saving' ? props.texts.saving : ''}
    </span>
  );
}

/** A failed write, in the form: an alert with a retry, so nothing typed is lost while the disk is full. */
export function SaveFailure(props: { quota: boolean; texts: Dictionary['save']; onRetry: () => void }) {
  return (
    <div class="save-indicator save-indicator--error" role="alert" data-save-state="error">
      <p>{props.quota ? props.texts.quota : props.texts.error}</p>
      <button type="button" class="button" onClick={() => props.onRetry()}>
        {props.texts.retry}
      </button>
    </div>
  );
}
