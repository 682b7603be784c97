import { Show, type JSX } from 'solid-js';
import type { AnalysisModel } from '../../primitives/createAnalysis';
import { useI18n } from '../../app/i18n';
import { PresenceNote } from './AnalysisFields';
import { focusEntry } from './openEntries';

/**
 * One timeline entry, cause or action in a long list: a one-line summary, opened into its editor on
 * demand. An analysis can hold hundreds of entries; drawing every editor at once made the
 * screen take a third of a second to open. Entries with a conflict are always open.
 */
export function EntryRow(props: {
  m: AnalysisModel;
  kind: 'timeline-entry' | 'cause' | 'action';
  id: string;
  /** Field ids of this entry start with it, for "who is here". */
  fieldPrefix: string;
  title: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The closed entry's one line (a single text: hundreds of rows must draw fast). */
  line: string;
  /** Marks shown after the line, e.g. "Bristande överlämning". */
  flags: string;
  children: JSX.Element;
}) {
  const { t } = useI18n();
  let row: HTMLLIElement | undefined;
  const open = () => {
    props.onToggle(true);
    focusEntry(props.kind, props.id);
  };
  // Closing gives the keyboard back to the entry's line, not to the top of the page.
  const close = () => {
    props.onToggle(false);
    setTimeout(() => row?.querySelector<HTMLElement>('button.entry-summary')?.focus());
  };
  return (
    <li
      ref={row}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && props.open) close();
      }}
      class="entry-row"
      data-timeline-entry={props.kind === 'timeline-entry' ? props.id : undefined}
      data-cause={props.kind === 'cause' ? props.id : undefined}
      data-action={props.kind === 'action' ? props.id : undefined}
    >
      <Show
        when={props.open}
        fallback={
          <>
            <button type="button" class="entry-summary" aria-expanded="false" onClick={open}>
              <strong>{props.title}</strong> {props.line}
              <Show when={props.flags}>
                {' '}
                <span class="badge">{props.flags}</span>
              </Show>
            </button>
            <PresenceNote m={props.m} field={props.fieldPrefix} prefix />
          </>
        }
      >
        {props.children}
        <button
          type="button"
          class="button button--small"
          aria-label={t().analysis.closeEntry(props.title)}
          aria-expanded="true"
          onClick={close}
        >
          {t().analysis.done}
        </button>
      </Show>
    </li>
  );
}

/** Adds an entry to a list, opens it and puts the keyboard in its first field. */
export function AddEntryButton(props: {
  kind: 'timeline-entry' | 'cause' | 'action';
  add: () => string | null;
  open: (id: string | null) => string | null;
  label: string;
}) {
  return (
    <button type="button" class="button" onClick={() => focusEntry(props.kind, props.open(props.add()))}>
      {props.label}
    </button>
  );
}
