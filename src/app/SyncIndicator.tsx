import { Match, Show, Switch } from 'solid-js';
import { CloseCode } from '../protocol/closeCodes';
import { connection, enrollment } from '../primitives/syncSignals';
import { useI18n } from './i18n';

/** The device's sync connection in one line; a revoked or expired device is told plainly. */
export default function SyncIndicator() {
  const { t } = useI18n();
  return (
    <Show when={enrollment()}>
      <Switch>
        <Match when={connection().code === CloseCode.revoked}>
          <p class="banner banner--error" role="alert" data-sync-connection="revoked">
            {t().sync.revoked}
          </p>
        </Match>
        <Match when={connection().state === 'stopped' && connection().code === CloseCode.unauthorized}>
          <p class="banner banner--error" role="alert" data-sync-connection="unauthorized">
            {t().sync.reenroll}
          </p>
        </Match>
        <Match when={true}>
          <p class="sync-connection" role="status" data-sync-connection={connection().state}>
            {t().sync.connection[connection().state]}
          </p>
        </Match>
      </Switch>
    </Show>
  );
}
