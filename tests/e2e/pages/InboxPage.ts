import type { Locator, Page } from 'playwright-core';

/** Page model of Inkorg (/inkorg): the case rows, the filters, and a coordinator's overview. */
export class InboxPage {
  constructor(readonly page: Page) {}

  get results(): Locator {
    return this.page.locator('[data-section="inbox"]');
  }

  row(caseId: string): Locator {
    return this.results.locator(`.case-row[data-case-id="${caseId}"]`);
  }

  /** The ids of the cases listed, in order. */
  async caseIds(): Promise<string[]> {
    return this.results
      .locator('.case-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-case-id') ?? ''));
  }

  /** The number shown for a unit in the overview ('0' when none). */
  async count(unitKey: string, kind: 'new' | 'overdue' | 'unanswered'): Promise<string> {
    return this.countCell(unitKey, kind).innerText();
  }

  countCell(unitKey: string, kind: 'new' | 'overdue' | 'unanswered'): Locator {
    return this.page.locator(`[data-section="per-unit"] tr[data-unit="${unitKey}"] td[data-count="${kind}"]`);
  }

  direction(which: 'received' | 'sent'): Locator {
    return this.page.locator(`.direction-nav [data-direction="${which}"]`);
  }

  get filterToggle(): Locator {
    return this.page.locator('[data-filter-toggle]');
  }
}
