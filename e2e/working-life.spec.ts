import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, setUpDemoSuite } from './harness';

// Issue 14: HR opens the working-life page (Arbetsliv), reads the seeds' 2022 headcount with its
// women's shares, enters a new year's headcount and sees its shares; the page has no serious or
// critical accessibility violation.

const demo = setUpDemoSuite();

describe('working life', () => {
  it('lets HR enter a year’s headcount and shows the women’s share of each body', async () => {
    const page = await demo.signedInPage('hr@demo.grannskap.se', { viewport: { width: 1280, height: 900 } });
    await page.getByRole('navigation').getByRole('link', { name: 'Arbetsliv', exact: true }).click();
    await heading(page, 'Arbetsliv');

    // The demo's 2022 is the seeds' own: the board's 7 women of 13, 7 / 13 = 0.538… → 53,8 %.
    await page.getByRole('combobox', { name: 'År' }).selectOption('2022');
    const board2022 = page.getByRole('row', { name: /Styrelsen/ });
    await board2022.getByText('53,8 %').waitFor();
    // The management team's 4 of 9 = 0.444… → 44,4 %.
    await page
      .getByRole('row', { name: /Ledningsgruppen/ })
      .getByText('44,4 %')
      .waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Ange antal för ett år' }).click();
    const dialog = page.getByRole('dialog', { name: 'Antal kvinnor och män' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'År' }).fill('2026');
    const company = dialog.getByRole('group', { name: 'Hela bolaget' });
    await company.getByRole('textbox', { name: 'Kvinnor' }).fill('80');
    await company.getByRole('textbox', { name: 'Män' }).fill('88');
    await company.getByRole('textbox', { name: 'Annat' }).fill('2');
    const board = dialog.getByRole('group', { name: 'Styrelsen' });
    await board.getByRole('textbox', { name: 'Kvinnor' }).fill('6');
    await board.getByRole('textbox', { name: 'Män' }).fill('7');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The page turns to the year entered: 80 / (80 + 88 + 2) = 80 / 170 = 0.4705… → 47,1 %;
    // 6 / 13 = 0.4615… → 46,2 %.
    expect(await page.getByRole('combobox', { name: 'År' }).inputValue()).toBe('2026');
    const company2026 = page.getByRole('row', { name: /Hela bolaget/ });
    await company2026.getByText('47,1 %').waitFor();
    await company2026.getByRole('cell', { name: '170', exact: true }).waitFor();
    await page
      .getByRole('row', { name: /Styrelsen/ })
      .getByText('46,2 %')
      .waitFor();
    await page.context().close();
  });
});
