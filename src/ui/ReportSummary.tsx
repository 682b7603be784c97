import { For } from 'solid-js';
import { OTHER_AGREEMENT, type ReportDraft, type ReportField } from '../domain/report';
import type { RegionProfile } from '../domain/regionProfile';
import { REPORT_SECTIONS } from '../domain/reportSections';
import type { Dictionary } from '../i18n/sv';
import { formatIsoDate } from './format';

/** The whole report, read-only, grouped as in the form. */
export function ReportSummary(props: { draft: ReportDraft; profile: RegionProfile; t: Dictionary; lang: 'sv' | 'en' }) {
  const shown = (field: ReportField): string => {
    const d = props.draft;
    const t = props.t;
    const value = d[field];
    if (value === undefined || value === '') return t.view.empty;
    switch (field) {
      case 'eventType':
        return t.form.eventType[d.eventType!];
      case 'eventDate':
      case 'discoveredDate':
        return formatIsoDate(String(value), props.lang);
      case 'agreementId':
        return value === OTHER_AGREEMENT
          ? t.form.otherAgreement
          : (props.profile.agreements.find((a) => a.id === value)?.name ?? String(value));
      case 'area':
        return props.profile.areas.find((a) => a.id === value)?.name ?? String(value);
      case 'classification':
        return props.profile.classifications.find((c) => c.id === value)?.name ?? String(value);
      case 'consequenceSeverity':
        return t.form.severity[d.consequenceSeverity!];
      case 'systemFailure':
        return t.form.systemFailure[d.systemFailure!];
      default:
        return String(value);
    }
  };
  return (
    <div class="report-summary">
      <For each={REPORT_SECTIONS}>
        {(section) => (
          <section aria-labelledby={`summary-${section.key}`}>
            <h3 id={`summary-${section.key}`}>{props.t.view.sections[section.key]}</h3>
            <dl>
              <For each={section.fields as readonly ReportField[]}>
                {(field) => (
                  <div class="summary-row">
                    <dt>
                      {(props.t.view.readerFields as Partial<Record<ReportField, string>>)[field] ??
                        props.t.form.fields[field]}
                    </dt>
                    <dd data-field={field}>{shown(field)}</dd>
                  </div>
                )}
              </For>
            </dl>
          </section>
        )}
      </For>
    </div>
  );
}
