import { For, Show } from 'solid-js';
import type { UnitCounts } from '../domain/unitOverview';
import type { Dictionary } from '../i18n/sv';

export type CountKind = 'new' | 'overdue' | 'unanswered';
const KINDS: readonly CountKind[] = ['new', 'overdue', 'unanswered'];

/**
 * The coordinator's overview: per unit of her organisation, how many cases are new, overdue
 * and unanswered. Each number links to the list filtered to exactly those cases.
 */
export function UnitOverview(props: {
  units: readonly UnitCounts[];
  heading: string;
  hrefFor: (unitKey: string, kind: CountKind) => string;
  t: Dictionary['lists'];
}) {
  const label = (kind: CountKind) =>
    kind === 'new' ? props.t.newCount : kind === 'overdue' ? props.t.overdueCount : props.t.unansweredCount;
  return (
    <section aria-labelledby="per-unit-heading" class="unit-overview" id="per-enhet" data-section="per-unit">
      <h2 id="per-unit-heading">{props.heading}</h2>
      <p class="field-hint">{props.t.perUnitHint}</p>
      <table class="unit-overview-table">
        <thead>
          <tr>
            <th scope="col">{props.t.unit}</th>
            <For each={KINDS}>{(kind) => <th scope="col">{label(kind)}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.units}>
            {(unit) => (
              <tr data-unit={unit.key}>
                <th scope="row">{unit.name}</th>
                <For each={KINDS}>
                  {(kind) => (
                    <td data-count={kind}>
                      <Show when={unit[kind] > 0} fallback={<span class="count-zero">0</span>}>
                        <a
                          href={props.hrefFor(unit.key, kind)}
                          class={`count-link count-link--${kind}`}
                          aria-label={props.t.countLink(unit[kind], label(kind), unit.name)}
                        >
                          {unit[kind]}
                        </a>
                      </Show>
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
