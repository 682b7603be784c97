import { afterEach, describe, expect, it } from 'vitest';
import { SamverkaDb } from '../../src/storage/db';
import { acquireCaseDocs, releaseCaseDocs } from '../../src/storage/caseDocs';
import { createCase, recordSubmission } from '../../src/storage/caseCommands';
import { countCases, getIndexEntry, listCasesPage } from '../../src/storage/caseIndexStore';
import { editReportText, readReport, setReportScalar } from '../../src/storage/reportDoc';
import { EMPTY_REPORTER } from '../../src/storage/deviceSettings';
import { PII_REPLACEMENT } from '../../src/domain/piiGuard';
import { caseEvent } from '../helpers/factories';

const dbs: SamverkaDb[] = [];
function freshDb(): SamverkaDb {
  const db = new SamverkaDb(`index-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const newCase = (db: SamverkaDb, now = 1_000) =>
  createCase(db, {
    profileId: 'goteborgsomradet',
    reporter: { ...EMPTY_REPORTER, name: 'Karin', unit: 'Hemsjukvården Centrum' },
    now,
    randomUUID: () => crypto.randomUUID(),
  });

describe('case index derived from the docs', () => {
  it('creates a draft row at once with the remembered reporter details', async () => {
    const db = freshDb();
    const id = await newCase(db);
    const row = await getIndexEntry(db, id);
    expect(row).toMatchObject({ id, status: 'draft', reporterUnit: 'Hemsjukvården Centrum', syncState: 'local' });
  });

  it('derives title, de-identified summary, status and deadline from the docs', async () => {
    const db = freshDb();
    const id = await newCase(db);
    const docs = await acquireCaseDocs(id);
    setReportScalar(docs.report, 'agreementId', 'vg-utskrivning');
    editReportText(docs.report, 'description', 'Patient 811218-9876 skrevs ut utan meddelande');
    await recordSubmission(db, docs, caseEvent({ action: 'submit', at: Date.parse('2026-01-10T09:00:00+01:00') }));
    releaseCaseDocs(id);

    const row = await getIndexEntry(db, id);
    expect(row?.status).toBe('submitted');
    expect(row?.title).toMatch(/utskrivning/);
    expect(row?.summary).toBe(`Patient ${PII_REPLACEMENT} skrevs ut utan meddelande`);
    expect(row?.deadline).toBe('2026-03-11');
  });

  it('keeps every character typed across closing and reopening the docs', async () => {
    const db = freshDb();
    const id = await newCase(db);
    const docs = await acquireCaseDocs(id);
    editReportText(docs.report, 'description', 'Första meningen.');
    editReportText(docs.report, 'description', 'Första meningen. Andra.');
    await docs.flushed();
    docs.report.destroy();
    docs.events.destroy();
    // Simulate a new app start: a fresh Y.Doc loaded from IndexedDB by a new module instance.
    const { CasePersistence } = await import('../../src/storage/docPersistence');
    const Y = await import('yjs');
    const doc = new Y.Doc();
    const persistence = new CasePersistence(`samverka:${id}:report`, doc);
    await persistence.whenSynced;
    expect(readReport(doc).description).toBe('Första meningen. Andra.');
    await persistence.destroy();
  });

  it('lists drafts and submitted cases newest first, one page at a time', async () => {
    const db = freshDb();
    for (let i = 0; i < 5; i++) await newCase(db, 1_000 + i);
    const rows = await listCasesPage(db, ['draft'], 3);
    expect(await countCases(db, ['draft'])).toBe(5);
    expect(await countCases(db, ['draft', 'submitted'])).toBe(5);
    expect(rows.map((r) => r.updatedAt)).toEqual([1_004, 1_003, 1_002]);
  });

  it('skips a corrupt index row instead of showing it half', async () => {
    const db = freshDb();
    await newCase(db);
    await db.cases.put({ id: 'not-a-uuid', status: 'draft', updatedAt: 9_999 } as never);
    const rows = await listCasesPage(db, ['draft'], 10);
    expect(rows.map((r) => r.id)).not.toContain('not-a-uuid');
  });
});

describe('index repair when a case opens', () => {
  it('rewrites a row that lags its docs, and leaves a current row untouched', async () => {
    const db = freshDb();
    const id = await newCase(db, 1_000);
    const docs = await acquireCaseDocs(id);
    // The docs change but the app "closes" before the debounced index write.
    setReportScalar(docs.report, 'agreementId', 'vg-sip');
    await docs.flushed();
    const stale = await getIndexEntry(db, id);
    expect(stale?.title).toBe('');

    const { writeIndexEntry } = await import('../../src/storage/caseIndexStore');
    const { regionProfile } = await import('../../src/domain/regionProfiles');
    const repaired = await writeIndexEntry(db, docs, regionProfile, 5_000, { onlyIfChanged: true });
    expect(repaired.title).toMatch(/SIP/);
    expect(repaired.updatedAt).toBe(5_000);

    const again = await writeIndexEntry(db, docs, regionProfile, 9_000, { onlyIfChanged: true });
    expect(again.updatedAt).toBe(5_000);
    releaseCaseDocs(id);
  });
});

describe('inbox rows', () => {
  it("give a coordinator every case sent to, or reported by, the organisation's units", async () => {
    const { loadInboxRows } = await import('../../src/storage/caseIndexStore');
    const db = freshDb();
    const base = {
      profileId: 'goteborgsomradet',
      title: '',
      summary: '',
      reporterUnit: '',
      receivingOrganisation: '',
      receivingUnit: '',
      agreementId: '',
      area: '',
      eventDate: '',
      discoveredDate: '',
      submittedAt: 1,
      deadline: null,
      createdAt: 1,
      updatedAt: 1,
      syncState: 'synced' as const,
      seenAt: null,
    };
    const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
    await db.cases.bulkPut([
      {
        ...base,
        id: id(1),
        status: 'submitted',
        receivingUnitId: 'avd12',
        receivingOrgId: 'vgr',
        reporterOrganisation: 'Göteborgs stad',
      },
      {
        ...base,
        id: id(2),
        status: 'submitted',
        receivingUnitId: 'gbg-x',
        receivingOrgId: 'goteborg',
        reporterOrganisation: 'Västra Götalandsregionen',
      },
      {
        ...base,
        id: id(3),
        status: 'draft',
        receivingUnitId: 'avd12',
        receivingOrgId: 'vgr',
        reporterOrganisation: 'Göteborgs stad',
      },
      {
        ...base,
        id: id(4),
        status: 'received',
        receivingUnitId: 'partille',
        receivingOrgId: 'partille',
        reporterOrganisation: 'Partille kommun',
      },
    ]);
    const coordinator = await loadInboxRows(db, { orgId: 'vgr', orgName: 'Västra Götalandsregionen' });
    expect(coordinator.map((r) => r.id).sort()).toEqual([id(1), id(2)]);
    const unit = await loadInboxRows(db, { unitId: 'avd12' });
    expect(unit.map((r) => r.id)).toEqual([id(1)]);
  });
});
