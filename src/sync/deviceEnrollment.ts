import * as v from 'valibot';
import { DirectorySchema, TokenResponseSchema, type Directory, type TokenResponse } from '../protocol/api';
import type { SamverkaDb } from '../storage/db';

/**
 * This device's enrollment (token and identity) and the cached unit directory, kept in the
 * device database and validated whenever read back.
 */
const KEYS = {
  device: 'sync.device',
  directory: 'sync.directory',
  cursor: 'sync.cursor',
  pending: 'sync.pendingSubmissions',
} as const;

export async function readEnrollment(db: SamverkaDb): Promise<TokenResponse | null> {
  const row = await db.settings.get(KEYS.device);
  const parsed = v.safeParse(TokenResponseSchema, row?.value);
  return parsed.success ? parsed.output : null;
}

export async function saveEnrollment(db: SamverkaDb, enrollment: TokenResponse | null): Promise<void> {
  if (enrollment) await db.settings.put({ key: KEYS.device, value: enrollment });
  else await db.settings.delete(KEYS.device);
}

export async function readDirectory(db: SamverkaDb): Promise<Directory | null> {
  const parsed = v.safeParse(DirectorySchema, (await db.settings.get(KEYS.directory))?.value);
  return parsed.success ? parsed.output : null;
}

export async function saveDirectory(db: SamverkaDb, directory: Directory): Promise<void> {
  await db.settings.put({ key: KEYS.directory, value: directory });
}

export async function readCursor(db: SamverkaDb): Promise<number> {
  const value = (await db.settings.get(KEYS.cursor))?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export async function saveCursor(db: SamverkaDb, cursor: number): Promise<void> {
  await db.settings.put({ key: KEYS.cursor, value: cursor });
}

/** Cases submitted on this device whose receiver the relay has not yet been told. */
export async function readPendingSubmissions(db: SamverkaDb): Promise<string[]> {
  const parsed = v.safeParse(v.array(v.string()), (await db.settings.get(KEYS.pending))?.value);
  return parsed.success ? parsed.output : [];
}

export async function savePendingSubmissions(db: SamverkaDb, ids: string[]): Promise<void> {
  await db.settings.put({ key: KEYS.pending, value: [...new Set(ids)] });
}
