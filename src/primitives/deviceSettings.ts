import { createResource } from 'solid-js';
import { readSetting, writeSetting, type ReporterDefaults } from '../storage/deviceSettings';
import { startCase } from '../storage/caseCommands';
import type { CaseId } from '../domain/ids';
import { useAppDb } from './appStorage';
import { reportStorageError } from './storageFailure';
import { setPersistAnswer } from './reportPrompts';

export { persistAnswer } from './reportPrompts';

/** Device settings as resources, with writers. */
export function createDeviceSettings() {
  const db = useAppDb();
  const [profileId, { mutate: setProfileIdLocal }] = createResource(() => readSetting(db, 'profileId'));
  const [reporter, { mutate: setReporterLocal }] = createResource(() => readSetting(db, 'reporter'));
  const [persisted] = createResource(async () => {
    const value = await readSetting(db, 'storagePersisted');
    if (value !== null) setPersistAnswer(value);
    return value;
  });
  return {
    profileId,
    reporter,
    persisted,
    async setProfileId(id: string) {
      setProfileIdLocal(id);
      await writeSetting(db, 'profileId', id);
    },
    async setReporter(value: ReporterDefaults) {
      setReporterLocal(value);
      await writeSetting(db, 'reporter', value);
    },
  };
}

/**
 * Starts a new report with the device's region and remembered reporter details, in memory only:
 * it becomes a draft on her first edit (see storage `startCase`). An enrolled device takes her
 * name, unit and organisation from the enrollment.
 */
export async function startNewReport(): Promise<CaseId> {
  const db = useAppDb();
  try {
    const [profileId, reporter] = await Promise.all([readSetting(db, 'profileId'), readSetting(db, 'reporter')]);
    const { readEnrollment } = await import('../sync/deviceEnrollment');
    const enrolled = await readEnrollment(db);
    return startCase({
      profileId: enrolled?.identity.profileId ?? profileId,
      reporter: enrolled
        ? {
            ...reporter,
            name: reporter.name || enrolled.identity.personName,
            unit: enrolled.identity.unitName,
            organisation: enrolled.identity.orgName,
          }
        : reporter,
      now: Date.now(),
      randomUUID: () => crypto.randomUUID(),
      authorPersonId: enrolled?.identity.personId,
    });
  } catch (error) {
    reportStorageError(error);
    throw error;
  }
}
