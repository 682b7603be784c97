import { startIndexWriter } from '../storage/caseIndexWriter';
import { onCaseOpened, unsavedCaseIds } from '../storage/caseDocs';
import { useAppDb } from './appStorage';
import { clearStorageFailure, reportStorageError } from './storageFailure';
import type { SamverkaDb } from '../storage/db';

let started = false;

/** The database with the index writer running, so open cases keep their list rows current. */
export function useIndexedAppDb(): SamverkaDb {
  const db = useAppDb();
  if (!started) {
    started = true;
    startIndexWriter(db, reportStorageError);
    // A case whose typing the disk refused raises the app-wide warning until it is saved.
    onCaseOpened((docs) =>
      docs.onSaveState((state) => {
        if (state === 'error')
          reportStorageError(docs.persistence.report.lastError ?? docs.persistence.events.lastError);
        else void unsavedCaseIds().then((ids) => ids.length === 0 && clearStorageFailure());
      }),
    );
  }
  return db;
}
