import { parseIsoDate, type IsoDate } from './isoDate';
import { findPii } from './piiGuard';
import { REPORT_SECTIONS } from './reportSections';
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

const REQUIRED: readonly ReportField[] = [
  'reporterName',
  'reporterRole',
  'reporterUnit',
  'reporterOrganisation',
  'eventType',
  'eventDate',
  'discoveredDate',
  'receivingOrganisation',
  'receivingUnit',
  'agreementId',
  'area',
  'classification',
  'description',
  'consequenceSeverity',
  'systemFailure',
];

/**
 * Checks a whole report before it is submitted and returns every problem, field by field,
 * in form order. An empty list means the report may be sent.
 */
export function validateSubmission(draft: ReportDraft, profile: RegionProfile, today: IsoDate): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const add = (field: ReportField, code: ReportProblemCode) => {
    if (!problems.some((p) => p.field === field)) problems.push({ field, code });
  };

  for (const field of REQUIRED) {
    if (isBlank(draft[field])) add(field, 'required');
  }
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

function checkDates(draft: ReportDraft, today: IsoDate, add: Add): void {
  const event = draft.eventDate ? parseIsoDate(draft.eventDate) : null;
  const discovered = draft.discoveredDate ? parseIsoDate(draft.discoveredDate) : null;
  if (draft.eventDate && !event) add('eventDate', 'invalid_date');
  if (draft.discoveredDate && !discovered) add('discoveredDate', 'invalid_date');
  if (event && event > today) add('eventDate', 'future_date');
  if (discovered && discovered > today) add('discoveredDate', 'future_date');
  if (event && discovered && discovered < event) add('discoveredDate', 'discovered_before_event');
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

/** The order fields appear in the stepwise form, so problems read top to bottom. */
export const FORM_ORDER: readonly ReportField[] = [
  ...REPORT_SECTIONS.flatMap((section): readonly ReportField[] => section.fields),
  'receivingOrgId',
  'receivingUnitId',
  'profileId',
];
