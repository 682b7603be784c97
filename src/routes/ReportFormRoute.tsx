import { Navigate, useParams } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';
import { createCaseDocs } from '../primitives/createCaseDocs';
import { caseStatusOf } from '../primitives/createReportDraft';
import { ReportForm } from './reportForm/ReportForm';
import { STEPS } from './reportForm/steps';
import { CaseNotFound as NotFound } from '../ui/CaseNotFound';

/** /rapport/:id/steg/:step — the report form; a submitted report opens read-only instead. */
export default function ReportFormRoute() {
  const { t } = useI18n();
  const params = useParams<{ id: string; step: string }>();
  const docs = createCaseDocs(() => params.id);
  const step = () => Math.min(Math.max(Number.parseInt(params.step, 10) || 1, 1), STEPS.length);
  usePageTitle((t) => t.pageTitle.formStep(step(), STEPS.length));
  return (
    <Show when={docs()} fallback={<p class="loading">{t().view.loading}</p>}>
      {(result) => (
        <Show when={result().kind === 'open' && result()} keyed fallback={<NotFound />}>
          {(open) =>
            open.kind === 'open' && (
              <Switch>
                <Match when={caseStatusOf(open.docs) !== 'draft'}>
                  <Navigate href={ROUTES.view(open.docs.id)} />
                </Match>
                <Match when={String(step()) !== params.step}>
                  <Navigate href={ROUTES.form(open.docs.id, step())} />
                </Match>
                <Match when={true}>
                  <ReportForm docs={open.docs} step={step()} />
                </Match>
              </Switch>
            )
          }
        </Show>
      )}
    </Show>
  );
}
