import { afterEach, describe, expect, it } from 'vitest';
import { SamverkaDb } from '../../src/storage/db';
import { acquireCaseDocs, releaseCaseDocs } from '../../src/storage/caseDocs';
import { createCase } from '../../src/storage/caseCommands';
import { getIndexEntry, listCasesPage, writeIndexEntry } from '../../src/storage/caseIndexStore';
import { appendEvent } from '../../src/storage/eventLog';
import { setAuthorPersonId } from '../../src/storage/reportDoc';
import { EMPTY_REPORTER } from '../../src/storage/deviceSettings';
import { regionProfile } from '../../src/domain/regionProfiles';
import { isUnseen } from '../../src/domain/inbox';
import { caseEvent } from '../helpers/factories';

const dbs: SamverkaDb[] = [];
function freshDb(): SamverkaDb {
  const db = new SamverkaDb(`seen-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
const newCase = (db: SamverkaDb, now = 1_000, authorPersonId?: string) =>
  createCase(db, {
    profileId: 'goteborgsomradet',
    reporter: { ...EMPTY_REPORTER, name: 'Karin', unit: 'Hemsjukvården Centrum' },
    now,
    randomUUID: () => crypto.randomUUID(),
    authorPersonId,
  });

describe('an index row written for a change made on this device', () => {
  it('is seen by its person; a change from elsewhere is new', async () => {
    const db = freshDb();
    const id = await newCase(db);
    const docs = await acquireCaseDocs(id);
    await writeIndexEntry(db, docs, regionProfile, 2_000, { byThisDevice: true });
    expect(isUnseen((await getIndexEntry(db, id))!)).toBe(false);
    await writeIndexEntry(db, docs, regionProfile, 3_000);
    expect(isUnseen((await getIndexEntry(db, id))!)).toBe(true);
    releaseCaseDocs(id);
  });

  it('does not turn new when only the sync state changes, or a field this version adds is filled in', async () => {
    const db = freshDb();
    const id = await newCase(db, 1_000, 'karin');
    const docs = await acquireCaseDocs(id);
    await writeIndexEntry(db, docs, regionProfile, 2_000, { byThisDevice: true });
    // A row from before authorPersonId was indexed.
    const { authorPersonId: _author, ...older } = (await db.cases.get(id))!;
    await db.cases.put(older);
    const row = await writeIndexEntry(db, docs, regionProfile, 9_000, { onlyIfChanged: true, syncState: 'synced' });
    expect(row).toMatchObject({ updatedAt: 2_000, syncState: 'synced', authorPersonId: 'karin' });
    expect(isUnseen(row)).toBe(false);
    releaseCaseDocs(id);
  });
});

describe('"Mina rapporter"', () => {
  it("lists a manager's own reports, not those her unit's staff sent", async () => {
    const db = freshDb();
    const own = await newCase(db, 1_000, 'greta');
    const staffs = await newCase(db, 1_001, 'karin');
    const unknown = await newCase(db, 1_002);
    for (const id of [own, staffs, unknown]) {
      const docs = await acquireCaseDocs(id);
      appendEvent(docs.events, caseEvent({ action: 'submit', at: 2_000 }));
      await writeIndexEntry(db, docs, regionProfile, 3_000);
      releaseCaseDocs(id);
    }
    const scope = { unitId: 'gbg-hemsjukvard', personId: 'greta' };
    const ids = (await listCasesPage(db, ['submitted', 'received'], 10, scope)).map((r) => r.id);
    expect(ids.sort()).toEqual([own, unknown].sort());
    // The author of a report is set once, by the device that starts it.
    const docs = await acquireCaseDocs(staffs);
    setAuthorPersonId(docs.report, 'greta');
    await writeIndexEntry(db, docs, regionProfile, 4_000);
    expect((await getIndexEntry(db, staffs))?.authorPersonId).toBe('karin');
    releaseCaseDocs(staffs);
  });
});
