import type Database from 'better-sqlite3';
import type { CaseLogRow, CaseLogStore } from './types';

interface LogRow {
  case_id: string;
  seq: number;
  entry: string;
  prev_hash: string;
  hash: string;
}

const toRow = (r: LogRow): CaseLogRow => ({
  caseId: r.case_id,
  seq: r.seq,
  entry: r.entry,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** The case log in SQLite: appended in a transaction, chained to the case's last row. */
export function createSqliteCaseLog(db: Database.Database): CaseLogStore {
  const q = {
    last: db.prepare('SELECT seq, hash FROM case_log WHERE case_id = ? ORDER BY seq DESC LIMIT 1'),
    insert: db.prepare('INSERT INTO case_log (case_id, seq, entry, prev_hash, hash) VALUES (?, ?, ?, ?, ?)'),
    ofCase: db.prepare('SELECT * FROM case_log WHERE case_id = ? ORDER BY seq'),
    all: db.prepare('SELECT * FROM case_log ORDER BY case_id, seq'),
  };
  const append = db.transaction(
    (caseId: string, build: (seq: number) => string, chain: (prev: string, entry: string) => string) => {
      const last = q.last.get(caseId) as { seq: number; hash: string } | undefined;
      const seq = (last?.seq ?? 0) + 1;
      const prevHash = last?.hash ?? '';
      const entry = build(seq);
      const hash = chain(prevHash, entry);
      q.insert.run(caseId, seq, entry, prevHash, hash);
      return { caseId, seq, entry, prevHash, hash };
    },
  );
  return {
    async appendLogEntry(caseId, build, chain) {
      return append(caseId, build, chain);
    },
    async listLog(caseId) {
      const rows = (caseId === null ? q.all.all() : q.ofCase.all(caseId)) as LogRow[];
      return rows.map(toRow);
    },
  };
}
