import type { CaseSide } from './caseActionRules';
import { OTHER_AGREEMENT, type ReportDraft } from './report';
import type { RegionProfile } from './regionProfile';

/** Longest agreement text shown in a heading; the full text is in the report below it. */
export const HEADLINE_AGREEMENT_LENGTH = 60;

export interface CaseHeadline {
  /** The unit named in the heading: who reported, for the receiving side; who must answer, for the reporting side. */
  unit: string;
  /** The event date, `YYYY-MM-DD`, or '' when not given. */
  eventDate: string;
  /** The agreement's short name (the full name when the profile has none), or the reporter's own words. */
  agreement: string;
  /** True when `agreement` is what the reporter typed (text in the report's language, not the app's). */
  agreementWritten: boolean;
}

/** What a case's heading says: what happened, from (or to) whom. */
export function caseHeadline(
  report: ReportDraft,
  profile: Pick<RegionProfile, 'agreements'>,
  side: CaseSide,
): CaseHeadline {
  const unit = (side === 'receiver' ? report.reporterUnit : report.receivingUnit)?.trim() ?? '';
  const agreement = agreementShortName(report, profile);
  return { unit, eventDate: report.eventDate ?? '', ...agreement };
}

/** An agreement's short name, falling back to its title; for "another document", the reporter's text, shortened. */
export function agreementShortName(
  report: Pick<ReportDraft, 'agreementId' | 'agreementText'>,
  profile: Pick<RegionProfile, 'agreements'>,
): { agreement: string; agreementWritten: boolean } {
  const id = report.agreementId;
  if (!id) return { agreement: '', agreementWritten: false };
  const found = profile.agreements.find((a) => a.id === id) as { name: string; shortName?: string } | undefined;
  if (found) return { agreement: found.shortName?.trim() || found.name, agreementWritten: false };
  if (id !== OTHER_AGREEMENT) return { agreement: id, agreementWritten: false };
  return { agreement: shorten(report.agreementText ?? ''), agreementWritten: true };
}

function shorten(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  if (line.length <= HEADLINE_AGREEMENT_LENGTH) return line;
  const cut = line.slice(0, HEADLINE_AGREEMENT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > HEADLINE_AGREEMENT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
