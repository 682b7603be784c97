import { For } from 'solid-js';
import { OTHER_AGREEMENT, type ReportDraft, type ReportField } from '../domain/report';
import type { RegionProfile } from '../domain/regionProfile';
import { REPORT_SECTIONS, type ReportSectionKey } from '../domain/reportSections';
import type { Dictionary } from '../i18n/sv';
import { formatIsoDate } from './format';

/** The order a receiver reads a report in: what happened first, who wrote it last. */
const READER_ORDER: readonly ReportSectionKey[] = ['description', 'actions', 'event', 'receiver', 'reporter'];

/**
 * The whole report, read-only, grouped as in the form (`order="reader"`: what happened first).
 * Text the reporter wrote and the region's own names stay Swedish in the English interface, so
 * they carry lang="sv" (WCAG 3.1.2); only the app's own words are translated.
 */
export function ReportSummary(props: {
  draft: ReportDraft;
  profile: RegionProfile;
  t: Dictionary;
  lang: 'sv' | 'en';
  order?: 'form' | 'reader';
}) {
  const sections = () =>
    props.order === 'reader' ? READER_ORDER.map((key) => REPORT_SECTIONS.find((s) => s.key === key)!) : REPORT_SECTIONS;
  const shown = (field: ReportField): { text: string; swedish: boolean } => {
    const d = props.draft;
    const t = props.t;
    const value = d[field];
    const app = (text: string) => ({ text, swedish: false });
    const swedish = (text: string) => ({ text, swedish: true });
    if (value === undefined || value === '') return app(t.view.empty);
    switch (field) {
      case 'eventType':
        return app(t.form.eventType[d.eventType!]);
      case 'eventDate':
      case 'discoveredDate':
        return app(formatIsoDate(String(value), props.lang));
      case 'agreementId':
        return value === OTHER_AGREEMENT
          ? app(t.form.otherAgreement)
          : swedish(props.profile.agreements.find((a) => a.id === value)?.name ?? String(value));
      case 'area':
        return swedish(props.profile.areas.find((a) => a.id === value)?.name ?? String(value));
      case 'classification':
        return swedish(props.profile.classifications.find((c) => c.id === value)?.name ?? String(value));
      case 'consequenceSeverity':
        return app(t.form.severity[d.consequenceSeverity!]);
      case 'systemFailure':
        return app(t.form.systemFailure[d.systemFailure!]);
      default:
        return swedish(String(value));
    }
  };
  return (
    <div class="report-summary">
      <For each={sections()}>
        {(section) => (
          <section aria-labelledby={`summary-${section.key}`}>
            <h3 id={`summary-${section.key}`}>{props.t.view.sections[section.key]}</h3>
            <dl>
              <For each={section.fields as readonly ReportField[]}>
                {(field) => {
                  const value = () => shown(field);
                  return (
                    <div class="summary-row">
                      <dt>
                        {(props.t.view.readerFields as Partial<Record<ReportField, string>>)[field] ??
                          props.t.form.fields[field]}
                      </dt>
                      <dd data-field={field} lang={value().swedish ? 'sv' : undefined}>
                        {value().text}
                      </dd>
                    </div>
                  );
                }}
              </For>
            </dl>
          </section>
        )}
      </For>
    </div>
  );
}
