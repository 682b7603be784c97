import type { Accessor } from 'solid-js';
import type { ReportField } from '../../domain/report';
import type { RegionProfile } from '../../domain/regionProfile';
import type { IsoDate } from '../../domain/isoDate';
import type { PersonWordChoice } from '../../domain/reportWords';
import type { Dictionary } from '../../i18n/sv';
import type { ReportEditor } from '../../primitives/createReportDraft';

/** What every section of the report form receives. */
export interface FormProps {
  caseId: string;
  editor: ReportEditor;
  profile: Accessor<RegionProfile>;
  t: Accessor<Dictionary>;
  lang: Accessor<'sv' | 'en'>;
  /** Her word for the person cared for (brukare, patient, elev), from her organisation's type. */
  word: Accessor<PersonWordChoice>;
  today: IsoDate;
  /** The message to show under a field, once the user has tried to submit. */
  errorFor: (field: ReportField) => string | undefined;
  /** Whether the report is submitted: the receiving unit then reads its texts live. */
  submitted: Accessor<boolean>;
}

export function fieldId(field: ReportField): string {
  return `field-${field}`;
}
