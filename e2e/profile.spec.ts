import { describe, expect, it } from 'vitest';
import { swedishYear } from '../src/shared/time';
import { e2eNow, expectAccessible, heading, setUpDemoSuite } from './harness';

// Issue 13's profile journey: the analyst finds an area from the header's search, reads its summary
// (the safety index over the years, the EST grades over the weeks), goes on to its district, follows
// a figure to how it was computed and comes back. axe-core on the area and the district profile.

const analyst = 'analytiker@demo.grannskap.se';
const demo = setUpDemoSuite();

describe('the area and district profile', () => {
  it('is found from the header, summarised on one screen, and leads to its district and a figure’s computation', async () => {
    const year = swedishYear(e2eNow());
    const page = await demo.signedInPage(analyst);

    // The search ignores case and å/ä/ö: "raby ostra" finds Råby östra; Enter opens the first hit.
    const search = page.getByRole('combobox', { name: 'Sök område eller stadsdel' });
    await search.fill('raby ostra');
    await page.getByRole('option', { name: /Råby östra/ }).waitFor();
    await search.press('ArrowDown');
    await search.press('Enter');
    await heading(page, 'Råby östra');
    expect(new URL(page.url()).pathname).toMatch(/^\/areas\/[0-9a-f-]{36}$/);

    // The summary: key figures, the safety index's trend chart and the EST strip.
    const summary = page.getByRole('region', { name: 'Sammanfattning' });
    await summary.getByText('Hushåll', { exact: true }).waitFor();
    await summary.getByText('Händelser per 1 000 hushåll').waitFor();
    await summary.getByRole('img', { name: /^Linjediagram: Trygghetsindex/ }).waitFor();
    const strip = summary.getByRole('list', { name: `Bedömning per vecka ${year}` });
    await strip.waitFor();
    // One cell per week whose Monday is in the year, up to this week (Monday 16 November: W47).
    expect(await strip.getByRole('listitem').count()).toBe(46);
    expect(await page.getByRole('link', { name: 'Ladda ned PDF' }).getAttribute('href')).toMatch(
      new RegExp(`^/api/v1/areas/[0-9a-f-]{36}/profile\\.pdf\\?year=${year}$`),
    );
    await expectAccessible(page);

    // On to the district, from the area's facts.
    await page.getByRole('link', { name: 'Råby', exact: true }).click();
    await heading(page, 'Stadsdelen Råby');
    const districtPath = new URL(page.url()).pathname;
    expect(districtPath).toMatch(/^\/districts\/[0-9a-f-]{36}$/);
    const districtId = districtPath.split('/')[2];
    await page
      .getByRole('table', { name: 'Områden i Råby' })
      .getByRole('link', { name: 'Råby västra' })
      .waitFor();
    // A strip per area: the district has no grade of its own.
    await page.getByRole('list', { name: 'Råby östra' }).waitFor();
    await expectAccessible(page);

    // A figure's way to how it was computed, and back.
    const trace = page
      .getByRole('region', { name: 'Sammanfattning' })
      .getByRole('link', { name: `Så räknas siffran: Trygghetsindex ${year}` });
    expect(await trace.getAttribute('href')).toBe(
      `/indicators/safety_index/trace?year=${year}&district=${districtId}&from=${encodeURIComponent(districtPath)}`,
    );
    await trace.click();
    await page.waitForURL((url) => url.pathname === '/indicators/safety_index/trace');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goBack();
    await heading(page, 'Stadsdelen Råby');
    expect(new URL(page.url()).pathname).toBe(districtPath);
    await page.context().close();
  });
});
