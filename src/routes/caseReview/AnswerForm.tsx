import { createSignal, For, Show } from 'solid-js';
import { ANSWER_TEXT_FIELDS, validateAnswer, type AnswerProblem } from '../../domain/answer';
import type { RegionProfile } from '../../domain/regionProfile';
import { useI18n } from '../../app/i18n';
import { createAnswerTexts } from '../../primitives/createAnswerTexts';
import type { CaseReview } from '../../primitives/createCaseReview';
import { ProblemSummary } from '../../ui/ProblemSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { SharedTextArea } from '../../ui/SharedTextArea';
import { focusAfterChange } from './focusCase';

/**
 * The receiving unit's answer, being written. "Skicka svaret" on an incomplete answer marks each
 * field it concerns (inline error, aria-invalid) and moves focus to a summary of links to them
 * (WCAG 3.3.1/3.3.3), as the report form does; a sent answer moves focus to the new status.
 */
export function AnswerForm(props: { review: CaseReview; profile: RegionProfile }) {
  const { t } = useI18n();
  const [attempted, setAttempted] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string | null>(null);
  let summary: HTMLDivElement | undefined;
  // The answer's texts are read live by the reporting organisation: each goes through the sharing guard.
  const answerTexts = createAnswerTexts(props.review);
  // Checked as the person has it, held text included, so a held identity number blocks the answer.
  const problems = () => validateAnswer(answerTexts.shown(), props.profile);
  const shownProblems = () => (attempted() ? problems() : []);
  const message = (problem: AnswerProblem) =>
    problem.field === 'jointAnalysisNeeded' ? t().caseView.jointAnalysisRequired : t().problem[problem.code];
  const errorOf = (field: AnswerProblem['field']) => {
    const problem = shownProblems().find((p) => p.field === field);
    return problem ? message(problem) : undefined;
  };
  const label = (field: AnswerProblem['field']) =>
    field === 'jointAnalysisNeeded' ? t().review.jointAnalysis : t().review.answerFields[field];
  const send = () => {
    if (problems().length > 0) {
      setAttempted(true);
      setRefusal(null);
      queueMicrotask(() => summary?.focus());
      return;
    }
    const refused = props.review.perform('answer');
    setRefusal(refused ? t().review.refusal[refused] : null);
    if (!refused) focusAfterChange();
  };
  return (
    <div id="answer-form">
      <Show when={shownProblems().length > 0}>
        <ProblemSummary
          heading={t().caseView.answerProblemsHeading(shownProblems().length)}
          headingId="answer-problems-heading"
          problems={shownProblems().map((p) => ({
            href: `#answer-${p.field}`,
            label: label(p.field),
            message: message(p),
          }))}
          ref={(el) => (summary = el)}
        />
      </Show>
      <For each={ANSWER_TEXT_FIELDS}>
        {(field) => (
          <SharedTextArea
            id={`answer-${field}`}
            label={t().review.answerFields[field]}
            control={answerTexts.fields[field]}
            heldTexts={{ identity_number: t().sharing.heldBack, typing_number: t().sharing.heldTyping }}
            required={field === 'cause' || field === 'actions' || props.profile.answerRequires.includes(field)}
            requiredText={t().form.required}
            optionalText={t().form.optional}
            error={errorOf(field)}
            texts={{ ...t().pii, block: t().sharing.piiBlock }}
          />
        )}
      </For>
      <RadioGroup
        id="answer-jointAnalysisNeeded"
        legend={t().review.jointAnalysis}
        value={props.review.answer().jointAnalysisNeeded ?? ''}
        options={[
          { value: 'yes', label: t().common.yes },
          { value: 'no', label: t().common.no },
        ]}
        onChange={(value) => props.review.setJointAnalysisNeeded(value as 'yes' | 'no')}
        error={errorOf('jointAnalysisNeeded')}
        required
        requiredText={t().form.required}
        optionalText={t().form.optional}
      />
      <Show when={refusal()}>
        <p role="alert" class="field-error">
          {refusal()}
        </p>
      </Show>
      <button type="button" class="button button--primary" data-action="answer" onClick={send}>
        {t().review.giveAnswer}
      </button>
    </div>
  );
}
