import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes the data directory and what is already in it readable by the relay's own user only
 * (a data directory from an earlier version may have been created with the default 0755/0644).
 */
export function restrictToOwner(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  try {
    chmodSync(dataDir, 0o700);
    for (const name of readdirSync(dataDir)) chmodSync(join(dataDir, name), 0o600);
  } catch {
    // Not ours to change (a mounted volume): the operator's setting stands.
  }
}
