/** The case's status heading: where focus goes after an action changes the status. */
export const CASE_STATUS_ID = 'case-status';

/**
 * Moves focus once the screen has drawn the change: to the new status heading by default, so a
 * screen reader hears what the action did and focus never drops to <body> with the pressed button.
 */
export function focusAfterChange(id: string = CASE_STATUS_ID): void {
  setTimeout(() => document.getElementById(id)?.focus());
}

/** Focuses a field and brings it, with its label, into view. */
export function focusField(id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  field.focus({ preventScroll: true });
  field.closest('.field')?.scrollIntoView({ block: 'start' });
}
