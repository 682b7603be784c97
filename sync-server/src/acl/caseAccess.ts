import type { CasePart } from '../../../src/protocol/rooms';
import type { Identity } from '../../../src/protocol/identity';
import type { CaseRecord } from '../store/types';

export type Access = 'write' | 'read' | 'none';
type Who = Pick<Identity, 'personId' | 'role' | 'unitId' | 'orgId'>;

/**
 * Who may join which part of a case. The relay knows participants, never content.
 *
 * Before submission only the author's devices may join (and only read the answer). After it, the receiving unit is a
 * participant: the author writes the report; managers and coordinators of both units read it;
 * the receiving unit's managers and coordinators write the answer; everyone involved appends
 * to the event log. A coordinator (the organisation's named function) counts for every unit
 * of the organisation. The analysis is written by managers and coordinators of both sides and
 * by the joint-analysis team, whose members (staff too) also read the report and the answer.
 */
export function caseAccess(who: Who, record: CaseRecord, part: CasePart): Access {
  const isAuthor = who.personId === record.authorPersonId;
  // Before submission only the author, who may already join the (empty) answer and analysis to read.
  if (record.receivingUnitId === null) {
    if (!isAuthor) return 'none';
    return part === 'report' || part === 'events' ? 'write' : 'read';
  }

  const leads = who.role === 'manager' || who.role === 'coordinator';
  const sender = isAuthor || leadsSide(who, record.ownerUnitId, record.ownerOrgId);
  const receiver = leadsSide(who, record.receivingUnitId, record.receivingOrgId);
  const onTeam = record.teamPersonIds.includes(who.personId);
  if (!sender && !receiver && !onTeam) return 'none';

  switch (part) {
    case 'report':
      return isAuthor ? 'write' : 'read';
    case 'events':
      return 'write';
    case 'answer':
      return receiver ? 'write' : 'read';
    case 'analysis':
      return leads || onTeam ? 'write' : 'read';
  }
}

/** A manager of the unit, or a coordinator of the organisation. */
function leadsSide(who: Who, unitId: string | null, orgId: string | null): boolean {
  if (who.role === 'manager') return who.unitId === unitId;
  return who.role === 'coordinator' && (who.unitId === unitId || who.orgId === orgId);
}

/**
 * A lead of either side of a case: a manager of the sending or receiving unit, or a
 * coordinator of either organisation. Leads start the joint analysis and name its team.
 */
export function isCaseLead(who: Who, record: CaseRecord): boolean {
  return (
    leadsSide(who, record.ownerUnitId, record.ownerOrgId) ||
    leadsSide(who, record.receivingUnitId, record.receivingOrgId)
  );
}
