import { describe, expect, it } from 'vitest';
import { workedRows } from '../src/modules/pay-survey/testing';
import { expectAccessible, heading, setUpDemoSuite } from './harness';

// Issue 14: HR imports a salary file, reads the equal-work table and the EU metrics and writes a
// finding; an analyst cannot open the salaries. The pages have no serious or critical axe violation.

const demo = setUpDemoSuite();
// The demo's HR sign-in (working-life's demo user).
const hrEmail = 'hr@demo.grannskap.se';

/** The worked example (worked-example.fixture.ts) as this year's file, in Swedish words. */
const salaryFile = () => {
  const gender = { woman: 'kvinna', man: 'man', other: 'annat' } as const;
  const lines = workedRows.map((r) =>
    [
      2026,
      r.employeeRef,
      gender[r.gender],
      r.jobTitle,
      r.workGroup,
      r.jobValueLevel,
      r.monthlySalary,
      r.fte,
      r.birthYear,
      r.hiredOn,
      r.variablePay ?? '',
    ].join(','),
  );
  const header =
    'year,employee_ref,gender,job_title,work_group,job_value_level,monthly_salary,fte,birth_year,hired_on,variable_pay';
  return Buffer.from([header, ...lines].join('\n'));
};

describe('pay survey', () => {
  it('lets HR import a salary file, read the equal-work table and the EU metrics, and write a finding', async () => {
    const page = await demo.signedInPage(hrEmail, { viewport: { width: 1280, height: 900 } });
    await page.getByRole('navigation').getByRole('link', { name: 'Lönekartläggning', exact: true }).click();
    await heading(page, 'Lönekartläggning');
    // No 2026 data yet: the page opens on the demo's latest year.
    expect(await page.getByRole('combobox', { name: 'År' }).inputValue()).toBe('2025');

    await page.getByRole('link', { name: 'Importera löneuppgifter' }).click();
    await heading(page, 'Importera löneuppgifter');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'loner-2026.csv', mimeType: 'text/csv', buffer: salaryFile() });
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText('Importen är klar: 38 rader.').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Till lönekartläggningen' }).click();
    await heading(page, 'Lönekartläggning');
    // Uthyrare: women 31 500, men 34 000, a gap of 2.5 / 34 = 7.35 % → 7 %, flagged.
    const equalWork = page.getByRole('table', { name: 'Lika arbete 2026: lönenivå per arbetsgrupp' });
    const letting = equalWork.getByRole('row', { name: /^Uthyrare/ });
    await letting.waitFor();
    // Numbers are written with no-break spaces (1 000, 7 %): read as plain ones.
    const texts = (cells: string[]) => cells.map((c) => c.replace(/\s/g, ' '));
    expect(texts(await letting.getByRole('cell').allTextContents())).toEqual([
      '3',
      '31 500',
      '31 500',
      '34 000',
      '34 000',
      '7 %',
      '7 %',
      'Minst 5 %, ej förklarat',
    ]);
    // Ekonomer has 2 men: hidden, with the reason.
    await equalWork
      .getByRole('row', { name: /^Ekonomer/ })
      .getByText('Dold: färre än 5 kvinnor eller män')
      .waitFor();

    // EU metric b: variable pay (0.6 / 6.5 = 9.2 % → 9 %); e: 10 of 20 women received some.
    const eu = page.getByRole('table', { name: 'EU-mått a–e 2026 för hela organisationen' });
    const metric = async (name: RegExp) =>
      texts(await eu.getByRole('row', { name }).getByRole('cell').allTextContents());
    expect(await metric(/^b\./)).toEqual(['9 %']);
    expect(await metric(/^e\. Andel kvinnor/)).toEqual(['50 %']);
    await page.getByRole('heading', { name: 'Justerat gap: 5 %' }).waitFor();
    await page.getByText('95 % intervall 3 % till 7 %').waitFor();
    await expectAccessible(page);

    const finding = page.getByRole('region', { name: 'Analys av Arbetsgrupp Uthyrare' });
    await finding.getByRole('checkbox', { name: /saklig, könsneutral förklaring/ }).check();
    await finding
      .getByRole('textbox', { name: 'Förklaring eller analys' })
      .fill('Marknadstillägg vid nyrekrytering 2025.');
    await finding.getByRole('button', { name: 'Spara analys' }).click();
    await finding.getByRole('status').getByText('Sparad').waitFor();
    // Explained: the flag in the table turns.
    await letting.getByText('Förklarat').waitFor();

    // The rows themselves, to check the import: 38 on one page (every view is audited).
    await page.getByRole('link', { name: 'Visa löneraderna' }).click();
    await heading(page, 'Löneuppgifter 2026');
    await page
      .getByRole('table', { name: 'Löneuppgifter 2026, sida 1' })
      .getByRole('rowheader', { name: 'B-W1' })
      .waitFor();
    expect((await page.getByText(/^Sida 1 av 1/).textContent())?.replace(/\s/g, ' ')).toBe(
      'Sida 1 av 1 (38 rader)',
    );
    await expectAccessible(page);
    await page.context().close();
  });

  it('keeps the salaries from an analyst: no menu entry, no page, and the API refuses', async () => {
    const page = await demo.signedInPage('analytiker@demo.grannskap.se');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Lönekartläggning' }).count()).toBe(
      0,
    );
    await page.goto(`${demo.url}/pay-survey/salaries?year=2025`);
    await heading(page, 'Ingen behörighet');
    const status = await page.evaluate(
      async () => (await fetch('/api/v1/pay-survey/salaries?year=2025')).status,
    );
    expect(status).toBe(403);
    await page.context().close();
  });
});
