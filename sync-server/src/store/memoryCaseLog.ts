import type { CaseLogRow, CaseLogStore } from './types';

/** The case log in memory, same contract as SQLite's (rows are copies; nothing edits them). */
export function createMemoryCaseLog(): CaseLogStore {
  const rows = new Map<string, CaseLogRow[]>();
  return {
    async appendLogEntry(caseId, build, chain) {
      const list = rows.get(caseId) ?? [];
      const last = list.at(-1);
      const seq = (last?.seq ?? 0) + 1;
      const entry = build(seq);
      const row = { caseId, seq, entry, prevHash: last?.hash ?? '', hash: chain(last?.hash ?? '', entry) };
      rows.set(caseId, [...list, row]);
      return { ...row };
    },
    async listLog(caseId) {
      const pick = caseId === null ? [...rows.keys()].sort() : [caseId];
      return pick.flatMap((id) => (rows.get(id) ?? []).map((r) => ({ ...r })));
    },
  };
}
