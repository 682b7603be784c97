import { A } from '@solidjs/router';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';

/** A case link this device cannot open: say so, and lead back to the list. */
export function CaseNotFound() {
  usePageTitle((t) => t.view.notFound);
  const { t } = useI18n();
  return (
    <>
      <h1>{t().view.notFound}</h1>
      <A class="button" href={ROUTES.list}>
        {t().form.toList}
      </A>
    </>
  );
}
