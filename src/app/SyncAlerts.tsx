import { Match, Switch } from 'solid-js';
import { CloseCode } from '../protocol/closeCodes';
import { connection, enrollment } from '../primitives/syncSignals';
import { useI18n } from './i18n';

/** A revoked or expired device is not quiet: it is told plainly, as an alert, on every screen. */
export function SyncAlerts() {
  const { t } = useI18n();
  return (
    <Switch>
      <Match when={enrollment() && connection().code === CloseCode.revoked}>
        <p class="banner banner--error" role="alert" data-sync-connection="revoked">
          {t().sync.revoked}
        </p>
      </Match>
      <Match
        when={enrollment() && connection().state === 'stopped' && connection().code === CloseCode.unauthorized}
      >
        <p class="banner banner--error" role="alert" data-sync-connection="unauthorized">
          {t().sync.reenroll}
        </p>
      </Match>
    </Switch>
  );
}
