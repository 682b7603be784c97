import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../sync-server/src/store/memoryStore';
import { createSqliteStore } from '../../sync-server/src/store/sqliteStore';
import { MIGRATIONS } from '../../sync-server/src/store/sqliteSchema';
import type { RelayStore, SignatureRecord } from '../../sync-server/src/store/types';
import type { TeamEntry } from '../../src/protocol/analysisApi';

const dirs: string[] = [];
const stores: RelayStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** One acceptance suite, run against every adapter (the automerge-repo pattern). */
const adapters: [string, () => RelayStore][] = [
  ['memory', () => createMemoryStore()],
  [
    'sqlite',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'samverka-store-'));
      dirs.push(dir);
      return createSqliteStore(join(dir, 'relay.sqlite'));
    },
  ],
];

const bytes = (...values: number[]) => new Uint8Array(values);
const caseRecord = (caseId: string, overrides: Partial<Parameters<RelayStore['createCase']>[0]> = {}) => ({
  caseId,
  ownerUnitId: 'hemsjukvard-centrum',
  ownerOrgId: 'goteborg',
  authorPersonId: 'karin',
  receivingUnitId: null,
  receivingOrgId: null,
  submittedAt: null,
  createdAt: 1,
  ...overrides,
});
const teamEntry = (personId: string, orgId: string, overrides: Partial<TeamEntry> = {}): TeamEntry => ({
  personId,
  name: personId,
  orgId,
  unitId: `${orgId}-enhet`,
  role: 'deltagare',
  commissioner: false,
  signer: false,
  ...overrides,
});
const signature = (orgId: string, personId: string): SignatureRecord => ({
  orgId,
  personId,
  name: personId,
  at: 10,
  stateVector: 'AA==',
  deletions: 'x',
});
const device = (
  id: string,
  personId: string,
  unitId: string,
  overrides: Partial<Parameters<RelayStore['createDevice']>[0]> = {},
) => ({
  id,
  name: 'Platta',
  unitId,
  personId,
  personName: personId,
  role: 'staff' as const,
  createdAt: 1,
  revokedAt: null,
  ...overrides,
});

/** A submitted case from Göteborg to VGR with an analysis team of two managers and a nurse. */
async function analysedCase(store: RelayStore, caseId = 'c1') {
  await store.createCase(caseRecord(caseId));
  await store.markSubmitted(caseId, 'avd-12', 'vgr', 5);
  const team = [
    teamEntry('chef-gbg', 'goteborg', { commissioner: true, signer: true }),
    teamEntry('chef-vgr', 'vgr', { signer: true }),
    teamEntry('ssk', 'goteborg'),
  ];
  return store.saveAnalysisTeam(caseId, { team, signatures: [], startedBy: 'chef-gbg', startedAt: 7 });
}

