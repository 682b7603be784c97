import type { ReportField } from './report';

/**
 * The report's fields grouped as a reader takes them in: the read-only summary follows this
 * list. (The form has its own layout, `FORM_SECTIONS`, below.)
 */
export const REPORT_SECTIONS = [
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
] as const satisfies readonly { key: string; fields: readonly ReportField[] }[];

export type ReportSectionKey = (typeof REPORT_SECTIONS)[number]['key'];

/**
 * The report form's own layout: one page, what she came to say first. Her details come last,
 * already filled in (remembered, or from the enrollment), and everything optional sits together
 * under "Mer om händelsen". Submit problems read in this order.
 */
export const FORM_SECTIONS = [
  { key: 'happened', fields: ['description', 'eventType', 'eventDate', 'discoveredDate', 'consequenceSeverity'] },
  {
    key: 'answerer',
    fields: ['receivingOrganisation', 'receivingUnit', 'agreementId', 'agreementText', 'area', 'classification'],
  },
  {
    key: 'more',
    fields: ['consequenceText', 'immediateAction', 'suggestedImprovement', 'systemFailure', 'ownSystemReference'],
  },
  {
    key: 'you',
    fields: ['reporterName', 'reporterRole', 'reporterUnit', 'reporterOrganisation', 'reporterContact'],
  },
] as const satisfies readonly { key: string; fields: readonly ReportField[] }[];

export type FormSectionKey = (typeof FORM_SECTIONS)[number]['key'];
