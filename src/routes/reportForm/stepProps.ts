import type { Accessor } from 'solid-js';
import type { ReportField } from '../../domain/report';
import type { RegionProfile } from '../../domain/regionProfile';
import type { Dictionary } from '../../i18n/sv';
import type { ReportEditor } from '../../primitives/createReportDraft';

/** What every step of the form receives. */
export interface StepProps {
  caseId: string;
  editor: ReportEditor;
  profile: Accessor<RegionProfile>;
  t: Accessor<Dictionary>;
  lang: Accessor<'sv' | 'en'>;
  /** The message to show under a field, once the user has tried to submit. */
  errorFor: (field: ReportField) => string | undefined;
  /** Whether the report is submitted: the receiving unit then reads its texts live. */
  submitted: Accessor<boolean>;
}
