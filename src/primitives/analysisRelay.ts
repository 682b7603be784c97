import { toBase64, fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import type { CaseId } from '../domain/ids';
import type { AnalysisStatus, TeamMember } from '../protocol/analysisApi';
import type { ApiResult } from '../sync/relayApi';
import { relayApi } from '../sync/relayApi';
import { loadVersionContent, saveAnalysisStatus, saveVersionContent } from '../storage/analysisStore';
import { useAppDb } from './appStorage';
import { currentSyncEngine } from './syncStatus';
import { cachedIdentity } from './syncSignals';

/**
 * The analysis screen's calls to the relay: people, team, sign-off, reopen and locked
 * versions. Each needs a connection (access and signatures are the relay's to grant); every
 * status it returns is kept on the device for offline use.
 */
const notEnrolled = { ok: false, failure: 'unauthorized' } as const;

async function keep(caseId: CaseId, result: ApiResult<AnalysisStatus>): Promise<ApiResult<AnalysisStatus>> {
  if (result.ok) await saveAnalysisStatus(useAppDb(), result.value, Date.now());
  else if (result.status === 404) await useAppDb().analyses.delete(caseId);
  return result;
}

export const analysisRelay = {
  people(caseId: CaseId) {
    const engine = currentSyncEngine();
    return engine ? relayApi.people(engine.token, caseId) : Promise.resolve(notEnrolled);
  },
  async refresh(caseId: CaseId): Promise<ApiResult<AnalysisStatus>> {
    const engine = currentSyncEngine();
    return engine ? keep(caseId, await relayApi.analysis(engine.token, caseId)) : notEnrolled;
  },
  async saveTeam(caseId: CaseId, team: TeamMember[]): Promise<ApiResult<AnalysisStatus>> {
    const engine = currentSyncEngine();
    return engine ? keep(caseId, await relayApi.putTeam(engine.token, caseId, team)) : notEnrolled;
  },
  /** Signs what this device holds, which must be exactly what the relay holds. */
  async sign(caseId: CaseId, version: number, doc: Y.Doc): Promise<ApiResult<AnalysisStatus>> {
    const engine = currentSyncEngine();
    if (!engine) return notEnrolled;
    const stateVector = toBase64(Y.encodeStateVector(doc));
    return keep(caseId, await relayApi.signoff(engine.token, caseId, version, stateVector));
  },
  async reopen(caseId: CaseId, version: number, reason: string): Promise<ApiResult<AnalysisStatus>> {
    const engine = currentSyncEngine();
    return engine ? keep(caseId, await relayApi.reopen(engine.token, caseId, version, reason)) : notEnrolled;
  },
  /** A locked version's content: from the device when kept, else from the relay (then kept). */
  async version(caseId: CaseId, number: number): Promise<Uint8Array | null> {
    const db = useAppDb();
    const kept = await loadVersionContent(db, caseId, number);
    if (kept) return kept;
    const engine = await syncEngineSoon();
    if (!engine) return null;
    const result = await relayApi.version(engine.token, caseId, number);
    if (!result.ok) return null;
    const update = fromBase64(result.value.update);
    await saveVersionContent(db, caseId, number, update);
    return update;
  },
  /** Whether a signature's state vector is exactly this doc's state. */
  isCurrent(doc: Y.Doc, stateVector: string): boolean {
    return sameStateVector(Y.encodeStateVector(doc), fromBase64(stateVector));
  },
};

/** The sync engine, waiting briefly on an enrolled device where it starts once the app is idle. */
async function syncEngineSoon(): Promise<ReturnType<typeof currentSyncEngine>> {
  for (let waited = 0; !currentSyncEngine() && cachedIdentity() && waited < 5_000; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  return currentSyncEngine();
}

function sameStateVector(a: Uint8Array, b: Uint8Array): boolean {
  const x = Y.decodeStateVector(a);
  const y = Y.decodeStateVector(b);
  if (x.size !== y.size) return false;
  for (const [client, clock] of x) if (y.get(client) !== clock) return false;
  return true;
}
