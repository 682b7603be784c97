import { afterEach, describe, expect, it } from 'vitest';
import { SamverkaDb } from '../../src/storage/db';
import {
  acquireCaseDocs,
  closeCaseDocsNow,
  docName,
  isNewCaseInMemory,
  isUnsavedCase,
  releaseCaseDocs,
  type OpenCaseDocs,
} from '../../src/storage/caseDocs';
import {
  createCase,
  deleteDraft,
  NotADraftError,
  recordSubmission,
  restoreDraft,
  startCase,
} from '../../src/storage/caseCommands';
import { getIndexEntry, writeIndexEntry } from '../../src/storage/caseIndexStore';
import { editReportText, readReport } from '../../src/storage/reportDoc';
import { EMPTY_REPORTER } from '../../src/storage/deviceSettings';
import { regionProfile } from '../../src/domain/regionProfiles';
import type { CaseId } from '../../src/domain/ids';
import { caseEvent } from '../helpers/factories';

const dbs: SamverkaDb[] = [];
function freshDb(): SamverkaDb {
  const db = new SamverkaDb(`drafts-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const input = {
  profileId: 'goteborgsomradet',
  reporter: { ...EMPTY_REPORTER, name: 'Karin Lind', unit: 'Hemsjukvården Centrum' },
  now: 1_000,
  randomUUID: () => crypto.randomUUID(),
};

async function databasesOf(id: string): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '').filter((name) => name.includes(id));
}

/** Waits until the case has moved from memory to storage after its first edit. */
async function stored(docs: OpenCaseDocs): Promise<void> {
  for (let i = 0; i < 100 && isNewCaseInMemory(docs.id); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await docs.flushed();
}

describe('a new report before and after the first edit', () => {
  it('stores nothing until something is typed, and leaves nothing when left untouched', async () => {
    const id = startCase(input);
    const docs = await acquireCaseDocs(id);
    expect(readReport(docs.report)).toMatchObject({ reporterName: 'Karin Lind', profileId: 'goteborgsomradet' });
    expect(isUnsavedCase(id)).toBe(true);
    expect(await databasesOf(id)).toEqual([]);
    releaseCaseDocs(id);
    expect(isUnsavedCase(id)).toBe(false);
    expect(await databasesOf(id)).toEqual([]);
  });

  it('becomes a stored draft on the first edit, with everything typed and prefilled', async () => {
    const db = freshDb();
    const id = startCase(input);
    const docs = await acquireCaseDocs(id);
    editReportText(docs.report, 'description', 'F');
    editReportText(docs.report, 'description', 'Första');
    await stored(docs);
    expect(await databasesOf(id)).toEqual(
      expect.arrayContaining([docName(id, 'report'), docName(id, 'events'), docName(id, 'answer')]),
    );
    await writeIndexEntry(db, docs, regionProfile, 2_000);
    releaseCaseDocs(id);
    // Reopened from disk: the prefill and every keystroke are there.
    await closeCaseDocsNow(id);
    const again = await acquireCaseDocs(id);
    expect(readReport(again.report)).toMatchObject({ description: 'Första', reporterName: 'Karin Lind' });
    releaseCaseDocs(id);
    expect(await getIndexEntry(db, id)).toMatchObject({ id, status: 'draft' });
  });
});

describe('deleting a draft, with undo', () => {
  it('removes its databases and list row, and puts them back as they were', async () => {
    const db = freshDb();
    const id = await createCase(db, input);
    const docs = await acquireCaseDocs(id);
    editReportText(docs.report, 'description', 'Halvskriven rapport');
    await docs.flushed();
    await writeIndexEntry(db, docs, regionProfile, 2_000);
    releaseCaseDocs(id);

    const deleted = await deleteDraft(db, id);
    expect(await getIndexEntry(db, id)).toBeNull();
    expect(await databasesOf(id)).toEqual([]);

    await restoreDraft(db, deleted);
    expect(await getIndexEntry(db, id)).toMatchObject({ id, status: 'draft', summary: 'Halvskriven rapport' });
    expect((await databasesOf(id)).length).toBe(3);
    const back = await acquireCaseDocs(id);
    expect(readReport(back.report).description).toBe('Halvskriven rapport');
    releaseCaseDocs(id);
  });

  it('never deletes a submitted case', async () => {
    const db = freshDb();
    const id = await createCase(db, input);
    const docs = await acquireCaseDocs(id);
    await recordSubmission(db, docs, caseEvent({ action: 'submit', at: 3_000 }));
    releaseCaseDocs(id);
    await expect(deleteDraft(db, id as CaseId)).rejects.toBeInstanceOf(NotADraftError);
    expect(await getIndexEntry(db, id)).toMatchObject({ status: 'submitted' });
    expect((await databasesOf(id)).length).toBe(3);
  });
});
