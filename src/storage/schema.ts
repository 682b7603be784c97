import type Dexie from 'dexie';

/**
 * Every version of the local database, oldest first. A version is never edited once shipped:
 * changes are a new entry with an upgrade, so a tablet that was offline for months still
 * migrates step by step.
 */
export const SCHEMA_VERSIONS: readonly ((db: Dexie) => void)[] = [
  // 1: the case index, and device settings.
  (db) => {
    db.version(1).stores({
      cases: 'id, status, updatedAt',
      settings: 'key',
    });
  },
  // 2: sync state and deadline become indexed for the sync queue and the inbox; rows from
  // version 1 get the defaults they lacked.
  (db) => {
    db.version(2)
      .stores({
        cases: 'id, status, updatedAt, syncState, deadline, [status+updatedAt]',
        settings: 'key',
      })
      .upgrade((tx) =>
        tx
          .table('cases')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            for (const [key, value] of Object.entries(VERSION_2_DEFAULTS)) row[key] ??= value;
            row.createdAt ??= row.updatedAt ?? 0;
          }),
      );
  },
  // 3: the receiving unit's directory id is indexed, for the receiving side's inbox.
  (db) => {
    db.version(3)
      .stores({
        cases: 'id, status, updatedAt, syncState, deadline, receivingUnitId, [status+updatedAt]',
        settings: 'key',
      })
      .upgrade((tx) =>
        tx
          .table('cases')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            row.receivingUnitId ??= '';
          }),
      );
  },
  // 4: the inbox: a coordinator's cases by receiving organisation, and "seen" for new-case badges.
  (db) => {
    db.version(4)
      .stores({
        cases: 'id, status, updatedAt, syncState, deadline, receivingUnitId, receivingOrgId, [status+updatedAt]',
        settings: 'key',
      })
      .upgrade((tx) =>
        tx
          .table('cases')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            row.receivingOrgId ??= '';
            row.reporterOrganisation ??= '';
            row.seenAt ??= null;
          }),
      );
  },
  // 5: the inbox's first screen: the soonest deadlines of a unit (or organisation) by index.
  (db) => {
    db.version(5).stores({
      cases:
        'id, status, updatedAt, syncState, deadline, receivingUnitId, receivingOrgId, [status+updatedAt], [receivingUnitId+deadline], [receivingOrgId+deadline]',
      settings: 'key',
    });
  },
  // 6: joint analyses: the relay's view of each (team, signatures, versions) for offline use,
  // and the content of locked versions, which never change once locked.
  (db) => {
    db.version(6).stores({
      analyses: 'caseId',
      analysisVersions: '[caseId+number]',
    });
  },
  // 7: the last read of each analysis, so its screen draws at once while the doc loads (the
  // same idea as the case index: a screen reads a small table, not a whole Y.Doc, to start).
  (db) => {
    db.version(7).stores({ analysisSnapshots: 'caseId' });
  },
];

/** Fields version 2 requires, with the value a version-1 row gets. */
const VERSION_2_DEFAULTS: Record<string, unknown> = {
  profileId: 'goteborgsomradet',
  title: '',
  summary: '',
  reporterUnit: '',
  receivingOrganisation: '',
  receivingUnit: '',
  agreementId: '',
  area: '',
  eventDate: '',
  discoveredDate: '',
  submittedAt: null,
  deadline: null,
  syncState: 'local',
};

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.length;

/** Declares versions 1..upTo on a Dexie instance (tests open older versions to test upgrades). */
export function declareSchema(db: Dexie, upTo = CURRENT_SCHEMA_VERSION): void {
  for (const declare of SCHEMA_VERSIONS.slice(0, upTo)) declare(db);
}
