import { createSignal, For, Show } from 'solid-js';
import { ANSWER_TEXT_FIELDS, validateAnswer } from '../../domain/answer';
import { deadlineStatus } from '../../domain/deadlineStatus';
import { parseIsoDate, swedishDateOf } from '../../domain/isoDate';
import type { RegionProfile } from '../../domain/regionProfile';
import type { CaseAction } from '../../domain/status';
import { useI18n } from '../../app/i18n';
import type { CaseReview as Review } from '../../primitives/createCaseReview';
import { PiiTextArea } from '../../ui/PiiTextArea';
import { SharedTextArea } from '../../ui/SharedTextArea';
import { createAnswerTexts } from '../../primitives/createAnswerTexts';
import { findPii } from '../../domain/piiGuard';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextField } from '../../ui/TextField';
import { SelectField } from '../../ui/SelectField';
import { formatDateTime, formatIsoDate } from '../../ui/format';
import { AnswerSummary } from './AnswerSummary';

const EDITABLE_ANSWER = ['received', 'investigating', 'jointAnalysis'];

/** Deadline, the actions this person may take, the answer, and the case log. */
export function CaseReview(props: {
  review: Review;
  deadline: string | null;
  profile: RegionProfile;
  summary: string;
}) {
  const { t, lang } = useI18n();
  const [comment, setComment] = createSignal('');
  const [message, setMessage] = createSignal<string | null>(null);
  const deadline = () => {
    const date = props.deadline ? parseIsoDate(props.deadline) : null;
    const answered = ['answered', 'closed'].includes(props.review.status());
    return date ? { date, status: deadlineStatus(date, swedishDateOf(new Date()), answered) } : null;
  };
  const [forum, setForum] = createSignal('');
  // Prefilled with the description's own summary, personal data already removed.
  const [summary, setSummary] = createSignal(props.summary);
  const [escalationError, setEscalationError] = createSignal<string | null>(null);
  const forumName = (id: string) => props.profile.forums.find((f) => f.id === id)?.name ?? id;
  const escalate = () => {
    const problem = props.review.escalate(forum(), summary(), props.profile);
    setEscalationError(problem ? t().review.escalationProblem[problem] : null);
  };
  // The case log: status events and escalations together, in time order. Nothing in it can be edited.
  const log = () =>
    [
      ...props.review.trail().map((e) => ({
        at: e.event.at,
        label: t().action[e.event.action],
        actor: e.event.actor,
        comment: e.event.comment,
        applied: e.applied,
      })),
      ...props.review.escalations().map((e) => ({
        at: e.at,
        label: `${t().review.escalatedEntry}: ${forumName(e.forum)}`,
        actor: e.actor,
        comment: e.summary,
        applied: true,
      })),
    ].sort((a, b) => a.at - b.at);
  const canAnswer = () => props.review.offered().includes('answer') && EDITABLE_ANSWER.includes(props.review.status());
  const mayStartAnalysis = () => props.review.offered().includes('startJointAnalysis');
  // An answer that asks for a joint analysis offers it beside that decision, not twice.
  const startBesideAnswer = () =>
    mayStartAnalysis() && !canAnswer() && props.review.answer().jointAnalysisNeeded === 'yes';
  const buttons = () =>
    props.review.offered().filter((a) => a !== 'answer' && !(a === 'startJointAnalysis' && startBesideAnswer()));
  // The comment is a reason to reopen; closing may carry one too.
  const commentRequired = () => !props.review.offered().includes('close');
  // The answer's texts are read live by the reporting organisation: each goes through the sharing guard.
  const answerTexts = createAnswerTexts(props.review);
  // Checked as the person has it, held text included, so a held identity number blocks the answer.
  const answerProblems = () => validateAnswer(answerTexts.shown(), props.profile);
  const act = (action: CaseAction) => {
    // The comment goes into the case log, which both organisations read.
    if (findPii(comment()).some((hit) => hit.severity === 'block')) {
      setMessage(t().sharing.commentHasPersonalData);
      setTimeout(() => document.getElementById('review-comment')?.focus());
      return;
    }
    if (action === 'answer' && answerProblems().length > 0) {
      setMessage(
        `${t().review.answerProblems} ${answerProblems()
          .map((p) => (p.field === 'jointAnalysisNeeded' ? t().review.jointAnalysis : t().review.answerFields[p.field]))
          .join(', ')}`,
      );
      return;
    }
    const refusal = props.review.perform(action, comment());
    setMessage(refusal ? t().review.refusal[refusal] : null);
    if (refusal === 'comment_required') setTimeout(() => document.getElementById('review-comment')?.focus());
    if (refusal) return;
    setComment('');
    // The button is gone with the status it belonged to: the way into the analysis takes focus.
    if (action === 'startJointAnalysis')
      setTimeout(() => document.querySelector<HTMLElement>('[data-analysis-link]')?.focus());
  };

  return (
    <>
      <section aria-labelledby="deadline-heading" class="review-section">
        <h2 id="deadline-heading">{t().review.deadline}</h2>
        <Show when={deadline()} fallback={<p>{t().review.noDeadline}</p>}>
          {(d) => (
            <p data-deadline classList={{ overdue: !!d().status?.overdue }}>
              {formatIsoDate(d().date, lang())}
              <Show when={d().status}>
                {(s) => (
                  <strong>
                    {' '}
                    – {s().overdue ? t().review.overdue(-s().daysLeft) : t().review.daysLeft(s().daysLeft)}
                  </strong>
                )}
              </Show>
            </p>
          )}
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

      <section aria-labelledby="answer-heading" class="review-section">
        <h2 id="answer-heading">{t().review.answerHeading}</h2>
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
            required
            requiredText={t().form.required}
            optionalText={t().form.optional}
          />
          <button type="button" class="button button--primary" data-action="answer" onClick={() => act('answer')}>
            {t().review.giveAnswer}
          </button>
        </Show>
      </section>

      <section aria-labelledby="escalation-heading" class="review-section">
        <h2 id="escalation-heading">{t().review.escalationHeading}</h2>
        <Show when={props.review.escalations().length > 0}>
          <ul data-escalations>
            <For each={props.review.escalations()}>
              {(e) => (
                <li>
                  <strong>{t().review.escalatedTo(forumName(e.forum))}</strong> – {formatDateTime(e.at, lang())} –{' '}
                  {e.actor.name}, {e.actor.organisation}: ”{e.summary}”
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={props.review.actor().role !== 'staff'}>
          <p>{t().review.escalationIntro}</p>
          <Show when={escalationError()}>
            <p role="alert" class="field-error">
              {escalationError()}
            </p>
          </Show>
          <SelectField
            id="escalation-forum"
            label={t().review.forum}
            value={forum()}
            options={props.profile.forums.map((f) => ({ value: f.id, label: f.name }))}
            placeholder={t().form.choose}
            onChange={setForum}
            required
            requiredText={t().form.required}
            optionalText={t().form.optional}
          />
          <PiiTextArea
            id="escalation-summary"
            label={t().review.escalationSummary}
            value={summary()}
            onEdit={(value) => setSummary(value)}
            onReplace={(hit, replacement) =>
              setSummary((text) => text.slice(0, hit.start) + replacement + text.slice(hit.end))
            }
            required
            requiredText={t().form.required}
            optionalText={t().form.optional}
            texts={t().pii}
          />
          <button type="button" class="button" data-action="escalate" onClick={escalate}>
            {t().review.escalate}
          </button>
        </Show>
      </section>

      <section aria-labelledby="trail-heading" class="review-section">
        <h2 id="trail-heading">{t().review.trailHeading}</h2>
        <Show when={log().length > 0} fallback={<p>{t().review.trailEmpty}</p>}>
          <ol class="audit-trail" data-audit-trail>
            <For each={log()}>
              {(entry) => (
                <li data-applied={String(entry.applied)}>
                  <strong>{entry.label}</strong> – {formatDateTime(entry.at, lang())} – {entry.actor.name} (
                  {entry.actor.role}), {entry.actor.unit}, {entry.actor.organisation}
                  <Show when={entry.comment}>: ”{entry.comment}”</Show>
                  <Show when={!entry.applied}> – {t().review.trailNoEffect}</Show>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </section>
    </>
  );
}
