import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../sync-server/src/store/memoryStore';
import { createSqliteStore } from '../../sync-server/src/store/sqliteStore';
import type { RelayStore } from '../../sync-server/src/store/types';

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
});
