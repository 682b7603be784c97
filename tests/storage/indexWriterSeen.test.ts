import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SamverkaDb } from '../../src/storage/db';
import { acquireCaseDocs, releaseCaseDocs } from '../../src/storage/caseDocs';
import { createCase } from '../../src/storage/caseCommands';
import { getIndexEntry } from '../../src/storage/caseIndexStore';
import { startIndexWriter } from '../../src/storage/caseIndexWriter';
import { appendEvent } from '../../src/storage/eventLog';
import { EMPTY_REPORTER } from '../../src/storage/deviceSettings';
import { isUnseen } from '../../src/domain/inbox';
import { caseEvent } from '../helpers/factories';

// The writer listens to every case opened in this module, so this file holds one database and one test.
const db = new SamverkaDb(`writer-${crypto.randomUUID()}`);
const errors: unknown[] = [];
startIndexWriter(db, (error) => errors.push(error));
afterAll(async () => {
  await db.delete();
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('the index writer', () => {
  it("marks the manager's own acknowledgement seen, and another device's answer new", async () => {
    const id = await createCase(db, {
      profileId: 'goteborgsomradet',
      reporter: { ...EMPTY_REPORTER, name: 'Greta', unit: 'Sahlgrenska avdelning 12' },
      now: 1_000,
      randomUUID: () => crypto.randomUUID(),
    });
    const docs = await acquireCaseDocs(id);
    appendEvent(docs.events, caseEvent({ action: 'submit', at: 1_500 }));
    await settle();
    expect(isUnseen((await getIndexEntry(db, id))!)).toBe(false);

    // The same kind of change arriving through the sync binding (a transaction with an origin).
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(docs.events));
    appendEvent(elsewhere, caseEvent({ action: 'acknowledge', at: 1_600 }));
    Y.applyUpdate(docs.events, Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(docs.events)), 'relay');
    await settle();
    const row = (await getIndexEntry(db, id))!;
    expect(row.status).toBe('received');
    expect(isUnseen(row)).toBe(true);
    releaseCaseDocs(id);
    await settle();
    expect(errors).toEqual([]);
  });
});
