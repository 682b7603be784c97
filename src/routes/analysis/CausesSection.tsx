import { For } from 'solid-js';
import { CAUSE_CATEGORIES } from '../../domain/analysis';
import type { AnalysisModel } from '../../primitives/createAnalysis';
import { useI18n } from '../../app/i18n';
import { AnalysisScalar, AnalysisText } from './AnalysisFields';
import { AddEntryButton, EntryRow } from './EntryRow';
import { clip, useOpenEntries } from './openEntries';

/** Causes in the five categories, each with its why-chain down to a root cause. */
export function CausesSection(props: { m: AnalysisModel }) {
  const { t } = useI18n();
  const tc = () => t().analysis.causes;
  const entries = useOpenEntries(() => props.m.conflicts().causes);
  const categories = () => CAUSE_CATEGORIES.map((value) => ({ value, label: tc().categories[value] }));
  return (
    <section class="analysis-section" aria-labelledby="causes-heading">
      <h2 id="causes-heading">{tc().heading}</h2>
      <p class="field-hint">{tc().hint}</p>
      <ol class="analysis-list">
        <For each={props.m.content.causes}>
          {(cause, i) => {
            const id = (field: string) => `cause-${cause.id}-${field}`;
            return (
              <EntryRow
                m={props.m}
                kind="cause"
                id={cause.id}
                fieldPrefix={`cause-${cause.id}-`}
                title={tc().cause(i() + 1)}
                open={entries.isOpen(cause.id)}
                onToggle={(open) => entries.toggle(cause.id, open)}
                line={`${cause.category.value ? tc().categories[cause.category.value] : '–'} · ${clip(cause.description)}${
                  cause.rootCause ? ` · ${tc().rootCause}: ${clip(cause.rootCause, 80)}` : ''
                }`}
                flags={cause.systemWeakness.value ? tc().systemBadge : ''}
              >
                <fieldset class="analysis-entity">
                  <legend>{tc().cause(i() + 1)}</legend>
                  <AnalysisScalar
                    m={props.m}
                    id={id('category')}
                    label={tc().category}
                    target={{ kind: 'cause', id: cause.id, field: 'category' }}
                    field={cause.category}
                    input={{ kind: 'select', options: categories() }}
                  />
                  <AnalysisText
                    m={props.m}
                    id={id('description')}
                    label={tc().description}
                    target={{ kind: 'cause', id: cause.id, field: 'description' }}
                    value={cause.description}
                  />
                  <For each={cause.whys}>
                    {(why, w) => (
                      <AnalysisText
                        m={props.m}
                        id={id(`why-${w()}`)}
                        label={tc().why(w() + 1)}
                        target={{ kind: 'why', id: cause.id, index: w() }}
                        value={why}
                        rows={2}
                      />
                    )}
                  </For>
                  <button type="button" class="button button--small" onClick={() => props.m.addWhy(cause.id)}>
                    {tc().addWhy}
                  </button>
                  <AnalysisText
                    m={props.m}
                    id={id('root')}
                    label={tc().rootCause}
                    target={{ kind: 'cause', id: cause.id, field: 'rootCause' }}
                    value={cause.rootCause}
                    rows={2}
                  />
                  <AnalysisText
                    m={props.m}
                    id={id('contributing')}
                    label={tc().contributing}
                    target={{ kind: 'cause', id: cause.id, field: 'contributingFactors' }}
                    value={cause.contributingFactors}
                    rows={2}
                  />
                  <AnalysisScalar
                    m={props.m}
                    id={id('system')}
                    label={tc().systemWeakness}
                    target={{ kind: 'cause', id: cause.id, field: 'systemWeakness' }}
                    field={cause.systemWeakness}
                    input={{ kind: 'checkbox' }}
                  />
                </fieldset>
              </EntryRow>
            );
          }}
        </For>
      </ol>
      <AddEntryButton
        kind="cause"
        add={() => props.m.add('cause')}
        open={(id) => entries.toggle(id, true)}
        label={tc().add}
      />
    </section>
  );
}
