import { A } from '@solidjs/router';
import { createMemo, Match, Show, Switch } from 'solid-js';
import type { SyncState } from '../../domain/caseIndex';
import { deadlineStatus } from '../../domain/deadlineStatus';
import { parseIsoDate, swedishDateOf } from '../../domain/isoDate';
import { nextStep } from '../../domain/nextStep';
import type { ReportDraft } from '../../domain/report';
import { readerStatusText, statusForReader } from '../../domain/statusForReader';
import { useI18n } from '../../app/i18n';
import { ROUTES } from '../../app/routes';
import type { CaseReview } from '../../primitives/createCaseReview';
import { SyncBadge } from '../../ui/StatusBadge';
import { CASE_STATUS_ID, focusAfterChange, focusField } from './focusCase';

/**
 * Beside the report: the status as this reader should read it ("Mottagen hos er – svara senast
 * 28 jan"), the days left, and the one next step. Acknowledging is offered only as an optional
 * courtesy to the reporter; answering acknowledges by itself.
 */
export function CaseStatusPanel(props: {
  review: CaseReview;
  caseId: string;
  report: ReportDraft;
  deadline: string | null;
  syncState: SyncState | null;
}) {
  const { t } = useI18n();
  const today = swedishDateOf(new Date());
  const actor = () => props.review.actor();
  const receiver = () => actor().side === 'receiver';
  const deadlineDate = () => (props.deadline ? parseIsoDate(props.deadline) : null);
  const reader = createMemo(() =>
    statusForReader({
      status: props.review.status(),
      side: actor().side,
      isAuthor: actor().isAuthor,
      synced: props.syncState === 'synced',
      reportingUnit: props.report.reporterUnit ?? '',
      receivingUnit: props.report.receivingUnit ?? '',
      deadline: deadlineDate(),
      today,
    }),
  );
  const heading = () => readerStatusText(reader(), receiver(), today, t().caseView);
  const left = () => (reader().deadline ? deadlineStatus(reader().deadline, today, false) : null);
  const step = () => nextStep(actor(), props.review.status());
  // The sync state matters on the device the case was written on, and anywhere an edit has not left yet.
  const showSync = () =>
    props.syncState !== null &&
    reader().phrase !== 'sentWaitingForSync' &&
    (actor().isAuthor || props.syncState !== 'synced');
  const acknowledge = () => {
    if (props.review.perform('acknowledge') === null) focusAfterChange();
  };
  return (
    <section class="case-status-panel" aria-labelledby={CASE_STATUS_ID}>
      <h2 id={CASE_STATUS_ID} tabindex="-1" data-case-status data-phrase={reader().phrase}>
        {heading()}
      </h2>
      <Show when={left()}>
        {(l) => (
          <p data-deadline classList={{ overdue: l().overdue }}>
            {l().overdue ? t().review.overdue(-l().daysLeft) : t().review.daysLeft(l().daysLeft)}
          </p>
        )}
      </Show>
      <Show when={showSync() && props.syncState}>
        {(state) => (
          <p class="case-badges">
            <SyncBadge state={state()} texts={t().syncState} />
          </p>
        )}
      </Show>
      <div class="next-step" data-next-step={step()}>
        <Switch>
          <Match when={step() === 'answer'}>
            <a
              class="button button--primary"
              href="#answer-heading"
              onClick={(event) => {
                event.preventDefault();
                focusField('answer-cause');
              }}
            >
              {t().caseView.next.answer}
            </a>
            <Show
              when={props.review.offered().includes('acknowledge')}
              fallback={
                // Once acknowledged, "answering acknowledges it" no longer says anything.
                <Show when={props.review.status() === 'submitted'}>
                  <p class="field-hint">{t().caseView.next.answerHint}</p>
                </Show>
              }
            >
              <button type="button" class="button" data-action="acknowledge" onClick={acknowledge}>
                {t().action.acknowledge}
              </button>
              <p class="field-hint">{t().caseView.next.acknowledgeHint(props.report.reporterUnit ?? '')}</p>
            </Show>
          </Match>
          <Match when={step() === 'readAnswer'}>
            <a
              class="button button--primary"
              href="#answer-heading"
              onClick={(event) => {
                event.preventDefault();
                focusAfterChange('answer-heading');
              }}
            >
              {t().caseView.next.readAnswer}
            </a>
            <p class="field-hint">{t().caseView.next.readAnswerHint}</p>
          </Match>
          {/* The receiving side waits for its own managers only while the answer is owed; after it,
              the status says who follows up. */}
          <Match when={step() === 'wait' && (!receiver() || props.review.status() !== 'answered')}>
            <p>
              {receiver()
                ? t().caseView.next.waitReceiver
                : t().caseView.next.waitSender(props.report.receivingUnit ?? '')}
            </p>
          </Match>
          <Match when={step() === 'edit'}>
            <A class="button button--primary" href={ROUTES.form(props.caseId, 1)}>
              {t().view.edit}
            </A>
          </Match>
          <Match when={step() === 'none'}>
            <p>{t().caseView.next.none}</p>
          </Match>
        </Switch>
      </div>
    </section>
  );
}
