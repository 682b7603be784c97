import { A } from '@solidjs/router';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';

export default function NotFoundRoute() {
  usePageTitle((t) => t.pageTitle.notFound);
  const { t } = useI18n();
  return (
    <>
      <h1>{t().common.notFound}</h1>
      <A href={ROUTES.list}>{t().nav.cases}</A>
    </>
  );
}
