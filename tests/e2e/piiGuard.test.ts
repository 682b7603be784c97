import { describe, expect, it } from 'vitest';
import { useAppAndBrowser } from './pages/appFixture';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';

const app = useAppAndBrowser();

describe('the PII guard in the form', () => {
  it('blocks submission while a personnummer remains, and one tap replaces it', async () => {
    const page = await app.browser().newPage();
    await page.goto(app.base());
    const form = new ReportFormPage(page);
    await form.startNew();
    await form.fillAll({
      ...SAMPLE_REPORT,
      description: 'Patienten 811218-9876 skrevs ut utan meddelande till hemsjukvården.',
    });

    await form.gotoStep(4);
    const hits = page.locator('#field-description-pii');
    await hits.getByText('Personnummer').waitFor();
    expect(await hits.innerText()).toContain('måste tas bort');
    expect(await page.locator('mark.pii-mark--block').innerText()).toBe('811218-9876');

    await form.submit();
    const summary = page.getByRole('alert').filter({ hasText: 'behöver rättas' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Beskriv vad som hände: Texten innehåller ett personnummer');
    // The form is one page: the list of problems stands at its top.
    expect(page.url()).toMatch(/\/steg\/1$/);

    // The problem link leads into the field; one tap replaces the number.
    await summary.getByRole('link').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-description');
    await page.getByRole('button', { name: /Ersätt Personnummer 811218-9876/ }).click();
    expect(await form.field('description').inputValue()).toBe(
      'Patienten [personuppgift borttagen] skrevs ut utan meddelande till hemsjukvården.',
    );
    expect(await page.locator('#field-description-error').count()).toBe(0);

    await form.submit();
    await page.waitForURL(/\/rapport\/[0-9a-f-]+\?skickad=1$/);
    await page.getByText('Tack för rapporten!').waitFor();
    expect(await page.locator('[data-case-status]').innerText()).toContain('Skickad');
    await page.close();
  });

  it('warns on a phone number without blocking submission', async () => {
    const page = await app.browser().newPage();
    await page.goto(app.base());
    const form = new ReportFormPage(page);
    await form.startNew();
    await form.fillAll({ ...SAMPLE_REPORT, consequenceText: 'Anhörig ringde 070-123 45 67 flera gånger.' });
    await form.gotoStep(4);
    expect(await page.locator('#field-consequenceText-pii').innerText()).toContain('Telefonnummer');
    await form.submit();
    await page.waitForURL(/\?skickad=1$/);
    await page.close();
  });
});
