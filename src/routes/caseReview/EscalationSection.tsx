import { createSignal, For, Show } from 'solid-js';
import type { RegionProfile } from '../../domain/regionProfile';
import { useI18n } from '../../app/i18n';
import type { CaseReview } from '../../primitives/createCaseReview';
import { PiiTextArea } from '../../ui/PiiTextArea';
import { SelectField } from '../../ui/SelectField';
import { formatDateTime } from '../../ui/format';
import { Disclosure } from './Disclosure';

/** Escalation as a system failure to a forum, folded away until wanted; past escalations inside. */
export function EscalationSection(props: {
  review: CaseReview;
  profile: RegionProfile;
  summary: string;
  forumName: (id: string) => string;
}) {
  const { t, lang } = useI18n();
  const [forum, setForum] = createSignal('');
  // Prefilled with the description's own summary, personal data already removed.
  const [summary, setSummary] = createSignal(props.summary);
  const [error, setError] = createSignal<string | null>(null);
  const escalate = () => {
    const problem = props.review.escalate(forum(), summary(), props.profile);
    setError(problem ? t().review.escalationProblem[problem] : null);
  };
  const count = () => props.review.escalations().length;
  return (
    <Disclosure id="escalation" heading={t().review.escalationHeading} count={t().caseView.escalationCount(count())}>
      <Show when={count() > 0}>
        <ul data-escalations>
          <For each={props.review.escalations()}>
            {(e) => (
              <li>
                <strong>{t().review.escalatedTo(props.forumName(e.forum))}</strong> – {formatDateTime(e.at, lang())} –{' '}
                <span lang="sv">{e.actor.name}</span>, <span lang="sv">{e.actor.organisation}</span>: ”
                <span lang="sv">{e.summary}</span>”
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.review.actor().role !== 'staff'}>
        <p>{t().review.escalationIntro}</p>
        <Show when={error()}>
          <p role="alert" class="field-error">
            {error()}
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
    </Disclosure>
  );
}
