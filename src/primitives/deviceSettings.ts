import { createResource, createSignal } from 'solid-js';
import { readSetting, writeSetting, type ReporterDefaults } from '../storage/deviceSettings';
import { startCase } from '../storage/caseCommands';
import type { SamverkaDb } from '../storage/db';
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

/** Whether this device has sent a report: the install and storage prompts wait for the first. */
const [sentReport, setSentReport] = createSignal<boolean | null>(null);
let sentRead: Promise<void> | null = null;

export function hasSentReport(): boolean {
  sentRead ??= readSetting(useAppDb(), 'firstSentAt')
    .then((at) => void setSentReport((known) => known || at !== null))
    .catch(() => undefined);
  return sentReport() === true;
}

/**
 * Records that a report was sent. After the first, asks the browser to keep the app's storage
 * (navigator.storage.persist) and shows the answer: now it protects something she has made.
 */
export async function noteReportSent(db: SamverkaDb, at: number): Promise<void> {
  setSentReport(true);
  if ((await readSetting(db, 'firstSentAt')) === null) await writeSetting(db, 'firstSentAt', at);
  if ((await readSetting(db, 'storagePersisted')) === null) {
    const answer = await requestPersistentStorage();
    await writeSetting(db, 'storagePersisted', answer ?? false);
    setPersistAnswer(answer ?? false);
    setPersistJustAsked(true);
  }
}
