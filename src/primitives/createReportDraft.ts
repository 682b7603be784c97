import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { ReportDraft, ReportScalarField, ReportTextField } from '../domain/report';
import { deriveStatus, type CaseEvent } from '../domain/caseEvents';
import type { OpenCaseDocs } from '../storage/caseDocs';
import { readEvents } from '../storage/eventLog';
import {
  editReportText,
  readReport,
  releaseReportText,
  replaceReportTextRange,
  setReportScalar,
} from '../storage/reportDoc';
import { recordSubmission } from '../storage/caseCommands';
import { loadAppDb } from './loadAppDb';
import { submissionDefaults } from '../domain/reportDefaults';
import { regionProfile } from '../domain/regionProfiles';
import { reportStorageError } from './storageFailure';

export interface ReportEditor {
  draft: Accessor<ReportDraft>;
  events: Accessor<CaseEvent[]>;
  setScalar(field: ReportScalarField, value: string | number | undefined): void;
  /** Sets several scalars as one change (the agreement and the area it implies). */
  setScalars(values: Partial<Record<ReportScalarField, string | number | undefined>>): void;
  editText(field: ReportTextField, value: string, cursor?: number): void;
  replaceText(field: ReportTextField, start: number, end: number, insert: string): void;
  /** Shares a text edit that was held on this device since `base` (see primitives/heldText). */
  releaseText(field: ReportTextField, base: string, held: string): void;
  submit(event: CaseEvent): Promise<void>;
}

/** A live view of the report and event log of an open case, with the edits the form needs. */
export function createReportEditor(docs: OpenCaseDocs): ReportEditor {
  const [draft, setDraft] = createSignal(readReport(docs.report));
  const [events, setEvents] = createSignal(readEvents(docs.events));
  const onReport = () => setDraft(readReport(docs.report));
  const onEvents = () => setEvents(readEvents(docs.events));
  docs.report.on('update', onReport);
  docs.events.on('update', onEvents);
  onCleanup(() => {
    docs.report.off('update', onReport);
    docs.events.off('update', onEvents);
  });

  return {
    draft,
    events,
    setScalar: (field, value) => setReportScalar(docs.report, field, value),
    setScalars: (values) =>
      docs.report.transact(() => {
        for (const [field, value] of Object.entries(values)) {
          setReportScalar(docs.report, field as ReportScalarField, value);
        }
      }),
    editText: (field, value, cursor) => editReportText(docs.report, field, value, cursor),
    replaceText: (field, start, end, insert) => replaceReportTextRange(docs.report, field, start, end, insert),
    releaseText: (field, base, held) => releaseReportText(docs.report, field, base, held),
    async submit(event) {
      try {
        const db = await loadAppDb();
        // What she left to the defaults is written out, so the receiver reads whole values.
        const defaults = submissionDefaults(draft(), regionProfile(draft().profileId));
        docs.report.transact(() => {
          for (const [field, value] of Object.entries(defaults)) {
            setReportScalar(docs.report, field as ReportScalarField, value);
          }
        });
        await recordSubmission(db, docs, event);
        // The relay learns who receives it when this device next has coverage.
        await (await import('./syncStatus')).queueSubmission(docs.id);
        // Remember who reported, so the next report starts filled in (loaded here: not needed to draw the form).
        const { readSetting, writeSetting } = await import('../storage/deviceSettings');
        const d = draft();
        const previous = await readSetting(db, 'reporter');
        await writeSetting(db, 'reporter', {
          name: d.reporterName ?? previous.name,
          role: d.reporterRole ?? previous.role,
          unit: d.reporterUnit ?? previous.unit,
          organisation: d.reporterOrganisation ?? previous.organisation,
          contact: d.reporterContact ?? previous.contact,
        });
        // The install and storage prompts may come now; never in the way of the submission itself.
        void import('./reportPrompts').then((m) => m.noteReportSent(db, event.at)).catch(() => undefined);
      } catch (error) {
        reportStorageError(error);
        throw error;
      }
    },
  };
}

/** The case's status right now, derived from its event log. */
export function caseStatusOf(docs: OpenCaseDocs) {
  return deriveStatus(readEvents(docs.events));
}
