import { describe, expect, it } from 'vitest';
import { caseAccess, isCaseLead, type Access } from '../../sync-server/src/acl/caseAccess';
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
  teamPersonIds: [],
  analysis: null,
};
const submitted: CaseRecord = { ...draft, receivingUnitId: 'vgr-avd12', receivingOrgId: 'vgr', submittedAt: 5 };
/** Submitted, with a joint-analysis team: staff of both sides and a nurse of another unit. */
const analysed: CaseRecord = {
  ...submitted,
  teamPersonIds: ['m1', 's1', 's2', 'hemtjanst-staff'],
  analysis: { version: 1, locked: false },
};

type Who = [label: string, personId: string, role: Role, unitId: string, orgId: string];
const AUTHOR: Who = ['author', 'karin', 'staff', 'gbg-hemsjukvard', 'goteborg'];
const SENDING_MANAGER: Who = ['sending manager', 'm1', 'manager', 'gbg-hemsjukvard', 'goteborg'];
const SENDING_STAFF: Who = ['sending staff', 's1', 'staff', 'gbg-hemsjukvard', 'goteborg'];
const RECEIVING_MANAGER: Who = ['receiving manager', 'm2', 'manager', 'vgr-avd12', 'vgr'];
const RECEIVING_STAFF: Who = ['receiving staff', 's2', 'staff', 'vgr-avd12', 'vgr'];
const RECEIVING_COORDINATOR: Who = ['coordinator elsewhere in VGR', 'c2', 'coordinator', 'vgr-samordning', 'vgr'];
const STRANGER: Who = ['manager of another unit', 'x', 'manager', 'gbg-hemtjanst', 'goteborg'];
const TEAM_STAFF_ELSEWHERE: Who = [
  'team member from another unit',
  'hemtjanst-staff',
  'staff',
  'gbg-hemtjanst',
  'goteborg',
];
const RECEIVING_TEAM_STAFF: Who = ['receiving staff on the team', 's2', 'staff', 'vgr-avd12', 'vgr'];
const OTHER_RECEIVING_STAFF: Who = ['receiving staff not on the team', 's3', 'staff', 'vgr-avd12', 'vgr'];

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
  [AUTHOR, submitted, 'analysis', 'read'],
  [SENDING_MANAGER, submitted, 'analysis', 'write'],
  [RECEIVING_MANAGER, submitted, 'analysis', 'write'],
  [RECEIVING_COORDINATOR, submitted, 'analysis', 'write'],
  [RECEIVING_STAFF, submitted, 'analysis', 'none'],
  // The joint-analysis team: members write the analysis, read the report and the answer, append events.
  [TEAM_STAFF_ELSEWHERE, analysed, 'report', 'read'],
  [TEAM_STAFF_ELSEWHERE, analysed, 'events', 'write'],
  [TEAM_STAFF_ELSEWHERE, analysed, 'answer', 'read'],
  [TEAM_STAFF_ELSEWHERE, analysed, 'analysis', 'write'],
  [RECEIVING_TEAM_STAFF, analysed, 'analysis', 'write'],
  [RECEIVING_TEAM_STAFF, analysed, 'answer', 'read'],
  [SENDING_STAFF, analysed, 'report', 'read'],
  [SENDING_MANAGER, analysed, 'analysis', 'write'],
  [RECEIVING_MANAGER, analysed, 'answer', 'write'],
  [AUTHOR, analysed, 'report', 'write'],
  [AUTHOR, analysed, 'analysis', 'read'],
  [OTHER_RECEIVING_STAFF, analysed, 'analysis', 'none'],
  [STRANGER, analysed, 'analysis', 'none'],
  // A team is never formed on a draft; if a record said so, the draft rule still wins.
  [TEAM_STAFF_ELSEWHERE, { ...draft, teamPersonIds: ['hemtjanst-staff'] }, 'analysis', 'none'],
];

const LEADS: [Who, boolean][] = [
  [SENDING_MANAGER, true],
  [RECEIVING_MANAGER, true],
  [RECEIVING_COORDINATOR, true],
  [AUTHOR, false],
  [RECEIVING_TEAM_STAFF, false],
  [STRANGER, false],
];

describe('case access table', () => {
  it.each(TABLE)('%j on a %s case, part %s → %s', ([, personId, role, unitId, orgId], record, part, expected) => {
    expect(caseAccess({ personId, role, unitId, orgId }, record, part)).toBe(expected);
  });
});

describe('leads of a case (who names the analysis team)', () => {
  it.each(LEADS)('%j → %s', ([, personId, role, unitId, orgId], expected) => {
    expect(isCaseLead({ personId, role, unitId, orgId }, analysed)).toBe(expected);
  });
});
