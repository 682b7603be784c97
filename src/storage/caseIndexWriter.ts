import { regionProfile } from '../domain/regionProfiles';
import { onCaseOpened, type OpenCaseDocs } from './caseDocs';
import { writeIndexEntry } from './caseIndexStore';
import { readEvents } from './eventLog';
import { readRefusals } from './refusalLog';
import type * as Y from 'yjs';
import type { SamverkaDb } from './db';

/** Status changes and synced news reach the list at once (batched within this window). */
const INDEX_DEBOUNCE_MS = 50;
/**
 * Typing waits for a pause: a row write per keystroke cost a throttled tablet a frame (issue 11's
 * key-to-frame budget). The row is still written when the form closes or the tab hides.
 */
const TYPING_DEBOUNCE_MS = 600;

/**
 * Keeps each open case's index row in step with its docs. Runs beside typing: the docs are
 * saved by their own persistence first; a failed index write is reported, never thrown.
 */
export function startIndexWriter(db: SamverkaDb, onError: (error: unknown) => void): void {
  onCaseOpened((docs) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Whose changes the pending write holds: this device's own (a transaction without an
    // origin) are seen by its person already; any synced or loaded one (with the binding or
    // persistence as origin) may be news to her.
    let local = false;
    let remote = false;
    const write = () => {
      timer = null;
      const byThisDevice = local && !remote;
      local = remote = false;
      // What came from elsewhere counts as a change (and so as news) only when the row shows it.
      const options = byThisDevice ? { byThisDevice } : { onlyIfChanged: true };
      writeIndexEntry(db, docs, regionProfile, Date.now(), options).catch(onError);
    };
    const flush = () => {
      if (timer === null) return;
      clearTimeout(timer);
      write();
    };
    let due = Infinity;
    const schedule = (delay: number) => {
      const at = Date.now() + delay;
      // A sooner write already pending (a status change) is not pushed back by typing.
      if (timer !== null && due <= at) return;
      if (timer !== null) clearTimeout(timer);
      due = at;
      timer = setTimeout(() => {
        due = Infinity;
        write();
      }, delay);
    };
    const onReport = (_update: Uint8Array, origin: unknown) => {
      const own = origin === null || origin === undefined;
      if (own) local = true;
      else remote = true;
      schedule(own ? TYPING_DEBOUNCE_MS : INDEX_DEBOUNCE_MS);
    };
    // The relay logs this device's proposals and sends them back (caseLog.ts): its logging of
    // her own actions is no news to her. Anything else logged, or refused, is.
    let before = logState(docs.events);
    const onEvents = (_update: Uint8Array, origin: unknown) => {
      const own = origin === null || origin === undefined;
      const now = logState(docs.events);
      const fresh = now.logged.slice(before.logged.length);
      const echo =
        !own && fresh.length > 0 && fresh.every((e) => before.pending.has(e.id)) && now.refusals === before.refusals;
      if (own || echo) local = true;
      else remote = true;
      before = now;
      schedule(INDEX_DEBOUNCE_MS);
    };
    // A row may lag its docs if the app closed inside the debounce window last time.
    writeIndexEntry(db, docs, regionProfile, Date.now(), { onlyIfChanged: true }).catch(onError);
    docs.report.on('update', onReport);
    docs.events.on('update', onEvents);
    // Closing the tab or app: write the pending row now rather than lose it.
    globalThis.addEventListener?.('pagehide', flush);
    // A tablet switching apps may never fire pagehide.
    const onHidden = () => {
      if (globalThis.document?.visibilityState === 'hidden') flush();
    };
    globalThis.document?.addEventListener('visibilitychange', onHidden);
    return () => {
      globalThis.document?.removeEventListener('visibilitychange', onHidden);
      docs.report.off('update', onReport);
      docs.events.off('update', onEvents);
      globalThis.removeEventListener?.('pagehide', flush);
      flush();
    };
  });
}

export type { OpenCaseDocs };

/** The log as far as news goes: what the relay logged, this device's proposals, how many refusals. */
function logState(events: Y.Doc) {
  const all = readEvents(events);
  return {
    logged: all.filter((e) => e.seq !== undefined),
    pending: new Set(all.filter((e) => e.seq === undefined).map((e) => e.id)),
    refusals: readRefusals(events).length,
  };
}
