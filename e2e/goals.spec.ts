import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, setUpDemoSuite } from './harness';

// Issue 13: an analyst opens the goals page (Mål), sets a goal for an indicator and sees its status
// from the published figure; the page has no serious or critical accessibility violation.

const demo = setUpDemoSuite();

// Every goal's figure is worked out when the page loads: with the demo's three years that takes a while.
const figures = { timeout: 90_000 };

describe('goals', () => {
  it('lets an analyst set a goal on the goals page and shows where it stands', async () => {
    const page = await demo.signedInPage('analytiker@demo.grannskap.se', {
      viewport: { width: 1280, height: 900 },
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Mål', exact: true }).click();
    await heading(page, 'Mål');
    await page.getByRole('heading', { level: 2, name: 'Hållbara stadsdelar' }).waitFor(figures);
    await page.getByRole('heading', { level: 3, name: 'Trygghet' }).waitFor();

    // The demo's goals: the safety index's for the whole organisation, with its published interval,
    // and a programme's satisfaction whose interval crosses its 80 %.
    const safety = page.getByRole('row', { name: /Trygghetsindex.*Hela organisationen/ });
    await safety.getByText('82 %').waitFor();
    await safety.getByText(/95 % intervall/).waitFor();
    await page.getByText('För jämnt för att avgöra').first().waitFor();
    await expectAccessible(page);

    // Rounds completed has no goal this year: set one below this year's figure so far.
    await page.getByRole('button', { name: 'Sätt mål för Genomförda ronderingar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt mål' });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Indikator' }).inputValue()).toBe(
      'Genomförda ronderingar',
    );
    await dialog.getByRole('textbox', { name: 'Mål', exact: true }).fill('600');
    await dialog.getByRole('textbox', { name: 'Basår' }).fill('2024');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });

    const rounds = page.getByRole('row', { name: /Genomförda ronderingar/ });
    await rounds.getByText('Uppnått').waitFor(figures);
    await rounds.getByText('Hela organisationen').waitFor();
    await rounds.getByText(/^2024: /).waitFor();
    // The row leads to the indicator's turn-the-curve view.
    expect(await rounds.getByRole('link', { name: 'Genomförda ronderingar' }).getAttribute('href')).toBe(
      '/turn-the-curve/rounds_completed',
    );
    await page.context().close();
  });
});
