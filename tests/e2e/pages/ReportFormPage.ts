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
/** Fields under "Mer om händelsen (frivilligt)", folded away until opened. */
const MORE = ['consequenceText', 'immediateAction', 'suggestedImprovement', 'systemFailure', 'ownSystemReference'];

/**
 * Page model of the report form (/rapport/:id/steg/1, one page). It counts the taps it makes
 * (clicks, checks, choices, and a tap into each field it fills) so a test can hold the form to
 * its tap target; typing the description is not a tap.
 */
export class ReportFormPage {
  taps = 0;

  constructor(readonly page: Page) {}

  field(name: string) {
    return this.page.locator(`#field-${name}`);
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'Ny rapport' }).first().click();
    this.taps++;
    await this.page.waitForURL(/\/rapport\/[0-9a-f-]+\/steg\/1$/);
    await this.field('description').waitFor();
  }

  caseUrl(): string {
    return this.page.url().replace(/\/steg\/\d+.*$/, '');
  }

  /**
   * The form is one page now (any step number leads to it): opens it unless it is open already
   * (a reload would drop a new report nobody has typed in yet), with every section unfolded.
   */
  async gotoStep(_step = 1): Promise<void> {
    const url = `${this.caseUrl()}/steg/1`;
    if (this.page.url() !== url) await this.page.goto(url);
    await this.field('description').waitFor();
    await this.openMore();
  }

  /** Unfolds "Mer om händelsen (frivilligt)" if it is folded. */
  async openMore(): Promise<void> {
    const toggle = this.page.locator('[data-more-toggle]');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
      await toggle.click();
      this.taps++;
    }
  }

  /** Types keystroke by keystroke into free text (as a person does) and fills the rest. */
  async type(name: string, value: string): Promise<void> {
    if (MORE.includes(name) || (name === 'agreementText' && !(await this.field(name).isVisible()))) {
      await this.openMore();
    }
    const field = this.field(name);
    if (name !== 'description') this.taps++;
    await field.fill('');
    if (TEXT_AREAS.includes(name)) await field.pressSequentially(value);
    else await field.fill(value);
  }

  async choose(name: string, value: string): Promise<void> {
    if (MORE.includes(name)) await this.openMore();
    await this.page.locator(`input[name="field-${name}"][value="${value}"]`).check();
    this.taps++;
  }

  /** "I dag" or "I går" beside a date. */
  async chooseDay(name: 'eventDate' | 'discoveredDate', day: 'today' | 'yesterday'): Promise<void> {
    await this.field(name)
      .locator('xpath=ancestor::div[contains(@class,"date-field")]')
      .locator(`[data-date-shortcut="${day}"]`)
      .click();
    this.taps++;
  }

  /** The receiving unit from the relay's directory (one choice: units under their organisation). */
  async chooseReceiver(unitId: string): Promise<void> {
    // The cached directory loads a moment after the form; until then free text shows.
    await this.page.locator('select#field-receivingUnit').waitFor();
    await this.field('receivingUnit').selectOption(unitId);
    this.taps++;
  }

  /** Fills the whole form; with `directory`, the receiver is chosen from the relay's directory. */
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
    await this.type('description', input.description);
    await this.choose('eventType', input.eventType);
    await this.type('eventDate', input.eventDate);
    if (input.discoveredDate && input.discoveredDate !== input.eventDate) {
      await this.field('discoveredLater').check();
      this.taps++;
      await this.type('discoveredDate', input.discoveredDate);
    }
    await this.choose('consequenceSeverity', input.consequenceSeverity);
    if (directory) {
      await this.chooseReceiver(directory.unitId);
    } else {
      await this.type('receivingOrganisation', input.receivingOrganisation);
      await this.type('receivingUnit', input.receivingUnit);
    }
    await this.choose('agreementId', input.agreementId);
    if (input.agreementId === 'annat' || !(await this.page.locator('[data-derived-area]').isVisible())) {
      await this.field('area').selectOption(input.area);
      this.taps++;
    }
    await this.type('agreementText', input.agreementText);
    await this.choose('classification', input.classification);
    await this.type('consequenceText', input.consequenceText);
    await this.type('immediateAction', input.immediateAction);
    await this.type('suggestedImprovement', input.suggestedImprovement);
    await this.choose('systemFailure', input.systemFailure);
    await this.type('ownSystemReference', input.ownSystemReference);
    await this.waitUntilSaved();
  }

  /** Checks every field of the form, exactly, character for character. */
  async expectAll(input: ReportInput): Promise<void> {
    await this.gotoStep();
    const typed: (keyof ReportInput)[] = [
      'reporterName',
      'reporterRole',
      'reporterUnit',
      'reporterOrganisation',
      'reporterContact',
      'description',
      'eventDate',
      'receivingOrganisation',
      'receivingUnit',
      'agreementText',
      'consequenceText',
      'immediateAction',
      'suggestedImprovement',
      'ownSystemReference',
    ];
    if (input.discoveredDate !== input.eventDate) typed.push('discoveredDate');
    for (const name of typed) expect(await this.field(name).inputValue(), name).toBe(input[name]);
    for (const name of [
      'eventType',
      'consequenceSeverity',
      'agreementId',
      'classification',
      'systemFailure',
    ] as const) {
      expect(await this.page.locator(`input[name="field-${name}"][value="${input[name]}"]`).isChecked(), name).toBe(
        true,
      );
    }
  }

  async waitUntilSaved(): Promise<void> {
    await this.page.locator('[data-save-state="saved"]').waitFor();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Skicka rapporten' }).click();
    this.taps++;
  }
}
