import { Show } from 'solid-js';
import { cachedIdentity, connection, enrollment } from '../primitives/syncSignals';
import { createOnline } from '../primitives/createOnline';
import { SavePart } from '../ui/SaveIndicator';
import { useI18n } from './i18n';

/**
 * The app's one quiet status line: whether what she typed is stored (on the report form) and
 * whether the app reaches the relay: "✓ Sparat · Ingen täckning – skickas när täckningen är
 * tillbaka". It replaces a stack of banners that said the same thing four ways. (A revoked or
 * expired device is told apart, as an alert: SyncAlerts.)
 */
export default function SyncIndicator(props: {
  save?: 'unsaved' | 'saving' | 'saved' | 'error';
  /** Each write as it happens (shown smoothed as `save`), for measuring keystroke to disk. */
  writing?: 'saving' | 'saved' | 'error';
}) {
  const { t } = useI18n();
  const online = createOnline();
  const texts = () => t().reporting.status;
  // Read at once from the cached identity: the sync engine fills in the enrollment at idle.
  const enrolled = () => enrollment() !== null || cachedIdentity() !== null;
  // Before the engine's first connection the socket reads "offline": with a network that is "connecting".
  const state = () => {
    if (!online()) return 'offline';
    const current = connection().state;
    return current === 'offline' ? 'connecting' : current;
  };
  // A failed write is the form's alert, with its retry; the line then says nothing about saving.
  const save = () => (props.save === 'error' ? undefined : props.save);
  return (
    <p class="status-line" role="status" data-write-state={props.writing}>
      <Show when={save()}>
        {(current) => (
          <>
            <SavePart state={current()} texts={texts()} />
            <Show when={current() !== 'unsaved'}>
              <span aria-hidden="true"> · </span>
            </Show>
          </>
        )}
      </Show>
      <Show
        when={enrolled()}
        fallback={
          <span class="status-part" data-sync-connection="not-enrolled">
            {texts().notEnrolled}
          </span>
        }
      >
        <span class="status-part" data-sync-connection={state()}>
          {texts().connection[state()]}
        </span>
      </Show>
    </p>
  );
}
