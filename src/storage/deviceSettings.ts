import * as v from 'valibot';
import type { SamverkaDb } from './db';
import { DEFAULT_PROFILE_ID } from '../domain/regionProfiles';

const short = v.pipe(v.string(), v.maxLength(200));

/**
 * The reporter's own details, remembered so the next report starts filled in: written each time
 * she sends a report, read when she starts the next one (an enrolled device takes her name, unit
 * and organisation from the enrollment, the rest from here).
 */
export const ReporterDefaultsSchema = v.object({
  name: v.fallback(short, ''),
  role: v.fallback(short, ''),
  unit: v.fallback(short, ''),
  organisation: v.fallback(short, ''),
  contact: v.fallback(short, ''),
});
export type ReporterDefaults = v.InferOutput<typeof ReporterDefaultsSchema>;

export const EMPTY_REPORTER: ReporterDefaults = { name: '', role: '', unit: '', organisation: '', contact: '' };

const SettingsSchema = {
  profileId: v.fallback(v.string(), DEFAULT_PROFILE_ID),
  reporter: v.fallback(ReporterDefaultsSchema, EMPTY_REPORTER),
  /** The answer to navigator.storage.persist(): null until asked. */
  storagePersisted: v.fallback(v.nullable(v.boolean()), null),
  /**
   * When this device first sent a report (null: never). The install and storage prompts wait
   * for it: before her first report they only stand between the nurse and the form.
   */
  firstSentAt: v.fallback(v.nullable(v.number()), null),
};
type Settings = { [K in keyof typeof SettingsSchema]: v.InferOutput<(typeof SettingsSchema)[K]> };
export type SettingKey = keyof Settings;

/** Reads one setting, validated; a missing or malformed value gives the default. */
export async function readSetting<K extends SettingKey>(db: SamverkaDb, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  return v.parse(SettingsSchema[key], row?.value) as Settings[K];
}

export async function writeSetting<K extends SettingKey>(db: SamverkaDb, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}
