import { regionProfile } from '../domain/regionProfiles';
import { onCaseOpened, type OpenCaseDocs } from './caseDocs';
import { writeIndexEntry } from './caseIndexStore';
import type { SamverkaDb } from './db';

/** Short enough that the list is current when the nurse leaves the form, long enough to batch typing. */
const INDEX_DEBOUNCE_MS = 50;

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
    const schedule = (_update: Uint8Array, origin: unknown) => {
      if (origin === null || origin === undefined) local = true;
      else remote = true;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(write, INDEX_DEBOUNCE_MS);
    };
    // A row may lag its docs if the app closed inside the debounce window last time.
    writeIndexEntry(db, docs, regionProfile, Date.now(), { onlyIfChanged: true }).catch(onError);
    docs.report.on('update', schedule);
    docs.events.on('update', schedule);
    // Closing the tab or app: write the pending row now rather than lose it.
    globalThis.addEventListener?.('pagehide', flush);
    return () => {
      docs.report.off('update', schedule);
      docs.events.off('update', schedule);
      globalThis.removeEventListener?.('pagehide', flush);
      flush();
    };
  });
}

export type { OpenCaseDocs };
