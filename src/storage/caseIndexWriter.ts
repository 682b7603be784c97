import { regionProfile } from '../domain/regionProfiles';
import { onCaseOpened, type OpenCaseDocs } from './caseDocs';
import { writeIndexEntry } from './caseIndexStore';
import type { SamverkaDb } from './db';

/** Short enough that the list is current when the nurse leaves the form, long enough to batch typing. */
const INDEX_DEBOUNCE_MS = 150;

/**
 * Keeps each open case's index row in step with its docs. Runs beside typing: the docs are
 * saved by their own persistence first; a failed index write is reported, never thrown.
 */
export function startIndexWriter(db: SamverkaDb, onError: (error: unknown) => void): void {
  onCaseOpened((docs) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const write = () => {
      timer = null;
      writeIndexEntry(db, docs, regionProfile, Date.now()).catch(onError);
    };
    const schedule = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(write, INDEX_DEBOUNCE_MS);
    };
    docs.report.on('update', schedule);
    docs.events.on('update', schedule);
    return () => {
      docs.report.off('update', schedule);
      docs.events.off('update', schedule);
      if (timer !== null) {
        clearTimeout(timer);
        write();
      }
    };
  });
}

export type { OpenCaseDocs };
