import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../../sync-server/src/store/sqliteStore';
import { importCaseLog } from '../../sync-server/src/caseLog/importLog';
import { runAdminCommand } from '../../sync-server/src/admin/commands';
import { loadOrCreateSigningKeys } from '../../sync-server/src/auth/signingKeys';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const actor = {
  personId: 'anna',
  name: 'Anna Berg',
  role: 'manager' as const,
  unitId: 'vgr-avd12',
  unit: 'Sahlgrenska avdelning 12',
  orgId: 'vgr',
  organisation: 'Västra Götalandsregionen',
};

async function storeWithLog() {
  const dir = mkdtempSync(join(tmpdir(), 'samverka-log-'));
  dirs.push(dir);
  const file = join(dir, 'relay.sqlite');
  const store = createSqliteStore(file);
  const caseId = randomUUID();
  await importCaseLog(store, caseId, [
    { id: 'e1', action: 'submit', at: 1_000, actor: { ...actor, personId: 'karin', role: 'staff' } },
    { id: 'e2', action: 'acknowledge', at: 2_000, actor },
    { id: 'e3', action: 'answer', at: 3_000, actor },
  ]);
  return { store, file, caseId };
}

describe('npm run admin -- verify-log', () => {
  it('reports an unbroken log', async () => {
    const { store, caseId } = await storeWithLog();
    const keys = await loadOrCreateSigningKeys(mkdtempSync(join(tmpdir(), 'samverka-keys-')));
    expect(await runAdminCommand({ store, keys }, ['verify-log'], {})).toBe(
      'Ärendeloggen är obruten: 3 händelser i 1 ärenden.',
    );
    expect(await runAdminCommand({ store, keys }, ['verify-log', caseId], {})).toMatch(/obruten: 3 händelser/);
    await store.close();
  });

  it('is guarded by the database: rows cannot be changed or removed', async () => {
    const { store, file } = await storeWithLog();
    await store.close();
    const db = new Database(file);
    expect(() => db.prepare("UPDATE case_log SET entry = 'x' WHERE seq = 2").run()).toThrow(/ändras inte/);
    expect(() => db.prepare('DELETE FROM case_log').run()).toThrow(/tas inte bort/);
    db.close();
  });

  it('finds a row changed behind the triggers, and where', async () => {
    const { store, file, caseId } = await storeWithLog();
    await store.close();
    // Someone with the database file drops the guard and rewrites the acknowledgement as a close.
    const db = new Database(file);
    db.exec('DROP TRIGGER case_log_append_only');
    db.prepare('UPDATE case_log SET entry = replace(entry, \'"acknowledge"\', \'"close"\') WHERE seq = 2').run();
    db.close();
    const reopened = createSqliteStore(file);
    const keys = await loadOrCreateSigningKeys(mkdtempSync(join(tmpdir(), 'samverka-keys-')));
    await expect(runAdminCommand({ store: reopened, keys }, ['verify-log'], {})).rejects.toThrow(
      `ärende ${caseId}, händelse 2: posten är ändrad`,
    );
    await reopened.close();
  });
});
