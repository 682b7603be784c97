import type { ReportField } from '../../domain/report';
import { REPORT_SECTIONS } from '../../domain/reportSections';

/** The form's steps in order, each with the fields it shows (so a problem links to its step). */
export const STEPS = [...REPORT_SECTIONS, { key: 'review', fields: ['profileId'] }] as const;

export type StepKey = (typeof STEPS)[number]['key'];

/** 1-based step number that shows a field. */
export function stepOf(field: ReportField): number {
  const index = STEPS.findIndex((step) => (step.fields as readonly ReportField[]).includes(field));
  return index < 0 ? STEPS.length : index + 1;
}

export function fieldId(field: ReportField): string {
  return `field-${field}`;
}
