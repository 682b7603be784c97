import { fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import type { SignoffRequest } from '../../../src/protocol/analysisApi';
import type { Identity } from '../../../src/protocol/identity';
import type { Room } from '../rooms/room';
import type { AnalysisRecord, AnalysisStore, CaseRecord, SignatureRecord } from '../store/types';
import { signingOrgIds } from './analysisStatus';
import { decodeVector, deletionsFingerprint, sameVector } from './stateVectors';

export type SignoffError = 'not_signer' | 'locked' | 'wrong_version' | 'stale';

export interface SignoffInput {
  store: AnalysisStore;
  /** The analysis room; the caller runs this inside `room.exclusive`. */
  room: Room;
  record: CaseRecord;
  analysis: AnalysisRecord;
  identity: Identity;
  body: SignoffRequest;
  /** The signer's state vector, decoded. */
  seen: Map<number, number>;
}

/**
 * Records a signature for the current version, replacing the organisation's earlier one, and
 * locks the version when every signing organisation has signed exactly what the room holds now.
 * Runs inside the room's exclusive turn: the state compared is the state locked.
 */
export async function signOff(
  input: SignoffInput,
): Promise<{ ok: true; analysis: AnalysisRecord } | { ok: false; error: SignoffError }> {
  const { store, room, analysis, identity } = input;
  const me = analysis.team.find((m) => m.signer && m.personId === identity.personId && m.orgId === identity.orgId);
  if (!me) return { ok: false, error: 'not_signer' };
  if (analysis.locked) return { ok: false, error: 'locked' };
  if (input.body.version !== analysis.version) return { ok: false, error: 'wrong_version' };
  const state = room.state();
  const current = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state));
  if (!sameVector(input.seen, current)) return { ok: false, error: 'stale' };

  const deletions = deletionsFingerprint(state);
  const signature: SignatureRecord = {
    orgId: me.orgId,
    personId: me.personId,
    name: identity.personName,
    at: Date.now(),
    stateVector: input.body.stateVector,
    deletions,
  };
  const signatures = [...analysis.signatures.filter((s) => s.orgId !== me.orgId), signature];
  const signed = await store.saveSignatures(analysis.caseId, signatures);
  const matches = (s: SignatureRecord) => {
    const vector = decodeVector(fromBase64(s.stateVector));
    return s.deletions === deletions && vector !== null && sameVector(vector, current);
  };
  if (!signingOrgIds(input.record).every((org) => signatures.some((s) => s.orgId === org && matches(s)))) {
    return { ok: true, analysis: signed };
  }
  const locked = await store.lockAnalysis(analysis.caseId, { lockedAt: signature.at, snapshot: state });
  room.lock();
  return { ok: true, analysis: locked };
}
