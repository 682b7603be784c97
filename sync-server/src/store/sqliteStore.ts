import Database from 'better-sqlite3';
import { migrate } from './sqliteSchema';
import { startCheckpointWorker } from './checkpointWorker';
import { createSqliteAnalysisStore } from './sqliteAnalysis';
import { createSqliteCaseLog } from './sqliteCaseLog';
import { createSqliteAccessLog } from './sqliteAccessLog';
import { loadOrCreateSecret } from './secretFile';

/** How often the worker checkpoints the WAL into the database file. */
const CHECKPOINT_EVERY_MS = 2000;
import { StoreError, type CaseRecord, type DeviceRecord, type EnrollmentCodeRecord, type RelayStore } from './types';
import type { OrgType, Role } from '../../../src/protocol/identity';

interface CaseRow {
  case_id: string;
  owner_unit: string;
  owner_org: string;
  author_person: string;
  receiving_unit: string | null;
  receiving_org: string | null;
  submitted_at: number | null;
  created_at: number;
  seq: number;
  /** JSON array of the analysis team's person ids, in team order. */
  team: string;
  analysis_version: number | null;
  analysis_locked: number | null;
}

interface DeviceRow {
  id: string;
  name: string;
  unit_id: string;
  person_id: string;
  person_name: string;
  role: string;
  created_at: number;
  revoked_at: number | null;
}

const toCase = (r: CaseRow): CaseRecord => ({
  caseId: r.case_id,
  ownerUnitId: r.owner_unit,
  ownerOrgId: r.owner_org,
  authorPersonId: r.author_person,
  receivingUnitId: r.receiving_unit,
  receivingOrgId: r.receiving_org,
  submittedAt: r.submitted_at,
  createdAt: r.created_at,
  seq: r.seq,
  teamPersonIds: JSON.parse(r.team) as string[],
  analysis: r.analysis_version === null ? null : { version: r.analysis_version, locked: r.analysis_locked === 1 },
});

/** A case row with its analysis team and state; callers add `WHERE` on `c`. */
const SELECT_CASE = `SELECT c.*, a.version AS analysis_version, a.locked AS analysis_locked,
    (SELECT json_group_array(person_id) FROM (SELECT person_id FROM analysis_team t WHERE t.case_id = c.case_id ORDER BY position)) AS team
  FROM cases c LEFT JOIN analyses a ON a.case_id = c.case_id`;

