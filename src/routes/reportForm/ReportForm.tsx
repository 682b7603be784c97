import { useNavigate } from '@solidjs/router';
import { createMemo, createSignal, Show } from 'solid-js';
import { validateSubmission, type ReportProblem } from '../../domain/reportValidation';
import { deriveStatus } from '../../domain/caseEvents';
import { regionProfile } from '../../domain/regionProfiles';
import { swedishDateOf } from '../../domain/isoDate';
import { personWordFor } from '../../domain/reportWords';
import type { ReportField } from '../../domain/report';
import type { OpenCaseDocs } from '../../storage/caseDocs';
import { useI18n } from '../../app/i18n';
import { ROUTES } from '../../app/routes';
import SyncIndicator from '../../app/SyncIndicator';
import { createReportEditor } from '../../primitives/createReportDraft';
import { createFormSaveState, createWriteState, isUntouchedNewCase } from '../../primitives/createCaseDocs';
import { storageFailure } from '../../primitives/storageFailure';
import { claimStatusLine } from '../../primitives/statusLine';
import { cachedIdentity, enrollment } from '../../primitives/syncSignals';
import { SaveFailure } from '../../ui/SaveIndicator';
import { ProblemSummary } from '../../ui/ProblemSummary';
import { fieldId, type FormProps } from './formProps';
import { HappenedSection } from './HappenedSection';
import { AnswererSection } from './AnswererSection';
import { MoreSection } from './MoreSection';
import { YouSection } from './YouSection';

/** Cases where the user has pressed Skicka; their fields show errors inline from then on. */
const [attemptedCases, setAttemptedCases] = createSignal<ReadonlySet<string>>(new Set());

/**
 * The report form, on one page: what happened, who should answer, more if she wants, her own
 * details (filled in). Autosaved on every keystroke; nothing is stored until her first edit.
 */
export function ReportForm(props: { docs: OpenCaseDocs }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const editor = createReportEditor(props.docs);
  const saveState = createFormSaveState(props.docs);
  const writeState = createWriteState(props.docs);
  claimStatusLine();
  const profile = createMemo(() => regionProfile(editor.draft().profileId));
  const today = swedishDateOf(new Date());
  const problems = createMemo(() => validateSubmission(editor.draft(), profile(), today));
  const attempted = () => attemptedCases().has(props.docs.id);
  const errorFor = (field: ReportField) => {
    if (!attempted()) return undefined;
    const problem = problems().find((p) => p.field === field);
    return problem ? t().problem[problem.code] : undefined;
  };
  // Her words follow her organisation: a kommun's brukare, a region's patient.
  const word = createMemo(() => personWordFor(profile(), (enrollment()?.identity ?? cachedIdentity())?.orgType));
  // Submitted on another of the author's devices while this form is open: the receiver reads it now.
  const submitted = createMemo(() => deriveStatus(editor.events()) !== 'draft');
  const formProps: FormProps = { caseId: props.docs.id, editor, profile, t, lang, word, today, errorFor, submitted };

  let summary: HTMLDivElement | undefined;
  const submit = async () => {
    setAttemptedCases((set) => new Set(set).add(props.docs.id));
    if (problems().length > 0) {
      // The list of what to fix, at the top, heard at once.
      queueMicrotask(() => {
        summary?.focus();
        summary?.scrollIntoView({ block: 'start' });
      });
      return;
    }
    const d = editor.draft();
    await editor.submit({
      id: crypto.randomUUID(),
      action: 'submit',
      at: Date.now(),
      actor: {
        name: d.reporterName ?? '',
        role: d.reporterRole ?? '',
        unit: d.reporterUnit ?? '',
        organisation: d.reporterOrganisation ?? '',
      },
    });
    navigate(`${ROUTES.view(props.docs.id)}?skickad=1`);
  };
  const remove = async () => {
    const id = props.docs.id;
    const untouched = isUntouchedNewCase(props.docs);
    navigate(ROUTES.list);
    // An untouched new report is not stored: leaving it is all it takes. (Loaded when used.)
    if (!untouched) await (await import('../../primitives/draftDeletion')).deleteDraftWithUndo(id);
  };

  const label = (problem: ReportProblem): string => {
    const own = (t().reporting.labels as Record<string, unknown>)[problem.field];
    if (typeof own === 'string') return own;
    if (typeof own === 'function') return (own as (w: ReturnType<typeof word>) => string)(word());
    return t().form.fields[problem.field];
  };
  // A field not on the page (the receiving organisation, chosen with its unit) links to what is.
  const anchor = (field: ReportField) =>
    document.getElementById(fieldId(field))
      ? fieldId(field)
      : fieldId(field === 'receivingOrganisation' ? 'receivingUnit' : field);
  const links = () =>
    problems().map((problem) => ({
      href: `#${anchor(problem.field)}`,
      label: label(problem),
      message: t().problem[problem.code],
    }));

  return (
    <article class="report-form" aria-labelledby="form-title">
      <h1 id="form-title">{t().reporting.title}</h1>
      <SyncIndicator save={saveState()} writing={writeState()} />
      <Show when={saveState() === 'error'}>
        <SaveFailure
          quota={storageFailure() === 'quota' || props.docs.persistence.report.lastError?.name === 'QuotaExceededError'}
          texts={t().save}
          onRetry={() => props.docs.retrySave()}
        />
      </Show>
      <Show when={submitted()}>
        <p class="notice" role="status" data-submitted-while-open>
          {t().sharing.submittedWhileOpen}
        </p>
      </Show>
      <Show when={attempted() && problems().length > 0}>
        <ProblemSummary
          heading={t().form.problemsHeading(problems().length)}
          problems={links()}
          ref={(el) => (summary = el)}
        />
      </Show>
      <section class="form-section" aria-labelledby="section-happened">
        <h2 id="section-happened">{t().reporting.sections.happened}</h2>
        <HappenedSection {...formProps} />
      </section>
      <section class="form-section" aria-labelledby="section-answerer">
        <h2 id="section-answerer">{t().reporting.sections.answerer}</h2>
        <AnswererSection {...formProps} />
      </section>
      <MoreSection {...formProps} />
      <section class="form-section" aria-labelledby="section-you">
        <h2 id="section-you">{t().reporting.sections.you}</h2>
        <YouSection {...formProps} />
      </section>
      <div class="form-actions">
        <button type="button" class="button button--primary" data-submit onClick={() => void submit()}>
          {t().reporting.submit}
        </button>
        <button type="button" class="button button--ghost" data-delete-draft onClick={() => void remove()}>
          {t().reporting.deleteDraft}
        </button>
      </div>
    </article>
  );
}
