import type { AnalysisStatus, Signature, VersionSummary } from '../../../src/protocol/analysisApi';
import { parseRoomName } from '../../../src/protocol/rooms';
import type { WriteLockLoader } from '../rooms/roomRegistry';
import type { AnalysisRecord, AnalysisStore, AnalysisVersionRecord, CaseRecord, SignatureRecord } from '../store/types';

/** The organisations that sign a case's analysis: its two (one, if both units share it). */
export function signingOrgIds(record: CaseRecord): string[] {
  return [...new Set([record.ownerOrgId, record.receivingOrgId ?? record.ownerOrgId])];
}

/** A stored signature as the wire shows it (without the relay's deletion fingerprint). */
export const toSignature = ({ orgId, personId, name, at, stateVector }: SignatureRecord): Signature => ({
  orgId,
  personId,
  name,
  at,
  stateVector,
});

export const toVersionSummary = (v: Omit<AnalysisVersionRecord, 'snapshot'>): VersionSummary => ({
  number: v.number,
  lockedAt: v.lockedAt,
  signatures: v.signatures.map(toSignature),
  reopened: v.reopened,
});

/** `GET /api/cases/:id/analysis` from the stored analysis and its versions. */
export function toStatus(
  record: CaseRecord,
  analysis: AnalysisRecord,
  versions: Omit<AnalysisVersionRecord, 'snapshot'>[],
): AnalysisStatus {
  return {
    caseId: analysis.caseId,
    startedAt: analysis.startedAt,
    startedBy: analysis.startedBy,
    team: analysis.team,
    version: analysis.version,
    locked: analysis.locked,
    signatures: analysis.signatures.map(toSignature),
    signingOrgIds: signingOrgIds(record),
    versions: versions.map(toVersionSummary),
  };
}

/** A room loads locked when it is the analysis of a case whose current version is locked. */
export function analysisWriteLock(store: Pick<AnalysisStore, 'getAnalysis'>): WriteLockLoader {
  return async (room) => {
    const parsed = parseRoomName(room);
    if (parsed?.part !== 'analysis') return false;
    return (await store.getAnalysis(parsed.caseId))?.locked === true;
  };
}
