import { describe, expect, it } from 'vitest';
import { filterInbox, isOverdue, isUnseen } from '../../src/domain/inbox';
import { parseIsoDate, type IsoDate } from '../../src/domain/isoDate';
import type { CaseIndexEntry } from '../../src/domain/caseIndex';
import { indexRow } from '../helpers/indexRows';

const today = parseIsoDate('2026-11-22') as IsoDate;
/** The inbox tests' row: the shared factory, sent to 'Avdelning 12' of 'VGR' (values the tables use). */
const row = (overrides: Partial<CaseIndexEntry>): CaseIndexEntry =>
  indexRow({
    title: 'Riktlinje för utskrivning',
    receivingOrganisation: 'VGR',
    receivingUnit: 'Avdelning 12',
    receivingUnitId: 'avd12',
    ...overrides,
  });

describe('the inbox', () => {
  it('sorts by deadline, unanswered first, no deadline last', () => {
    const late = row({ deadline: '2027-01-10' });
    const soon = row({ deadline: '2026-12-01' });
    const none = row({ deadline: null });
    const answered = row({ deadline: '2026-11-25', status: 'answered' });
    expect(filterInbox([late, answered, none, soon], {}, today).map((r) => r.id)).toEqual([
      soon.id,
      late.id,
      none.id,
      answered.id,
    ]);
  });

  it.each<[string, object, number]>([
    ['status', { status: 'received' }, 1],
    ['area', { area: 'sip' }, 1],
    ['agreement', { agreementId: 'vg-sip' }, 1],
    ['counterpart organisation', { counterpart: 'Partille kommun' }, 1],
    ['overdue only', { overdueOnly: true }, 1],
    ['free text, any order, any case', { search: 'PARTILLE hemtjänst' }, 1],
    ['free text that matches nothing', { search: 'finns inte' }, 0],
  ])('filters by %s', (_name, filter, expected) => {
    const rows = [
      row({}),
      row({ status: 'received' }),
      row({ area: 'sip', agreementId: 'vg-sip' }),
      row({ reporterOrganisation: 'Partille kommun', reporterUnit: 'Hemtjänsten Öjersjö' }),
      row({ deadline: '2026-11-20' }),
    ];
    expect(filterInbox(rows, filter, today)).toHaveLength(expected);
  });

  it('knows overdue and unseen cases', () => {
    expect(isOverdue(row({ deadline: '2026-11-21' }), today)).toBe(true);
    expect(isOverdue(row({ deadline: '2026-11-22' }), today)).toBe(false);
    expect(isOverdue(row({ deadline: '2026-11-21', status: 'answered' }), today)).toBe(false);
    expect(isUnseen(row({ seenAt: null }))).toBe(true);
    expect(isUnseen(row({ seenAt: 20, updatedAt: 10 }))).toBe(false);
    expect(isUnseen(row({ seenAt: 5, updatedAt: 10 }))).toBe(true);
  });

  it('matches every search word on its own, across 10,000 cases', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      row({ summary: `ärende ${i}`, deadline: `2027-01-${String((i % 28) + 1).padStart(2, '0')}` }),
    );
    const result = filterInbox(many, { search: 'ärende 99' }, today);
    expect(result.length).toBe(many.filter((r) => r.summary.includes('99')).length);
    expect(result.every((r, i) => i === 0 || (result[i - 1]!.deadline ?? '') <= (r.deadline ?? ''))).toBe(true);
  });
});
