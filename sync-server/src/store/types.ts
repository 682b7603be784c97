import type { OrgType, Role } from '../../../src/protocol/identity';

/**
 * What the relay stores. Async on purpose: the embedded SQLite adapter answers at once, and a
 * Postgres adapter (scaling out) can implement the same contract.
 */
export interface DocStore {
  /** Appends one update to a room, durably, before it is relayed. */
  appendUpdate(room: string, update: Uint8Array): Promise<void>;
  /** Every stored update of a room, oldest first. */
  loadUpdates(room: string): Promise<Uint8Array[]>;
  /**
   * Replaces the first `count` stored updates of a room with one compacted update, atomically;
   * updates appended after those `count` are kept.
   */
  replaceUpdates(room: string, count: number, compacted: Uint8Array): Promise<void>;
  /** Rooms with at least `min` stored updates (compaction candidates). */
  roomsWithUpdates(min: number): Promise<string[]>;
}

/** What the relay knows of a case: who takes part, never what it says. */
export interface CaseRecord {
  caseId: string;
  ownerUnitId: string;
  ownerOrgId: string;
  authorPersonId: string;
  receivingUnitId: string | null;
  receivingOrgId: string | null;
  submittedAt: number | null;
  createdAt: number;
  /** Increases on every change; listings return cases changed after a cursor. */
  seq: number;
}

export interface CaseStore {
  getCase(caseId: string): Promise<CaseRecord | null>;
  createCase(record: Omit<CaseRecord, 'seq'>): Promise<CaseRecord>;
  markSubmitted(caseId: string, receivingUnitId: string, receivingOrgId: string, at: number): Promise<CaseRecord>;
  /** Records that a case changed; returns its new seq. */
  touchCase(caseId: string): Promise<number>;
  /** Cases changed after `since` that concern these units or this person, oldest change first. */
  listChangedCases(
    since: number,
    limit: number,
    scope: { unitIds: string[]; orgIds: string[]; personId: string },
  ): Promise<CaseRecord[]>;
}

export interface OrgRecord {
  id: string;
  name: string;
  type: OrgType;
  profileId: string;
}

export interface UnitRecord {
  id: string;
  orgId: string;
  name: string;
}

export interface EnrollmentCodeRecord {
  codeHash: string;
  unitId: string;
  personId: string;
  personName: string;
  role: Role;
  expiresAt: number;
}

export interface DeviceRecord {
  id: string;
  name: string;
  unitId: string;
  personId: string;
  personName: string;
  role: Role;
  createdAt: number;
  revokedAt: number | null;
}

export interface DirectoryStore {
  createOrg(org: OrgRecord): Promise<void>;
  listOrgs(): Promise<OrgRecord[]>;
  createUnit(unit: UnitRecord): Promise<void>;
  listUnits(): Promise<UnitRecord[]>;
  getUnit(id: string): Promise<UnitRecord | null>;
  getOrg(id: string): Promise<OrgRecord | null>;
  createEnrollmentCode(code: EnrollmentCodeRecord): Promise<void>;
  /** Uses a code once: returns it, or null when unknown, used or expired. */
  consumeEnrollmentCode(codeHash: string, now: number): Promise<EnrollmentCodeRecord | null>;
  createDevice(device: DeviceRecord): Promise<void>;
  getDevice(id: string): Promise<DeviceRecord | null>;
  listDevices(): Promise<DeviceRecord[]>;
  revokeDevice(id: string, at: number): Promise<boolean>;
  /** Devices revoked after `since` (the relay polls this to cut off revoked devices at once). */
  revokedSince(since: number): Promise<DeviceRecord[]>;
}

export interface RelayStore extends DocStore, CaseStore, DirectoryStore {
  close(): Promise<void>;
}

export class StoreError extends Error {
  override name = 'StoreError';
}
