import { createResource, createSignal } from 'solid-js';
import { readSetting, writeSetting, type ReporterDefaults } from '../storage/deviceSettings';
import { createCase } from '../storage/caseCommands';
import { requestPersistentStorage } from '../storage/storagePersistence';
import type { CaseId } from '../domain/ids';
import { useAppDb } from './appStorage';
import { reportStorageError } from './storageFailure';

/** The answer to the persistent-storage request, once asked (shown in a banner and in settings). */
const [persistAnswer, setPersistAnswer] = createSignal<boolean | null>(null);
const [persistJustAsked, setPersistJustAsked] = createSignal(false);
export { persistAnswer, persistJustAsked, setPersistJustAsked };

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
 * Starts a new report with the device's region and remembered reporter details. After the
 * first report is saved, asks the browser to keep storage persistent and records the answer.
 */
export async function startNewReport(): Promise<CaseId> {
  const db = useAppDb();
  try {
    const [profileId, reporter] = await Promise.all([readSetting(db, 'profileId'), readSetting(db, 'reporter')]);
    const { readEnrollment } = await import('../sync/deviceEnrollment');
    const enrolled = await readEnrollment(db);
    const id = await createCase(db, {
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
    if ((await readSetting(db, 'storagePersisted')) === null) {
      const answer = await requestPersistentStorage();
      await writeSetting(db, 'storagePersisted', answer ?? false);
      setPersistAnswer(answer ?? false);
      setPersistJustAsked(true);
    }
    return id;
  } catch (error) {
    reportStorageError(error);
    throw error;
  }
}
