import { createSignal } from 'solid-js';
import type { CaseId } from '../domain/ids';
import type { DeletedDraft } from '../storage/caseCommands';
import { loadAppDb } from './loadAppDb';
import { reportStorageError } from './storageFailure';

/** How long "Ångra" is offered after a draft is deleted. */
export const UNDO_MS = 10_000;

export interface Deletion {
  readonly id: CaseId;
  /** 'deleted' while undo is offered; 'restored' once undone (a short confirmation). */
  readonly state: 'deleted' | 'restored';
  /** The pressed button went with the deleted row: focus moves to "Ångra". */
  readonly focusUndo?: boolean;
}

const [deletion, setDeletion] = createSignal<Deletion | null>(null);
/** The last deletion, while its undo is offered (the app's status area shows it). */
export { deletion };

let held: DeletedDraft | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let paused = false;

function expireLater(): void {
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    if (paused) return;
    held = null;
    setDeletion(null);
  }, UNDO_MS);
}

/**
 * Deletes a draft from this device (databases and list row) and offers "Ångra" for ten seconds;
 * what it held stays in memory until then. A submitted case is refused (NotADraftError).
 */
export async function deleteDraftWithUndo(id: CaseId, options: { focusUndo?: boolean } = {}): Promise<boolean> {
  try {
    // Loaded when used: the status area that shows the undo is on every screen, the docs' code is not.
    const [db, { deleteDraft }] = await Promise.all([loadAppDb(), import('../storage/caseCommands')]);
    held = await deleteDraft(db, id);
    setDeletion({ id, state: 'deleted', focusUndo: options.focusUndo });
    expireLater();
    return true;
  } catch (error) {
    if ((error as Error)?.name !== 'NotADraftError') reportStorageError(error);
    return false;
  }
}

/** Puts the last deleted draft back. */
export async function undoDeletion(): Promise<void> {
  const deleted = held;
  if (!deleted) return;
  held = null;
  if (timer !== null) clearTimeout(timer);
  try {
    const [db, { restoreDraft }] = await Promise.all([loadAppDb(), import('../storage/caseCommands')]);
    await restoreDraft(db, deleted);
    setDeletion({ id: deleted.id, state: 'restored' });
    timer = setTimeout(() => setDeletion(null), UNDO_MS / 2);
  } catch (error) {
    reportStorageError(error);
  }
}

/**
 * While the person is at the undo notice (focus or pointer on it), the offer does not run out
 * under her (WCAG 2.2.1); it runs its full time again once she leaves it.
 */
export function holdUndo(hold: boolean): void {
  paused = hold;
  if (!hold && held) expireLater();
}

/** Closes the notice now; the deletion stands. */
export function dismissDeletion(): void {
  held = null;
  if (timer !== null) clearTimeout(timer);
  setDeletion(null);
}
