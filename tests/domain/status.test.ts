import { describe, expect, it } from 'vitest';
import { allowedActions, nextStatus, type CaseAction, type CaseStatus } from '../../src/domain/status';
import { deriveStatus, parseCaseEvents, submittedAt } from '../../src/domain/caseEvents';
import { caseEvent } from '../helpers/factories';

const TRANSITIONS: [CaseStatus, CaseAction, CaseStatus | null][] = [
  ['draft', 'submit', 'submitted'],
  ['draft', 'acknowledge', null],
  ['draft', 'answer', null],
  ['submitted', 'acknowledge', 'received'],
  ['submitted', 'submit', null],
  ['submitted', 'close', null],
  ['received', 'investigate', 'investigating'],
  ['received', 'startJointAnalysis', 'jointAnalysis'],
  ['received', 'answer', 'answered'],
  ['investigating', 'startJointAnalysis', 'jointAnalysis'],
  ['investigating', 'answer', 'answered'],
  ['jointAnalysis', 'answer', 'answered'],
  ['jointAnalysis', 'investigate', null],
  ['submitted', 'startJointAnalysis', null],
  ['jointAnalysis', 'startJointAnalysis', null],
  ['answered', 'startJointAnalysis', 'jointAnalysis'],
  ['closed', 'startJointAnalysis', null],
  ['answered', 'close', 'closed'],
  ['answered', 'reopen', 'investigating'],
  ['closed', 'reopen', 'investigating'],
  ['closed', 'answer', null],
];

describe('status transitions', () => {
  it.each(TRANSITIONS)('%s + %s → %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('offers only the actions the table allows', () => {
    expect(allowedActions('draft')).toEqual(['submit']);
    expect(allowedActions('answered')).toEqual(['startJointAnalysis', 'close', 'reopen']);
    expect(allowedActions('closed')).toEqual(['reopen']);
  });
});

describe('status derived from the event log', () => {
  it('is draft with no events', () => {
    expect(deriveStatus([])).toBe('draft');
  });

  it('folds events in time order, whatever order they arrive in', () => {
    const submit = caseEvent({ action: 'submit', at: 1 });
    const ack = caseEvent({ action: 'acknowledge', at: 2 });
    expect(deriveStatus([ack, submit])).toBe('received');
  });

  it('goes back to joint analysis after an answer that asks for one, and is answered again after it', () => {
    const log = ['submit', 'acknowledge', 'answer', 'startJointAnalysis'].map((action, i) =>
      caseEvent({ action: action as CaseAction, at: i + 1 }),
    );
    expect(deriveStatus(log)).toBe('jointAnalysis');
    expect(deriveStatus([...log, caseEvent({ action: 'answer', at: 10 })])).toBe('answered');
  });

  it('skips an event that is not allowed at its point but keeps the rest', () => {
    const events = [caseEvent({ action: 'close', at: 1 }), caseEvent({ action: 'submit', at: 2 })];
    expect(deriveStatus(events)).toBe('submitted');
  });

  it('drops malformed entries read from a doc and keeps the good ones', () => {
    const good = caseEvent();
    expect(parseCaseEvents([good, { action: 'explode' }, null, 'x'])).toEqual([good]);
  });

  it('reports the first submission time', () => {
    expect(submittedAt([caseEvent({ action: 'submit', at: 42 })])).toBe(42);
    expect(submittedAt([])).toBeNull();
  });
});

describe('answering a case not yet acknowledged', () => {
  it('folds the acknowledgement and the answer it records into "answered", on every device', () => {
    const log = ['submit', 'acknowledge', 'answer'].map((action, i) =>
      caseEvent({ action: action as CaseAction, at: i + 1 }),
    );
    expect(deriveStatus(log)).toBe('answered');
  });

  it('keeps a second, concurrent acknowledgement as no effect, the answer still counting', () => {
    const log = [
      caseEvent({ action: 'submit', at: 1 }),
      caseEvent({ action: 'acknowledge', at: 2 }),
      caseEvent({ action: 'acknowledge', at: 3 }),
      caseEvent({ action: 'answer', at: 4 }),
    ];
    expect(deriveStatus(log)).toBe('answered');
  });
});
