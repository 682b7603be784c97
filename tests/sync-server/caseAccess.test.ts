import { describe, expect, it } from 'vitest';
import { caseAccess, type Access } from '../../sync-server/src/acl/caseAccess';
import type { CaseRecord } from '../../sync-server/src/store/types';
import type { CasePart } from '../../src/protocol/rooms';
import type { Role } from '../../src/protocol/identity';

const draft: CaseRecord = {
  caseId: 'c',
  ownerUnitId: 'gbg-hemsjukvard',
  ownerOrgId: 'goteborg',
  authorPersonId: 'karin',
  receivingUnitId: null,
  receivingOrgId: null,
  submittedAt: null,
  createdAt: 0,
  seq: 1,
};
const submitted: CaseRecord = { ...draft, receivingUnitId: 'vgr-avd12', receivingOrgId: 'vgr', submittedAt: 5 };

type Who = [label: string, personId: string, role: Role, unitId: string, orgId: string];
const AUTHOR: Who = ['author', 'karin', 'staff', 'gbg-hemsjukvard', 'goteborg'];
const SENDING_MANAGER: Who = ['sending manager', 'm1', 'manager', 'gbg-hemsjukvard', 'goteborg'];
const SENDING_STAFF: Who = ['sending staff', 's1', 'staff', 'gbg-hemsjukvard', 'goteborg'];
const RECEIVING_MANAGER: Who = ['receiving manager', 'm2', 'manager', 'vgr-avd12', 'vgr'];
const RECEIVING_STAFF: Who = ['receiving staff', 's2', 'staff', 'vgr-avd12', 'vgr'];
const RECEIVING_COORDINATOR: Who = ['coordinator elsewhere in VGR', 'c2', 'coordinator', 'vgr-samordning', 'vgr'];
const STRANGER: Who = ['manager of another unit', 'x', 'manager', 'gbg-hemtjanst', 'goteborg'];

const TABLE: [Who, CaseRecord, CasePart, Access][] = [
  [AUTHOR, draft, 'report', 'write'],
  [AUTHOR, draft, 'events', 'write'],
  [AUTHOR, draft, 'answer', 'read'],
  [SENDING_MANAGER, draft, 'report', 'none'],
  [RECEIVING_MANAGER, draft, 'report', 'none'],
  [AUTHOR, submitted, 'report', 'write'],
  [AUTHOR, submitted, 'answer', 'read'],
  [SENDING_MANAGER, submitted, 'report', 'read'],
  [SENDING_MANAGER, submitted, 'events', 'write'],
  [SENDING_STAFF, submitted, 'report', 'none'],
  [RECEIVING_MANAGER, submitted, 'report', 'read'],
  [RECEIVING_MANAGER, submitted, 'answer', 'write'],
  [RECEIVING_MANAGER, submitted, 'events', 'write'],
  [RECEIVING_STAFF, submitted, 'report', 'none'],
  [RECEIVING_COORDINATOR, submitted, 'answer', 'write'],
  [STRANGER, submitted, 'report', 'none'],
];

describe('case access table', () => {
  it.each(TABLE)('%j on a %s case, part %s → %s', ([, personId, role, unitId, orgId], record, part, expected) => {
    expect(caseAccess({ personId, role, unitId, orgId }, record, part)).toBe(expected);
  });
});
