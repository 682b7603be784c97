import { isInReportYears, parseIsoDate, type IsoDate } from './isoDate';
import { findPii } from './piiGuard';
import { FORM_SECTIONS } from './reportSections';
import { effectiveDiscoveredDate, isAreaAsked } from './reportDefaults';
import {
  OTHER_AGREEMENT,
  REPORT_TEXT_FIELDS,
  MAX_SHORT_LENGTH,
  MAX_TEXT_LENGTH,
  type ReportDraft,
  type ReportField,
} from './report';
import type { RegionProfile } from './regionProfile';

export type ReportProblemCode =
  | 'required'
  | 'invalid_date'
  | 'future_date'
  | 'date_out_of_range'
  | 'discovered_before_event'
  | 'not_in_profile'
  | 'too_short'
  | 'too_long'
  | 'contains_personal_data';

/** One thing that stops a report from being submitted, tied to the field that must change. */
export interface ReportProblem {
  readonly field: ReportField;
  readonly code: ReportProblemCode;
}

/** Descriptions shorter than this tell the receiving unit nothing it can act on. */
export const MIN_DESCRIPTION_LENGTH = 20;

/**
 * What a report cannot go without. Not asked: the discovery date (the event date unless she
 * says otherwise), the area (the agreement implies it; asked only for another document), and
 * whether it may be a recurring system failure (she cannot know; the receiver judges that).
 */
export const REQUIRED_FIELDS: readonly ReportField[] = [
  'reporterName',
  'reporterRole',
  'reporterUnit',
  'reporterOrganisation',
  'eventType',
  'eventDate',
  'receivingOrganisation',
  'receivingUnit',
  'agreementId',
  'classification',
  'description',
  'consequenceSeverity',
];

/** Whether the form marks a field as required for this draft (the area only when the agreement leaves it open). */
export function isRequired(field: ReportField, draft: ReportDraft, profile: RegionProfile): boolean {
  if (field === 'area') return isAreaAsked(profile, draft.agreementId);
  if (field === 'agreementText') return draft.agreementId === OTHER_AGREEMENT;
  return REQUIRED_FIELDS.includes(field);
}

/**
 * Checks a whole report before it is submitted and returns every problem, field by field,
 * in form order. An empty list means the report may be sent.
 */
export function validateSubmission(draft: ReportDraft, profile: RegionProfile, today: IsoDate): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const add = (field: ReportField, code: ReportProblemCode) => {
    if (!problems.some((p) => p.field === field)) problems.push({ field, code });
  };

  for (const field of REQUIRED_FIELDS) {
    if (isBlank(draft[field])) add(field, 'required');
  }
  if (isAreaAsked(profile, draft.agreementId) && isBlank(draft.area)) add('area', 'required');
  checkDates(draft, today, add);
  checkProfileChoices(draft, profile, add);
  if (draft.agreementId === OTHER_AGREEMENT && isBlank(draft.agreementText)) add('agreementText', 'required');
  const description = draft.description?.trim() ?? '';
  if (description.length > 0 && description.length < MIN_DESCRIPTION_LENGTH) add('description', 'too_short');

  for (const field of REPORT_TEXT_FIELDS) checkText(field, draft[field] ?? '', MAX_TEXT_LENGTH, add);
  for (const field of SHORT_TEXT_FIELDS) checkText(field, draft[field] ?? '', MAX_SHORT_LENGTH, add);
  return problems.sort((a, b) => FORM_ORDER.indexOf(a.field) - FORM_ORDER.indexOf(b.field));
}

type Add = (field: ReportField, code: ReportProblemCode) => void;

/**
 * One-line fields that cross to the other organisation. The reporter's own name and contact
 * are meant to be shared (the other side may need to ask); they are only length-checked.
 */
const SHORT_TEXT_FIELDS = [
  'reporterName',
  'reporterRole',
  'reporterUnit',
  'reporterOrganisation',
  'reporterContact',
  'receivingOrganisation',
  'receivingUnit',
  'ownSystemReference',
] as const;
const SHARED_PERSONAL_FIELDS: readonly ReportField[] = ['reporterName', 'reporterContact'];

function checkText(field: ReportField, value: string, max: number, add: Add): void {
  if (value.length > max) add(field, 'too_long');
  else if (!SHARED_PERSONAL_FIELDS.includes(field) && findPii(value).some((hit) => hit.severity === 'block')) {
    add(field, 'contains_personal_data');
  }
}

/**
 * One date field on its own, as the form checks it when the field is left: a date that does
 * not exist, a year no report can be about (a slip of the keyboard), or a day still to come.
 */
export function checkDateField(value: string | undefined, today: IsoDate): ReportProblemCode | null {
  if (!value) return null;
  const date = parseIsoDate(value);
  if (!date) return 'invalid_date';
  if (!isInReportYears(date, today)) return 'date_out_of_range';
  if (date > today) return 'future_date';
  return null;
}

function checkDates(draft: ReportDraft, today: IsoDate, add: Add): void {
  const eventProblem = checkDateField(draft.eventDate, today);
  const discoveredProblem = checkDateField(draft.discoveredDate, today);
  if (eventProblem) add('eventDate', eventProblem);
  if (discoveredProblem) add('discoveredDate', discoveredProblem);
  const event = draft.eventDate ? parseIsoDate(draft.eventDate) : null;
  const discovered = parseIsoDate(effectiveDiscoveredDate(draft) ?? '');
  if (!eventProblem && !discoveredProblem && event && discovered && discovered < event) {
    add('discoveredDate', 'discovered_before_event');
  }
}

function checkProfileChoices(draft: ReportDraft, profile: RegionProfile, add: Add): void {
  const agreementIds = [...profile.agreements.map((a) => a.id), OTHER_AGREEMENT];
  if (draft.agreementId && !agreementIds.includes(draft.agreementId)) add('agreementId', 'not_in_profile');
  if (draft.area && !profile.areas.some((a) => a.id === draft.area)) add('area', 'not_in_profile');
  if (draft.classification && !profile.classifications.some((c) => c.id === draft.classification)) {
    add('classification', 'not_in_profile');
  }
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The order fields appear in the form, so problems read top to bottom. */
export const FORM_ORDER: readonly ReportField[] = [
  ...FORM_SECTIONS.flatMap((section): readonly ReportField[] => section.fields),
  'receivingOrgId',
  'receivingUnitId',
  'profileId',
];
