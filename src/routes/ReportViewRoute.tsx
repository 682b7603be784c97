import { A, useParams, useSearchParams } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { regionProfile } from '../domain/regionProfiles';
import type { OpenCaseDocs } from '../storage/caseDocs';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';
import { createCaseDocs } from '../primitives/createCaseDocs';
import { refetchWhenCaseArrives } from '../primitives/caseArrival';
import { createReportEditor } from '../primitives/createReportDraft';
import { createIndexEntry } from '../primitives/createCaseList';
import { ReportSummary } from '../ui/ReportSummary';
import { createCaseReview } from '../primitives/createCaseReview';
import { redactAll } from '../domain/piiGuard';
import { markCaseSeen } from '../primitives/createInbox';
import { CaseReview } from './caseReview/CaseReview';
import { CaseHeading } from './caseReview/CaseHeading';
import { CaseStatusPanel } from './caseReview/CaseStatusPanel';
import { CaseNotFound as NotFound } from '../ui/CaseNotFound';
import { createAnalysisList } from '../primitives/createAnalysisList';
import { enrollment } from '../primitives/syncSignals';

/**
 * /rapport/:id — the case as its reader needs it: a heading that says what happened and from
 * whom, the report first with the status and the one next step beside it, then the answer, and
 * escalation and the log folded away until wanted.
 */
export default function ReportViewRoute() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const docs = createCaseDocs(() => params.id);
  refetchWhenCaseArrives(() => params.id, docs, docs.refetch);
  return (
    <Show when={docs()} fallback={<p class="loading">{t().view.loading}</p>}>
      {(result) => (
        <Show when={result().kind === 'open' && result()} keyed fallback={<NotFound />}>
          {(open) => open.kind === 'open' && <ReportView docs={open.docs} />}
        </Show>
      )}
    </Show>
  );
}

function ReportView(props: { docs: OpenCaseDocs }) {
  const { t, lang } = useI18n();
  const [search] = useSearchParams();
  const editor = createReportEditor(props.docs);
  usePageTitle((t) => t.pageTitle.caseView(editor.draft().reporterUnit));
  const review = createCaseReview(props.docs, editor);
  // Opening the case clears its "new" mark in the inbox.
  void markCaseSeen(props.docs.id);
  const status = review.status;
  const profile = createMemo(() => regionProfile(editor.draft().profileId));
  // Live: the sync state changes while the report is on screen.
  const entry = createIndexEntry(() => props.docs.id);
  return (
    <article aria-labelledby="view-title" class="case-view">
      <CaseHeading draft={editor.draft()} profile={profile()} side={review.actor().side} />
      <Show when={search.skickad === '1'}>
        <p class="notice notice--ok" role="status">
          {t().form.submitted}
        </p>
      </Show>
      <div class="case-layout">
        <CaseStatusPanel
          review={review}
          caseId={props.docs.id}
          report={editor.draft()}
          deadline={entry()?.deadline ?? null}
          syncState={entry()?.syncState ?? null}
        />
        <section class="case-report" aria-labelledby="report-heading">
          <h2 id="report-heading" class="visually-hidden">
            {t().caseView.reportHeading}
          </h2>
          <Show when={entry()?.syncState === 'local'}>
            <p class="device-only">{t().save.deviceOnly}</p>
          </Show>
          <ReportSummary draft={editor.draft()} profile={profile()} t={t()} lang={lang()} order="reader" />
        </section>
      </div>
      <Show when={status() !== 'draft'}>
        <AnalysisLink caseId={props.docs.id} inJointAnalysis={status() === 'jointAnalysis'} />
        <CaseReview review={review} profile={profile()} summary={redactAll(editor.draft().description ?? '')} />
      </Show>
    </article>
  );
}

/**
 * The way into the joint analysis: once the case is in "Gemensam analys" (the review action
 * above), or for anyone on an analysis already started. Leads name the team inside.
 */
function AnalysisLink(props: { caseId: string; inJointAnalysis: boolean }) {
  const { t } = useI18n();
  const analyses = createAnalysisList();
  const started = () => analyses().some((a) => a.caseId === props.caseId);
  const isLead = () => (enrollment()?.identity.role ?? 'staff') !== 'staff';
  return (
    <Show when={started() || (isLead() && props.inJointAnalysis)}>
      <p>
        <A class="button" href={ROUTES.analysis(props.caseId)} data-analysis-link>
          {started() ? t().analysis.open : t().analysis.start}
        </A>
      </p>
    </Show>
  );
}
