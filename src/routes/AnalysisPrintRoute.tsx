import { A, useParams, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { parseCaseId, type CaseId } from '../domain/ids';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';
import { createAnalysis } from '../primitives/createAnalysis';
import { createAnalysisVersion } from '../primitives/createAnalysisVersion';
import { createDirectory } from '../primitives/directory';
import { createCaseAbout } from '../primitives/createAnalysisList';
import { CaseNotFound } from '../ui/CaseNotFound';
import { AnalysisReport } from '../ui/AnalysisReport';

/** /rapport/:id/analys/utskrift[?version=n] — the final report, laid out for A4 paper. */
export default function AnalysisPrintRoute() {
  usePageTitle((t) => t.pageTitle.analysisPrint);
  const params = useParams<{ id: string }>();
  const [search] = useSearchParams<{ version?: string }>();
  const version = () => {
    const n = Number.parseInt(search.version ?? '', 10);
    return Number.isInteger(n) && n > 0 ? n : null;
  };
  return (
    <Show when={parseCaseId(params.id)} keyed fallback={<CaseNotFound />}>
      {(id) => (
        <Show when={version()} keyed fallback={<PrintDraft caseId={id} />}>
          {(n) => <PrintVersion caseId={id} number={n} />}
        </Show>
      )}
    </Show>
  );
}

function PrintControls(props: { caseId: CaseId }) {
  const { t } = useI18n();
  return (
    <p class="button-row no-print">
      <A href={ROUTES.analysis(props.caseId)}>{t().analysis.title}</A>
      <button type="button" class="button" onClick={() => window.print()}>
        {t().analysis.printView.print}
      </button>
    </p>
  );
}

function PrintDraft(props: { caseId: CaseId }) {
  const { t, lang } = useI18n();
  const m = createAnalysis(props.caseId);
  const about = createCaseAbout(props.caseId);
  const directory = createDirectory();
  const orgName = (id: string) => directory()?.organisations.find((o) => o.id === id)?.name ?? id;
  return (
    <article class="print-view" aria-labelledby="report-title">
      <PrintControls caseId={props.caseId} />
      <Show when={m.ready()} fallback={<p class="loading">{t().analysis.loading}</p>}>
        <AnalysisReport
          analysis={m.content}
          status={m.status()}
          version={m.status()?.locked ? m.status()!.version : null}
          signatures={m.status()?.locked ? m.status()!.signatures : []}
          orgName={orgName}
          about={about()}
          t={t()}
          lang={lang()}
        />
      </Show>
    </article>
  );
}

function PrintVersion(props: { caseId: CaseId; number: number }) {
  const { t, lang } = useI18n();
  const content = createAnalysisVersion(props.caseId, props.number);
  const m = createAnalysis(props.caseId);
  const about = createCaseAbout(props.caseId);
  const directory = createDirectory();
  const orgName = (id: string) => directory()?.organisations.find((o) => o.id === id)?.name ?? id;
  const signatures = () => m.status()?.versions.find((v) => v.number === props.number)?.signatures ?? [];
  return (
    <article class="print-view" aria-labelledby="report-title">
      <PrintControls caseId={props.caseId} />
      <Show when={content() !== undefined} fallback={<p class="loading">{t().analysis.printView.loadingVersion}</p>}>
        <Show when={content()} fallback={<p class="notice notice--error">{t().analysis.printView.versionMissing}</p>}>
          {(analysis) => (
            <AnalysisReport
              analysis={analysis()}
              status={m.status()}
              version={props.number}
              signatures={signatures()}
              orgName={orgName}
              about={about()}
              t={t()}
              lang={lang()}
            />
          )}
        </Show>
      </Show>
    </article>
  );
}
