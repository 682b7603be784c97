import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '../../src/domain/deadlineStatus';
import { findRecurrences, type RecurrenceInput } from '../../src/domain/recurrence';
import { deriveAuditTrail } from '../../src/domain/auditTrail';
import { causalTimestamp, deriveStatus } from '../../src/domain/caseEvents';
import { parseIsoDate, type IsoDate } from '../../src/domain/isoDate';
import { caseEvent } from '../helpers/factories';

const d = (text: string) => parseIsoDate(text) as IsoDate;

describe('deadline status', () => {
  it.each<[string | null, string, boolean, { daysLeft: number; overdue: boolean } | null]>([
    ['2026-12-01', '2026-11-22', false, { daysLeft: 9, overdue: false }],
    ['2026-11-22', '2026-11-22', false, { daysLeft: 0, overdue: false }],
    ['2026-11-21', '2026-11-22', false, { daysLeft: -1, overdue: true }],
    // Across the change to summer time: still whole days.
    ['2027-03-29', '2027-03-27', false, { daysLeft: 2, overdue: false }],
    ['2026-11-21', '2026-11-22', true, null],
    [null, '2026-11-22', false, null],
  ])('deadline %s on %s (answered %s) → %j', (deadline, today, answered, expected) => {
    expect(deadlineStatus(deadline === null ? null : d(deadline), d(today), answered)).toEqual(expected);
  });
});

describe('recurrence detection', () => {
  const rule = { threshold: 3, periodDays: 90 };
  const c = (caseId: string, submittedOn: string, overrides: Partial<RecurrenceInput> = {}): RecurrenceInput => ({
    caseId,
    senderUnitId: 'hemsjukvard',
    receivingUnitId: 'avd12',
    agreementId: 'vg-utskrivning',
    submittedOn: d(submittedOn),
    ...overrides,
  });

  it('suggests escalation at the threshold, listing the cases behind it', () => {
    const cases = [c('a', '2026-10-01'), c('b', '2026-09-15'), c('c', '2026-11-20')];
    expect(findRecurrences(cases, rule, d('2026-11-22'))).toEqual([
      {
        senderUnitId: 'hemsjukvard',
        receivingUnitId: 'avd12',
        agreementId: 'vg-utskrivning',
        caseIds: ['b', 'a', 'c'],
      },
    ]);
  });

  it('does not count cases outside the period, or another agreement or pair', () => {
    const cases = [
      c('old', '2026-08-01'),
      c('a', '2026-10-01'),
      c('b', '2026-11-01'),
      c('other-agreement', '2026-11-02', { agreementId: 'vg-sip' }),
      c('other-pair', '2026-11-03', { receivingUnitId: 'avd14' }),
    ];
    expect(findRecurrences(cases, rule, d('2026-11-22'))).toEqual([]);
  });
});

describe('audit trail and the merge rule for concurrent offline actions', () => {
  const at = (n: number) => 1_800_000_000_000 + n;

  it('keeps both acknowledgements when two devices acknowledge offline; the later one has no effect', () => {
    const events = [
      caseEvent({ id: 'e1', action: 'submit', at: at(1) }),
      caseEvent({
        id: 'b',
        action: 'acknowledge',
        at: at(5),
        actor: { name: 'Bo', role: 'manager', unit: 'avd12', organisation: 'VGR' },
      }),
      caseEvent({
        id: 'a',
        action: 'acknowledge',
        at: at(5),
        actor: { name: 'Ann', role: 'coordinator', unit: 'avd12', organisation: 'VGR' },
      }),
    ];
    const trail = deriveAuditTrail(events);
    expect(trail.map((e) => [e.event.id, e.status, e.applied])).toEqual([
      ['e1', 'submitted', true],
      ['a', 'received', true],
      ['b', 'received', false],
    ]);
    expect(deriveStatus(events)).toBe('received');
  });

  it('stamps a new event after every event the device has seen, whatever its clock says', () => {
    const ahead = caseEvent({ id: 'ack', action: 'acknowledge', at: at(1000) });
    const close = caseEvent({ id: 'close', action: 'close', at: causalTimestamp([ahead], at(5)) });
    expect(close.at).toBe(at(1001));
    expect(causalTimestamp([], at(5))).toBe(at(5));
    const trail = deriveAuditTrail([
      caseEvent({ id: 's', action: 'submit', at: at(1) }),
      ahead,
      caseEvent({ id: 'a', action: 'answer', at: causalTimestamp([ahead], at(2)) }),
    ]);
    expect(trail.map((e) => e.applied)).toEqual([true, true, true]);
  });

  it('answer and reopen made concurrently resolve by time, the same on every device', () => {
    const base = [
      caseEvent({ id: 's', action: 'submit', at: at(1) }),
      caseEvent({ id: 'ack', action: 'acknowledge', at: at(2) }),
      caseEvent({ id: 'ans', action: 'answer', at: at(3) }),
    ];
    const reopen = caseEvent({ id: 'r', action: 'reopen', at: at(10), comment: 'Uppföljning saknas' });
    const secondAnswer = caseEvent({ id: 'ans2', action: 'answer', at: at(11) });
    const oneDevice = deriveAuditTrail([...base, reopen, secondAnswer]);
    const otherDevice = deriveAuditTrail([secondAnswer, reopen, ...base].reverse());
    expect(oneDevice).toEqual(otherDevice);
    expect(oneDevice.at(-1)).toMatchObject({ status: 'answered', applied: true });
  });
});
