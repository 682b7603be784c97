import { startIndexWriter } from '../storage/caseIndexWriter';
import { useAppDb } from './appStorage';
import { reportStorageError } from './storageFailure';
import type { SamverkaDb } from '../storage/db';

let started = false;

/** The database with the index writer running, so open cases keep their list rows current. */
export function useIndexedAppDb(): SamverkaDb {
  const db = useAppDb();
  if (!started) {
    started = true;
    startIndexWriter(db, reportStorageError);
  }
  return db;
}
