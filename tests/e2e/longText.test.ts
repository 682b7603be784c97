import { describe, expect, it } from 'vitest';
import { useAppAndBrowser } from './pages/appFixture';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';

const app = useAppAndBrowser();

describe('text over the limit', () => {
  it('is kept, flagged as too long, and never lost by the next keystroke', async () => {
    const page = await app.browser().newPage();
    await page.goto(app.base());
    const form = new ReportFormPage(page);
    await form.startNew();
    await form.fillAll(SAMPLE_REPORT);
    await form.gotoStep(4);
    const pasted = 'Lång inklistrad text. '.repeat(1000); // 22,000 characters, as one paste
    await form.field('description').fill(pasted);
    await form.field('description').press('End');
    await form.field('description').pressSequentially('!');
    await form.waitUntilSaved();
    await page.reload();
    await form.field('description').waitFor();
    expect(await form.field('description').inputValue()).toBe(`${pasted}!`);

    await form.submit();
    const summary = page.getByRole('alert').filter({ hasText: 'behöver rättas' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Texten är för lång');
    await page.close();
  });
});
