import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/caseActionRules';
import { nextStep, type NextStep } from '../../src/domain/nextStep';
import type { CaseStatus } from '../../src/domain/status';

const author: Actor = { role: 'staff', side: 'sender', isAuthor: true };
const senderStaff: Actor = { role: 'staff', side: 'sender', isAuthor: false };
const senderManager: Actor = { role: 'manager', side: 'sender', isAuthor: false };
const receiverManager: Actor = { role: 'manager', side: 'receiver', isAuthor: false };
const receiverCoordinator: Actor = { role: 'coordinator', side: 'receiver', isAuthor: false };
const receiverStaff: Actor = { role: 'staff', side: 'receiver', isAuthor: false };

const TABLE: [string, Actor, CaseStatus, NextStep][] = [
  [
    'the receiving manager answers a case just arrived, without acknowledging first',
    receiverManager,
    'submitted',
    'answer',
  ],
  ['the receiving manager answers after acknowledging', receiverManager, 'received', 'answer'],
  ['the receiving manager answers a reopened case', receiverManager, 'investigating', 'answer'],
  ['the receiving manager answers after a joint analysis', receiverManager, 'jointAnalysis', 'answer'],
  ['a coordinator of the receiving side answers too', receiverCoordinator, 'submitted', 'answer'],
  ['receiving staff wait for their manager', receiverStaff, 'submitted', 'wait'],
  ['the receiver waits for the reporter to close', receiverManager, 'answered', 'wait'],
  ['the author waits for the answer', author, 'submitted', 'wait'],
  ['the author waits while the receiver works', author, 'received', 'wait'],
  ['the author reads the answer', author, 'answered', 'readAnswer'],
  ['the reporting manager reads the answer', senderManager, 'answered', 'readAnswer'],
  ['a reporting colleague only waits', senderStaff, 'answered', 'wait'],
  ['the author goes on with her draft', author, 'draft', 'edit'],
  ['nobody else has a draft to act on', senderManager, 'draft', 'none'],
  ['a closed case asks nothing of anyone', author, 'closed', 'none'],
  ['a closed case asks nothing of the receiver', receiverManager, 'closed', 'none'],
];

describe('the one next step beside the report', () => {
  it.each(TABLE)('%s', (_name, actor, status, expected) => {
    expect(nextStep(actor, status)).toBe(expected);
  });
});
