import { A, useLocation, useNavigate } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, Match, on, Show, Switch } from 'solid-js';
import { validateSubmission } from '../../domain/reportValidation';
import { deriveStatus } from '../../domain/caseEvents';
import { regionProfile } from '../../domain/regionProfiles';
import { swedishDateOf } from '../../domain/isoDate';
import type { ReportField } from '../../domain/report';
import type { OpenCaseDocs } from '../../storage/caseDocs';
import { useI18n } from '../../app/i18n';
import { ROUTES } from '../../app/routes';
import { createReportEditor } from '../../primitives/createReportDraft';
import { createSaveState } from '../../primitives/createCaseDocs';
import { storageFailure } from '../../primitives/storageFailure';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { STEPS } from './steps';
import type { StepProps } from './stepProps';
import { ReporterStep } from './ReporterStep';
import { EventStep } from './EventStep';
import { ReceiverStep } from './ReceiverStep';
import { DescriptionStep } from './DescriptionStep';
import { ActionsStep } from './ActionsStep';
import { ReviewStep } from './ReviewStep';

/** Cases where the user has pressed Skicka; their fields show errors inline from then on. */
const [attemptedCases, setAttemptedCases] = createSignal<ReadonlySet<string>>(new Set());

/** The stepwise report form: one step per screen, autosaved on every keystroke. */
export function ReportForm(props: { docs: OpenCaseDocs; step: number }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const editor = createReportEditor(props.docs);
  const saveState = createSaveState(props.docs);
  const profile = createMemo(() => regionProfile(editor.draft().profileId));
  const problems = createMemo(() => validateSubmission(editor.draft(), profile(), swedishDateOf(new Date())));
  const attempted = () => attemptedCases().has(props.docs.id);
  const errorFor = (field: ReportField) => {
    if (!attempted()) return undefined;
    const problem = problems().find((p) => p.field === field);
    return problem ? t().problem[problem.code] : undefined;
  };
  // Submitted on another of the author's devices while this form is open: the receiver reads it now.
  const submitted = createMemo(() => deriveStatus(editor.events()) !== 'draft');
  const stepProps: StepProps = { caseId: props.docs.id, editor, profile, t, lang, errorFor, submitted };
  const total = STEPS.length;
  const stepKey = () => STEPS[props.step - 1]?.key ?? 'reporter';

  let heading: HTMLHeadingElement | undefined;
  // On each step change, move focus to the step's heading, or to the field a problem link named.
  createEffect(
    on(
      [() => props.step, () => location.hash],
      ([, hash]) => {
        queueMicrotask(() => {
          const target = hash ? document.getElementById(hash.slice(1)) : null;
          (target ?? heading)?.focus();
        });
      },
      { defer: true },
    ),
  );

  const submit = async () => {
    setAttemptedCases((set) => new Set(set).add(props.docs.id));
    if (problems().length > 0) return;
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

  return (
    <article class="report-form" aria-labelledby="form-title">
      <h1 id="form-title">{t().form.title}</h1>
      <SaveIndicator
        state={saveState()}
        quota={storageFailure() === 'quota' || props.docs.persistence.report.lastError?.name === 'QuotaExceededError'}
        texts={t().save}
        onRetry={() => props.docs.retrySave()}
      />
      <p class="device-only">{t().save.deviceOnly}</p>
      <Show when={submitted()}>
        <p class="notice" role="status" data-submitted-while-open>
          {t().sharing.submittedWhileOpen}
        </p>
      </Show>
      <nav aria-label={t().form.stepOf(props.step, total)} class="step-nav">
        <ol>
          <For each={STEPS}>
            {(step, index) => (
              <li>
                <A
                  href={ROUTES.form(props.docs.id, index() + 1)}
                  aria-current={index() + 1 === props.step ? 'step' : undefined}
                >
                  <span class="step-number">{index() + 1}</span> {t().form.steps[step.key]}
                </A>
              </li>
            )}
          </For>
        </ol>
      </nav>
      <section class="form-step" aria-labelledby="step-heading">
        <h2 id="step-heading" tabindex="-1" ref={heading}>
          <span class="step-of">{t().form.stepOf(props.step, total)}:</span> {t().form.steps[stepKey()]}
        </h2>
        <Switch>
          <Match when={stepKey() === 'reporter'}>
            <ReporterStep {...stepProps} />
          </Match>
          <Match when={stepKey() === 'event'}>
            <EventStep {...stepProps} />
          </Match>
          <Match when={stepKey() === 'receiver'}>
            <ReceiverStep {...stepProps} />
          </Match>
          <Match when={stepKey() === 'description'}>
            <DescriptionStep {...stepProps} />
          </Match>
          <Match when={stepKey() === 'actions'}>
            <ActionsStep {...stepProps} />
          </Match>
          <Match when={stepKey() === 'review'}>
            <ReviewStep {...stepProps} problems={problems} attempted={attempted} onSubmit={() => void submit()} />
          </Match>
        </Switch>
      </section>
      <div class="step-buttons">
        <Switch>
          <Match when={props.step > 1}>
            <A class="button button--ghost" href={ROUTES.form(props.docs.id, props.step - 1)}>
              {t().form.back}
            </A>
          </Match>
          <Match when={true}>
            <A class="button button--ghost" href={ROUTES.list}>
              {t().form.toList}
            </A>
          </Match>
        </Switch>
        <Switch>
          <Match when={props.step < total}>
            <A class="button button--primary" href={ROUTES.form(props.docs.id, props.step + 1)}>
              {t().form.next}
            </A>
          </Match>
        </Switch>
      </div>
    </article>
  );
}
