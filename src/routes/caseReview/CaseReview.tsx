import { createSignal, For, Show } from 'solid-js';
import { useLocation } from '@solidjs/router';
import type { RegionProfile } from '../../domain/regionProfile';
import type { CaseAction } from '../../domain/status';
import { findPii } from '../../domain/piiGuard';
import { useI18n } from '../../app/i18n';
import { caseLogWords } from '../../i18n/caseLogWords';
import type { CaseReview as Review } from '../../primitives/createCaseReview';
import { TextField } from '../../ui/TextField';
import { AnswerForm } from './AnswerForm';
import { AnswerSummary } from './AnswerSummary';
import { CaseLog } from './CaseLog';
import { EscalationSection } from './EscalationSection';
import { focusAfterChange } from './focusCase';

/** Who answers while the case waits for an answer (answering from "submitted" acknowledges it too). */
const ANSWER_OWED = ['submitted', 'received', 'investigating', 'jointAnalysis'];
/** Actions with a place of their own: acknowledging beside the status, answering in the answer form. */
const PLACED_ELSEWHERE: readonly CaseAction[] = ['acknowledge', 'answer'];

/**
 * Below the report: the answer (a form for the receiving unit's managers while it is owed, read-only
 * otherwise), the remaining actions (close, reopen, joint analysis), and, folded away until wanted,
 * escalation and the case log.
 */
export function CaseReview(props: { review: Review; profile: RegionProfile; summary: string }) {
  const { t, lang } = useI18n();
  const words = () => caseLogWords(lang());
  const [comment, setComment] = createSignal('');
  const [message, setMessage] = createSignal<string | null>(null);
  const location = useLocation();
  // Opened through "Läs svaret" (…#svar): start at the answer, not at the top of the report.
  const focusWhenAsked = (heading: HTMLHeadingElement) => {
    if (location.hash === '#svar') queueMicrotask(() => heading.focus());
  };
  const forumName = (id: string) => props.profile.forums.find((f) => f.id === id)?.name ?? id;
  const canAnswer = () => props.review.offered().includes('answer') && ANSWER_OWED.includes(props.review.status());
  const mayStartAnalysis = () => props.review.offered().includes('startJointAnalysis');
  // An answer that asks for a joint analysis offers it beside that decision, not twice.
  const startBesideAnswer = () =>
    mayStartAnalysis() && !canAnswer() && props.review.answer().jointAnalysisNeeded === 'yes';
  const buttons = () =>
    props.review
      .offered()
      .filter((a) => !PLACED_ELSEWHERE.includes(a) && !(a === 'startJointAnalysis' && startBesideAnswer()));
  // The comment is a reason to reopen; closing may carry one too.
  const commentRequired = () => !props.review.offered().includes('close');
  const act = (action: CaseAction) => {
    // The comment goes into the case log, which both organisations read.
    if (findPii(comment()).some((hit) => hit.severity === 'block')) {
      setMessage(t().sharing.commentHasPersonalData);
      focusAfterChange('review-comment');
      return;
    }
    const refusal = props.review.perform(action, comment());
    setMessage(refusal ? t().review.refusal[refusal] : null);
    if (refusal === 'comment_required') focusAfterChange('review-comment');
    if (refusal) return;
    setComment('');
    // The pressed button is gone with the status it belonged to: the way into the analysis, or
    // the new status, takes focus.
    const analysisLink = () => document.querySelector<HTMLElement>('[data-analysis-link]');
    if (action === 'startJointAnalysis') setTimeout(() => analysisLink()?.focus());
    else focusAfterChange();
  };

  const actionLabel = (action: string) =>
    action === 'escalate' ? words().escalateAction : t().action[action as CaseAction];
  return (
    <>
      {/* An action taken offline that the relay refused on arrival: said where she looks, with why. */}
      <div role="status" data-refusals>
        <Show when={props.review.ownRefusals().length > 0}>
          <div class="notice notice--warning">
            <h2 class="notice-heading">{words().refusedHeading}</h2>
            <ul>
              <For each={props.review.ownRefusals()}>
                {(refusal) => (
                  <li data-refused-action={refusal.action}>
                    {words().refusedOwn(actionLabel(refusal.action), words().refusalReason[refusal.reason])}
                  </li>
                )}
              </For>
            </ul>
          </div>
        </Show>
      </div>
      <section aria-labelledby="answer-heading" class="review-section">
        <h2 id="answer-heading" tabindex="-1" ref={focusWhenAsked}>
          {t().review.answerHeading}
        </h2>
        <Show
          when={canAnswer()}
          fallback={
            <AnswerSummary
              answer={props.review.answer()}
              canStartAnalysis={mayStartAnalysis()}
              onStartAnalysis={() => act('startJointAnalysis')}
            />
          }
        >
          <AnswerForm review={props.review} profile={props.profile} />
        </Show>
      </section>

      <Show when={buttons().length > 0}>
        <section aria-labelledby="actions-heading" class="review-section">
          <h2 id="actions-heading">{t().review.actionsHeading}</h2>
          <Show when={message()}>
            <p role="alert" class="field-error">
              {message()}
            </p>
          </Show>
          <Show when={props.review.offered().includes('reopen')}>
            <TextField
              id="review-comment"
              label={t().review.comment}
              hint={t().review.commentHint}
              value={comment()}
              onInput={setComment}
              required={commentRequired()}
              requiredText={t().form.required}
              optionalText={t().review.commentNeed}
            />
          </Show>
          <div class="review-actions">
            <For each={buttons()}>
              {(action) => (
                <button type="button" class="button" data-action={action} onClick={() => act(action)}>
                  {t().action[action]}
                </button>
              )}
            </For>
          </div>
        </section>
      </Show>

      <EscalationSection review={props.review} profile={props.profile} summary={props.summary} forumName={forumName} />
      <CaseLog review={props.review} forumName={forumName} />
    </>
  );
}
