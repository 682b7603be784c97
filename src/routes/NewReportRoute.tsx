import { useNavigate } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';
import { startNewReport } from '../primitives/deviceSettings';
import { PENDING_NEW_REPORT } from './reportForm/pendingNewReport';

/**
 * /ny — starts a new report, prefilled, and opens the form. Nothing is stored yet: the report
 * becomes a draft on her first edit, so tapping "Ny rapport" and leaving leaves no draft.
 */
export default function NewReportRoute() {
  usePageTitle((t) => t.pageTitle.newReport);
  const { t } = useI18n();
  const navigate = useNavigate();
  const [failed, setFailed] = createSignal(false);
  onMount(async () => {
    try {
      const id = await startNewReport();
      try {
        sessionStorage.setItem(PENDING_NEW_REPORT, id);
      } catch {
        // Private mode: a reload then shows "not found" instead of a fresh form.
      }
      navigate(ROUTES.form(id, 1), { replace: true });
    } catch {
      setFailed(true);
    }
  });
  return (
    <>
      <h1>{t().nav.newReport}</h1>
      <Show when={failed()} fallback={<p role="status">{t().common.loading}</p>}>
        <p role="alert">{t().save.quota}</p>
      </Show>
    </>
  );
}
