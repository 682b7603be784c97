import { For, Show } from 'solid-js';
import type { AnalysisModel } from '../../primitives/createAnalysis';
import { useI18n } from '../../app/i18n';

/** Who else is in the analysis now, and in which part (from awareness; only while online). */
export function PresenceBar(props: { m: AnalysisModel }) {
  const { t } = useI18n();
  const ta = () => t().analysis;
  const where = (field: string | null) => {
    if (!field) return ta().presenceNowhere;
    if (field.startsWith('timeline-')) return ta().timeline.heading;
    if (field.startsWith('cause-')) return ta().causes.heading;
    if (field.startsWith('risk-')) return ta().risk.heading;
    if (field.startsWith('action-')) return ta().actions.heading;
    return ta().conclusions.heading;
  };
  return (
    <section class="presence-bar" aria-labelledby="presence-heading">
      <h2 id="presence-heading" class="presence-heading">
        {ta().presenceHeading}
      </h2>
      <Show when={props.m.others().length > 0} fallback={<p>{ta().presenceNone}</p>}>
        <ul aria-live="polite" data-presence-list>
          <For each={props.m.others()}>{(p) => <li>{ta().presenceIn(p.name, p.orgName, where(p.field))}</li>}</For>
        </ul>
      </Show>
    </section>
  );
}
