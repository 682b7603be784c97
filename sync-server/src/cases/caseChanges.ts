import type { Logger } from 'pino';
import type { CaseRecord, CaseStore } from '../store/types';

/** Listings and notices need to know a case changed, not each keystroke. */
export const CHANGE_COALESCE_MS = 1000;

export interface CaseChanges {
  /**
   * Records that a case changed: at once for the first change, then at most once per window.
   * `urgent` (a submission, a new team): at once in any case, since someone waits for it.
   */
  changed(caseId: string, urgent?: boolean): void;
  /** Records every change still waiting for its window (on shutdown). */
  flush(): Promise<void>;
}

/**
 * Marks changed cases (a new seq, so listings return them) and announces each change to the
 * devices concerned. The first change of a case is published at once, which is what a person
 * waiting for a new case sees; further changes within the window are folded into one more
 * publication at its end, so a typing session costs a row per second, not per keystroke.
 */
export function createCaseChanges(
  store: CaseStore,
  announce: (record: CaseRecord) => void,
  log: Logger,
  coalesceMs = CHANGE_COALESCE_MS,
): CaseChanges {
  const windows = new Map<string, { again: boolean; timer: ReturnType<typeof setTimeout> }>();

  const publish = async (caseId: string) => {
    try {
      await store.touchCase(caseId);
      const record = await store.getCase(caseId);
      if (record) announce(record);
    } catch (err) {
      log.error({ err, caseId }, 'kunde inte markera ändring');
    }
  };

  const changed = (caseId: string, urgent = false): void => {
    const open = windows.get(caseId);
    if (open && !urgent) {
      open.again = true;
      return;
    }
    if (open) {
      clearTimeout(open.timer);
      windows.delete(caseId);
    }
    void publish(caseId);
    const window = {
      again: false,
      timer: setTimeout(() => {
        windows.delete(caseId);
        if (window.again) changed(caseId, false);
      }, coalesceMs),
    };
    windows.set(caseId, window);
  };

  return {
    changed,
    async flush() {
      const pending = [...windows].filter(([, w]) => w.again).map(([caseId]) => caseId);
      for (const [, w] of windows) clearTimeout(w.timer);
      windows.clear();
      for (const caseId of pending) await publish(caseId);
    },
  };
}
