import type { Person, TeamMember } from '../../../src/protocol/analysisApi';

export type TeamError = 'unknown_person' | 'duplicate_person' | 'commissioner_count' | 'signer_count' | 'signer_role';

export const TEAM_ERROR_MESSAGES: Record<TeamError, string> = {
  unknown_person: 'Teamet har en okänd person: alla ska vara kopplade personer i någon av ärendets två organisationer.',
  duplicate_person: 'En person kan bara finnas en gång i teamet.',
  commissioner_count: 'Teamet ska ha exakt en uppdragsgivare.',
  signer_count:
    'Teamet ska ha en ansvarig chef per organisation: exakt en som skriver under för var och en av ärendets organisationer.',
  signer_role: 'Den som skriver under för en organisation ska vara chef eller samordnare.',
};

/**
 * Checks a proposed team against the enrolled people of the case's organisations; returns the
 * first broken rule, or null. `people` holds only people of `signingOrgIds`.
 */
export function validateTeam(
  team: readonly TeamMember[],
  people: readonly Person[],
  signingOrgIds: readonly string[],
): TeamError | null {
  const known = new Map(people.map((p) => [p.personId, p]));
  if (team.some((m) => !known.has(m.personId))) return 'unknown_person';
  if (new Set(team.map((m) => m.personId)).size !== team.length) return 'duplicate_person';
  if (team.filter((m) => m.commissioner).length !== 1) return 'commissioner_count';
  const signers = team.filter((m) => m.signer).map((m) => known.get(m.personId)!);
  if (signingOrgIds.some((org) => signers.filter((p) => p.orgId === org).length !== 1)) return 'signer_count';
  if (signers.length !== signingOrgIds.length) return 'signer_count';
  if (signers.some((p) => p.role === 'staff')) return 'signer_role';
  return null;
}
