import type { CaseStatus } from '../domain/status';
import type { SyncState } from '../domain/caseIndex';
import type { Dictionary } from '../i18n/sv';

export function StatusBadge(props: { status: CaseStatus; texts: Dictionary['status'] }) {
  return <span class={`badge badge--status badge--${props.status}`}>{props.texts[props.status]}</span>;
}

/** Where the case is: only here, waiting to sync, synced, or failing to sync. */
export function SyncBadge(props: { state: SyncState; texts: Dictionary['syncState'] }) {
  return (
    <span class={`badge badge--sync badge--sync-${props.state}`} data-sync-state={props.state}>
      {props.texts[props.state]}
    </span>
  );
}
