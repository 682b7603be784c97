import type Database from 'better-sqlite3';
import type { AccessEntry, AccessLogStore } from './types';

interface AccessRow {
  id: number;
  at: number;
  kind: AccessEntry['kind'];
  device_id: string | null;
  person_id: string | null;
  person_name: string | null;
  role: string | null;
  unit_id: string | null;
  org_id: string | null;
  case_id: string | null;
  part: string | null;
  granted: number;
  code: number | null;
  address: string | null;
}

const toEntry = (r: AccessRow) => ({
  id: r.id,
  at: r.at,
  kind: r.kind,
  deviceId: r.device_id,
  personId: r.person_id,
  personName: r.person_name,
  role: r.role,
  unitId: r.unit_id,
  orgId: r.org_id,
  caseId: r.case_id,
  part: r.part,
  granted: r.granted === 1,
  code: r.code,
  address: r.address,
});

/** The access log in SQLite (append-only but for the retention purge). */
export function createSqliteAccessLog(db: Database.Database): AccessLogStore {
  const insert = db.prepare(
    `INSERT INTO access_log (at, kind, device_id, person_id, person_name, role, unit_id, org_id, case_id, part, granted, code, address)
     VALUES (@at, @kind, @deviceId, @personId, @personName, @role, @unitId, @orgId, @caseId, @part, @granted, @code, @address)`,
  );
  const list = db.prepare(
    `SELECT l.* FROM access_log l
     WHERE (@caseId IS NULL OR l.case_id = @caseId)
       AND (@personId IS NULL OR l.person_id = @personId)
       AND l.at >= @since
       AND (@orgId IS NULL OR l.case_id IN
             (SELECT case_id FROM cases WHERE owner_org = @orgId OR receiving_org = @orgId))
     ORDER BY l.id DESC LIMIT @limit`,
  );
  const purge = db.prepare('DELETE FROM access_log WHERE at < ?');
  return {
    async logAccess(entry) {
      insert.run({ ...entry, granted: entry.granted ? 1 : 0 });
    },
    async listAccess(filter) {
      const rows = list.all({
        caseId: filter.caseId ?? null,
        personId: filter.personId ?? null,
        since: filter.since ?? 0,
        orgId: filter.orgId ?? null,
        limit: filter.limit ?? 1000,
      }) as AccessRow[];
      return rows.map(toEntry);
    },
    async purgeAccess(before) {
      return purge.run(before).changes;
    },
  };
}
