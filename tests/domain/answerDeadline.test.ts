import { describe, expect, it } from 'vitest';
import { answerDeadline } from '../../src/domain/answerDeadline';
import { addMonths, daysBetween, parseIsoDate, swedishDateOf } from '../../src/domain/isoDate';
import { regionProfile } from '../../src/domain/regionProfiles';

const at = (iso: string) => Date.parse(iso);

describe('answer deadline per region profile', () => {
  it.each<[string, string, string | undefined, string | null]>([
    // Göteborgsområdet: 60 days from when the report was sent.
    ['goteborgsomradet', '2026-01-10T09:00:00+01:00', '2026-01-01', '2026-03-11'],
    // Sent 23:30 Swedish time on 31 March (21:30 UTC): counts from 31 March, not 1 April.
    ['goteborgsomradet', '2026-03-31T21:30:00Z', undefined, '2026-05-30'],
    // Sent 00:30 Swedish time on 1 November (23:30 UTC on 31 October, after DST ended).
    ['goteborgsomradet', '2026-10-31T23:30:00Z', undefined, '2026-12-31'],
    // Blekinge: two months from discovery; 31 December → 28 February.
    ['blekinge', '2027-01-05T10:00:00+01:00', '2026-12-31', '2027-02-28'],
    // Leap year: 31 December 2027 → 29 February 2028.
    ['blekinge', '2028-01-05T10:00:00+01:00', '2027-12-31', '2028-02-29'],
    // Södra Älvsborg: two months from sending.
    ['sodra-alvsborg', '2026-08-31T08:00:00+02:00', '2026-08-01', '2026-10-31'],
    // Stockholm: no regional deadline.
    ['stockholm', '2026-01-10T09:00:00+01:00', '2026-01-01', null],
  ])('%s sent %s discovered %s → %s', (profileId, sent, discovered, expected) => {
    expect(answerDeadline(regionProfile(profileId), { submittedAt: at(sent), discoveredDate: discovered })).toBe(
      expected,
    );
  });

  it('has no deadline before the report is sent when counting from sending', () => {
    expect(
      answerDeadline(regionProfile('goteborgsomradet'), { submittedAt: null, discoveredDate: '2026-01-01' }),
    ).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  it('clamps month ends', () => {
    expect(addMonths(parseIsoDate('2026-01-31')!, 1)).toBe('2026-02-28');
    expect(addMonths(parseIsoDate('2024-01-31')!, 1)).toBe('2024-02-29');
  });

  it('counts days across daylight-saving changes as whole days', () => {
    expect(daysBetween(parseIsoDate('2026-03-28')!, parseIsoDate('2026-03-30')!)).toBe(2);
  });

  it('reads the Swedish date of an instant', () => {
    expect(swedishDateOf(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29');
  });
});
