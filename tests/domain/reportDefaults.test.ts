import { describe, expect, it } from 'vitest';
import {
  areaAfterAgreementChange,
  areaOfAgreement,
  effectiveDiscoveredDate,
  isAreaAsked,
  submissionDefaults,
} from '../../src/domain/reportDefaults';
import { OTHER_AGREEMENT } from '../../src/domain/report';
import { regionProfile, regionProfiles } from '../../src/domain/regionProfiles';
import { completeReport } from '../helpers/factories';

const gbg = regionProfile('goteborgsomradet');
const withoutArea = { agreements: [{ id: 'lokal', name: 'Lokal rutin' }] };

describe('what the report knows without asking', () => {
  it.each([...regionProfiles().values()].flatMap((p) => p.agreements.map((a) => [p.id, a.id, a.area] as const)))(
    '%s: the agreement %s implies its area (%s), so the area is not asked',
    (profileId, agreementId, area) => {
      const profile = regionProfile(profileId);
      expect(areaOfAgreement(profile, agreementId)).toBe(area);
      expect(area).toBeDefined();
      expect(isAreaAsked(profile, agreementId)).toBe(false);
    },
  );

  it.each<[string, string | undefined, boolean]>([
    ['another document', OTHER_AGREEMENT, true],
    ['an agreement without an area', 'lokal', true],
    ['no agreement yet', undefined, false],
  ])('asks the area for %s', (_name, agreementId, asked) => {
    const profile = { agreements: [...gbg.agreements, ...withoutArea.agreements] };
    expect(isAreaAsked(profile, agreementId)).toBe(asked);
  });

  it.each<[string, string | undefined, string, string | undefined, string | undefined]>([
    ['takes the new agreement\u2019s area', 'vg-sip', 'vg-utskrivning', 'sip', 'utskrivning'],
    ['clears the previous agreement\u2019s area when the new one asks', 'vg-sip', OTHER_AGREEMENT, 'sip', undefined],
    ['keeps what she chose for another document', OTHER_AGREEMENT, 'lokal', 'palliativ', 'palliativ'],
    ['sets it on the first choice', undefined, 'vg-lakemedel', undefined, 'lakemedel'],
  ])('changing the agreement %s', (_name, before, after, area, expected) => {
    const profile = { agreements: [...gbg.agreements, ...withoutArea.agreements] };
    expect(areaAfterAgreementChange(profile, before, after, area)).toBe(expected);
  });

  it('reads the discovery date as the event date unless another is given', () => {
    expect(effectiveDiscoveredDate({ eventDate: '2026-11-02' })).toBe('2026-11-02');
    expect(effectiveDiscoveredDate({ eventDate: '2026-11-02', discoveredDate: '2026-11-05' })).toBe('2026-11-05');
    expect(effectiveDiscoveredDate({})).toBeUndefined();
  });

  it('writes the defaults out at submission, never over what she chose', () => {
    expect(submissionDefaults(completeReport({ discoveredDate: undefined, area: undefined }), gbg)).toEqual({
      discoveredDate: '2026-11-02',
      area: 'utskrivning',
    });
    expect(submissionDefaults(completeReport(), gbg)).toEqual({});
    expect(submissionDefaults(completeReport({ agreementId: OTHER_AGREEMENT, area: 'palliativ' }), gbg)).toEqual({});
  });
});
