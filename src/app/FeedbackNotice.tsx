import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { feedbackTitle, reporterFeedback } from '../domain/reporterFeedback';
import { createFeedbackNotice } from '../primitives/createFeedbackNotice';
import { cachedIdentity, enrollment } from '../primitives/syncSignals';
import { ROUTES } from './routes';
import { useI18n } from './i18n';

/**
 * An answer (or an escalation) to her own report reaches the open app: it says so, politely,
 * with the way to read it. Feedback is what keeps staff reporting.
 */
export function FeedbackNotice() {
  const { t } = useI18n();
  const who = () => {
    const identity = enrollment()?.identity ?? cachedIdentity();
    return identity ? { personId: identity.personId, unitId: identity.unitId } : null;
  };
  const notice = createFeedbackNotice(who);
  const texts = () => t().reporting.feedback;
  const message = () => {
    const rows = notice.arrived();
    if (rows.length !== 1) return texts().arrivedMany(rows.length);
    const row = rows[0]!;
    const title = feedbackTitle(row) || texts().untitled;
    return reporterFeedback(row)?.kind === 'escalated' ? texts().arrivedEscalated(title) : texts().arrived(title);
  };
  // The live region stays in place; only its content comes and goes, so it is announced.
  return (
    <div role="status" class="notice-region">
      <Show when={notice.arrived().length > 0}>
        <div class="banner banner--info feedback-notice" data-feedback-notice>
          <p>{message()}</p>
          <div class="banner-actions">
            <A
              class="button"
              href={notice.arrived().length === 1 ? ROUTES.answer(notice.arrived()[0]!.id) : ROUTES.list}
              onClick={() => notice.dismiss()}
            >
              {notice.arrived().length === 1 ? texts().read : texts().show}
            </A>
            <button type="button" class="button button--ghost" onClick={() => notice.dismiss()}>
              {texts().dismiss}
            </button>
          </div>
        </div>
      </Show>
    </div>
  );
}
