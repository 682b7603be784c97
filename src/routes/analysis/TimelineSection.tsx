import { createMemo, createSignal, For } from 'solid-js';
import type { AnalysisModel } from '../../primitives/createAnalysis';
import type { SelectOption } from '../../ui/SelectField';
import { useI18n } from '../../app/i18n';
import { AnalysisScalar, AnalysisText } from './AnalysisFields';
import { AddEntryButton, EntryRow } from './EntryRow';
import { clip, useOpenEntries } from './openEntries';

/** The course of events: ordered by when things happened, whoever added them. */
export function TimelineSection(props: { m: AnalysisModel; orgOptions: SelectOption[] }) {
  const { t } = useI18n();
  const tt = () => t().analysis.timeline;
  const entries = useOpenEntries(() => props.m.conflicts().timeline);
  const orgLabel = (id: string | null) => props.orgOptions.find((o) => o.value === id)?.label ?? '–';
  // While someone works in the list, it keeps its order: moving the entry they are typing in (a
  // date set elsewhere re-sorts it) would take their focus and lose what they type next. New
  // entries go last until they leave the list.
  const [frozen, setFrozen] = createSignal<readonly string[] | null>(null);
  const shown = createMemo(() => {
    const list = props.m.content.timeline;
    const order = frozen();
    if (!order) return list;
    const byId = new Map(list.map((e) => [e.id, e]));
    const known = new Set(order);
    return [...order.flatMap((id) => byId.get(id) ?? []), ...list.filter((e) => !known.has(e.id))];
  });
  return (
    <section class="analysis-section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{tt().heading}</h2>
      <p class="field-hint">{tt().hint}</p>
      <ol
        class="analysis-list"
        onFocusIn={() => {
          if (!frozen()) setFrozen(shown().map((e) => e.id));
        }}
        onFocusOut={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFrozen(null);
        }}
      >
        <For each={shown()}>
          {(entry, i) => {
            const id = (field: string) => `timeline-${entry.id}-${field}`;
            return (
              <EntryRow
                m={props.m}
                kind="timeline-entry"
                id={entry.id}
                fieldPrefix={`timeline-${entry.id}-`}
                title={tt().entry(i() + 1)}
                open={entries.isOpen(entry.id)}
                onToggle={(open) => entries.toggle(entry.id, open)}
                line={`${entry.when.value?.replace('T', ' ') ?? '–'} · ${orgLabel(entry.orgId.value)} · ${clip(entry.what)}`}
                flags={[entry.handover.value && tt().handoverBadge, entry.failedHandover.value && tt().failedBadge]
                  .filter(Boolean)
                  .join(' · ')}
              >
                <fieldset class="analysis-entity">
                  <legend>{tt().entry(i() + 1)}</legend>
                  <AnalysisScalar
                    m={props.m}
                    id={id('when')}
                    label={tt().when}
                    target={{ kind: 'timeline', id: entry.id, field: 'when' }}
                    field={entry.when}
                    input={{ kind: 'datetime-local' }}
                  />
                  <AnalysisScalar
                    m={props.m}
                    id={id('org')}
                    label={tt().org}
                    target={{ kind: 'timeline', id: entry.id, field: 'orgId' }}
                    field={entry.orgId}
                    input={{ kind: 'select', options: props.orgOptions }}
                  />
                  <AnalysisText
                    m={props.m}
                    id={id('what')}
                    label={tt().what}
                    target={{ kind: 'timeline', id: entry.id, field: 'what' }}
                    value={entry.what}
                  />
                  <AnalysisScalar
                    m={props.m}
                    id={id('handover')}
                    label={tt().handover}
                    target={{ kind: 'timeline', id: entry.id, field: 'handover' }}
                    field={entry.handover}
                    input={{ kind: 'checkbox' }}
                  />
                  <AnalysisScalar
                    m={props.m}
                    id={id('failed')}
                    label={tt().failedHandover}
                    target={{ kind: 'timeline', id: entry.id, field: 'failedHandover' }}
                    field={entry.failedHandover}
                    input={{ kind: 'checkbox' }}
                  />
                </fieldset>
              </EntryRow>
            );
          }}
        </For>
      </ol>
      <AddEntryButton
        kind="timeline-entry"
        add={() => props.m.add('timeline')}
        open={(id) => entries.toggle(id, true)}
        label={tt().add}
      />
    </section>
  );
}
