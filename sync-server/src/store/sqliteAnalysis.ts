import type Database from 'better-sqlite3';
import type { Person, TeamEntry } from '../../../src/protocol/analysisApi';
import type { Role } from '../../../src/protocol/identity';
import {
  StoreError,
  type AnalysisRecord,
  type AnalysisStore,
  type AnalysisVersionRecord,
  type ReopenedRecord,
  type SignatureRecord,
} from './types';

interface AnalysisRow {
  case_id: string;
  started_at: number;
  started_by: string;
  version: number;
  locked: number;
  signatures: string;
}

interface TeamRow {
  person_id: string;
  name: string;
  org_id: string;
  unit_id: string;
  role: string;
  commissioner: number;
  signer: number;
}

interface VersionRow {
  case_id: string;
  number: number;
  locked_at: number;
  signatures: string;
  snapshot?: Buffer;
  reopened: string | null;
}

const toEntry = (r: TeamRow): TeamEntry => ({
  personId: r.person_id,
  name: r.name,
  orgId: r.org_id,
  unitId: r.unit_id,
  role: r.role,
  commissioner: r.commissioner === 1,
  signer: r.signer === 1,
});

const toVersion = (r: VersionRow) => ({
  caseId: r.case_id,
  number: r.number,
  lockedAt: r.locked_at,
  signatures: JSON.parse(r.signatures) as SignatureRecord[],
  reopened: r.reopened === null ? null : (JSON.parse(r.reopened) as ReopenedRecord),
});

/** The analysis half of the SQLite adapter; `bumpSeq` marks the case changed for listings. */
export function createSqliteAnalysisStore(db: Database.Database, bumpSeq: (caseId: string) => void): AnalysisStore {
  const q = {
    get: db.prepare('SELECT * FROM analyses WHERE case_id = ?'),
    team: db.prepare('SELECT * FROM analysis_team WHERE case_id = ? ORDER BY position'),
    insert: db.prepare(
      `INSERT INTO analyses (case_id, started_at, started_by, version, locked, signatures) VALUES (?, ?, ?, 1, 0, '[]')
       ON CONFLICT (case_id) DO NOTHING`,
    ),
    clearTeam: db.prepare('DELETE FROM analysis_team WHERE case_id = ?'),
    addMember: db.prepare(
      `INSERT INTO analysis_team (case_id, position, person_id, name, org_id, unit_id, role, commissioner, signer)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    setSignatures: db.prepare('UPDATE analyses SET signatures = ? WHERE case_id = ?'),
    lock: db.prepare('UPDATE analyses SET locked = 1 WHERE case_id = ?'),
    insertVersion: db.prepare(
      'INSERT INTO analysis_versions (case_id, number, locked_at, signatures, snapshot) VALUES (?, ?, ?, ?, ?)',
    ),
    markReopened: db.prepare('UPDATE analysis_versions SET reopened = ? WHERE case_id = ? AND number = ?'),
    next: db.prepare(`UPDATE analyses SET version = version + 1, locked = 0, signatures = '[]' WHERE case_id = ?`),
    versions: db.prepare(
      'SELECT case_id, number, locked_at, signatures, reopened FROM analysis_versions WHERE case_id = ? ORDER BY number',
    ),
    version: db.prepare('SELECT * FROM analysis_versions WHERE case_id = ? AND number = ?'),
    // With one MAX() aggregate, SQLite takes the other columns from the row holding the maximum:
    // each person as their newest device that is not revoked names them.
    people: db.prepare(
      `SELECT person_id AS personId, person_name AS name, role, unit_id AS unitId, org_id AS orgId FROM (
         SELECT d.person_id, d.person_name, d.role, d.unit_id, u.org_id, MAX(d.created_at)
         FROM devices d JOIN units u ON u.id = d.unit_id WHERE d.revoked_at IS NULL GROUP BY d.person_id)
       WHERE org_id IN (SELECT value FROM json_each(?)) ORDER BY name, personId`,
    ),
  };

  const read = (caseId: string): AnalysisRecord | null => {
    const row = q.get.get(caseId) as AnalysisRow | undefined;
    if (!row) return null;
    return {
      caseId: row.case_id,
      startedAt: row.started_at,
      startedBy: row.started_by,
      team: (q.team.all(caseId) as TeamRow[]).map(toEntry),
      version: row.version,
      locked: row.locked === 1,
      signatures: JSON.parse(row.signatures) as SignatureRecord[],
    };
  };
  const mustRead = (caseId: string): AnalysisRecord => {
    const record = read(caseId);
    if (!record) throw new StoreError(`ingen analys för ärendet ${caseId}`);
    return record;
  };
  const wrap = <A extends unknown[]>(what: string, run: (...args: A) => AnalysisRecord) => {
    const transaction = db.transaction(run);
    return async (...args: A) => {
      try {
        return transaction(...args);
      } catch (error) {
        if (error instanceof StoreError) throw error;
        throw new StoreError(`${what}: ${(error as Error).message}`);
      }
    };
  };

  return {
    async getAnalysis(caseId) {
      return read(caseId);
    },
    saveAnalysisTeam: wrap('analysteam', (caseId, change) => {
      q.insert.run(caseId, change.startedAt, change.startedBy);
      q.clearTeam.run(caseId);
      change.team.forEach((m, i) =>
        q.addMember.run(caseId, i, m.personId, m.name, m.orgId, m.unitId, m.role, +m.commissioner, +m.signer),
      );
      q.setSignatures.run(JSON.stringify(change.signatures), caseId);
      bumpSeq(caseId);
      return mustRead(caseId);
    }),
    saveSignatures: wrap('underskrifter', (caseId, signatures) => {
      mustRead(caseId);
      q.setSignatures.run(JSON.stringify(signatures), caseId);
      return mustRead(caseId);
    }),
    lockAnalysis: wrap('låsning', (caseId, lock) => {
      const current = mustRead(caseId);
      if (current.locked) throw new StoreError(`analysen för ${caseId} är redan låst`);
      const signatures = JSON.stringify(current.signatures);
      q.insertVersion.run(caseId, current.version, lock.lockedAt, signatures, lock.snapshot);
      q.lock.run(caseId);
      bumpSeq(caseId);
      return mustRead(caseId);
    }),
    reopenAnalysis: wrap('återöppning', (caseId, reopened) => {
      const current = mustRead(caseId);
      if (!current.locked) throw new StoreError(`analysen för ${caseId} är inte låst`);
      q.markReopened.run(JSON.stringify(reopened), caseId, current.version);
      q.next.run(caseId);
      bumpSeq(caseId);
      return mustRead(caseId);
    }),
    async listAnalysisVersions(caseId) {
      return (q.versions.all(caseId) as VersionRow[]).map(toVersion);
    },
    async getAnalysisVersion(caseId, number) {
      const row = q.version.get(caseId, number) as VersionRow | undefined;
      if (!row?.snapshot) return null;
      const { snapshot } = row;
      const version: AnalysisVersionRecord = {
        ...toVersion(row),
        snapshot: new Uint8Array(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength),
      };
      return version;
    },
    async listPeople(orgIds) {
      const rows = q.people.all(JSON.stringify(orgIds)) as (Omit<Person, 'role'> & { role: string })[];
      return rows.map((r) => ({ ...r, role: r.role as Role }));
    },
  };
}
