import Dexie, { type Table } from 'dexie';
import { declareSchema } from './schema';
import type { CaseIndexEntry } from '../domain/caseIndex';
import type { AnalysisRow, AnalysisSnapshotRow, AnalysisVersionRow } from './analysisStore';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The device's own database: the case index and settings. Case content lives in Y.Docs. */
export class SamverkaDb extends Dexie {
  cases!: Table<CaseIndexEntry, string>;
  settings!: Table<SettingRow, string>;
  analyses!: Table<AnalysisRow, string>;
  analysisVersions!: Table<AnalysisVersionRow, [string, number]>;
  analysisSnapshots!: Table<AnalysisSnapshotRow, string>;

  constructor(name = 'samverka', upToVersion?: number) {
    super(name);
    declareSchema(this, upToVersion);
  }
}

let shared: SamverkaDb | null = null;

/** The app's one database connection. */
export function appDb(): SamverkaDb {
  shared ??= new SamverkaDb();
  return shared;
}
