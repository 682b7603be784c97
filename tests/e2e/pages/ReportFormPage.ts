import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a nurse types into every step of the form. */
export interface ReportInput {
  reporterName: string;
  reporterRole: string;
  reporterUnit: string;
  reporterOrganisation: string;
  reporterContact: string;
  eventType: 'occurred' | 'risk';
  eventDate: string;
  discoveredDate: string;
  receivingOrganisation: string;
  receivingUnit: string;
  agreementId: string;
  agreementText: string;
  area: string;
  classification: string;
  description: string;
  consequenceSeverity: '1' | '2' | '3' | '4';
  consequenceText: string;
  immediateAction: string;
  suggestedImprovement: string;
  systemFailure: 'yes' | 'no' | 'unknown';
  ownSystemReference: string;
}

export const SAMPLE_REPORT: ReportInput = {
  reporterName: 'Karin Lind',
  reporterRole: 'Distriktssköterska',
  reporterUnit: 'Hemsjukvården Centrum',
  reporterOrganisation: 'Göteborgs stad',
  reporterContact: 'karin.lind@goteborg.example',
  eventType: 'occurred',
  eventDate: '2026-11-02',
  discoveredDate: '2026-11-03',
  receivingOrganisation: 'Västra Götalandsregionen',
  receivingUnit: 'Sahlgrenska, avdelning 12',
  agreementId: 'vg-utskrivning',
  agreementText: 'Gäller meddelande inför utskrivning — åäö ÅÄÖ é «citat»',
  area: 'utskrivning',
  classification: 'information',
  description: 'Utskrivning skedde fredag kväll utan att hemsjukvården fick meddelande. Läkemedelslistan saknades.',
  consequenceSeverity: '3',
  consequenceText: 'Kvällsdosen uteblev; jourläkare fick kontaktas.',
  immediateAction: 'Ringde avdelningen och fick listan faxad.',
  suggestedImprovement: 'Påminnelse om SVPL-rutinen vid helgutskrivning.',
  systemFailure: 'unknown',
  ownSystemReference: 'MedControl 2026-0412',
};

const TEXT_AREAS = ['agreementText', 'description', 'consequenceText', 'immediateAction', 'suggestedImprovement'];

/** Page model of the stepwise report form (/rapport/:id/steg/:n). */
export class ReportFormPage {
  constructor(readonly page: Page) {}

  field(name: string) {
    return this.page.locator(`#field-${name}`);
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'Ny rapport' }).first().click();
    await this.page.waitForURL(/\/rapport\/[0-9a-f-]+\/steg\/1$/);
    await this.field('reporterName').waitFor();
  }

  caseUrl(): string {
    return this.page.url().replace(/\/steg\/\d+.*$/, '');
  }

  async gotoStep(step: number): Promise<void> {
    await this.page.goto(`${this.caseUrl()}/steg/${step}`);
    await this.page.locator('#step-heading').waitFor();
  }

  async next(): Promise<void> {
    const before = this.page.url();
    await this.page.getByRole('link', { name: 'Nästa' }).click();
    await this.page.waitForURL((url) => url.href !== before);
  }

  /** Types keystroke by keystroke into free text (as a person does) and fills the rest. */
  async type(name: string, value: string): Promise<void> {
    const field = this.field(name);
    await field.fill('');
    if (TEXT_AREAS.includes(name)) await field.pressSequentially(value);
    else await field.fill(value);
  }

  async choose(name: string, value: string): Promise<void> {
    await this.page.locator(`input[name="field-${name}"][value="${value}"]`).check();
  }

  /** Fills every step; with `directory`, the receiver is chosen from the relay's directory. */
  async fillAll(input: ReportInput, directory?: { orgId: string; unitId: string }): Promise<void> {
    for (const name of [
      'reporterName',
      'reporterRole',
      'reporterUnit',
      'reporterOrganisation',
      'reporterContact',
    ] as const) {
      await this.type(name, input[name]);
    }
    await this.next();
    await this.choose('eventType', input.eventType);
    await this.type('eventDate', input.eventDate);
    await this.type('discoveredDate', input.discoveredDate);
    await this.next();
    if (directory) {
      // The cached directory loads a moment after the step; until then free text shows.
      await this.page.locator('select#field-receivingOrganisation').waitFor();
      await this.field('receivingOrganisation').selectOption(directory.orgId);
      await this.field('receivingUnit').selectOption(directory.unitId);
    } else {
      await this.type('receivingOrganisation', input.receivingOrganisation);
      await this.type('receivingUnit', input.receivingUnit);
    }
    await this.field('agreementId').selectOption(input.agreementId);
    await this.type('agreementText', input.agreementText);
    await this.field('area').selectOption(input.area);
    await this.field('classification').selectOption(input.classification);
    await this.next();
    await this.type('description', input.description);
    await this.choose('consequenceSeverity', input.consequenceSeverity);
    await this.type('consequenceText', input.consequenceText);
    await this.next();
    await this.type('immediateAction', input.immediateAction);
    await this.type('suggestedImprovement', input.suggestedImprovement);
    await this.choose('systemFailure', input.systemFailure);
    await this.type('ownSystemReference', input.ownSystemReference);
    await this.waitUntilSaved();
  }

  /** Checks every field of every step, exactly, character for character. */
  async expectAll(input: ReportInput): Promise<void> {
    const steps: [number, (keyof ReportInput)[]][] = [
      [1, ['reporterName', 'reporterRole', 'reporterUnit', 'reporterOrganisation', 'reporterContact']],
      [2, ['eventDate', 'discoveredDate']],
      [3, ['receivingOrganisation', 'receivingUnit', 'agreementId', 'agreementText', 'area', 'classification']],
      [4, ['description', 'consequenceText']],
      [5, ['immediateAction', 'suggestedImprovement', 'ownSystemReference']],
    ];
    for (const [step, names] of steps) {
      await this.gotoStep(step);
      for (const name of names) expect(await this.field(name).inputValue(), name).toBe(input[name]);
    }
    await this.gotoStep(2);
    expect(await this.page.locator(`input[name="field-eventType"][value="${input.eventType}"]`).isChecked()).toBe(true);
    await this.gotoStep(4);
    expect(
      await this.page
        .locator(`input[name="field-consequenceSeverity"][value="${input.consequenceSeverity}"]`)
        .isChecked(),
    ).toBe(true);
    await this.gotoStep(5);
    expect(
      await this.page.locator(`input[name="field-systemFailure"][value="${input.systemFailure}"]`).isChecked(),
    ).toBe(true);
  }

  async waitUntilSaved(): Promise<void> {
    await this.page.locator('[data-save-state="saved"]').waitFor();
  }

  async submit(): Promise<void> {
    await this.gotoStep(6);
    await this.page.getByRole('button', { name: 'Skicka rapporten' }).click();
  }
}
