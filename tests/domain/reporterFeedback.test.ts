import { describe, expect, it } from 'vitest';
import { feedbackTitle, isOwnReport, reporterFeedback, unreadFeedback } from '../../src/domain/reporterFeedback';
import type { CaseStatus } from '../../src/domain/status';

const karin = { personId: 'karin', unitId: 'gbg-hemsjukvard' };
const row = (overrides: Partial<Parameters<typeof reporterFeedback>[0] & Record<string, unknown>> = {}) => ({
  id: 'c1',
  status: 'submitted' as CaseStatus,
  updatedAt: 2_000,
  seenAt: 1_000 as number | null,
  escalated: false,
  receivingUnitId: 'vgr-avd12',
  authorPersonId: 'karin',
  summary: 'Brukaren kom hem utan läkemedelslista från sjukhuset på fredagskvällen',
  title: 'Riktlinje för utskrivning',
  ...overrides,
});

describe('feedback to the reporter', () => {
  it.each<[string, Partial<ReturnType<typeof row>>, ReturnType<typeof reporterFeedback>]>([
    ['answered, not yet read', { status: 'answered' }, { kind: 'answered', unread: true }],
    ['answered and read since', { status: 'answered', seenAt: 3_000 }, { kind: 'answered', unread: false }],
    ['answered, never opened on this device', { status: 'answered', seenAt: null }, { kind: 'answered', unread: true }],
    [
      'escalated while under investigation',
      { status: 'investigating', escalated: true },
      { kind: 'escalated', unread: true },
    ],
    [
      'answered and escalated: the answer first',
      { status: 'answered', escalated: true },
      { kind: 'answered', unread: true },
    ],
    ['still waiting for an answer', { status: 'received' }, null],
    ['closed by her', { status: 'closed', escalated: true }, null],
    ['a draft', { status: 'draft' }, null],
  ])('%s', (_name, overrides, expected) => {
    expect(reporterFeedback(row(overrides))).toEqual(expected);
  });

  it('counts only her own reports, not what her unit received', () => {
    expect(isOwnReport(row(), karin)).toBe(true);
    expect(isOwnReport(row({ authorPersonId: 'anna' }), karin)).toBe(false);
    expect(isOwnReport(row({ authorPersonId: undefined }), karin)).toBe(true);
    expect(isOwnReport(row({ authorPersonId: undefined, receivingUnitId: 'gbg-hemsjukvard' }), karin)).toBe(false);
  });

  it('lists what the open app tells her about, newest first', () => {
    const rows = [
      row({ id: 'a', status: 'answered', updatedAt: 5_000 }),
      row({ id: 'b', status: 'answered', updatedAt: 6_000 }),
      row({ id: 'read', status: 'answered', seenAt: 9_000 }),
      row({ id: 'theirs', status: 'answered', authorPersonId: 'anna' }),
      row({ id: 'waiting', status: 'received' }),
    ];
    expect(unreadFeedback(rows, karin).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('names a report by the first words of her description', () => {
    expect(feedbackTitle(row())).toBe('Brukaren kom hem utan läkemedelslista från sjukhuset på…');
    expect(feedbackTitle(row({ summary: 'Kort text' }))).toBe('Kort text');
    expect(feedbackTitle(row({ summary: '' }))).toBe('Riktlinje för utskrivning');
  });
});
