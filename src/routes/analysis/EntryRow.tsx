import { Show, type JSX } from 'solid-js';
import type { AnalysisModel } from '../../primitives/createAnalysis';
import { useI18n } from '../../app/i18n';

/**
 * One timeline entry or action in a long list: a one-line summary, opened into its editor on
 * demand. An analysis can hold hundreds of entries; drawing every editor at once made the
 * screen take a third of a second to open. Entries with a conflict are always open.
 */
export function EntryRow(props: {
  m: AnalysisModel;
  kind: 'timeline-entry' | 'action';
  id: string;
  /** Field ids of this entry start with it, for "who is here". */
  fieldPrefix: string;
  title: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  summary: JSX.Element;
  children: JSX.Element;
}) {
  const { t } = useI18n();
  const here = () => props.m.others().filter((p) => p.field?.startsWith(props.fieldPrefix));
  return (
    <li {...{ [`data-${props.kind}`]: props.id }} class="entry-row">
      <Show
        when={props.open}
        fallback={
          <div class="entry-summary">
            <div>
              <strong>{props.title}</strong> {props.summary}
              <Show when={here().length > 0}>
                <p class="presence-here">
                  {t().analysis.presenceHere(
                    here()
                      .map((p) => `${p.name} (${p.orgName})`)
                      .join(', '),
                  )}
                </p>
              </Show>
            </div>
            <button
              type="button"
              class="button button--small"
              aria-label={t().analysis.editEntry(props.title)}
              aria-expanded="false"
              onClick={() => props.onToggle(true)}
            >
              {t().analysis.edit}
            </button>
          </div>
        }
      >
        {props.children}
        <button
          type="button"
          class="button button--small"
          aria-label={t().analysis.closeEntry(props.title)}
          aria-expanded="true"
          onClick={() => props.onToggle(false)}
        >
          {t().analysis.done}
        </button>
      </Show>
    </li>
  );
}
