import type { Locator, Page } from 'playwright-core';

/** Page model of the joint analysis (/rapport/:id/analys). */
export class AnalysisPage {
  constructor(readonly page: Page) {}

  async open(base: string, caseId: string): Promise<void> {
    await this.page.goto(`${base}rapport/${caseId}/analys`);
    await this.page.locator('#analysis-title').waitFor();
  }

  /** Starts the analysis with a team: everyone listed, their role; who signs and commissions. */
  async startWithTeam(members: { name: string; role: string }[], commissioner: string, signers: string[]) {
    await this.page.locator('.team-editor').waitFor();
    for (const m of members) {
      await this.page.getByLabel(`Med i teamet: ${m.name}`).check();
      await this.page.getByLabel(`Roll i analysen (${m.name})`).fill(m.role);
    }
    for (const signer of signers) {
      const select = this.page
        .locator('select[id^="team-signer-"]')
        .filter({ has: this.page.getByRole('option', { name: signer }) });
      await select.selectOption({ label: signer });
    }
    await this.page.locator('#team-commissioner').selectOption({ label: commissioner });
    await this.page.getByRole('button', { name: 'Starta analysen med det här teamet' }).click();
    await this.page.locator('#timeline-heading').waitFor();
  }

  entity(kind: 'timeline-entry' | 'cause' | 'action', index: number): Locator {
    return this.page.locator(`[data-${kind}]`).nth(index);
  }

  /** Adds an entity and returns its id (the data attribute's value). */
  async add(kind: 'timeline-entry' | 'cause' | 'action', button: string): Promise<string> {
    const before = await this.page.locator(`[data-${kind}]`).count();
    await this.page.getByRole('button', { name: button }).click();
    const added = this.entity(kind, before);
    await added.waitFor();
    return (await added.getAttribute(`data-${kind}`))!;
  }

  /** Waits until the entity exists here (it was added on the other device). */
  async waitForEntity(kind: 'timeline-entry' | 'cause' | 'action', id: string, timeout = 15_000): Promise<void> {
    await this.page.locator(`[data-${kind}="${id}"]`).waitFor({ timeout });
  }

  /** Opens a closed entry's editor (entries show as one line until opened; new ones open). */
  async edit(kind: 'timeline-entry' | 'cause' | 'action', id: string): Promise<void> {
    const row = this.page.locator(`[data-${kind}="${id}"]`);
    await row.waitFor();
    const button = row.locator('button.entry-summary');
    if ((await button.count()) > 0) await button.click();
    await row.locator('fieldset').first().waitFor();
  }

  field(id: string): Locator {
    return this.page.locator(`#${id}`);
  }
}
