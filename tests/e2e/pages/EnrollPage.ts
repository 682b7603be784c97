import type { Page } from 'playwright-core';

/** Page model of "Koppla enheten" (/koppla). */
export class EnrollPage {
  constructor(readonly page: Page) {}

  async enroll(code: string, deviceName: string): Promise<void> {
    // The app's own word for enrolling ("Koppla appen"; earlier "Koppla enheten").
    await this.page
      .getByRole('link', { name: /^Koppla (appen|enheten)$/ })
      .first()
      .click();
    await this.page.locator('#enroll-code').fill(code);
    await this.page.locator('#enroll-device').fill(deviceName);
    await this.page.getByRole('button', { name: /^Koppla (appen|enheten)$/ }).click();
    await this.page.locator('[data-enrolled]').waitFor();
    // The form is gone with its button: focus is on what happened, never dropped to <body>.
    const focused = await this.page.evaluate(() => document.activeElement?.hasAttribute('data-enrolled') ?? false);
    if (!focused) throw new Error('Efter kopplingen står fokus inte på beskedet om den');
  }
}
