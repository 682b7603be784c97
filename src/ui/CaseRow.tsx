import { For, Show } from 'solid-js';
import type { CaseIndexEntry } from '../domain/caseIndex';
import type { Dictionary } from '../i18n/sv';
import { formatDateTime, formatIsoDate } from './format';
import { StatusBadge, SyncBadge } from './StatusBadge';

/** One case in a list: a single large link, with status and where it is stored. */
export function CaseRow(props: {
  entry: CaseIndexEntry;
  href: string;
  t: Dictionary;
  lang: 'sv' | 'en';
  /** Extra marks such as "Ny" or "Försenad". */
  flags?: { kind: string; label: string }[];
}) {
  return (
    <li class="case-row">
      <a href={props.href} class="case-row-link">
        <span class="case-row-title">{props.entry.title || props.t.list.untitled}</span>
        <Show when={props.entry.summary}>
          <span class="case-row-summary">{props.entry.summary}</span>
        </Show>
        <span class="case-row-meta">
          <For each={props.flags ?? []}>
            {(flag) => (
              <span class={`badge badge--flag badge--${flag.kind}`} data-flag={flag.kind}>
                {flag.label}
              </span>
            )}
          </For>
          <StatusBadge status={props.entry.status} texts={props.t.status} />
          <SyncBadge state={props.entry.syncState} texts={props.t.syncState} />
          <Show when={props.entry.eventDate}>
            <span>
              {props.t.list.eventDate}: {formatIsoDate(props.entry.eventDate, props.lang)}
            </span>
          </Show>
          <Show when={props.entry.deadline}>
            <span>
              {props.t.list.deadline}: {formatIsoDate(props.entry.deadline!, props.lang)}
            </span>
          </Show>
          <span>
            {props.t.list.changed}: {formatDateTime(props.entry.updatedAt, props.lang)}
          </span>
        </span>
      </a>
    </li>
  );
}
