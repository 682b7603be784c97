import type { OrgType, Role } from '../../../src/protocol/identity';
import type { Person, Signature, TeamEntry } from '../../../src/protocol/analysisApi';

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
  /** The joint-analysis team (empty until it starts), so access checks need no second read. */
  teamPersonIds: string[];
  /** The joint analysis, once started. */
  analysis: { version: number; locked: boolean } | null;
}

/** What a new case is created from; the store derives the rest. */
export type NewCase = Omit<CaseRecord, 'seq' | 'teamPersonIds' | 'analysis'>;

export interface CaseStore {
  getCase(caseId: string): Promise<CaseRecord | null>;
  createCase(record: NewCase): Promise<CaseRecord>;
  markSubmitted(caseId: string, receivingUnitId: string, receivingOrgId: string, at: number): Promise<CaseRecord>;
  /** Records that a case changed; returns its new seq. */
  touchCase(caseId: string): Promise<number>;
  /**
   * Cases changed after `since` that concern these units or organisations, or this person (as
   * author or analysis team member), oldest change first.
   */
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
  /**
   * The server-held key enrollment codes are hashed with (HMAC): kept apart from the database
   * (a file beside it for SQLite), so a copy of the database alone cannot test guesses offline.
   */
  enrollmentSecret(): Promise<Uint8Array>;
  /** Uses a code once: returns it, or null when unknown, used or expired. */
  consumeEnrollmentCode(codeHash: string, now: number): Promise<EnrollmentCodeRecord | null>;
  createDevice(device: DeviceRecord): Promise<void>;
  getDevice(id: string): Promise<DeviceRecord | null>;
  listDevices(): Promise<DeviceRecord[]>;
  revokeDevice(id: string, at: number): Promise<boolean>;
  /** Revokes every active device of a person (disabling the person); returns how many. */
  revokePerson(personId: string, at: number): Promise<number>;
  /** Devices revoked after `since` (the relay polls this to cut off revoked devices at once). */
  revokedSince(since: number): Promise<DeviceRecord[]>;
}

/**
 * A signature as stored: the contract's fields, plus a fingerprint of the room's deletions when
 * it was given (a deletion does not move a state vector, so the vector alone cannot show it).
 */
export interface SignatureRecord extends Signature {
  deletions: string;
}

/** A joint analysis as the relay keeps it: team, signatures and lock state, never content. */
export interface AnalysisRecord {
  caseId: string;
  startedAt: number;
  startedBy: string;
  /** Names and organisations as they were in the directory when the team was saved. */
  team: TeamEntry[];
  /** The version being worked on, or the locked one while locked. */
  version: number;
  locked: boolean;
  /** Signatures for the current version, at most one per organisation. */
  signatures: SignatureRecord[];
}

export interface ReopenedRecord {
  personId: string;
  name: string;
  at: number;
  reason: string;
}

/** A locked version: written once at the lock, later only marked as reopened. */
export interface AnalysisVersionRecord {
  caseId: string;
  number: number;
  lockedAt: number;
  signatures: SignatureRecord[];
  /** The analysis room's merged update at the lock. */
  snapshot: Uint8Array;
  reopened: ReopenedRecord | null;
}

export interface AnalysisStore {
  getAnalysis(caseId: string): Promise<AnalysisRecord | null>;
  /**
   * Starts the analysis (version 1, unlocked) or replaces its team and signatures; `startedBy`
   * and `startedAt` count only when it starts. Bumps the case's seq.
   */
  saveAnalysisTeam(
    caseId: string,
    change: { team: TeamEntry[]; signatures: SignatureRecord[]; startedBy: string; startedAt: number },
  ): Promise<AnalysisRecord>;
  /** Replaces the signatures of the current version. */
  saveSignatures(caseId: string, signatures: SignatureRecord[]): Promise<AnalysisRecord>;
  /**
   * Locks the current version in one transaction: writes its row (with the current signatures
   * and the snapshot) and marks the analysis locked. Bumps the case's seq.
   */
  lockAnalysis(caseId: string, lock: { lockedAt: number; snapshot: Uint8Array }): Promise<AnalysisRecord>;
  /**
   * Reopens the locked version in one transaction: records who and why on its row, and starts
   * the next version, unlocked and unsigned. Bumps the case's seq.
   */
  reopenAnalysis(caseId: string, reopened: ReopenedRecord): Promise<AnalysisRecord>;
  /** Locked versions, oldest first, without their snapshots. */
  listAnalysisVersions(caseId: string): Promise<Omit<AnalysisVersionRecord, 'snapshot'>[]>;
  getAnalysisVersion(caseId: string, number: number): Promise<AnalysisVersionRecord | null>;
  /**
   * Enrolled people (a person with at least one device that is not revoked) of these
   * organisations, each once, as their newest such device names them.
   */
  listPeople(orgIds: string[]): Promise<Person[]>;
}

/** One accepted event of a case's log, as the relay stored it: chained to the one before. */
export interface CaseLogRow {
  caseId: string;
  /** 1, 2, 3 … per case. */
  seq: number;
  /** The stamped event as canonical JSON (see caseLog/logHash). */
  entry: string;
  prevHash: string;
  hash: string;
}

/** The relay's append-only case log (UPDATE and DELETE refused by the database itself). */
export interface CaseLogStore {
  /**
   * Appends the entry built for the next seq, atomically: `build(seq)` gives the entry's JSON,
   * the store chains it to the case's last row with `chain(prevHash, entry)`.
   */
  appendLogEntry(
    caseId: string,
    build: (seq: number) => string,
    chain: (prevHash: string, entry: string) => string,
  ): Promise<CaseLogRow>;
  /** A case's rows in order, or every case's when `caseId` is null. */
  listLog(caseId: string | null): Promise<CaseLogRow[]>;
}

/** One access to case data, or one enrollment attempt: who, what, granted or refused. */
export interface AccessEntry {
  at: number;
  /** join: a room; read: an API read of case data; enroll: exchanging a code. */
  kind: 'join' | 'read' | 'enroll';
  deviceId: string | null;
  personId: string | null;
  personName: string | null;
  role: string | null;
  unitId: string | null;
  orgId: string | null;
  caseId: string | null;
  /** The case part (report, events, answer, analysis) or the API read (listing, analysis, versions). */
  part: string | null;
  granted: boolean;
  /** The refusal's close code or HTTP status. */
  code: number | null;
  /** The client address (enrollment attempts). */
  address: string | null;
}

export interface AccessFilter {
  caseId?: string;
  personId?: string;
  since?: number;
  /** Only accesses to cases this organisation takes part in (the coordinator's screen). */
  orgId?: string;
  limit?: number;
}

/** The access log: appended, read by filter, purged after the retention period. */
export interface AccessLogStore {
  logAccess(entry: AccessEntry): Promise<void>;
  /** Newest first. */
  listAccess(filter: AccessFilter): Promise<(AccessEntry & { id: number })[]>;
  /** Removes entries older than `before` (retention); returns how many. */
  purgeAccess(before: number): Promise<number>;
}

export interface RelayStore extends DocStore, CaseStore, DirectoryStore, AnalysisStore, CaseLogStore, AccessLogStore {
  close(): Promise<void>;
}

export class StoreError extends Error {
  override name = 'StoreError';
}
