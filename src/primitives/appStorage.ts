import { appDb, type SamverkaDb } from '../storage/db';

/** The device database (Dexie). Screens that only list cases need nothing more. */
export function useAppDb(): SamverkaDb {
  return appDb();
}
