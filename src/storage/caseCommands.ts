import { newCaseId, type CaseId } from '../domain/ids';
import { regionProfile } from '../domain/regionProfiles';
import * as v from 'valibot';
import { CaseEventSchema, type CaseEvent } from '../domain/caseEvents';
import type { ReporterDefaults } from './deviceSettings';
import { acquireCaseDocs, releaseCaseDocs, type OpenCaseDocs } from './caseDocs';
import { writeIndexEntry } from './caseIndexStore';
import { appendEvent } from './eventLog';
import { initReportMeta, setAuthorPersonId, setReportScalar } from './reportDoc';
import type { SamverkaDb } from './db';

/**
 * Starts a new report on this device: a fresh case id, the region profile and the reporter's
 * remembered details filled in, and an index row so the draft shows in the list at once.
 */
export async function createCase(
  db: SamverkaDb,
  input: {
    profileId: string;
    reporter: ReporterDefaults;
    now: number;
    randomUUID: () => string;
    authorPersonId?: string;
  },
): Promise<CaseId> {
  const id = newCaseId(input.randomUUID);
  const docs = await acquireCaseDocs(id);
  try {
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
