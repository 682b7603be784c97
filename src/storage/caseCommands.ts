import * as Y from 'yjs';
import * as v from 'valibot';
import { newCaseId, type CaseId } from '../domain/ids';
import { regionProfile } from '../domain/regionProfiles';
import { CaseEventSchema, deriveStatus, type CaseEvent } from '../domain/caseEvents';
import type { CaseIndexEntry } from '../domain/caseIndex';
import type { ReporterDefaults } from './deviceSettings';
import {
  acquireCaseDocs,
  CASE_PARTS,
  closeCaseDocsNow,
  deleteCaseDatabases,
  releaseCaseDocs,
  startUnsavedCase,
  type CasePart,
  type OpenCaseDocs,
} from './caseDocs';
import { writeIndexEntry } from './caseIndexStore';
import { appendEvent, readEvents } from './eventLog';
import { initReportMeta, setAuthorPersonId, setReportScalar } from './reportDoc';
import type { SamverkaDb } from './db';

export interface NewCaseInput {
  profileId: string;
  reporter: ReporterDefaults;
  now: number;
  randomUUID: () => string;
  authorPersonId?: string;
}

/** What a new report starts with: the region profile and the reporter's remembered details. */
function prefill(docs: OpenCaseDocs, input: NewCaseInput): void {
  docs.report.transact(() => {
    initReportMeta(docs.report, input.now);
    if (input.authorPersonId) setAuthorPersonId(docs.report, input.authorPersonId);
    setReportScalar(docs.report, 'profileId', input.profileId);
    setReportScalar(docs.report, 'reporterName', input.reporter.name);
    setReportScalar(docs.report, 'reporterRole', input.reporter.role);
    setReportScalar(docs.report, 'reporterUnit', input.reporter.unit);
    setReportScalar(docs.report, 'reporterOrganisation', input.reporter.organisation);
    setReportScalar(docs.report, 'reporterContact', input.reporter.contact);
  });
}

/**
 * Starts a new report on this device, prefilled, in memory only: no draft exists until the
 * reporter types or chooses something. Her first edit stores it (databases, index row, relay);
 * leaving it untouched leaves nothing behind (see `startUnsavedCase`).
 */
export function startCase(input: NewCaseInput): CaseId {
  const id = newCaseId(input.randomUUID);
  startUnsavedCase(id, (docs) => prefill(docs, input));
  return id;
}

/**
 * Creates a new report and stores it at once, with its index row (for tools and tests that need
 * a stored draft; the app starts reports with `startCase`).
 */
export async function createCase(db: SamverkaDb, input: NewCaseInput): Promise<CaseId> {
  const id = newCaseId(input.randomUUID);
  const docs = await acquireCaseDocs(id);
  try {
    prefill(docs, input);
    await writeIndexEntry(db, docs, regionProfile, input.now);
    await docs.flushed();
    return id;
  } finally {
    releaseCaseDocs(id);
  }
}

/**
 * Records the submission in the case's event log; the caller has validated the report. An event
 * that would not read back (and so would silently not count) throws instead of being recorded.
 */
export async function recordSubmission(db: SamverkaDb, docs: OpenCaseDocs, event: CaseEvent): Promise<void> {
  v.parse(CaseEventSchema, event);
  appendEvent(docs.events, event);
  await writeIndexEntry(db, docs, regionProfile, event.at);
}

/** A submitted case is never deleted: it belongs to the receiving unit and the case log too. */
export class NotADraftError extends Error {
  override name = 'NotADraftError';
}

/** A deleted draft as it was, kept in memory so the deletion can be undone. */
export interface DeletedDraft {
  readonly id: CaseId;
  readonly parts: Readonly<Record<CasePart, Uint8Array>>;
  readonly row: CaseIndexEntry | undefined;
}

/**
 * Deletes a draft from this device: its index row and its databases. Returns what it held, for
 * `restoreDraft`. Refuses a case whose log holds a submission (NotADraftError): the reporter may
 * only throw away what never left her hands.
 */
export async function deleteDraft(db: SamverkaDb, id: CaseId): Promise<DeletedDraft> {
  const docs = await acquireCaseDocs(id);
  let deleted: DeletedDraft;
  try {
    if (deriveStatus(readEvents(docs.events)) !== 'draft') throw new NotADraftError(`ärendet ${id} är skickat`);
    const row = await db.cases.get(id);
    if (row && row.status !== 'draft') throw new NotADraftError(`ärendet ${id} är skickat`);
    const parts = Object.fromEntries(CASE_PARTS.map((part) => [part, Y.encodeStateAsUpdate(docs[part])])) as Record<
      CasePart,
      Uint8Array
    >;
    deleted = { id, parts, row };
  } finally {
    releaseCaseDocs(id);
  }
  await closeCaseDocsNow(id);
  // The row first: the list drops it at once, whatever IndexedDB takes to delete the databases.
  await db.cases.delete(id);
  await deleteCaseDatabases(id);
  return deleted;
}

/** Puts a deleted draft back as it was: its docs, stored anew, and its index row. */
export async function restoreDraft(db: SamverkaDb, deleted: DeletedDraft): Promise<void> {
  const docs = await acquireCaseDocs(deleted.id);
  try {
    for (const part of CASE_PARTS) Y.applyUpdate(docs[part], deleted.parts[part]);
    await docs.flushed();
    if (deleted.row) await db.cases.put(deleted.row);
    else await writeIndexEntry(db, docs, regionProfile, Date.now());
  } finally {
    releaseCaseDocs(deleted.id);
  }
}
