import { createSignal } from 'solid-js';
import { readSetting, writeSetting } from '../storage/deviceSettings';
import type { SamverkaDb } from '../storage/db';
import { requestPersistentStorage } from '../storage/storagePersistence';
import { useAppDb } from './appStorage';

/**
 * The app's prompts about itself that wait for the first sent report: installing it, and the
 * browser's promise to keep its storage. Kept apart from starting reports, so the status area
 * (loaded on every screen) does not bring the report docs' code along.
 */

/** The answer to the persistent-storage request, once asked (shown in a banner and in settings). */
const [persistAnswer, setPersistAnswer] = createSignal<boolean | null>(null);
const [persistJustAsked, setPersistJustAsked] = createSignal(false);
export { persistAnswer, setPersistAnswer, persistJustAsked, setPersistJustAsked };

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
