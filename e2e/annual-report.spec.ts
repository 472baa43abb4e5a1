import { describe, expect, it } from 'vitest';
import { swedishYear } from '../src/shared/time';
import { e2eNow, expectAccessible, heading, setUpDemoSuite } from './harness';

// Issue 13, the annual report: an analyst writes a material area's text, sees it in the preview,
// is asked before leaving a text unsaved, and downloads the report as PDF.

const demo = setUpDemoSuite();

describe('the annual report page', () => {
  it('lets an analyst write a text, preview it and download the report as PDF', async () => {
    // The report is written after its year: the page opens on last year's, which the demo has texts for.
    const year = swedishYear(e2eNow()) - 1;
    const page = await demo.signedInPage('analytiker@demo.grannskap.se');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Årsrapport' })
      .click();
    await heading(page, 'Årsrapport');
    // The preview is the HTML report, made from every figure of the year (the slow part of the page):
    // it shows the demo's texts before anything is changed.
    const preview = page.frameLocator(`iframe[title="Förhandsvisning av årsrapporten ${year}"]`);
    const previewText = () => preview.locator('body').textContent();
    await expect
      .poll(previewText, { timeout: 60_000 })
      .toContain('Genom samverkansavtalet med Västerås stad');

    // The demo's neighbourhoods text has two versions: the admin's in force, the analyst's draft before it.
    const neighbourhoods = page.getByRole('region', { name: 'Hållbara stadsdelar' });
    await expect.poll(() => neighbourhoods.textContent()).toContain('Senast ändrad av Agnes Adminsson');
    await neighbourhoods.getByRole('button', { name: 'Visa tidigare version (1)' }).click();
    await expect.poll(() => neighbourhoods.getByRole('listitem').textContent()).toContain('Anton Analys');

    const text =
      'Under året gick alla chefer utbildningen i inkluderande ledarskap tillsammans med skyddsombuden.';
    const workingLife = page.getByRole('region', { name: 'Hållbart arbetsliv' });
    await workingLife.getByLabel('Text för Hållbart arbetsliv').fill(text);
    await workingLife.getByRole('button', { name: 'Spara texten för Hållbart arbetsliv' }).click();
    await expect.poll(() => workingLife.getByText('Sparat.').isVisible()).toBe(true);
    await expect.poll(() => workingLife.textContent()).toContain('Senast ändrad av Anton Analys');

    // The preview is made again from the saved text.
    await expect.poll(previewText, { timeout: 60_000 }).toContain(text);
    await expectAccessible(page);

    // A text typed and not saved is not lost by a click in the menu: the user is asked first.
    const rights = page.getByLabel('Text för Mänskliga rättigheter');
    await rights.fill('Ett utkast som inte är sparat.');
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
    expect(await asked).toMatch(/inte är sparade/);
    expect(new URL(page.url()).pathname).toBe('/annual-report');
    expect(await rights.inputValue()).toBe('Ett utkast som inte är sparat.');

    await page.getByRole('button', { name: `Ladda ner rapporten ${year}` }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'PDF (tillgänglig, för tryck)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`hallbarhetsrapport-${year}-sv.pdf`);
    // Read through the connection: the shared Chromium keeps its downloads where only it can see them.
    const pdf = Buffer.concat(await (await download.createReadStream()).toArray());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.context().close();
    // Three reports are made from the demo's five years of figures: the preview twice, and the PDF.
  }, 240_000);
});
