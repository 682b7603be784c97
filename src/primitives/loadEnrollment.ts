import { readEnrollment } from '../sync/deviceEnrollment';
import { useAppDb } from './appStorage';
import { enrollment, setEnrollment } from './syncSignals';

let loading: Promise<void> | null = null;

/**
 * Reads this device's enrollment straight from the device database, for screens that need it
 * at once (the inbox) rather than after the sync engine has started at idle.
 */
export function ensureEnrollmentLoaded(): Promise<void> {
  if (enrollment()) return Promise.resolve();
  loading ??= readEnrollment(useAppDb()).then((stored) => {
    if (stored && !enrollment()) setEnrollment(stored);
  });
  return loading;
}
