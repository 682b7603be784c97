import type { ReportField } from '../../domain/report';

/** The form's steps in order, each with the fields it shows (so a problem links to its step). */
export const STEPS = [
  {
    key: 'reporter',
    fields: ['reporterName', 'reporterRole', 'reporterUnit', 'reporterOrganisation', 'reporterContact'],
  },
  { key: 'event', fields: ['eventType', 'eventDate', 'discoveredDate'] },
  {
    key: 'receiver',
    fields: ['receivingOrganisation', 'receivingUnit', 'agreementId', 'agreementText', 'area', 'classification'],
  },
  { key: 'description', fields: ['description', 'consequenceSeverity', 'consequenceText'] },
  { key: 'actions', fields: ['immediateAction', 'suggestedImprovement', 'systemFailure', 'ownSystemReference'] },
  { key: 'review', fields: ['profileId'] },
] as const satisfies readonly { key: string; fields: readonly ReportField[] }[];

export type StepKey = (typeof STEPS)[number]['key'];

/** 1-based step number that shows a field. */
export function stepOf(field: ReportField): number {
  const index = STEPS.findIndex((step) => (step.fields as readonly ReportField[]).includes(field));
  return index < 0 ? STEPS.length : index + 1;
}

export function fieldId(field: ReportField): string {
  return `field-${field}`;
}
