import { afterEach, describe, expect, it } from 'vitest';
import { SamverkaDb } from '../../src/storage/db';
import { CURRENT_SCHEMA_VERSION } from '../../src/storage/schema';

const opened: SamverkaDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('Dexie schema migration', () => {
  it('upgrades version 1 rows to the current schema with the new defaults', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v1 = new SamverkaDb(name, 1);
    await v1.open();
    // A version-1 row lacked syncState, deadline and submittedAt.
    await v1.table('cases').put({ id: 'a0000000-0000-4000-8000-000000000001', status: 'draft', updatedAt: 5 });
    v1.close();

    const current = new SamverkaDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    const row = await current.cases.get('a0000000-0000-4000-8000-000000000001');
    expect(row).toMatchObject({ syncState: 'local', deadline: null, submittedAt: null });
    // The new compound index works on migrated rows.
    const drafts = await current.cases.where('[status+updatedAt]').between(['draft', 0], ['draft', Infinity]).toArray();
    expect(drafts).toHaveLength(1);
    // The list validates rows: a migrated row must pass, or it would silently vanish.
    const { listCasesPage } = await import('../../src/storage/caseIndexStore');
    expect((await listCasesPage(current, ['draft'], 10)).map((r) => r.id)).toEqual([
      'a0000000-0000-4000-8000-000000000001',
    ]);
  });
});