const toDevice = (r: DeviceRow): DeviceRecord => ({
  id: r.id,
  name: r.name,
  unitId: r.unit_id,
  personId: r.person_id,
  personName: r.person_name,
  role: r.role as Role,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** The embedded SQLite adapter (better-sqlite3). One file holds updates, cases and the directory. */
export function createSqliteStore(file: string): RelayStore {
  const db = new Database(file);
  migrate(db);
  const checkpoints = startCheckpointWorker(file, CHECKPOINT_EVERY_MS);
  const q = {
    append: db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)'),
    load: db.prepare('SELECT data FROM updates WHERE room = ? ORDER BY id').pluck(),
    firstIds: db.prepare('SELECT id FROM updates WHERE room = ? ORDER BY id LIMIT ?').pluck(),
    deleteBefore: db.prepare('DELETE FROM updates WHERE room = ? AND id < ?'),
    setData: db.prepare('UPDATE updates SET data = ? WHERE id = ?'),
    roomsWith: db.prepare('SELECT room FROM updates GROUP BY room HAVING COUNT(*) >= ?').pluck(),
    getCase: db.prepare(`${SELECT_CASE} WHERE c.case_id = ?`),
    nextSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 FROM cases').pluck(),
    insertCase: db.prepare(
      `INSERT INTO cases (case_id, owner_unit, owner_org, author_person, receiving_unit, receiving_org, submitted_at, created_at, seq)
       VALUES (@caseId, @ownerUnitId, @ownerOrgId, @authorPersonId, @receivingUnitId, @receivingOrgId, @submittedAt, @createdAt, @seq)
       ON CONFLICT (case_id) DO NOTHING`,
    ),
    submit: db.prepare(
      'UPDATE cases SET receiving_unit = ?, receiving_org = ?, submitted_at = COALESCE(submitted_at, ?), seq = ? WHERE case_id = ?',
    ),
    touch: db.prepare('UPDATE cases SET seq = ? WHERE case_id = ?'),
    changed: db.prepare(
      `${SELECT_CASE} WHERE c.seq > @since AND (c.author_person = @personId
         OR c.owner_unit IN (SELECT value FROM json_each(@units)) OR c.receiving_unit IN (SELECT value FROM json_each(@units))
         OR c.owner_org IN (SELECT value FROM json_each(@orgs)) OR c.receiving_org IN (SELECT value FROM json_each(@orgs))
         OR c.case_id IN (SELECT case_id FROM analysis_team WHERE person_id = @personId))
       ORDER BY c.seq LIMIT @limit`,
    ),
    insertOrg: db.prepare('INSERT INTO orgs (id, name, type, profile_id) VALUES (?, ?, ?, ?)'),
    listOrgs: db.prepare('SELECT id, name, type, profile_id AS profileId FROM orgs ORDER BY name'),
    getOrg: db.prepare('SELECT id, name, type, profile_id AS profileId FROM orgs WHERE id = ?'),
    insertUnit: db.prepare('INSERT INTO units (id, org_id, name) VALUES (?, ?, ?)'),
    listUnits: db.prepare('SELECT id, org_id AS orgId, name FROM units ORDER BY name'),
    getUnit: db.prepare('SELECT id, org_id AS orgId, name FROM units WHERE id = ?'),
    insertCode: db.prepare(
      'INSERT INTO enrollment_codes (code_hash, unit_id, person_id, person_name, role, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    useCode: db.prepare(
      `UPDATE enrollment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?
       RETURNING code_hash AS codeHash, unit_id AS unitId, person_id AS personId, person_name AS personName, role, expires_at AS expiresAt`,
    ),
    insertDevice: db.prepare(
      'INSERT INTO devices (id, name, unit_id, person_id, person_name, role, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    getDevice: db.prepare('SELECT * FROM devices WHERE id = ?'),
    listDevices: db.prepare('SELECT * FROM devices ORDER BY created_at'),
    revoke: db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    revokePerson: db.prepare('UPDATE devices SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL'),
    revokedSince: db.prepare('SELECT * FROM devices WHERE revoked_at > ?'),
  };

  const nextSeq = () => q.nextSeq.get() as number;
  const bumpSeq = (caseId: string) => q.touch.run(nextSeq(), caseId);
  const requireCase = (caseId: string) => {
    const row = q.getCase.get(caseId) as CaseRow | undefined;
    if (!row) throw new StoreError(`okänt ärende ${caseId}`);
    return toCase(row);
  };
  const wrap = <T>(what: string, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(`${what}: ${(error as Error).message}`);
    }
  };

  const replace = db.transaction((room: string, count: number, compacted: Uint8Array) => {
    const ids = q.firstIds.all(room, count) as number[];
    const last = ids.at(-1);
    if (last === undefined) return;
    // Keep the last replaced row's id, so the compacted update still precedes newer rows.
    q.deleteBefore.run(room, last);
    q.setData.run(compacted, last);
  });

  return {
    ...createSqliteAnalysisStore(db, bumpSeq),
    ...createSqliteCaseLog(db),
    ...createSqliteAccessLog(db),
    async enrollmentSecret() {
      return loadOrCreateSecret(`${file}.enrollment-key`);
    },
    async appendUpdate(room, update) {
      q.append.run(room, update);
    },
    async loadUpdates(room) {
      return (q.load.all(room) as Buffer[]).map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    },
    async replaceUpdates(room, count, compacted) {
      replace(room, count, compacted);
    },
    async roomsWithUpdates(min) {
      return q.roomsWith.all(min) as string[];
    },
    async getCase(caseId) {
      const row = q.getCase.get(caseId) as CaseRow | undefined;
      return row ? toCase(row) : null;
    },
    async createCase(record) {
      return db.transaction(() => {
        q.insertCase.run({ ...record, seq: nextSeq() });
        return requireCase(record.caseId);
      })();
    },
    async markSubmitted(caseId, receivingUnitId, receivingOrgId, at) {
      return db.transaction(() => {
        requireCase(caseId);
        q.submit.run(receivingUnitId, receivingOrgId, at, nextSeq(), caseId);
        return requireCase(caseId);
      })();
    },
    async touchCase(caseId) {
      return db.transaction(() => {
        const seq = nextSeq();
        q.touch.run(seq, caseId);
        return seq;
      })();
    },
    async listChangedCases(since, limit, scope) {
      const rows = q.changed.all({
        since,
        limit,
        personId: scope.personId,
        units: JSON.stringify(scope.unitIds),
        orgs: JSON.stringify(scope.orgIds),
      }) as CaseRow[];
      return rows.map(toCase);
    },
    async createOrg(org) {
      wrap('organisation', () => q.insertOrg.run(org.id, org.name, org.type, org.profileId));
    },
    async listOrgs() {
      return q.listOrgs.all() as { id: string; name: string; type: OrgType; profileId: string }[];
    },
    async getOrg(id) {
      return (q.getOrg.get(id) as { id: string; name: string; type: OrgType; profileId: string } | undefined) ?? null;
    },
    async createUnit(unit) {
      wrap('enhet', () => q.insertUnit.run(unit.id, unit.orgId, unit.name));
    },
    async listUnits() {
      return q.listUnits.all() as { id: string; orgId: string; name: string }[];
    },
    async getUnit(id) {
      return (q.getUnit.get(id) as { id: string; orgId: string; name: string } | undefined) ?? null;
    },
    async createEnrollmentCode(code) {
      wrap('kod', () =>
        q.insertCode.run(code.codeHash, code.unitId, code.personId, code.personName, code.role, code.expiresAt),
      );
    },
    async consumeEnrollmentCode(codeHash, now) {
      return (q.useCode.get(now, codeHash, now) as EnrollmentCodeRecord | undefined) ?? null;
    },
    async createDevice(d) {
      wrap('enhet', () =>
        q.insertDevice.run(d.id, d.name, d.unitId, d.personId, d.personName, d.role, d.createdAt, d.revokedAt),
      );
    },
    async getDevice(id) {
      const row = q.getDevice.get(id) as DeviceRow | undefined;
      return row ? toDevice(row) : null;
    },
    async listDevices() {
      return (q.listDevices.all() as DeviceRow[]).map(toDevice);
    },
    async revokeDevice(id, at) {
      return q.revoke.run(at, id).changes > 0;
    },
    async revokePerson(personId, at) {
      return q.revokePerson.run(at, personId).changes;
    },
    async revokedSince(since) {
      return (q.revokedSince.all(since) as DeviceRow[]).map(toDevice);
    },
    async close() {
      await checkpoints.stop();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
