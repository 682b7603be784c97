import type Database from 'better-sqlite3';

/** Schema migrations, in order; `user_version` records how many ran. Never edit a shipped one. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE updates (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     room TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX updates_room ON updates (room, id);
   CREATE TABLE cases (
     case_id TEXT PRIMARY KEY,
     owner_unit TEXT NOT NULL,
     owner_org TEXT NOT NULL,
     author_person TEXT NOT NULL,
     receiving_unit TEXT,
     receiving_org TEXT,
     submitted_at INTEGER,
     created_at INTEGER NOT NULL,
     seq INTEGER NOT NULL
   );
   CREATE INDEX cases_seq ON cases (seq);
   CREATE TABLE orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, profile_id TEXT NOT NULL);
   CREATE TABLE units (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs (id), name TEXT NOT NULL);
   CREATE TABLE enrollment_codes (
     code_hash TEXT PRIMARY KEY,
     unit_id TEXT NOT NULL REFERENCES units (id),
     person_id TEXT NOT NULL,
     person_name TEXT NOT NULL,
     role TEXT NOT NULL,
     expires_at INTEGER NOT NULL,
     used_at INTEGER
   );
   CREATE TABLE devices (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     unit_id TEXT NOT NULL REFERENCES units (id),
     person_id TEXT NOT NULL,
     person_name TEXT NOT NULL,
     role TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     revoked_at INTEGER
   );
   CREATE INDEX devices_revoked ON devices (revoked_at);`,
  // 2: the joint analysis. Team rows make "cases where this person is on the team" an index
  // lookup; a locked version's row never changes, except to record that it was reopened.
  `CREATE TABLE analyses (
     case_id TEXT PRIMARY KEY REFERENCES cases (case_id),
     started_at INTEGER NOT NULL,
     started_by TEXT NOT NULL,
     version INTEGER NOT NULL,
     locked INTEGER NOT NULL,
     signatures TEXT NOT NULL
   );
   CREATE TABLE analysis_team (
     case_id TEXT NOT NULL REFERENCES analyses (case_id),
     position INTEGER NOT NULL,
     person_id TEXT NOT NULL,
     name TEXT NOT NULL,
     org_id TEXT NOT NULL,
     unit_id TEXT NOT NULL,
     role TEXT NOT NULL,
     commissioner INTEGER NOT NULL,
     signer INTEGER NOT NULL,
     PRIMARY KEY (case_id, person_id)
   );
   CREATE INDEX analysis_team_person ON analysis_team (person_id);
   CREATE TABLE analysis_versions (
     case_id TEXT NOT NULL REFERENCES analyses (case_id),
     number INTEGER NOT NULL,
     locked_at INTEGER NOT NULL,
     signatures TEXT NOT NULL,
     snapshot BLOB NOT NULL,
     reopened TEXT,
     PRIMARY KEY (case_id, number)
   );
   CREATE TRIGGER analysis_versions_immutable BEFORE UPDATE OF case_id, number, locked_at, signatures, snapshot
     ON analysis_versions BEGIN SELECT RAISE(ABORT, 'en låst version ändras inte'); END;
   CREATE TRIGGER analysis_versions_reopened_once BEFORE UPDATE OF reopened ON analysis_versions
     WHEN OLD.reopened IS NOT NULL BEGIN SELECT RAISE(ABORT, 'versionen är redan öppnad igen'); END;
   CREATE TRIGGER analysis_versions_kept BEFORE DELETE ON analysis_versions
     BEGIN SELECT RAISE(ABORT, 'en låst version tas inte bort'); END;`,
  // 3: the case log the relay keeps (issue 12): one row per accepted event, hash-chained per
  // case, never updated or deleted. The entry is the event as the relay stamped it (JSON).
  `CREATE TABLE case_log (
     case_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     entry TEXT NOT NULL,
     prev_hash TEXT NOT NULL,
     hash TEXT NOT NULL,
     PRIMARY KEY (case_id, seq)
   );
   CREATE TRIGGER case_log_append_only BEFORE UPDATE ON case_log
     BEGIN SELECT RAISE(ABORT, 'ärendeloggen ändras inte'); END;
   CREATE TRIGGER case_log_kept BEFORE DELETE ON case_log
     BEGIN SELECT RAISE(ABORT, 'ärendeloggen tas inte bort'); END;`,
  // 4: who accessed which case, and every enrollment attempt (PDL 4 kap. 3 §, HSLF-FS 2016:40):
  // never changed; removed only by the retention purge. No tokens, no case text.
  `CREATE TABLE access_log (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     at INTEGER NOT NULL,
     kind TEXT NOT NULL,
     device_id TEXT,
     person_id TEXT,
     person_name TEXT,
     role TEXT,
     unit_id TEXT,
     org_id TEXT,
     case_id TEXT,
     part TEXT,
     granted INTEGER NOT NULL,
     code INTEGER,
     address TEXT
   );
   CREATE INDEX access_log_case ON access_log (case_id, at);
   CREATE INDEX access_log_person ON access_log (person_id, at);
   CREATE INDEX access_log_at ON access_log (at);
   CREATE TRIGGER access_log_append_only BEFORE UPDATE ON access_log
     BEGIN SELECT RAISE(ABORT, 'åtkomstloggen ändras inte'); END;`,
];

/**
 * WAL: readers never block the writer, and a committed append survives the process being
 * killed (-9). synchronous=NORMAL skips the fsync per commit; only a power cut can lose the
 * last transactions. The admin CLI opens the same file while the relay runs.
 */
export function migrate(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Checkpoints fsync; automatic ones would run inside whichever append crosses the threshold,
  // stalling the event loop mid-relay. A worker thread checkpoints instead (checkpointWorker.ts).
  db.pragma('wal_autocheckpoint = 0');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // Rows replaced by a compaction (deleted text in them) are overwritten on disk, not just freed.
  db.pragma('secure_delete = ON');
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
