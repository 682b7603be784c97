import { describe, expect, it } from 'vitest';
import { parseEscalations, validateEscalation } from '../../src/domain/escalation';
import { regionProfile } from '../../src/domain/regionProfiles';

const gbg = regionProfile('goteborgsomradet');

describe('escalating a system failure', () => {
  it.each<[string, Parameters<typeof validateEscalation>[0], string | null]>([
    [
      'a manager to NOSAM',
      { role: 'manager', forum: 'nosam', summary: 'Utskrivning utan meddelande, tredje gången.' },
      null,
    ],
    [
      'staff may not',
      { role: 'staff', forum: 'nosam', summary: 'Utskrivning utan meddelande.' },
      'not_allowed_for_role',
    ],
    [
      'a forum from another region',
      { role: 'coordinator', forum: 'lsvo', summary: 'Utskrivning utan meddelande.' },
      'unknown_forum',
    ],
    ['without a summary', { role: 'manager', forum: 'samsa', summary: ' ' }, 'summary_required'],
    [
      'with a phone number in the summary',
      { role: 'manager', forum: 'samsa', summary: 'Ring 070-123 45 67 om detta.' },
      'summary_has_personal_data',
    ],
  ])('%s', (_name, input, expected) => {
    expect(validateEscalation(input, gbg)).toBe(expected);
  });

  it('reads escalations leniently from a doc', () => {
    const good = {
      id: 'e',
      forum: 'nosam',
      summary: 's',
      at: 1,
      actor: { name: 'A', role: 'manager', unit: 'u', organisation: 'o' },
    };
    expect(parseEscalations([good, { forum: 1 }])).toEqual([good]);
  });
});
