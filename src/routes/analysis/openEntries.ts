import { createEffect, createSignal, untrack } from 'solid-js';

/**
 * Which entries of a list this person has opened for editing. New ones open themselves, and so
 * do entries with a conflict (`conflicted` lists them); these stay open once it is resolved,
 * under the person's eyes. One effect for the whole list: hundreds of rows must stay cheap.
 */
export function useOpenEntries(conflicted: () => readonly string[]) {
  const [open, setOpen] = createSignal<ReadonlySet<string>>(new Set());
  createEffect(() => {
    const ids = conflicted();
    const current = untrack(open);
    if (ids.every((id) => current.has(id))) return;
    setOpen(new Set([...current, ...ids]));
  });
  return {
    isOpen: (id: string) => open().has(id),
    /** Opens or closes an entry; returns its id (null passes through). */
    toggle(id: string | null, isOpen: boolean): string | null {
      if (id === null) return null;
      // Read untracked: effects call this, and must not come to depend on what they set.
      const current = untrack(open);
      if (current.has(id) === isOpen) return id;
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      setOpen(next);
      return id;
    },
  };
}

/** The start of a text for a one-line summary. */
export function clip(text: string, length = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line || '–';
}

/** Puts the keyboard in an entry's first field, once it has drawn (after adding or opening it). */
export function focusEntry(kind: 'timeline-entry' | 'cause' | 'action', id: string | null): void {
  if (id === null) return;
  setTimeout(() =>
    document.querySelector<HTMLElement>(`[data-${kind}="${id}"] fieldset :is(input, textarea, select)`)?.focus(),
  );
}
