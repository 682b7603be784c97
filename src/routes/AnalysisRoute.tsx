import { A, useParams } from '@solidjs/router';
import { createEffect, createMemo, Show } from 'solid-js';
import { conflictCount } from '../domain/analysisRules';
import { parseCaseId, type CaseId } from '../domain/ids';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';
import { createAnalysis } from '../primitives/createAnalysis';
import { createDirectory } from '../primitives/directory';
import { connection } from '../primitives/syncSignals';
import { CaseNotFound } from '../ui/CaseNotFound';
import { AnalysisReport } from '../ui/AnalysisReport';
import { SaveIndicator } from '../ui/SaveIndicator';
import { AnalysisText } from './analysis/AnalysisFields';
import { ActionPlanSection } from './analysis/ActionPlanSection';
import { CausesSection } from './analysis/CausesSection';
import { PresenceBar } from './analysis/PresenceBar';
import { RiskSection } from './analysis/RiskSection';
import { SignoffSection } from './analysis/SignoffSection';
import { TeamSection } from './analysis/TeamSection';
import { TimelineSection } from './analysis/TimelineSection';

/** /rapport/:id/analys — the joint event analysis, co-edited by both organisations. */
export default function AnalysisRoute() {
  usePageTitle((t) => t.analysis.title);
  const params = useParams<{ id: string }>();
  return (
    <Show when={parseCaseId(params.id)} keyed fallback={<CaseNotFound />}>
      {(id) => <AnalysisScreen caseId={id} />}
    </Show>
  );
}

function AnalysisScreen(props: { caseId: CaseId }) {
  const { t, lang } = useI18n();
  const ta = () => t().analysis;
  performance.mark('analysis:start');
  const m = createAnalysis(props.caseId);
  const directory = createDirectory();
  const orgName = (id: string) => directory()?.organisations.find((o) => o.id === id)?.name ?? id;
  const isLead = () => (m.identity()?.role ?? 'staff') !== 'staff';
  const online = () => connection().state === 'online';
  // The team and the leads of both sides write; anyone else involved (the reporter) reads.
  const mayWrite = (team: readonly { personId: string }[]) =>
    isLead() || team.some((member) => member.personId === m.identity()?.personId);
  const orgOptions = createMemo(() =>
    (m.status()?.signingOrgIds ?? []).map((id) => ({ value: id, label: orgName(id) })),
  );
  const conflicts = () => conflictCount(m.conflicts());
  // For the bench: the moment the analysis (content and status) is on screen.
  let marked = false;
  createEffect(() => {
    if (marked || !m.drawn() || !m.statusKnown()) return;
    marked = true;
    queueMicrotask(() => performance.mark('analysis:rendered'));
  });
  return (
    <article class="analysis" aria-labelledby="analysis-title">
      <h1 id="analysis-title">{ta().title}</h1>
      <p class="button-row">
        <A href={ROUTES.view(props.caseId)}>{ta().backToCase}</A>
        <Show when={m.status()}>
          <A href={ROUTES.analysisPrint(props.caseId)}>{ta().print}</A>
        </Show>
      </p>
      <Show when={m.ready()}>
        <SaveIndicator state={m.saveState()} quota={m.quotaFull()} texts={t().save} onRetry={() => m.retrySave()} />
      </Show>
      <Show when={!online()}>
        <p class="notice" role="status">
          {ta().offlineStatus}
        </p>
      </Show>
      <Show when={m.statusKnown() && m.drawn()} fallback={<p class="loading">{ta().loading}</p>}>
        <Show
          when={m.status()}
          fallback={
            <>
              <p>{isLead() ? ta().notStartedLead : ta().notStarted}</p>
              <Show when={isLead() && online()} fallback={<p>{isLead() ? ta().needsConnection : ''}</p>}>
                <TeamSection m={m} caseId={props.caseId} orgName={orgName} mayEdit />
              </Show>
            </>
          }
        >
          {(status) => (
            <>
              <PresenceBar m={m} />
              {/* A change voids a signature already given: say so before anyone types. */}
              <Show when={!status().locked && status().signatures.length > 0}>
                <p class="notice notice--warn" role="status" data-signed-warning>
                  {ta().signedWarning(
                    status()
                      .signatures.map((sig) => sig.name)
                      .join(', '),
                  )}
                </p>
              </Show>
              <Show when={conflicts() > 0}>
                <p class="notice notice--warn" role="status" data-conflicts>
                  {ta().conflictsBanner(conflicts())}
                </p>
              </Show>
              <TeamSection m={m} caseId={props.caseId} orgName={orgName} mayEdit={isLead() && online()} />
              <Show
                when={!status().locked && mayWrite(status().team)}
                fallback={
                  <AnalysisReport
                    analysis={m.content}
                    status={status()}
                    version={status().locked ? status().version : null}
                    signatures={status().locked ? status().signatures : []}
                    orgName={orgName}
                    t={t()}
                    lang={lang()}
                  />
                }
              >
                {/* Until the doc has loaded (a few tens of ms) the screen shows its snapshot, read-only. */}
                <fieldset class="analysis-editor" disabled={!m.ready()}>
                  <legend class="visually-hidden">{ta().title}</legend>
                  <TimelineSection m={m} orgOptions={orgOptions()} />
                  <CausesSection m={m} />
                  <RiskSection m={m} />
                  <ActionPlanSection m={m} orgOptions={orgOptions()} />
                  <section class="analysis-section" aria-labelledby="conclusions-heading">
                    <h2 id="conclusions-heading">{ta().conclusions.heading}</h2>
                    <AnalysisText
                      m={m}
                      id="conclusions"
                      label={ta().conclusions.conclusions}
                      target={{ kind: 'top', field: 'conclusions' }}
                      value={m.content.conclusions}
                    />
                    <AnalysisText
                      m={m}
                      id="learning"
                      label={ta().conclusions.learning}
                      target={{ kind: 'top', field: 'learning' }}
                      value={m.content.learning}
                    />
                  </section>
                </fieldset>
              </Show>
              <SignoffSection m={m} caseId={props.caseId} status={status()} orgName={orgName} isLead={isLead()} />
            </>
          )}
        </Show>
      </Show>
    </article>
  );
}
