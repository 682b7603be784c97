import type { AccessEntry, AccessLogStore, CaseRecord } from './types';

/** The access log in memory; `caseOf` tells which organisations a case concerns. */
export function createMemoryAccessLog(
  caseOf: (caseId: string) => Pick<CaseRecord, 'ownerOrgId' | 'receivingOrgId'> | null,
): AccessLogStore {
  let rows: (AccessEntry & { id: number })[] = [];
  let next = 1;
  return {
    async logAccess(entry) {
      rows.push({ ...entry, id: next++ });
    },
    async listAccess(filter) {
      return rows
        .filter(
          (r) =>
            (filter.caseId === undefined || r.caseId === filter.caseId) &&
            (filter.personId === undefined || r.personId === filter.personId) &&
            r.at >= (filter.since ?? 0) &&
            (filter.orgId === undefined ||
              (r.caseId !== null &&
                [caseOf(r.caseId)?.ownerOrgId, caseOf(r.caseId)?.receivingOrgId].includes(filter.orgId))),
        )
        .reverse()
        .slice(0, filter.limit ?? 1000)
        .map((r) => ({ ...r }));
    },
    async purgeAccess(before) {
      const count = rows.length;
      rows = rows.filter((r) => r.at >= before);
      return count - rows.length;
    },
  };
}
