import type {
  CaseRecord,
  DeviceRecord,
  EnrollmentCodeRecord,
  NewCase,
  OrgRecord,
  RelayStore,
  UnitRecord,
} from './types';
import { StoreError } from './types';
import { randomBytes } from 'node:crypto';
import { createMemoryAnalysisStore } from './memoryAnalysis';
import { createMemoryCaseLog } from './memoryCaseLog';
import { createMemoryAccessLog } from './memoryAccessLog';

/** The in-memory adapter: same contract as SQLite, for tests and throwaway relays. */
export function createMemoryStore(): RelayStore {
  const updates = new Map<string, Uint8Array[]>();
  const cases = new Map<string, NewCase & { seq: number }>();
  const orgs = new Map<string, OrgRecord>();
  const units = new Map<string, UnitRecord>();
  const codes = new Map<string, EnrollmentCodeRecord & { usedAt: number | null }>();
  const devices = new Map<string, DeviceRecord>();
  let seq = 0;
  const secret = new Uint8Array(randomBytes(32));

  const requireCase = (caseId: string) => {
    const record = cases.get(caseId);
    if (!record) throw new StoreError(`okänt ärende ${caseId}`);
    return record;
  };
  const analysis = createMemoryAnalysisStore({
    devices,
    units,
    bumpSeq: (caseId) => void cases.set(caseId, { ...requireCase(caseId), seq: ++seq }),
  });
  /** A case as the store answers it: a copy, with what it shows of its analysis. */
  const view = (record: NewCase & { seq: number }): CaseRecord => ({ ...record, ...analysis.caseView(record.caseId) });

  return {
    ...analysis.store,
    ...createMemoryCaseLog(),
    ...createMemoryAccessLog((caseId) => cases.get(caseId) ?? null),
    async enrollmentSecret() {
      return secret;
    },
    async appendUpdate(room, update) {
      const list = updates.get(room) ?? [];
      list.push(update.slice());
      updates.set(room, list);
    },
    async loadUpdates(room) {
      return [...(updates.get(room) ?? [])];
    },
    async replaceUpdates(room, count, compacted) {
      const list = updates.get(room) ?? [];
      updates.set(room, [compacted, ...list.slice(count)]);
    },
    async roomsWithUpdates(min) {
      return [...updates].filter(([, list]) => list.length >= min).map(([room]) => room);
    },
    // Records are copied in and out, as a database would: callers never share our objects.
    async getCase(caseId) {
      const record = cases.get(caseId);
      return record ? view(record) : null;
    },
    async createCase(record) {
      if (!cases.has(record.caseId)) cases.set(record.caseId, { ...record, seq: ++seq });
      return view(cases.get(record.caseId)!);
    },
    async markSubmitted(caseId, receivingUnitId, receivingOrgId, at) {
      const record = requireCase(caseId);
      const updated = { ...record, receivingUnitId, receivingOrgId, submittedAt: record.submittedAt ?? at, seq: ++seq };
      cases.set(caseId, updated);
      return view(updated);
    },
    async touchCase(caseId) {
      const record = requireCase(caseId);
      cases.set(caseId, { ...record, seq: ++seq });
      return seq;
    },
    async listChangedCases(since, limit, scope) {
      return [...cases.values()]
        .map(view)
        .filter(
          (c) =>
            c.seq > since &&
            (c.authorPersonId === scope.personId ||
              c.teamPersonIds.includes(scope.personId) ||
              scope.unitIds.includes(c.ownerUnitId) ||
              (c.receivingUnitId !== null && scope.unitIds.includes(c.receivingUnitId)) ||
              scope.orgIds.includes(c.ownerOrgId) ||
              (c.receivingOrgId !== null && scope.orgIds.includes(c.receivingOrgId))),
        )
        .sort((a, b) => a.seq - b.seq)
        .slice(0, limit);
    },
    async createOrg(org) {
      if (orgs.has(org.id)) throw new StoreError(`organisationen ${org.id} finns redan`);
      orgs.set(org.id, org);
    },
    async listOrgs() {
      return [...orgs.values()];
    },
    async getOrg(id) {
      return orgs.get(id) ?? null;
    },
    async createUnit(unit) {
      if (!orgs.has(unit.orgId)) throw new StoreError(`okänd organisation ${unit.orgId}`);
      if (units.has(unit.id)) throw new StoreError(`enheten ${unit.id} finns redan`);
      units.set(unit.id, unit);
    },
    async listUnits() {
      return [...units.values()];
    },
    async getUnit(id) {
      return units.get(id) ?? null;
    },
    async createEnrollmentCode(code) {
      codes.set(code.codeHash, { ...code, usedAt: null });
    },
    async consumeEnrollmentCode(codeHash, now) {
      const code = codes.get(codeHash);
      if (!code || code.usedAt !== null || code.expiresAt <= now) return null;
      code.usedAt = now;
      const { usedAt: _used, ...record } = code;
      return record;
    },
    async createDevice(device) {
      devices.set(device.id, device);
    },
    async getDevice(id) {
      return devices.get(id) ?? null;
    },
    async listDevices() {
      return [...devices.values()];
    },
    async revokeDevice(id, at) {
      const device = devices.get(id);
      if (!device || device.revokedAt !== null) return false;
      device.revokedAt = at;
      return true;
    },
    async revokePerson(personId, at) {
      let count = 0;
      for (const device of devices.values())
        if (device.personId === personId && device.revokedAt === null) {
          device.revokedAt = at;
          count++;
        }
      return count;
    },
    async revokedSince(since) {
      return [...devices.values()].filter((d) => d.revokedAt !== null && d.revokedAt > since);
    },
    async close() {},
  };
}
