import { For, Show } from 'solid-js';
import { ANSWER_TEXT_FIELDS, type AnswerDraft } from '../../domain/answer';
import { useI18n } from '../../app/i18n';

/**
 * The receiving unit's answer, read-only: every part of it, the joint-analysis decision too,
 * as both organisations see it. When the answer asks for a joint analysis and this person may
 * start one, the action sits right next to that decision.
 */
export function AnswerSummary(props: { answer: AnswerDraft; canStartAnalysis: boolean; onStartAnalysis: () => void }) {
  const { t } = useI18n();
  const given = () => ANSWER_TEXT_FIELDS.some((f) => props.answer[f]) || props.answer.jointAnalysisNeeded !== undefined;
  const decision = () => {
    const value = props.answer.jointAnalysisNeeded;
    return value === 'yes' ? t().review.jointAnalysisYes : value === 'no' ? t().common.no : t().view.empty;
  };
  return (
    <Show when={given()} fallback={<p>{t().review.noAnswerYet}</p>}>
      <dl>
        <For each={ANSWER_TEXT_FIELDS}>
          {(field) => (
            <div class="summary-row">
              <dt>{t().reporting.answerRead[field]}</dt>
              <dd data-answer={field} lang={props.answer[field] ? 'sv' : undefined}>
                {props.answer[field] ?? t().view.empty}
              </dd>
            </div>
          )}
        </For>
        <div class="summary-row">
          <dt>{t().reporting.answerRead.jointAnalysis}</dt>
          <dd>
            <span data-answer="jointAnalysisNeeded">{decision()}</span>
            <Show when={props.answer.jointAnalysisNeeded === 'yes' && props.canStartAnalysis}>
              <div class="answer-decision-action">
                <button
                  type="button"
                  class="button button--primary"
                  data-action="startJointAnalysis"
                  onClick={() => props.onStartAnalysis()}
                >
                  {t().action.startJointAnalysis}
                </button>
              </div>
            </Show>
          </dd>
        </div>
      </dl>
    </Show>
  );
}
