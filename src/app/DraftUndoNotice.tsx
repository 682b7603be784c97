import { createEffect, Match, Show, Switch } from 'solid-js';
import { deletion, dismissDeletion, holdUndo, undoDeletion } from '../primitives/draftDeletion';
import { useI18n } from './i18n';

/**
 * "Utkastet är borttaget. [Ångra]": a polite status after a draft is deleted, for ten seconds
 * (longer while she is at it). Undone, focus goes to the draft's row where the list shows it.
 */
export function DraftUndoNotice() {
  const { t } = useI18n();
  let box: HTMLDivElement | undefined;
  let undoButton: HTMLButtonElement | undefined;
  // Deleted from a list row: the pressed button is gone with the row, so focus goes to "Ångra".
  createEffect(() => {
    const current = deletion();
    if (current?.state === 'deleted' && current.focusUndo) queueMicrotask(() => undoButton?.focus());
  });
  const undo = async () => {
    const id = deletion()?.id;
    await undoDeletion();
    holdUndo(false);
    // The button is gone: focus the draft again once its row is back, else the notice.
    for (let i = 0; i < 20; i++) {
      const row = id && document.querySelector<HTMLElement>(`[data-case-id="${id}"] a`);
      if (row) return row.focus();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    box?.focus();
  };
  // The live region stays in place; only its content comes and goes, so it is announced.
  return (
    <div role="status" class="notice-region">
      <Show when={deletion()}>
        {(current) => (
          <div
            ref={box}
            class="banner undo-notice"
            tabindex="-1"
            data-undo-notice={current().state}
            onFocusIn={() => holdUndo(true)}
            onFocusOut={() => holdUndo(false)}
            onPointerEnter={() => holdUndo(true)}
            onPointerLeave={() => holdUndo(false)}
          >
            <Switch>
              <Match when={current().state === 'deleted'}>
                <p>{t().reporting.deleted}</p>
                <div class="banner-actions">
                  <button type="button" class="button" data-undo ref={undoButton} onClick={() => void undo()}>
                    {t().reporting.undo}
                  </button>
                  <button type="button" class="button button--ghost" onClick={() => dismissDeletion()}>
                    {t().common.close}
                  </button>
                </div>
              </Match>
              <Match when={true}>
                <p>{t().reporting.restored}</p>
              </Match>
            </Switch>
          </div>
        )}
      </Show>
    </div>
  );
}
