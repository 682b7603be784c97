import { Show } from 'solid-js';
import type { CaseSide } from '../../domain/caseActionRules';
import { caseHeadline } from '../../domain/caseHeadline';
import { parseIsoDate, swedishDateOf } from '../../domain/isoDate';
import type { ReportDraft } from '../../domain/report';
import type { RegionProfile } from '../../domain/regionProfile';
import { formatShortDate } from '../../domain/statusForReader';
import { useI18n } from '../../app/i18n';

/**
 * The case's h1: what happened, from whom ("Avvikelse från Hemsjukvården Centrum, 20 nov – SVPL").
 * The receiving side reads who reported it; the reporting side, whom it went to. The agreement's
 * short name is the region's Swedish, or the reporter's own words: lang="sv" either way.
 */
export function CaseHeading(props: { draft: ReportDraft; profile: RegionProfile; side: CaseSide }) {
  const { t } = useI18n();
  const headline = () => caseHeadline(props.draft, props.profile, props.side);
  const date = () => {
    const parsed = parseIsoDate(headline().eventDate);
    return parsed ? formatShortDate(parsed, swedishDateOf(new Date()), t().caseView.months) : '';
  };
  const lead = () => (props.side === 'receiver' ? t().caseView.headingFrom : t().caseView.headingTo);
  return (
    <Show when={headline().unit || headline().agreement} fallback={<h1 id="view-title">{t().view.title}</h1>}>
      <h1 id="view-title" class="case-title" data-case-title>
        {lead()} <span lang="sv">{headline().unit || t().caseView.noUnit}</span>
        <Show when={date()}>, {date()}</Show>
        <Show when={headline().agreement}>
          {' '}
          – <span lang="sv">{headline().agreement}</span>
        </Show>
      </h1>
    </Show>
  );
}
