import { A } from '@solidjs/router';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';

/** Any path no screen answers: say so, and lead back with a full-size (44 px) target. */
export default function NotFoundRoute() {
  usePageTitle((t) => t.pageTitle.notFound);
  const { t } = useI18n();
  return (
    <>
      <h1>{t().common.notFound}</h1>
      <A class="button" href={ROUTES.list}>
        {t().nav.cases}
      </A>
    </>
  );
}
