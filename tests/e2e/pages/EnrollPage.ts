import type { Page } from 'playwright-core';

/** Page model of "Koppla enheten" (/koppla). */
export class EnrollPage {
  constructor(readonly page: Page) {}

  async enroll(code: string, deviceName: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Koppla enheten' }).first().click();
    await this.page.locator('#enroll-code').fill(code);
    await this.page.locator('#enroll-device').fill(deviceName);
    await this.page.getByRole('button', { name: 'Koppla enheten' }).click();
    await this.page.locator('[data-enrolled]').waitFor();
  }
}
