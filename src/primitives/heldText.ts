/**
 * Text held back from sharing (see domain/sharingGuard), kept on this device only, so it
 * survives a reload or a closed app until the person replaces the identity number.
 */
const key = (caseId: string, fieldId: string) => `samverka:held:${caseId}:${fieldId}`;

export function readHeld(caseId: string, fieldId: string): string | null {
  try {
    return localStorage.getItem(key(caseId, fieldId));
  } catch {
    return null;
  }
}

export function writeHeld(caseId: string, fieldId: string, text: string | null): void {
  try {
    if (text === null) localStorage.removeItem(key(caseId, fieldId));
    else localStorage.setItem(key(caseId, fieldId), text);
  } catch {
    // Storage refused (private mode, full): the text still stays on screen until replaced.
  }
}
