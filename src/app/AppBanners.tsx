import { Show } from 'solid-js';
import { useLocation } from '@solidjs/router';
import { ROUTES } from './routes';
import { useI18n } from './i18n';
import { hasSentReport, persistAnswer, persistJustAsked, setPersistJustAsked } from '../primitives/reportPrompts';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { storageFailure } from '../primitives/storageFailure';
import { formShowsStatusLine } from '../primitives/statusLine';
import SyncIndicator from './SyncIndicator';
import { SyncAlerts } from './SyncAlerts';
import { InstallPrompt } from '../pwa/InstallPrompt';
import { DraftUndoNotice } from './DraftUndoNotice';
import { FeedbackNotice } from './FeedbackNotice';

/**
 * What the app says about itself, quietly: one status line (stored? connected?), and only when
 * something happens a notice (a draft deleted, with Ångra; an answer to her report; a new
 * version). The install and storage prompts wait until she has sent a report: before that they
 * only stand between her and the form.
 */
export default function AppBanners() {
  const { t } = useI18n();
  const location = useLocation();
  // The install offer waits on the lists, never over a form or a case she is reading.
  const onList = () => location.pathname === ROUTES.list || location.pathname.startsWith(ROUTES.inbox);
  return (
    <div class="banners">
      <Show when={storageFailure()}>
        <p class="banner banner--error" role="alert">
          {t().save.quota}
        </p>
      </Show>
      <SyncAlerts />
      <Show when={!formShowsStatusLine()}>
        <SyncIndicator />
      </Show>
      <UpdatePrompt />
      <DraftUndoNotice />
      <FeedbackNotice />
      <Show when={hasSentReport()}>
        {/* One prompt at a time. A browser that promised to keep the reports says so once; one
            that did not is answered by the install offer ("Lägg appen på hemskärmen" said it twice). */}
        <Show when={persistJustAsked() && persistAnswer()} fallback={<Show when={onList()}>{<InstallPrompt />}</Show>}>
          <div class="banner banner--info" role="status">
            <p>{t().storage.persisted}</p>
            <button type="button" class="button button--small" onClick={() => setPersistJustAsked(false)}>
              {t().pwa.dismiss}
            </button>
          </div>
        </Show>
      </Show>
    </div>
  );
}
