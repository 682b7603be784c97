import type { Page } from 'playwright-core';

/** The text-spacing overrides WCAG 1.4.12 names: content must survive them. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/**
 * How far the page scrolls sideways (WCAG 1.4.10), or null when it does not: the document's
 * scroll width and the elements reaching furthest past the right edge, to say what to fix.
 */
export function sidewaysScroll(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const edge = root.clientWidth;
    // The innermost elements that reach past the edge or overflow their own box: what to fix.
    const over = (el: Element) => el.getBoundingClientRect().right > edge + 1 || el.scrollWidth > el.clientWidth + 1;
    const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => over(el) && ![...el.children].some(over))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} “${el.textContent?.trim().slice(0, 30)}”`);
    return `${root.scrollWidth} px wide at ${root.clientWidth} px: ${wide.join('; ')}`;
  });
}

/**
 * Text cut off by its box (WCAG 1.4.12): elements that hide overflow while their content is
 * larger than they are. Visually hidden text, fields (which scroll their own text) and what is
 * hidden from assistive technology (a field's highlighting layer, which scrolls with it) are exempt.
 */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (
        el.matches(
          '.visually-hidden, [aria-hidden="true"] *, [aria-hidden="true"], input, textarea, select, script, style',
        ) ||
        !el.textContent?.trim()
      )
        continue;
      const style = getComputedStyle(el);
      const hides = (value: string) => value === 'hidden' || value === 'clip';
      const cutX = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const cutY = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (el.clientWidth > 1 && (cutX || cutY))
        found.push(`${el.tagName.toLowerCase()}.${el.className} “${el.textContent.trim().slice(0, 30)}”`);
    }
    return found;
  });
}
