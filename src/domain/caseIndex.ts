import * as v from 'valibot';
import { answerDeadline } from './answerDeadline';
import { deriveStatus, submittedAt, type CaseEvent } from './caseEvents';
import { CASE_STATUSES } from './status';
import { redactAll } from './piiGuard';
import { OTHER_AGREEMENT, type ReportDraft } from './report';
import type { RegionProfile } from './regionProfile';

export const SYNC_STATES = ['local', 'pending', 'synced', 'error'] as const;
/** local: only on this device · pending: waiting to sync · synced · error: sync failed. */
export type SyncState = (typeof SYNC_STATES)[number];

/**
 * One row of the case index: what list views need, derived from the case's docs so a list
 * never opens every Y.Doc. Holds only de-identified text.
 */
export const CaseIndexEntrySchema = v.object({
  id: v.pipe(v.string(), v.uuid()),
  profileId: v.string(),
  title: v.string(),
  summary: v.string(),
  status: v.picklist(CASE_STATUSES),
  reporterUnit: v.string(),
  reporterOrganisation: v.fallback(v.string(), ''),
  receivingOrganisation: v.string(),
  receivingUnit: v.string(),
  /** Directory id of the receiving unit ('' when typed by hand): the receiving side's inbox. */
  receivingUnitId: v.fallback(v.string(), ''),
  receivingOrgId: v.fallback(v.string(), ''),
  agreementId: v.string(),
  area: v.string(),
  eventDate: v.string(),
  discoveredDate: v.string(),
  submittedAt: v.nullable(v.number()),
  deadline: v.nullable(v.string()),
  createdAt: v.number(),
  updatedAt: v.number(),
  syncState: v.picklist(SYNC_STATES),
  /** When this device last opened the case (local only): the inbox marks later changes as new. */
  seenAt: v.fallback(v.nullable(v.number()), null),
  /** Escalated as a system failure to a forum: "Mina rapporter" tells the reporter. */
  escalated: v.optional(v.boolean()),
  /** The person who wrote the report (from its doc), so "Mina rapporter" lists only her own. */
  authorPersonId: v.optional(v.string()),
});
export type CaseIndexEntry = v.InferOutput<typeof CaseIndexEntrySchema>;

/** Longest summary kept in the index: enough for a list row, short enough to scan. */
export const SUMMARY_LENGTH = 140;

export interface IndexFacts {
  readonly id: string;
  readonly report: ReportDraft;
  readonly events: readonly CaseEvent[];
  readonly profile: RegionProfile;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly syncState: SyncState;
  readonly seenAt?: number | null;
  /** Whether the case has been escalated as a system failure (its escalations, beside the log). */
  readonly escalated?: boolean;
  readonly authorPersonId?: string | null;
}

/** Derives the index row for a case from its report and event log. */
export function deriveIndexEntry(facts: IndexFacts): CaseIndexEntry {
  const { report, events, profile } = facts;
  const sentAt = submittedAt(events);
  return {
    id: facts.id,
    profileId: profile.id,
    title: titleOf(report, profile),
    summary: summarise(report.description ?? ''),
    status: deriveStatus(events),
    reporterUnit: report.reporterUnit ?? '',
    reporterOrganisation: report.reporterOrganisation ?? '',
    receivingOrganisation: report.receivingOrganisation ?? '',
    receivingUnit: report.receivingUnit ?? '',
    receivingUnitId: report.receivingUnitId ?? '',
    receivingOrgId: report.receivingOrgId ?? '',
    agreementId: report.agreementId ?? '',
    area: report.area ?? '',
    eventDate: report.eventDate ?? '',
    discoveredDate: report.discoveredDate ?? '',
    submittedAt: sentAt,
    deadline: answerDeadline(profile, { submittedAt: sentAt, discoveredDate: report.discoveredDate }),
    createdAt: facts.createdAt,
    updatedAt: facts.updatedAt,
    syncState: facts.syncState,
    seenAt: facts.seenAt ?? null,
    ...(facts.escalated ? { escalated: true } : {}),
    ...(facts.authorPersonId ? { authorPersonId: facts.authorPersonId } : {}),
  };
}

function titleOf(report: ReportDraft, profile: RegionProfile): string {
  if (report.agreementId === OTHER_AGREEMENT) return summarise(report.agreementText ?? '');
  return profile.agreements.find((a) => a.id === report.agreementId)?.name ?? '';
}

/** First words of a text with personal data removed, on one line. */
function summarise(text: string): string {
  const flat = redactAll(text).replace(/\s+/g, ' ').trim();
  return flat.length > SUMMARY_LENGTH ? `${flat.slice(0, SUMMARY_LENGTH - 1)}…` : flat;
}
