import { createSignal } from 'solid-js';
import { isQuotaError } from '../storage/quota';

/** The last storage failure the user must hear about (a full disk), or null. Holds no Dexie. */
const [storageFailure, setStorageFailure] = createSignal<'quota' | 'other' | null>(null);
export { storageFailure };

export function reportStorageError(error: unknown): void {
  // The error's name and message only: never case content.
  console.error('Samverka: lagringsfel', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  setStorageFailure(isQuotaError(error) ? 'quota' : 'other');
}

export function clearStorageFailure(): void {
  setStorageFailure(null);
}
