import type { Page } from 'playwright-core';

/** Page model of the case view (/rapport/:id): heading, status beside the report, answer form, folds. */
export class CaseViewPage {
  constructor(readonly page: Page) {}

  get title() {
    return this.page.locator('h1[data-case-title]');
  }

  /** The status as this reader reads it ("Mottagen hos er – svara senast 28 jan"). */
  get status() {
    return this.page.locator('[data-case-status]');
  }

  get description() {
    return this.page.locator('[data-field="description"]');
  }

  get log() {
    return this.page.locator('[data-audit-trail]');
  }

  /** Unfolds the case log (it stays open in this tab afterwards). */
  async openLog(): Promise<void> {
    await this.openFold('trail');
  }

  /** Unfolds escalation as a system failure. */
  async openEscalation(): Promise<void> {
    await this.openFold('escalation');
  }

  private async openFold(id: string): Promise<void> {
    const toggle = this.page.locator(`[data-fold="${id}"] button[aria-expanded]`);
    await toggle.waitFor();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  /** Where focus is: the id of the focused element, or its tag when it has none. */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el ? el.id || el.tagName.toLowerCase() : '';
    });
  }
}
