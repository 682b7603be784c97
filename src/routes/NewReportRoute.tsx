import { useNavigate } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';
import { startNewReport } from '../primitives/deviceSettings';

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
