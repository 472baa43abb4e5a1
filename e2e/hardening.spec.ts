import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpDemoSuite, signInAs } from './harness';

// Issue 11, points 3 and 4: a script in an area or district name must not run for the people who see
// it on a map — a viewer on the overview, a partner on the situation picture — and the Content-Security-
// Policy must let the app itself (the Vite build, Mantine, Leaflet, ECharts, Swagger UI) work untouched.

const admin = 'admin@demo.grannskap.se';
const viewer = 'styrelse@demo.grannskap.se';
const partner = 'polis@demo.grannskap.se';

// Each payload sets a window flag if it runs; names are at most 100 characters.
const areaPayload = `Bäckby XSS <img src=x onerror="window.__xss='area'"><script>window.__xss='s'</script>`;
const districtPayload = `Distrikt XSS <img src=y onerror="window.__xss='district'">`;

const demo = setUpDemoSuite();

beforeAll(async () => {
  await nameAreaAndDistrict();
});

/** The admin renames one area and one district through the API, as an import or the form would. */
async function nameAreaAndDistrict() {
  const page = await demo.signedInPage(admin);
  const api = page.request;
  const me = await (await api.get(`${demo.url}/api/v1/auth/me`)).json();
  const headers = { 'x-csrf-token': me.csrfToken as string };
  const areas = (await (await api.get(`${demo.url}/api/v1/areas`)).json()) as {
    id: string;
    geometry: unknown;
    districtId: string;
  }[];
  const area = areas.find((a) => a.geometry)!;
  const renamed = await api.patch(`${demo.url}/api/v1/areas/${area.id}`, {
    headers,
    data: { name: areaPayload },
  });
  expect(renamed.status()).toBe(200);
  const district = await api.patch(`${demo.url}/api/v1/districts/${area.districtId}`, {
    headers,
    data: { name: districtPayload },
  });
  expect(district.status()).toBe(200);
  await page.context().close();
}

type Watched = { page: Page; dialogs: string[]; refused: string[] };

/** A page that records dialogs and every Content-Security-Policy violation it meets. */
async function watchedPage(): Promise<Watched> {
  const page = await demo.page();
  const dialogs: string[] = [];
  const refused: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { __csp?: string[] };
      w.__csp = [...(w.__csp ?? []), `${event.violatedDirective} ${event.blockedURI}`];
    });
  });
  return { page, dialogs, refused };
}

/**
 * Opens the tooltip of every shape on the map in turn and returns the tooltip texts. Leaflet opens a
 * tooltip on mouseover; the old code wrote the label into it as HTML at that moment.
 */
async function tooltipTexts(page: Page): Promise<string[]> {
  const shapes = page.locator('.gs-map path.leaflet-interactive');
  await expect.poll(() => shapes.count(), { timeout: 30_000 }).toBeGreaterThan(1);
  const texts: string[] = [];
  for (let i = 0; i < (await shapes.count()); i++) {
    await shapes.nth(i).dispatchEvent('mouseover');
    const tooltip = page.locator('.leaflet-tooltip');
    // A closed tooltip fades out for a moment: the newest one is the last in the pane.
    texts.push((await tooltip.count()) ? ((await tooltip.last().textContent()) ?? '') : '');
    // The tooltip must never hold an element made from the name.
    expect(await page.locator('.leaflet-tooltip img, .leaflet-tooltip script').count()).toBe(0);
    await shapes.nth(i).dispatchEvent('mouseout');
  }
  return texts;
}

async function expectNothingRan({ page, dialogs, refused }: Watched) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No violation either: the names were never markup, and the app needs nothing the policy forbids.
  expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
  expect(refused).toEqual([]);
}

describe('names on maps are text, and the policy lets the app work', () => {
  it('shows a script in an area and a district name as text on the overview map, for a viewer', async () => {
    const watched = await watchedPage();
    const { page } = watched;
    await signInAs(page, demo.url, viewer);
    await page.goto(`${demo.url}/overview`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const texts = await tooltipTexts(page);
    expect(texts.some((text) => text.includes(areaPayload))).toBe(true);
    expect(texts).toContain(districtPayload);
    // The names are in the table beside the map too, as React renders them: as text.
    await page.getByText(districtPayload, { exact: true }).first().waitFor();
    await expectNothingRan(watched);
    await page.context().close();
  });

  it('shows the area name as text on the situation picture, for a partner', async () => {
    const watched = await watchedPage();
    const { page } = watched;
    await signInAs(page, demo.url, partner);
    await page.goto(`${demo.url}/situation`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const texts = await tooltipTexts(page);
    expect(texts.some((text) => text.startsWith(`${areaPayload}:`))).toBe(true);
    await expectNothingRan(watched);
    await page.context().close();
  });

  it('serves the API documentation (Swagger UI) under the same policy', async () => {
    const watched = await watchedPage();
    const { page } = watched;
    const response = await page.goto(`${demo.url}/api/docs`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    // Swagger UI renders the operations list lazily: the first operation is the sign-in.
    await page.locator('[data-path="/api/v1/auth/login"]').first().waitFor({ timeout: 30_000 });
    await expectNothingRan(watched);
    await page.context().close();
  });
});
