import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const cache = new Map<string, Uint8Array>();

/**
 * A 32-byte secret in a file of its own (mode 600), created on first use. Two processes creating
 * it at once (relay and admin CLI): the file is written exclusively, and the loser reads the winner's.
 */
export function loadOrCreateSecret(path: string): Uint8Array {
  const known = cache.get(path);
  if (known) return known;
  try {
    writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = new Uint8Array(Buffer.from(readFileSync(path, 'utf8').trim(), 'base64'));
  if (secret.length < 32) throw new Error(`hemligheten i ${path} är för kort`);
  cache.set(path, secret);
  return secret;
}