describe.each(adapters)('relay store: %s', (_name, make) => {
  const open = () => {
    const store = make();
    stores.push(store);
    return store;
  };

  it('appends updates per room and loads them in order', async () => {
    const store = open();
    await store.appendUpdate('a', bytes(1));
    await store.appendUpdate('b', bytes(9));
    await store.appendUpdate('a', bytes(2));
    expect(await store.loadUpdates('a')).toEqual([bytes(1), bytes(2)]);
    expect(await store.loadUpdates('none')).toEqual([]);
  });

  it('replaces the first updates with a compacted one and keeps later ones after it', async () => {
    const store = open();
    for (const n of [1, 2, 3, 4]) await store.appendUpdate('a', bytes(n));
    await store.replaceUpdates('a', 3, bytes(123));
    await store.appendUpdate('a', bytes(5));
    expect(await store.loadUpdates('a')).toEqual([bytes(123), bytes(4), bytes(5)]);
    expect(await store.roomsWithUpdates(3)).toEqual(['a']);
    expect(await store.roomsWithUpdates(4)).toEqual([]);
  });

  it('creates a case once, marks it submitted and bumps its change cursor', async () => {
    const store = open();
    const created = await store.createCase(caseRecord('c1'));
    const again = await store.createCase(caseRecord('c1', { ownerUnitId: 'other' }));
    expect(again.ownerUnitId).toBe('hemsjukvard-centrum');
    const submitted = await store.markSubmitted('c1', 'avd-12', 'vgr', 50);
    expect(submitted).toMatchObject({ receivingUnitId: 'avd-12', receivingOrgId: 'vgr', submittedAt: 50 });
    expect(submitted.seq).toBeGreaterThan(created.seq);
    expect(await store.touchCase('c1')).toBeGreaterThan(submitted.seq);
  });

  it('lists changed cases in scope after a cursor', async () => {
    const store = open();
    await store.createCase(caseRecord('mine'));
    await store.createCase(caseRecord('other', { ownerUnitId: 'x', ownerOrgId: 'y', authorPersonId: 'z' }));
    await store.createCase(caseRecord('sent-to-us', { ownerUnitId: 'x', ownerOrgId: 'y', authorPersonId: 'z' }));
    await store.markSubmitted('sent-to-us', 'avd-12', 'vgr', 5);
    const forUnit = await store.listChangedCases(0, 10, { unitIds: ['avd-12'], orgIds: [], personId: 'p' });
    expect(forUnit.map((c) => c.caseId)).toEqual(['sent-to-us']);
    const forAuthor = await store.listChangedCases(0, 10, { unitIds: [], orgIds: [], personId: 'karin' });
    expect(forAuthor.map((c) => c.caseId)).toEqual(['mine']);
    const cursor = forUnit[0]!.seq;
    expect(await store.listChangedCases(cursor, 10, { unitIds: ['avd-12'], orgIds: [], personId: 'p' })).toEqual([]);
  });

  it('keeps the directory, and uses an enrollment code only once and only before it expires', async () => {
    const store = open();
    await store.createOrg({
      id: 'vgr',
      name: 'Västra Götalandsregionen',
      type: 'region',
      profileId: 'goteborgsomradet',
    });
    await store.createUnit({ id: 'avd-12', orgId: 'vgr', name: 'Avdelning 12' });
    await expect(store.createUnit({ id: 'x', orgId: 'nope', name: 'X' })).rejects.toThrow();
    expect(await store.getUnit('avd-12')).toEqual({ id: 'avd-12', orgId: 'vgr', name: 'Avdelning 12' });
    await store.createEnrollmentCode({
      codeHash: 'h1',
      unitId: 'avd-12',
      personId: 'p1',
      personName: 'Anna',
      role: 'manager',
      expiresAt: 100,
    });
    await store.createEnrollmentCode({
      codeHash: 'h2',
      unitId: 'avd-12',
      personId: 'p2',
      personName: 'Bo',
      role: 'staff',
      expiresAt: 10,
    });
    expect(await store.consumeEnrollmentCode('h1', 50)).toMatchObject({ personName: 'Anna', role: 'manager' });
    expect(await store.consumeEnrollmentCode('h1', 51)).toBeNull();
    expect(await store.consumeEnrollmentCode('h2', 50)).toBeNull();
  });

  it('revokes a device once and reports it to pollers', async () => {
    const store = open();
    await store.createOrg({ id: 'vgr', name: 'VGR', type: 'region', profileId: 'goteborgsomradet' });
    await store.createUnit({ id: 'avd-12', orgId: 'vgr', name: 'Avdelning 12' });
    await store.createDevice({
      id: 'dev-1',
      name: 'Platta',
      unitId: 'avd-12',
      personId: 'p1',
      personName: 'Anna',
      role: 'staff',
      createdAt: 1,
      revokedAt: null,
    });
    expect(await store.revokeDevice('dev-1', 20)).toBe(true);
    expect(await store.revokeDevice('dev-1', 30)).toBe(false);
    expect((await store.revokedSince(10)).map((d) => d.id)).toEqual(['dev-1']);
    expect(await store.revokedSince(20)).toEqual([]);
    expect((await store.getDevice('dev-1'))?.revokedAt).toBe(20);
  });

  it("starts an analysis, replaces its team, and shows it on the case and in team members' listings", async () => {
    const store = open();
    expect(await store.getAnalysis('c1')).toBeNull();
    const started = await analysedCase(store);
    expect(started).toMatchObject({ caseId: 'c1', startedAt: 7, startedBy: 'chef-gbg', version: 1, locked: false });
    expect(started.team.map((m) => m.personId)).toEqual(['chef-gbg', 'chef-vgr', 'ssk']);
    const record = await store.getCase('c1');
    expect(record).toMatchObject({
      teamPersonIds: ['chef-gbg', 'chef-vgr', 'ssk'],
      analysis: { version: 1, locked: false },
    });

    const before = record!.seq;
    const replaced = await store.saveAnalysisTeam('c1', {
      team: [teamEntry('ny', 'vgr', { signer: true, commissioner: true }), ...started.team.slice(0, 2)],
      signatures: [signature('vgr', 'chef-vgr')],
      startedBy: 'someone-else',
      startedAt: 99,
    });
    expect(replaced).toMatchObject({ startedBy: 'chef-gbg', startedAt: 7, signatures: [signature('vgr', 'chef-vgr')] });
    const after = await store.getCase('c1');
    expect(after!.teamPersonIds).toEqual(['ny', 'chef-gbg', 'chef-vgr']);
    expect(after!.seq).toBeGreaterThan(before);
    const listed = await store.listChangedCases(before, 10, { unitIds: [], orgIds: [], personId: 'ny' });
    expect(listed.map((c) => c.caseId)).toEqual(['c1']);
    expect(await store.listChangedCases(0, 10, { unitIds: [], orgIds: [], personId: 'ssk' })).toEqual([]);
    await expect(
      store.saveAnalysisTeam('unknown', { team: [], signatures: [], startedBy: 'x', startedAt: 1 }),
    ).rejects.toThrow();
  });

  it('locks a version with its signatures and snapshot, then reopens it as the next version', async () => {
    const store = open();
    await analysedCase(store);
    const signatures = [signature('goteborg', 'chef-gbg'), signature('vgr', 'chef-vgr')];
    expect((await store.saveSignatures('c1', signatures)).signatures).toEqual(signatures);
    const seqBefore = (await store.getCase('c1'))!.seq;
    const locked = await store.lockAnalysis('c1', { lockedAt: 20, snapshot: bytes(1, 2, 3) });
    expect(locked).toMatchObject({ version: 1, locked: true, signatures });
    expect((await store.getCase('c1'))!.seq).toBeGreaterThan(seqBefore);
    expect((await store.getCase('c1'))!.analysis).toEqual({ version: 1, locked: true });
    await expect(store.lockAnalysis('c1', { lockedAt: 21, snapshot: bytes(9) })).rejects.toThrow();

    const reopened = { personId: 'chef-vgr', name: 'Chef VGR', at: 30, reason: 'Ny information' };
    const next = await store.reopenAnalysis('c1', reopened);
    expect(next).toMatchObject({ version: 2, locked: false, signatures: [] });
    await expect(store.reopenAnalysis('c1', reopened)).rejects.toThrow();
    expect(await store.listAnalysisVersions('c1')).toEqual([
      { caseId: 'c1', number: 1, lockedAt: 20, signatures, reopened },
    ]);
    expect(await store.getAnalysisVersion('c1', 1)).toEqual({
      caseId: 'c1',
      number: 1,
      lockedAt: 20,
      signatures,
      snapshot: bytes(1, 2, 3),
      reopened,
    });
    expect(await store.getAnalysisVersion('c1', 2)).toBeNull();
  });

  it('lists enrolled people of the given organisations once each, as their newest device names them', async () => {
    const store = open();
    await store.createOrg({ id: 'goteborg', name: 'Göteborgs stad', type: 'kommun', profileId: 'goteborgsomradet' });
    await store.createOrg({ id: 'vgr', name: 'VGR', type: 'region', profileId: 'goteborgsomradet' });
    await store.createOrg({ id: 'annan', name: 'Annan', type: 'privat', profileId: 'goteborgsomradet' });
    await store.createUnit({ id: 'gbg-1', orgId: 'goteborg', name: 'Enhet 1' });
    await store.createUnit({ id: 'gbg-2', orgId: 'goteborg', name: 'Enhet 2' });
    await store.createUnit({ id: 'avd-12', orgId: 'vgr', name: 'Avdelning 12' });
    await store.createUnit({ id: 'annan-1', orgId: 'annan', name: 'Annan enhet' });
    await store.createDevice(device('d1', 'anna', 'gbg-1', { personName: 'Anna', createdAt: 1 }));
    await store.createDevice(device('d2', 'anna', 'gbg-2', { personName: 'Anna Berg', role: 'manager', createdAt: 5 }));
    await store.createDevice(device('d3', 'bo', 'avd-12', { personName: 'Bo' }));
    await store.createDevice(device('d4', 'cia', 'avd-12', { personName: 'Cia' }));
    await store.createDevice(device('d5', 'dan', 'annan-1', { personName: 'Dan' }));
    await store.revokeDevice('d4', 9);
    expect(await store.listPeople(['goteborg', 'vgr'])).toEqual([
      { personId: 'anna', name: 'Anna Berg', role: 'manager', unitId: 'gbg-2', orgId: 'goteborg' },
      { personId: 'bo', name: 'Bo', role: 'staff', unitId: 'avd-12', orgId: 'vgr' },
    ]);
    expect(await store.listPeople([])).toEqual([]);
  });

  it('appends case-log rows in order per case, each chained to the one before', async () => {
    const store = open();
    const chain = (prev: string, entry: string) => `${prev}>${entry}`;
    const a1 = await store.appendLogEntry('a', (seq) => `a${seq}`, chain);
    await store.appendLogEntry('b', (seq) => `b${seq}`, chain);
    const a2 = await store.appendLogEntry('a', (seq) => `a${seq}`, chain);
    expect(a1).toEqual({ caseId: 'a', seq: 1, entry: 'a1', prevHash: '', hash: '>a1' });
    expect(a2).toEqual({ caseId: 'a', seq: 2, entry: 'a2', prevHash: '>a1', hash: '>a1>a2' });
    expect((await store.listLog('a')).map((r) => r.seq)).toEqual([1, 2]);
    expect((await store.listLog(null)).map((r) => `${r.caseId}${r.seq}`)).toEqual(['a1', 'a2', 'b1']);
  });

  it('keeps the access log: newest first, filtered by case, person, time and organisation, purged by age', async () => {
    const store = open();
    await store.createCase(
      caseRecord('c1', { ownerOrgId: 'goteborg', receivingOrgId: 'vgr', receivingUnitId: 'avd-12' }),
    );
    await store.createCase(caseRecord('c2', { ownerOrgId: 'annan' }));
    const entry = (at: number, personId: string, caseId: string | null) => ({
      at,
      kind: 'join' as const,
      deviceId: 'd',
      personId,
      personName: personId,
      role: 'manager',
      unitId: 'u',
      orgId: 'o',
      caseId,
      part: 'report',
      granted: true,
      code: null,
      address: null,
    });
    await store.logAccess(entry(10, 'anna', 'c1'));
    await store.logAccess(entry(20, 'bo', 'c2'));
    await store.logAccess(entry(30, 'anna', null));
    expect((await store.listAccess({})).map((r) => r.at)).toEqual([30, 20, 10]);
    expect((await store.listAccess({ personId: 'anna' })).map((r) => r.at)).toEqual([30, 10]);
    expect((await store.listAccess({ caseId: 'c2' })).map((r) => r.at)).toEqual([20]);
    expect((await store.listAccess({ since: 15 })).map((r) => r.at)).toEqual([30, 20]);
    expect((await store.listAccess({ orgId: 'vgr' })).map((r) => r.at)).toEqual([10]);
    expect(await store.purgeAccess(25)).toBe(2);
    expect((await store.listAccess({})).map((r) => r.at)).toEqual([30]);
  });
});

