import { addDays, addMonths, parseIsoDate, swedishDateOf, type IsoDate } from './isoDate';
import type { RegionProfile } from './regionProfile';

/**
 * The last day the receiving unit may answer, or null when the profile sets no deadline or the
 * date it counts from is not known yet. Counts in Swedish calendar days, so a report sent at
 * 23:30 on 31 March in Stockholm counts from 31 March whatever the device's time zone.
 */
export function answerDeadline(
  profile: Pick<RegionProfile, 'answerDeadline'>,
  facts: { submittedAt: number | null; discoveredDate: string | undefined },
): IsoDate | null {
  const rule = profile.answerDeadline;
  if (rule.kind === 'none') return null;
  const from =
    rule.from === 'sent'
      ? facts.submittedAt === null
        ? null
        : swedishDateOf(new Date(facts.submittedAt))
      : facts.discoveredDate
        ? parseIsoDate(facts.discoveredDate)
        : null;
  if (from === null) return null;
  return rule.kind === 'days' ? addDays(from, rule.amount) : addMonths(from, rule.amount);
}
