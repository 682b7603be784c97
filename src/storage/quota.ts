/** True for the errors browsers raise when a site's storage is full. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error || error instanceof DOMException)) return false;
  // Dexie wraps the browser's error; look at both layers.
  const inner = (error as { inner?: unknown }).inner;
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'QuotaExceeded' ||
    (inner !== undefined && isQuotaError(inner))
  );
}
