import { describe, expect, it } from 'vitest';
import { loadRegionProfiles, REGION_PROFILE_FILES, InvalidRegionProfileError } from '../../src/domain/regionProfiles';
import { parseRegionProfile } from '../../src/domain/regionProfile';

describe('region profiles', () => {
  it.each(REGION_PROFILE_FILES.map((file) => [(file as { id: string }).id, file] as const))(
    '%s loads and validates',
    (_id, file) => {
      const result = parseRegionProfile(file);
      expect(result.issues).toBeUndefined();
      expect(result.success).toBe(true);
    },
  );

  it('ships the four regions with their deadlines', () => {
    const profiles = loadRegionProfiles();
    expect([...profiles.keys()]).toEqual(['goteborgsomradet', 'blekinge', 'stockholm', 'sodra-alvsborg']);
    expect(profiles.get('goteborgsomradet')?.answerDeadline).toEqual({ kind: 'days', amount: 60, from: 'sent' });
    expect(profiles.get('blekinge')?.answerDeadline).toEqual({ kind: 'months', amount: 2, from: 'discovered' });
    expect(profiles.get('stockholm')?.answerDeadline).toEqual({ kind: 'none' });
    expect(profiles.get('sodra-alvsborg')?.answerRequires).toEqual(['cause', 'actions', 'consequences', 'followUp']);
    expect(profiles.get('blekinge')?.compilations[0]?.dueMonths).toEqual([5, 11]);
  });

  it('rejects a profile whose agreement points at a forum that does not exist', () => {
    const broken = structuredClone(REGION_PROFILE_FILES[0]) as { agreements: { forum?: string }[] };
    broken.agreements[0]!.forum = 'no-such-forum';
    expect(parseRegionProfile(broken).success).toBe(false);
    expect(() => loadRegionProfiles([broken])).toThrow(InvalidRegionProfileError);
  });

  it('rejects unknown keys and says which field is wrong', () => {
    const broken = { ...(REGION_PROFILE_FILES[1] as object), answerDeadline: { kind: 'weeks', amount: 2 } };
    const result = parseRegionProfile(broken);
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.path?.[0]?.key).toBe('answerDeadline');
  });
});