describe('relay store: sqlite only', () => {
  const dir = () => {
    const path = mkdtempSync(join(tmpdir(), 'samverka-store-'));
    dirs.push(path);
    return path;
  };

  it('opens a database from before the analysis and keeps its cases', async () => {
    const file = join(dir(), 'relay.sqlite');
    const old = new Database(file);
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO cases (case_id, owner_unit, owner_org, author_person, created_at, seq) VALUES ('c1', 'u', 'o', 'karin', 1, 1)`,
      )
      .run();
    old.close();
    const store = createSqliteStore(file);
    stores.push(store);
    expect(await store.getCase('c1')).toMatchObject({ caseId: 'c1', seq: 1, teamPersonIds: [], analysis: null });
  });

  it('refuses to change or delete a locked version in the database itself', async () => {
    const file = join(dir(), 'relay.sqlite');
    const store = createSqliteStore(file);
    stores.push(store);
    await analysedCase(store);
    await store.lockAnalysis('c1', { lockedAt: 20, snapshot: bytes(1, 2, 3) });
    const db = new Database(file);
    try {
      expect(() => db.prepare(`UPDATE analysis_versions SET snapshot = x'00'`).run()).toThrow(/låst version/);
      expect(() => db.prepare('DELETE FROM analysis_versions').run()).toThrow(/låst version/);
    } finally {
      db.close();
    }
    expect((await store.getAnalysisVersion('c1', 1))!.snapshot).toEqual(bytes(1, 2, 3));
  });
});
