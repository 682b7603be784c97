import type { ReportField } from './report';

/**
 * The report's fields grouped and ordered as people read and write them. The form's steps, the
 * read-only summary and the order of submit problems all follow this one list.
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
