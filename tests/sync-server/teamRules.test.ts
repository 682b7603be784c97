import { describe, expect, it } from 'vitest';
import { TEAM_ERROR_MESSAGES, validateTeam, type TeamError } from '../../sync-server/src/analysis/teamRules';
import type { Person, TeamMember } from '../../src/protocol/analysisApi';

const person = (personId: string, orgId: string, role: Person['role']): Person => ({
  personId,
  name: personId,
  role,
  unitId: `${orgId}-enhet`,
  orgId,
});
const PEOPLE = [
  person('chef-gbg', 'goteborg', 'manager'),
  person('samordnare-gbg', 'goteborg', 'coordinator'),
  person('ssk-gbg', 'goteborg', 'staff'),
  person('chef-vgr', 'vgr', 'manager'),
  person('usk-vgr', 'vgr', 'staff'),
];
const ORGS = ['goteborg', 'vgr'];

const member = (personId: string, overrides: Partial<TeamMember> = {}): TeamMember => ({
  personId,
  role: 'deltagare',
  commissioner: false,
  signer: false,
  ...overrides,
});
/** A valid team: the Göteborg manager commissions and signs, the VGR manager signs. */
const VALID = [
  member('chef-gbg', { commissioner: true, signer: true }),
  member('chef-vgr', { signer: true }),
  member('ssk-gbg'),
];

const TABLE: [string, TeamMember[], TeamError | null][] = [
  ['a valid team', VALID, null],
  [
    'a coordinator may sign',
    [member('samordnare-gbg', { signer: true }), ...VALID.slice(1), member('chef-gbg', { commissioner: true })],
    null,
  ],
  [
    'staff may commission',
    [
      member('ssk-gbg', { commissioner: true }),
      member('chef-gbg', { signer: true }),
      member('chef-vgr', { signer: true }),
    ],
    null,
  ],
  ['a person nobody enrolled', [...VALID, member('okand')], 'unknown_person'],
  ['a person twice', [...VALID, member('ssk-gbg')], 'duplicate_person'],
  ['no commissioner', VALID.map((m) => ({ ...m, commissioner: false })), 'commissioner_count'],
  ['two commissioners', [...VALID.slice(0, 2), member('ssk-gbg', { commissioner: true })], 'commissioner_count'],
  ['no signer for VGR', [VALID[0]!, member('chef-vgr'), member('usk-vgr')], 'signer_count'],
  ['two signers for Göteborg', [...VALID, member('samordnare-gbg', { signer: true })], 'signer_count'],
  ['staff signing', [VALID[0]!, member('usk-vgr', { signer: true }), member('chef-vgr')], 'signer_role'],
];

describe('analysis team rules', () => {
  it.each(TABLE)('%s → %s', (_label, team, expected) => {
    expect(validateTeam(team, PEOPLE, ORGS)).toBe(expected);
  });

  it('needs only one signer when both units belong to one organisation', () => {
    const team = [member('chef-gbg', { commissioner: true, signer: true }), member('ssk-gbg')];
    expect(validateTeam(team, PEOPLE.slice(0, 3), ['goteborg'])).toBeNull();
  });

  it('explains every error in Swedish', () => {
    expect(TEAM_ERROR_MESSAGES.unknown_person).toMatch(/okänd person/);
    expect(TEAM_ERROR_MESSAGES.commissioner_count).toMatch(/exakt en uppdragsgivare/);
    expect(TEAM_ERROR_MESSAGES.signer_count).toMatch(/en ansvarig chef per organisation/);
  });
});
