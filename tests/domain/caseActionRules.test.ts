import { describe, expect, it } from 'vitest';
import { checkAction, offeredActions, type Actor } from '../../src/domain/caseActionRules';
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
  ['answer before acknowledging is not allowed', receiverManager, 'answer', 'submitted', 'not_allowed_in_status'],
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

describe('who may do what, in which status', () => {
  it.each(TABLE)('%s', (_name, actor, action, status, expected) => {
    expect(checkAction(actor, action, status)).toBe(expected);
  });

  it('accepts a reopen with a reason', () => {
    expect(checkAction(author, 'reopen', 'closed', 'Åtgärden följdes inte upp')).toBeNull();
  });

  it('offers only allowed actions', () => {
    expect(offeredActions(receiverManager, 'received')).toEqual(['investigate', 'startJointAnalysis', 'answer']);
    expect(offeredActions(receiverStaff, 'received')).toEqual([]);
    expect(offeredActions(author, 'answered')).toEqual(['close', 'reopen']);
    expect(offeredActions(senderManager, 'answered')).toEqual(['startJointAnalysis', 'close', 'reopen']);
    expect(offeredActions(receiverManager, 'answered')).toEqual(['startJointAnalysis']);
    expect(offeredActions(receiverManager, 'closed')).toEqual([]);
  });
});
