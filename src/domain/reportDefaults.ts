import { OTHER_AGREEMENT, type ReportDraft } from './report';
import type { RegionProfile } from './regionProfile';

/**
 * What the report knows without asking the reporter. Every question she is spared is a tap
 * fewer in a stairwell: the area follows from the agreement (profile data), the discovery date
 * is the event date unless she says otherwise.
 */

/** The area the chosen agreement belongs to; undefined for "other document" or an agreement without one. */
export function areaOfAgreement(profile: Pick<RegionProfile, 'agreements'>, agreementId: string | undefined) {
  if (!agreementId || agreementId === OTHER_AGREEMENT) return undefined;
  return profile.agreements.find((a) => a.id === agreementId)?.area;
}

/** Whether the form must ask for the area: an agreement is chosen and it does not imply one. */
export function isAreaAsked(profile: Pick<RegionProfile, 'agreements'>, agreementId: string | undefined): boolean {
  return agreementId !== undefined && areaOfAgreement(profile, agreementId) === undefined;
}

/**
 * The area to store when the agreement changes: the agreement's own, or (when it implies none)
 * what the reporter had chosen, unless that was only the previous agreement's area.
 */
export function areaAfterAgreementChange(
  profile: Pick<RegionProfile, 'agreements'>,
  previousAgreementId: string | undefined,
  nextAgreementId: string | undefined,
  currentArea: string | undefined,
): string | undefined {
  const implied = areaOfAgreement(profile, nextAgreementId);
  if (implied) return implied;
  return currentArea !== undefined && currentArea === areaOfAgreement(profile, previousAgreementId)
    ? undefined
    : currentArea;
}

/** The discovery date the report means: the one given, else the event date ("upptäcktes samma dag"). */
export function effectiveDiscoveredDate(draft: Pick<ReportDraft, 'eventDate' | 'discoveredDate'>) {
  return draft.discoveredDate || draft.eventDate;
}

/**
 * Fields the report takes at submission from what the reporter left to the defaults, so the
 * receiver, the deadline (counted from discovery in Blekinge) and the compilations read whole
 * values. Only missing fields are filled; nothing she chose is overwritten.
 */
export function submissionDefaults(
  draft: ReportDraft,
  profile: Pick<RegionProfile, 'agreements'>,
): Partial<Pick<ReportDraft, 'discoveredDate' | 'area'>> {
  const defaults: Partial<Pick<ReportDraft, 'discoveredDate' | 'area'>> = {};
  if (!draft.discoveredDate && draft.eventDate) defaults.discoveredDate = draft.eventDate;
  const area = areaOfAgreement(profile, draft.agreementId);
  if (area && draft.area !== area) defaults.area = area;
  return defaults;
}
