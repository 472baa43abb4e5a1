import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { organisationBySlug } from '../src/core/organisations';
import { organisationAreas, propertyRegister } from '../src/modules/areas';
import { swedishYear } from '../src/shared/time';
import {
  e2eNow,
  expectAccessible,
  expectNoSidewaysScroll,
  heading,
  phone,
  setUpDemoSuite,
  signInAs,
} from './harness';

// The foundation journey of issue 2: sign in, switch to English, create an area, find that change
// in the audit log; axe-core on every page visited.

const admin = 'admin@demo.grannskap.se';
const demo = setUpDemoSuite();

/** The admin's language is stored on the user, and an earlier test switches it to English. */
async function inSwedish(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  const swedish = page.getByRole('button', { name: 'Svenska' });
  if (await swedish.isVisible()) await swedish.click();
  await page.getByRole('button', { name: 'English' }).waitFor();
}

describe('the foundation web app', () => {
  it('refuses a wrong password with the server message in Swedish', async () => {
    const page = await demo.page();
    await page.goto(`${demo.url}/overview`);
    // A stranger is sent to the sign-in page, which remembers where they were going.
    await heading(page, 'Logga in');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expectAccessible(page);
    await page.getByLabel('E-postadress').fill(admin);
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Fel e-postadress eller lösenord.');
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets the admin sign in, switch to English, create an area and find it in the audit log', async () => {
    const page = await demo.signedInPage(admin);
    const context = page.context();
    await heading(page, 'Översikt');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await expect.poll(() => page.getByRole('table', { name: 'Hushåll per stadsdel' }).isVisible()).toBe(true);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Overview');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('button', { name: 'Svenska' }).isVisible()).toBe(true);
    await expectAccessible(page);

    const nav = page.getByRole('navigation', { name: 'Main menu' });
    await nav.getByRole('link', { name: 'Areas and properties' }).click();
    await heading(page, 'Areas and properties');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'New area' }).click();
    const dialog = page.getByRole('dialog', { name: 'New area' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Code' }).fill('E2E-TORGET');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Testtorget');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('rowheader', { name: 'E2E-TORGET' }).waitFor();

    await nav.getByRole('link', { name: 'Audit log' }).click();
    await heading(page, 'Audit log');
    // The filter offers the entities that occur in the log, by name.
    await page.getByRole('textbox', { name: 'What', exact: true }).click();
    await page.getByRole('option', { name: 'Area', exact: true }).click();
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('entity')).toBe('area');
    const entry = page.getByRole('row').filter({ hasText: 'Agnes Adminsson' }).first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Created');
    await entry.getByText(/fields?$/).click();
    await expect
      .poll(() => entry.getByRole('cell', { name: 'Testtorget', exact: true }).isVisible())
      .toBe(true);
    await expect
      .poll(() => entry.getByRole('cell', { name: 'E2E-TORGET', exact: true }).isVisible())
      .toBe(true);
    await expectAccessible(page);

    // The export link carries the same filter.
    const exportHref = await page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href');
    expect(exportHref).toBe('/api/v1/audit/export?entity=area');

    // English is stored on the user: signing out and in again keeps it.
    await page.getByRole('button', { name: /User menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await heading(page, 'Sign in');
    await expectAccessible(page);
    // Without the lang cookie the sign-in page is Swedish; the user's stored English wins on sign-in.
    await context.clearCookies();
    await page.goto(`${demo.url}/sign-in`);
    await heading(page, 'Logga in');
    await signInAs(page, demo.url, admin);
    await heading(page, 'Overview');
    await context.close();
  });

  it('resets a forgotten password through the e-mailed link, which the admin can read in the outbox', async () => {
    const analyst = 'analytiker@demo.grannskap.se';
    const page = await demo.page();
    await page.goto(`${demo.url}/sign-in`);
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    await heading(page, 'Glömt lösenordet');
    await page.getByLabel('E-postadress').fill(analyst);
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await page.getByRole('status').filter({ hasText: 'Om adressen har ett konto' }).waitFor();
    await expectAccessible(page);

    // Without SMTP the mail waits in the outbox, which the admin reads in the UI.
    const adminPage = await demo.signedInPage(admin);
    await adminPage.goto(`${demo.url}/outbox`);
    await heading(adminPage, /Utkorg|Outbox/);
    const mail = adminPage.getByRole('row').filter({ hasText: analyst }).first();
    await mail.locator('summary').click();
    const body = (await mail.locator('pre').textContent()) ?? '';
    await expectAccessible(adminPage);
    await adminPage.context().close();
    const link = /https?:\/\/\S+\/reset-password\?token=\S+/.exec(body)?.[0];
    expect(link, body).toBeDefined();
    const token = new URL(link!).searchParams.get('token');

    await page.goto(`${demo.url}/reset-password?token=${token}`);
    await heading(page, 'Välj nytt lösenord');
    await page.getByLabel('Nytt lösenord').fill('ett-nytt-langt-losenord');
    await page.getByLabel('Upprepa lösenordet').fill('ett-nytt-langt-losenord');
    await page.getByRole('button', { name: 'Spara lösenord' }).click();
    await page.getByRole('status').filter({ hasText: 'Lösenordet är bytt' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Till inloggningen' }).click();
    await signInAs(page, demo.url, analyst, 'ett-nytt-langt-losenord');
    await heading(page, 'Översikt');
    await page.context().close();
  });

  it('invites a colleague by e-mail: the outbox holds the link, which sets a password to sign in with', async () => {
    const colleague = 'ny.kollega@demo.grannskap.se';
    const page = await demo.signedInPage(admin);
    await inSwedish(page);
    await page.goto(`${demo.url}/users`);
    await heading(page, 'Användare och roller');
    await page.getByRole('button', { name: 'Bjud in användare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bjud in användare' });
    await dialog.getByRole('textbox', { name: 'E-postadress' }).fill(colleague);
    await dialog.getByRole('textbox', { name: 'Namn' }).fill('Nina Nykomling');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: colleague });
    expect(await row.textContent()).toContain('Inbjuden');
    await expectAccessible(page);

    // The invitation can be sent again from the user's dialog.
    await row.getByRole('button', { name: /Ändra/ }).click();
    const edit = page.getByRole('dialog', { name: 'Ändra Nina Nykomling' });
    await edit.getByRole('button', { name: 'Skicka inbjudan igen' }).click();
    await edit.getByRole('status').filter({ hasText: 'En ny inbjudan har skickats' }).waitFor();
    await expectAccessible(page);
    await edit.getByRole('button', { name: 'Avbryt' }).click();

    await page.goto(`${demo.url}/outbox`);
    await heading(page, 'Utkorg');
    const mail = page.getByRole('row').filter({ hasText: colleague }).first();
    await mail.locator('summary').click();
    const body = (await mail.locator('pre').textContent()) ?? '';
    expect(body).toContain('gäller i 7 dagar');
    const link = /https?:\/\/\S+\/reset-password\?token=\S+/.exec(body)?.[0];
    expect(link, body).toBeDefined();
    const invitee = await demo.page();
    await invitee.goto(`${demo.url}${new URL(link!).pathname}${new URL(link!).search}`);
    await heading(invitee, 'Välj ditt lösenord');
    await invitee.getByText('Välkommen till Grannskap!').waitFor();
    await expectAccessible(invitee);
    await invitee.getByLabel('Nytt lösenord').fill('nykomlingens-losenord');
    await invitee.getByLabel('Upprepa lösenordet').fill('nykomlingens-losenord');
    await invitee.getByRole('button', { name: 'Spara lösenord' }).click();
    await invitee.getByRole('status').filter({ hasText: 'Lösenordet är bytt' }).waitFor();
    await signInAs(invitee, demo.url, colleague, 'nykomlingens-losenord');
    await heading(invitee, 'Översikt');
    await invitee.context().close();

    // Signed in once, the colleague is no longer listed as invited.
    await page.goto(`${demo.url}/users`);
    await heading(page, 'Användare och roller');
    const active = page.getByRole('row').filter({ hasText: colleague });
    await expect.poll(() => active.textContent()).toContain('Aktiv');
    await page.context().close();
  });

  it("reads an area's outline from a .geojson file and refuses one that is not closed", async () => {
    const page = await demo.signedInPage(admin);
    await inSwedish(page);
    await page.goto(`${demo.url}/areas`);
    await heading(page, 'Områden och fastigheter');
    // The district and its one area are both called Gryta: edit the area.
    await page.getByRole('region', { name: 'Områden' }).getByRole('button', { name: 'Ändra Gryta' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra området Gryta' });
    await dialog.waitFor();
    const ring = [
      [16.52, 59.635],
      [16.53, 59.635],
      [16.53, 59.64],
      [16.52, 59.64],
    ];
    const file = (name: string, coordinates: number[][]) => ({
      name,
      mimeType: 'application/geo+json',
      buffer: Buffer.from(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [coordinates] } },
          ],
        }),
      ),
    });
    const upload = dialog.locator('input[type=file]');
    await upload.setInputFiles(file('oppen.geojson', ring));
    await dialog
      .getByText('Polygonen är inte sluten: den sista punkten ska vara lika med den första.')
      .waitFor();
    await upload.setInputFiles(file('gryta.geojson', [...ring, ring[0]]));
    await dialog.getByRole('status').filter({ hasText: 'Läste in gryta.geojson: 1 polygon.' }).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const organisation = await organisationBySlug(demo.ctx.db, 'demo');
    const gryta = (await organisationAreas(demo.ctx.db, organisation.id)).find((a) => a.code === 'GRYTA')!;
    expect(gryta.geometry).toEqual({ type: 'Polygon', coordinates: [[...ring, ring[0]]] });
    await page.context().close();
  });

  it('refuses a properties file with one bad row as a whole, with a per-row report in English', async () => {
    const page = await demo.signedInPage(admin);
    const english = page.getByRole('button', { name: 'English' });
    if (await english.isVisible()) await english.click();
    await page.getByRole('button', { name: 'Svenska' }).waitFor();
    await page.goto(`${demo.url}/areas`);
    await heading(page, 'Areas and properties');
    await page.getByRole('tab', { name: 'Import' }).click();
    const csv = [
      'district,area_code,area_name,property_code,address,households,lat,lon',
      'Bäckby,E2E-IMP,Importområdet,E2E-P1,Provgatan 1,12,59.61,16.47',
      'Bäckby,E2E-IMP,Importområdet,E2E-P2,Provgatan 2,tolv,59.61,16.47',
    ].join('\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'fastigheter.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('The file was not imported: 1 row has errors. Nothing has been changed.').waitFor();
    const errors = page.getByRole('table', { name: 'Errors by row' });
    const row = errors.getByRole('row').filter({ hasText: 'households' });
    expect(await row.getByRole('rowheader').textContent()).toBe('3');
    expect(await row.textContent()).toContain('Must be a whole number, was "tolv".');
    await expectAccessible(page);
    // All or nothing: the good row 2 was not stored either.
    const organisation = await organisationBySlug(demo.ctx.db, 'demo');
    const properties = propertyRegister(demo.ctx.db, organisation.id);
    const stored = await demo.ctx.db.select().from(properties).where(eq(properties.code, 'E2E-P1'));
    expect(stored).toEqual([]);
    await page.context().close();
  });

  it("opens an area's profile from the overview: facts, the housing section, a year chosen", async () => {
    const page = await demo.page();
    // A safety host of Bäckby sees the profiles of the three Bäckby areas, nothing else.
    await signInAs(page, demo.url, 'vard.backby@demo.grannskap.se');
    await heading(page, 'Översikt');
    const perArea = page.getByRole('table', { name: 'Hushåll per område' });
    await perArea.waitFor();
    expect(await perArea.getByRole('rowheader').allTextContents()).toEqual([
      'Bäckby centrum',
      'Bäckby norra',
      'Bäckby södra',
    ]);
    await perArea.getByRole('link', { name: 'Bäckby norra' }).click();
    await heading(page, 'Bäckby norra');
    expect(new URL(page.url()).pathname).toMatch(/^\/areas\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2, name: 'Bostäder' }).waitFor();
    // Every section is listed at the top, to jump to on a long (phone) page.
    const contents = page.getByRole('navigation', { name: 'Avsnitt på sidan' });
    expect(await contents.getByRole('link', { name: 'Bostäder' }).getAttribute('href')).toBe(
      '#profile-areas',
    );
    const housing = page.getByRole('table', { name: 'Fastigheter i området' });
    await housing.waitFor();
    // The facts line and the section agree with the properties listed in the table.
    const rows = await housing.getByRole('row').count();
    const properties = rows - 1;
    const facts = (await page.locator('dl').first().textContent()) ?? '';
    expect(facts).toContain('StadsdelBäckby');
    expect(facts).toContain(`Fastigheter${properties}`);
    // The overview's navigation item stays marked on a profile.
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await nav.getByRole('link', { name: 'Översikt' }).getAttribute('data-active')).toBe('true');
    await expectAccessible(page);

    const lastYear = String(swedishYear(e2eNow()) - 1);
    await page.getByRole('combobox', { name: 'År' }).selectOption(lastYear);
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(lastYear);
    await page.getByRole('heading', { level: 2, name: 'Bostäder' }).waitFor();
    await expectAccessible(page);

    // Another host's area is refused with the server's message, not shown.
    const organisation = await organisationBySlug(demo.ctx.db, 'demo');
    const raby = (await organisationAreas(demo.ctx.db, organisation.id)).find(
      (a) => a.code === 'RABY-OSTRA',
    )!;
    await page.goto(`${demo.url}/areas/${raby.id}`);
    await page.getByRole('alert').filter({ hasText: 'Du har inte behörighet till det här.' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: '← Till översikten' }).click();
    await heading(page, 'Översikt');
    await page.context().close();
  });

  it('works on a 360 px phone with the navigation behind a burger', async () => {
    const page = await demo.signedInPage(admin, phone);
    await heading(page, /Översikt|Overview/);
    const burger = page.getByRole('button', { name: /Öppna menyn|Open the menu/ });
    await burger.click();
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: /Ändringslogg|Audit log/ }).click();
    await heading(page, /Ändringslogg|Audit log/);
    // No sideways scrolling of the page itself at 360 px.
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows a safety host the framework: material areas, focus areas, indicators and their UN goals, in both languages', async () => {
    const page = await demo.signedInPage('vard.backby@demo.grannskap.se');
    await inSwedish(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Ramverk och indikatorer' }).click();
    await heading(page, 'Ramverk och indikatorer');
    await page.getByRole('heading', { level: 2, name: 'Hållbara stadsdelar' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Trygghet' }).waitFor();
    const safetyIndex = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'Trygghetsindex' }) });
    await expect.poll(() => safetyIndex.textContent()).toContain('Mål 11: Hållbara städer och samhällen');
    // The target's code is read out with its word ("Delmål 11.7"), then its official text.
    await expect.poll(() => safetyIndex.textContent()).toContain('Delmål 11.7');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Framework and indicators');
    const inEnglish = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'Safety index' }) });
    await expect
      .poll(() => inEnglish.getByText('Goal 11: Sustainable cities and communities').count())
      .toBe(1);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await heading(page, 'Ramverk och indikatorer');
    await page.context().close();
  });
});
