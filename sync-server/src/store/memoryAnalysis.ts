import type { Person } from '../../../src/protocol/analysisApi';
import {
  StoreError,
  type AnalysisRecord,
  type AnalysisStore,
  type AnalysisVersionRecord,
  type CaseRecord,
  type DeviceRecord,
  type UnitRecord,
} from './types';

/** SQLite's default (BINARY) order, so both adapters list people alike. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Shared {
  devices: ReadonlyMap<string, DeviceRecord>;
  units: ReadonlyMap<string, UnitRecord>;
  /** Marks a case changed for listings; throws for an unknown case (as a foreign key would). */
  bumpSeq(caseId: string): void;
}

/** The analysis half of the in-memory adapter, plus what a case record shows of its analysis. */
export function createMemoryAnalysisStore(shared: Shared) {
  const analyses = new Map<string, AnalysisRecord>();
  const versions = new Map<string, AnalysisVersionRecord[]>();

  const mustRead = (caseId: string) => {
    const record = analyses.get(caseId);
    if (!record) throw new StoreError(`ingen analys för ärendet ${caseId}`);
    return record;
  };
  // Copied in and out, as a database would: callers never share our objects.
  const put = (record: AnalysisRecord) => {
    analyses.set(record.caseId, structuredClone(record));
    return structuredClone(record);
  };

  const store: AnalysisStore = {
    async getAnalysis(caseId) {
      const record = analyses.get(caseId);
      return record ? structuredClone(record) : null;
    },
    async saveAnalysisTeam(caseId, { team, signatures, startedBy, startedAt }) {
      const current = analyses.get(caseId) ?? { caseId, startedAt, startedBy, version: 1, locked: false };
      shared.bumpSeq(caseId);
      return put({ ...current, team, signatures });
    },
    async saveSignatures(caseId, signatures) {
      return put({ ...mustRead(caseId), signatures });
    },
    async lockAnalysis(caseId, { lockedAt, snapshot }) {
      const current = mustRead(caseId);
      if (current.locked) throw new StoreError(`analysen för ${caseId} är redan låst`);
      const row = {
        caseId,
        number: current.version,
        lockedAt,
        signatures: current.signatures,
        snapshot,
        reopened: null,
      };
      versions.set(caseId, [...(versions.get(caseId) ?? []), structuredClone(row)]);
      shared.bumpSeq(caseId);
      return put({ ...current, locked: true });
    },
    async reopenAnalysis(caseId, reopened) {
      const current = mustRead(caseId);
      const row = versions.get(caseId)?.find((v) => v.number === current.version);
      if (!current.locked || !row) throw new StoreError(`analysen för ${caseId} är inte låst`);
      row.reopened = { ...reopened };
      shared.bumpSeq(caseId);
      return put({ ...current, version: current.version + 1, locked: false, signatures: [] });
    },
    async listAnalysisVersions(caseId) {
      return (versions.get(caseId) ?? []).map(({ snapshot: _snapshot, ...summary }) => structuredClone(summary));
    },
    async getAnalysisVersion(caseId, number) {
      const row = versions.get(caseId)?.find((v) => v.number === number);
      return row ? structuredClone(row) : null;
    },
    async listPeople(orgIds) {
      const newest = new Map<string, DeviceRecord>();
      for (const device of shared.devices.values()) {
        const known = newest.get(device.personId);
        if (device.revokedAt === null && (!known || device.createdAt > known.createdAt))
          newest.set(device.personId, device);
      }
      const people: Person[] = [];
      for (const d of newest.values()) {
        const orgId = shared.units.get(d.unitId)?.orgId;
        if (orgId && orgIds.includes(orgId))
          people.push({ personId: d.personId, name: d.personName, role: d.role, unitId: d.unitId, orgId });
      }
      return people.sort((a, b) => byCodePoint(a.name, b.name) || byCodePoint(a.personId, b.personId));
    },
  };

  /** What a case record carries of its analysis. */
  const caseView = (caseId: string): Pick<CaseRecord, 'teamPersonIds' | 'analysis'> => {
    const record = analyses.get(caseId);
    return {
      teamPersonIds: record?.team.map((m) => m.personId) ?? [],
      analysis: record ? { version: record.version, locked: record.locked } : null,
    };
  };

  return { store, caseView };
}
