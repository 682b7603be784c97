import type { SamverkaDb } from '../storage/db';

/**
 * The database with the index writer, loaded on demand: the report form draws from its Y.Docs
 * alone, so Dexie (a third of the app's code) arrives after the first paint, not before it.
 */
export async function loadAppDb(): Promise<SamverkaDb> {
  return (await import('./indexWriting')).useIndexedAppDb();
}
