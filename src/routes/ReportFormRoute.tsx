import { Navigate, useParams } from '@solidjs/router';
import { lazy, Match, Show, Switch } from 'solid-js';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';
import { createCaseDocs, wasStartedInThisTab } from '../primitives/createCaseDocs';
import { caseStatusOf } from '../primitives/createReportDraft';
import { ReportForm } from './reportForm/ReportForm';
// Rare (a link to a case this device does not have): kept out of the form's first JS.
const NotFound = lazy(() => import('../ui/CaseNotFound').then((m) => ({ default: m.CaseNotFound })));

/**
 * /rapport/:id/steg/1 — the report form, one page (earlier step numbers lead to it too); a
 * submitted report opens read-only instead.
 */
export default function ReportFormRoute() {
  usePageTitle((t) => t.reporting.pageTitle);
  const { t } = useI18n();
  const params = useParams<{ id: string; step: string }>();
  const docs = createCaseDocs(() => params.id);
  // A new report reloaded before anything was typed was never stored: start a new one instead.
  const wasUnsavedNew = () => wasStartedInThisTab(params.id);
  return (
    <Show when={docs()} fallback={<p class="loading">{t().view.loading}</p>}>
      {(result) => (
        <Show
          when={result().kind === 'open' && result()}
          keyed
          fallback={
            <Show when={wasUnsavedNew()} fallback={<NotFound />}>
              <Navigate href={ROUTES.newReport} />
            </Show>
          }
        >
          {(open) =>
            open.kind === 'open' && (
              <Switch>
                <Match when={caseStatusOf(open.docs) !== 'draft'}>
                  <Navigate href={ROUTES.view(open.docs.id)} />
                </Match>
                <Match when={params.step !== '1'}>
                  <Navigate href={ROUTES.form(open.docs.id, 1)} />
                </Match>
                <Match when={true}>
                  <ReportForm docs={open.docs} />
                </Match>
              </Switch>
            )
          }
        </Show>
      )}
    </Show>
  );
}
