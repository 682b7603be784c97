/**
 * Asks the browser not to evict this site's storage (Safari clears it after 7 days without
 * use otherwise). Returns the browser's answer, or null when the API is missing.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}
