import { describe, expect, it } from 'vitest';
import { checkAction, eventsFor, offeredActions, type Actor } from '../../src/domain/caseActionRules';
import type { CaseAction, CaseStatus } from '../../src/domain/status';

const author: Actor = { role: 'staff', side: 'sender', isAuthor: true };
const senderStaff: Actor = { role: 'staff', side: 'sender', isAuthor: false };
const senderManager: Actor = { role: 'manager', side: 'sender', isAuthor: false };
const receiverManager: Actor = { role: 'manager', side: 'receiver', isAuthor: false };
const receiverStaff: Actor = { role: 'staff', side: 'receiver', isAuthor: false };
const receiverCoordinator: Actor = { role: 'coordinator', side: 'receiver', isAuthor: false };
const senderCoordinator: Actor = { role: 'coordinator', side: 'sender', isAuthor: false };

const TABLE: [string, Actor, CaseAction, CaseStatus, string | null][] = [
  ['author submits a draft', author, 'submit', 'draft', null],
  ['a colleague cannot submit my draft', senderStaff, 'submit', 'draft', 'not_allowed_for_role'],
  ['receiving manager acknowledges', receiverManager, 'acknowledge', 'submitted', null],
  ['receiving staff cannot acknowledge', receiverStaff, 'acknowledge', 'submitted', 'not_allowed_for_role'],
  ['the sender cannot acknowledge its own report', senderManager, 'acknowledge', 'submitted', 'not_allowed_for_role'],
  ['acknowledge twice is not a transition', receiverManager, 'acknowledge', 'received', 'not_allowed_in_status'],
  ['coordinator answers', receiverCoordinator, 'answer', 'investigating', null],
  ['the receiving manager answers without acknowledging first', receiverManager, 'answer', 'submitted', null],
  ['the receiving manager answers after acknowledging', receiverManager, 'answer', 'received', null],
  ['receiving staff cannot answer, acknowledged or not', receiverStaff, 'answer', 'submitted', 'not_allowed_for_role'],
  ['the reporting side cannot answer its own report', senderManager, 'answer', 'submitted', 'not_allowed_for_role'],
  ['nobody answers a draft', receiverManager, 'answer', 'draft', 'not_allowed_in_status'],
  ['an earlier version\'s "Påbörja utredning" is still a valid step', receiverManager, 'investigate', 'received', null],
  ['the author closes after the answer', author, 'close', 'answered', null],
  ['the receiver cannot close', receiverManager, 'close', 'answered', 'not_allowed_for_role'],
  ['reopening needs a comment', author, 'reopen', 'answered', 'comment_required'],
  ['either side may start a joint analysis', senderManager, 'startJointAnalysis', 'received', null],
  ['staff may not start a joint analysis', author, 'startJointAnalysis', 'received', 'not_allowed_for_role'],
  ['receiving manager starts it while investigating', receiverManager, 'startJointAnalysis', 'investigating', null],
  ['receiving manager starts it after the answer', receiverManager, 'startJointAnalysis', 'answered', null],
  ['reporting manager starts it after the answer', senderManager, 'startJointAnalysis', 'answered', null],
  ['reporting coordinator starts it after the answer', senderCoordinator, 'startJointAnalysis', 'answered', null],
  ['receiving coordinator starts it after the answer', receiverCoordinator, 'startJointAnalysis', 'answered', null],
  [
    'receiving staff may not start it after the answer',
    receiverStaff,
    'startJointAnalysis',
    'answered',
    'not_allowed_for_role',
  ],
  [
    'the author, staff, may not start it after the answer',
    author,
    'startJointAnalysis',
    'answered',
    'not_allowed_for_role',
  ],
  ['nobody starts it once the case is closed', senderManager, 'startJointAnalysis', 'closed', 'not_allowed_in_status'],
  [
    'nobody starts it before the receiver has the case',
    senderManager,
    'startJointAnalysis',
    'submitted',
    'not_allowed_in_status',
  ],
  [
    'it cannot be started twice in a row',
    receiverManager,
    'startJointAnalysis',
    'jointAnalysis',
    'not_allowed_in_status',
  ],
];

/** [action, status, events recorded] */
const EVENTS: [CaseAction, CaseStatus, CaseAction[] | null][] = [
  ['answer', 'submitted', ['acknowledge', 'answer']],
  ['answer', 'received', ['answer']],
  ['answer', 'investigating', ['answer']],
  ['answer', 'jointAnalysis', ['answer']],
  ['answer', 'answered', null],
  ['answer', 'draft', null],
  ['acknowledge', 'submitted', ['acknowledge']],
  ['acknowledge', 'received', null],
  ['close', 'answered', ['close']],
  ['startJointAnalysis', 'submitted', null],
];

describe('the events an action records', () => {
  it.each(EVENTS)('%s in %s records %j', (action, status, expected) => {
    expect(eventsFor(action, status)).toEqual(expected);
  });

  it('never offers "Påbörja utredning": no routine needs it before the answer', () => {
    for (const status of ['submitted', 'received', 'investigating', 'jointAnalysis'] as const) {
      expect(offeredActions(receiverManager, status)).not.toContain('investigate');
      expect(offeredActions(receiverManager, status)).toContain('answer');
    }
  });
});

describe('who may do what, in which status', () => {
  it.each(TABLE)('%s', (_name, actor, action, status, expected) => {
    expect(checkAction(actor, action, status)).toBe(expected);
  });

  it('accepts a reopen with a reason', () => {
    expect(checkAction(author, 'reopen', 'closed', 'Åtgärden följdes inte upp')).toBeNull();
  });

  it('offers only allowed actions', () => {
    expect(offeredActions(receiverManager, 'submitted')).toEqual(['acknowledge', 'answer']);
    expect(offeredActions(receiverManager, 'received')).toEqual(['startJointAnalysis', 'answer']);
    expect(offeredActions(receiverStaff, 'submitted')).toEqual([]);
    expect(offeredActions(receiverStaff, 'received')).toEqual([]);
    expect(offeredActions(author, 'answered')).toEqual(['close', 'reopen']);
    expect(offeredActions(senderManager, 'answered')).toEqual(['startJointAnalysis', 'close', 'reopen']);
    expect(offeredActions(receiverManager, 'answered')).toEqual(['startJointAnalysis']);
    expect(offeredActions(receiverManager, 'closed')).toEqual([]);
  });
});
