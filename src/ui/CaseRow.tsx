import { For, Show, type JSX } from 'solid-js';
import type { CaseIndexEntry } from '../domain/caseIndex';
import { deadlineFacts, rowTitle } from '../domain/caseRowFacts';
import type { IsoDate } from '../domain/isoDate';
import type { Dictionary } from '../i18n/sv';
import { formatDateTime, formatIsoDate } from './format';
import { StatusBadge, SyncBadge } from './StatusBadge';

/**
 * One case in a list: a single large link. The title is the first words of the de-identified
 * description (every case under one agreement would otherwise look alike); then who it is from
 * (or to) and the agreement's short name; then marks, status and the days left to answer.
 */
export function CaseRow(props: {
  entry: CaseIndexEntry;
  href: string;
  t: Dictionary;
  lang: 'sv' | 'en';
  /** Extra marks such as "Ny" or "Försenad"; one that says the status already ("Besvarad – läs svaret") replaces it. */
  flags?: { kind: string; label: string; saysStatus?: boolean }[];
  /** The agreement as people call it (its short name); defaults to the index title. */
  agreement?: string;
  /** Whose side the row is read from: received rows name the reporting unit, the others the receiver. */
  side?: 'received' | 'sent';
  /** Today (Swedish calendar), for "X dagar kvar" / "försenad Y dagar". */
  today?: IsoDate;
  /** Controls beside the link (e.g. deleting a draft). */
  children?: JSX.Element;
}) {
  const agreement = () => props.agreement ?? props.entry.title;
  const title = () => rowTitle(props.entry.summary) || agreement() || props.t.list.untitled;
  const counterpart = () =>
    props.side === 'received'
      ? props.entry.reporterUnit && props.t.lists.from(props.entry.reporterUnit)
      : props.entry.receivingUnit && props.t.lists.to(props.entry.receivingUnit);
  const deadline = () => (props.today ? deadlineFacts(props.entry, props.today) : { kind: 'none' as const });
  const deadlineText = () => {
    const facts = deadline();
    if (facts.kind === 'left') return props.t.lists.daysLeft(facts.days);
    if (facts.kind === 'overdue') return props.t.lists.overdueDays(facts.days);
    if (facts.kind === 'today') return props.t.lists.dueToday;
    return '';
  };
  return (
    <li class="case-row" data-case-id={props.entry.id}>
      <a href={props.href} class="case-row-link">
        <span class="case-row-title" lang={props.lang === 'en' ? 'sv' : undefined}>
          {title()}
        </span>
        <Show when={counterpart() || (agreement() && agreement() !== title())}>
          <span class="case-row-about">
            <Show when={counterpart()}>
              <span class="case-row-unit" data-row-unit>
                {counterpart()}
              </span>
            </Show>
            <Show when={agreement() && agreement() !== title()}>
              <span class="case-row-agreement">{agreement()}</span>
            </Show>
          </span>
        </Show>
        <span class="case-row-meta">
          <For each={props.flags ?? []}>
            {(flag) => (
              <span class={`badge badge--flag badge--${flag.kind}`} data-flag={flag.kind}>
                {flag.label}
              </span>
            )}
          </For>
          <Show when={!props.flags?.some((flag) => flag.saysStatus)}>
            {/* The receiver reads her side's words: a submitted case is "Inkommen" to her, not "Skickad". */}
            <StatusBadge
              status={props.entry.status}
              texts={props.side === 'received' ? props.t.lists.receivedStatus : props.t.status}
            />
          </Show>
          <Show when={deadlineText()}>
            <span class={`case-row-days case-row-days--${deadline().kind}`} data-days={deadline().kind}>
              {deadlineText()}
            </span>
          </Show>
          {/* "Synkad" matters to whoever wrote something here; on a case she received it is noise. */}
          <Show when={props.side !== 'received' || props.entry.syncState !== 'synced'}>
            <SyncBadge state={props.entry.syncState} texts={props.t.syncState} />
          </Show>
          <Show when={props.entry.eventDate}>
            <span>
              {props.t.list.eventDate}: {formatIsoDate(props.entry.eventDate, props.lang)}
            </span>
          </Show>
          <Show when={!deadlineText()}>
            <span>
              {props.t.list.changed}: {formatDateTime(props.entry.updatedAt, props.lang)}
            </span>
          </Show>
        </span>
      </a>
      {props.children}
    </li>
  );
}
