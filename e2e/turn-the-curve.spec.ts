import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, setUpDemoSuite } from './harness';

// Issue 13: the analyst opens the safety index's turn-the-curve view — the chart with the same
// figures as a table under it, the story behind the curve and the work linked to it — and rewrites
// the story.

const analyst = 'analytiker@demo.grannskap.se';
const demo = setUpDemoSuite();

describe('turn the curve', () => {
  it('shows the safety index with its chart, table and linked work, and saves the story an analyst writes', async () => {
    const page = await demo.signedInPage(analyst);
    await page.goto(`${demo.url}/turn-the-curve/safety_index`);
    await heading(page, 'Vända kurvan: Trygghetsindex');

    // The chart, described in words, and its figures as a table under it.
    const chart = page.getByRole('img', { name: /Diagram över Trygghetsindex per år/ });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(
      /Utgångsläge (enligt målet, )?\d{4}: \d+(,\d)?\s%/,
    );
    expect(await chart.locator('svg path').count()).toBeGreaterThan(5);
    const table = page.getByRole('table', { name: /Trygghetsindex per år: utfall, prognos och mål/ });
    await table.waitFor();
    expect(await table.getByRole('rowheader', { name: '2026' }).count()).toBe(1);
    expect(await table.getByRole('columnheader', { name: /Prognos/ }).count()).toBe(1);

    // The work linked to it: actions from the rounds, with links to them.
    const work = page.getByRole('region', { name: 'Arbete kopplat till indikatorn' });
    await work.getByRole('heading', { name: /Åtgärd efter rondering \(\d+\)/ }).waitFor();
    expect(await work.getByRole('link').count()).toBeGreaterThan(0);

    await expectAccessible(page);

    // The demo's story is there; the analyst rewrites it and saves.
    const story = page.getByRole('textbox', { name: 'Berättelsen' });
    expect(await story.inputValue()).toContain('Tryggheten har ökat sakta sedan 2023');
    const written =
      'Kvällsronderingarna på Skallberget började i oktober. Belysningen vid Råby centrum är bytt.';
    await story.fill(written);
    await page.getByRole('button', { name: 'Spara berättelsen' }).click();
    await page.getByRole('status').getByText('Berättelsen är sparad.').waitFor();
    await page.getByText(/Senast ändrad av Anton Analys/).waitFor();

    // Saved on the server: it is there after a reload.
    await page.reload();
    await page.getByRole('textbox', { name: 'Berättelsen' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Berättelsen' }).inputValue()).toBe(written);
    await page.context().close();
  });
});
