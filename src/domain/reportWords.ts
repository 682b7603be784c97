import type { PersonWord, RegionProfile } from './regionProfile';

/**
 * The word for the person cared for, as the reporter's own organisation says it: a kommun's
 * home-care nurse writes about a brukare, a region's ward about a patient, a school about an
 * elev. Unknown (a device not connected to an organisation): both common words, never the
 * coordinator's "personen".
 */
export type PersonWordChoice = PersonWord | 'neutral';

export function personWordFor(
  profile: Pick<RegionProfile, 'personWords'>,
  orgType: string | null | undefined,
): PersonWordChoice {
  if (!orgType || !(orgType in profile.personWords)) return 'neutral';
  return profile.personWords[orgType as keyof RegionProfile['personWords']];
}

/** A receiver or agreement as staff call it, with the formal name beside it when it says more. */
export function shortAndFull(item: { name: string; shortName?: string }): { short: string; full: string | null } {
  const short = item.shortName?.trim() || item.name;
  return { short, full: short === item.name ? null : item.name };
}
