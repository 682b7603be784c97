import type { Page } from 'playwright-core';

/**
 * Buttons, links and fields on the page smaller than 44 × 44 px (WCAG 2.5.5, gloved hands).
 * A radio's or checkbox's target is its whole label row; links inside running text are exempt.
 */
export function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea');
    for (const el of targets) {
      const box = (
        el.matches('input[type=radio], input[type=checkbox]') ? el.closest('label') : el
      )?.getBoundingClientRect();
      if (!box || box.width === 0 || el.closest('.skip-link, .problem-summary li, p')) continue;
      if (box.height < 44 || box.width < 44)
        found.push(`${el.tagName} ${el.textContent?.trim() || el.id} ${box.width}×${box.height}`);
    }
    return found;
  });
}
