import * as v from 'valibot';

/**
 * The report (rapport) part of a case: what the person who noticed the deviation writes.
 * Free-text fields live as Y.Text in the report doc so two people can co-edit them later;
 * the rest are scalars in a Y.Map.
 */
export const REPORT_TEXT_FIELDS = [
  'agreementText',
  'description',
  'consequenceText',
  'immediateAction',
  'suggestedImprovement',
] as const;
export type ReportTextField = (typeof REPORT_TEXT_FIELDS)[number];

export const REPORT_SCALAR_FIELDS = [
  'profileId',
  'eventType',
  'eventDate',
  'discoveredDate',
  'reporterName',
  'reporterRole',
  'reporterUnit',
  'reporterOrganisation',
  'reporterContact',
  'receivingOrganisation',
  'receivingUnit',
  'receivingOrgId',
  'receivingUnitId',
  'agreementId',
  'area',
  'classification',
  'consequenceSeverity',
  'systemFailure',
  'ownSystemReference',
] as const;
export type ReportScalarField = (typeof REPORT_SCALAR_FIELDS)[number];
export type ReportField = ReportTextField | ReportScalarField;

export const EVENT_TYPES = ['occurred', 'risk'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** 1 mindre, 2 måttlig, 3 betydande, 4 katastrofal. */
export const SEVERITIES = [1, 2, 3, 4] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SYSTEM_FAILURE_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type SystemFailureAnswer = (typeof SYSTEM_FAILURE_ANSWERS)[number];

/** Agreement id used when the broken document is not in the region's library. */
export const OTHER_AGREEMENT = 'annat';

/** Longest free text a field may hold when submitted; protects storage and the relay from runaway pastes. */
export const MAX_TEXT_LENGTH = 20_000;
/** Longest one-line field (names, units, references) when submitted. */
export const MAX_SHORT_LENGTH = 200;

// Drafts keep text of any length: dropping an over-long value would blank the field and the
// next keystroke would delete the stored text. Submit validation reports it as too long.
const text = v.string();

/**
 * A draft as read back from the report doc. Every field may be missing or empty: a draft is
 * whatever the nurse has typed so far. Values of the wrong type are dropped, never thrown.
 */
export const ReportDraftSchema = v.object({
  profileId: v.fallback(v.optional(v.string()), undefined),
  eventType: v.fallback(v.optional(v.picklist(EVENT_TYPES)), undefined),
  eventDate: v.fallback(v.optional(v.string()), undefined),
  discoveredDate: v.fallback(v.optional(v.string()), undefined),
  reporterName: v.fallback(v.optional(text), undefined),
  reporterRole: v.fallback(v.optional(text), undefined),
  reporterUnit: v.fallback(v.optional(text), undefined),
  reporterOrganisation: v.fallback(v.optional(text), undefined),
  reporterContact: v.fallback(v.optional(text), undefined),
  receivingOrganisation: v.fallback(v.optional(text), undefined),
  receivingUnit: v.fallback(v.optional(text), undefined),
  /** Directory ids of the receiving organisation and unit, when chosen from the relay's directory. */
  receivingOrgId: v.fallback(v.optional(v.string()), undefined),
  receivingUnitId: v.fallback(v.optional(v.string()), undefined),
  agreementId: v.fallback(v.optional(v.string()), undefined),
  area: v.fallback(v.optional(v.string()), undefined),
  classification: v.fallback(v.optional(v.string()), undefined),
  consequenceSeverity: v.fallback(v.optional(v.picklist(SEVERITIES)), undefined),
  systemFailure: v.fallback(v.optional(v.picklist(SYSTEM_FAILURE_ANSWERS)), undefined),
  ownSystemReference: v.fallback(v.optional(text), undefined),
  agreementText: v.fallback(v.optional(text), undefined),
  description: v.fallback(v.optional(text), undefined),
  consequenceText: v.fallback(v.optional(text), undefined),
  immediateAction: v.fallback(v.optional(text), undefined),
  suggestedImprovement: v.fallback(v.optional(text), undefined),
});
export type ReportDraft = v.InferOutput<typeof ReportDraftSchema>;

/** Reads a draft from untrusted storage; never throws, keeps every well-typed field. */
export function parseReportDraft(data: unknown): ReportDraft {
  const result = v.safeParse(ReportDraftSchema, typeof data === 'object' && data !== null ? data : {});
  return result.success ? result.output : {};
}
