import { createRenderEffect } from 'solid-js';
import type { Dictionary } from '../i18n/sv';
import { useI18n } from './i18n';

/**
 * Sets `document.title` to "<what this screen is> – Samverka" (WCAG 2.4.2), in the current
 * language and kept live: a route calls it once, with a function of the dictionary that may read
 * its own signals ("Inkorg (3 nya)"). The next screen's call replaces it, so nothing is reset on
 * cleanup (the old screen's cleanup may run after the new screen has set its title).
 */
export function usePageTitle(title: (t: Dictionary) => string | undefined): void {
  const { t } = useI18n();
  createRenderEffect(() => {
    const dictionary = t();
    const text = title(dictionary);
    document.title = text ? `${text} – ${dictionary.app.name}` : dictionary.app.name;
  });
}
