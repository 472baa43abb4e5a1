import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, setUpDemoSuite } from './harness';

// Issue 13, points 2 and 7: an analyst follows a figure to how it was computed and back, and
// enters a year's value of one of the company's own indicators with its source note.

const analyst = 'analytiker@demo.grannskap.se';
const demo = setUpDemoSuite();

describe('indicators', () => {
  it('follows a hand-entered figure to how it was computed and back, then enters a year’s value with its source', async () => {
    const page = await demo.signedInPage(analyst);
    await page.getByRole('navigation').getByRole('link', { name: 'Ramverk och indikatorer' }).click();
    await heading(page, 'Ramverk och indikatorer');

    // The demo clock is in November 2026: the links are for 2025, the last reported year.
    const name = 'Andel hyresgäster nöjda med trygghet enligt kundenkäten (AktivBo)';
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 4, name }) });
    await expect.poll(() => card.textContent()).toContain('Inmatad för hand');
    await card.getByRole('link', { name: `Hur siffran räknats: ${name}, 2025` }).click();

    await heading(page, 'Hur siffran räknats');
    expect(new URL(page.url()).searchParams.get('from')).toBe('/indicators');
    const figure = page.getByRole('region', { name: 'Siffran', exact: true });
    // 0.763 of 1,297 answers, published to 0.1 point from 100 contributors.
    await expect.poll(() => figure.textContent()).toContain('76,3\u00a0%');
    await expect.poll(() => figure.textContent()).toContain('1\u00a0297');
    const period = page.getByRole('region', { name: 'Urval', exact: true });
    await expect.poll(() => period.textContent()).toContain('1 januari 2025 – 31 december 2025');
    const sources = page.getByRole('region', { name: 'Källor', exact: true });
    await expect
      .poll(() => sources.textContent())
      .toContain('AktivBo kundenkät 2025, rapport till bolaget i december');
    await expect
      .poll(() => sources.getByRole('link', { name: 'Ladda ned aktivbo-2025.pdf' }).count())
      .toBe(1);
    // Skultuna centrum's eight answers are not shown in the counts per area.
    const counts = page.getByRole('region', { name: 'Underlag', exact: true });
    await expect
      .poll(() => counts.getByRole('row', { name: /Skultuna centrum/ }).textContent())
      .not.toMatch(/\d/);
    await expectAccessible(page);

    await page.getByRole('link', { name: '← Tillbaka' }).click();
    await heading(page, 'Ramverk och indikatorer');
    expect(new URL(page.url()).pathname).toBe('/indicators');

    // A new value for this year of the associations with rent-free premises.
    const premises = 'Antal lokala föreningar med hyresfri lokal';
    const own = page.getByRole('region', { name: 'Egna indikatorer, inmatade för hand', exact: true });
    await own.getByRole('button', { name: `För in värde för ${premises}` }).click();
    const dialog = page.getByRole('dialog', { name: `För in värde: ${premises}` });
    await dialog.waitFor();
    await dialog.getByRole('combobox', { name: 'År' }).selectOption('2026');
    await dialog.getByRole('textbox', { name: /^Värde/ }).fill('15');
    const note = 'Förteckning från fastighetsavdelningen, november 2026';
    await dialog.getByRole('textbox', { name: /^Källa/ }).fill(note);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const table = own.getByRole('table', { name: `Inmatade värden för ${premises}` });
    const row = table.getByRole('row', { name: /^2026/ });
    await expect.poll(() => row.textContent()).toContain(note);
    await expect.poll(() => row.textContent()).toContain('Anton Analys');
    await expect.poll(() => row.textContent()).toContain('15');
    await page.context().close();
  });
});
