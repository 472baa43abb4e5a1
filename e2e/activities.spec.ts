import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { swedishToday } from '../src/shared/time';
import { e2eNow, expectAccessible, expectNoSidewaysScroll, heading, phone, setUpDemoSuite } from './harness';

// Issue 6: create an activity, log a session on a phone, and find it in the area's public
// calendar (served without JavaScript) and in its iCalendar feed (parsed with ical.js).

const admin = 'admin@demo.grannskap.se';
const host = 'vard.backby@demo.grannskap.se';
const activityName = 'E2E Innebandy för unga';
const demo = setUpDemoSuite();

describe('activities', () => {
  it('creates an activity, logs a session on a phone and shows it in the public calendar and feed', async () => {
    // 1. The admin registers a public activity in Bäckby norra.
    const page = await demo.signedInPage(admin);
    await page.goto(`${demo.url}/activities`);
    await heading(page, 'Aktiviteter');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ny aktivitet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny aktivitet' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Namn' }).fill(activityName);
    await dialog.getByRole('textbox', { name: 'Fokusområde' }).click();
    await page.getByRole('option', { name: 'Gemenskap' }).click();
    await dialog.getByRole('textbox', { name: 'Områden' }).click();
    await page.getByRole('option', { name: /Bäckby norra/ }).click();
    await dialog.getByRole('textbox', { name: 'Plats' }).click();
    await dialog.getByRole('textbox', { name: 'Plats' }).fill('Bäckby sporthall');
    await dialog.getByRole('checkbox', { name: 'Visa i den publika kalendern' }).check();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await heading(page, activityName);
    await expectAccessible(page);
    await page.context().close();

    // 2. The safety host of Bäckby logs tonight's session on a 360 px phone.
    const phonePage = await demo.signedInPage(host, phone);
    await phonePage.goto(`${demo.url}/activities/log`);
    await heading(phonePage, 'Registrera tillfälle');
    await phonePage.getByLabel('Aktivitet').selectOption({ label: activityName });
    await expect.poll(() => phonePage.getByLabel(/^Område/).inputValue()).not.toBe('');
    await phonePage.getByLabel('Starttid').fill('18:00');
    await phonePage.getByRole('textbox', { name: 'Antal deltagare' }).fill('14');
    await phonePage.getByRole('textbox', { name: 'Kvinnor/flickor' }).fill('8');
    await phonePage.getByRole('textbox', { name: 'Män/pojkar' }).fill('6');
    await expectAccessible(phonePage);
    await expectNoSidewaysScroll(phonePage);
    await phonePage.getByRole('button', { name: 'Spara tillfälle' }).click();
    await phonePage.getByRole('status').filter({ hasText: 'Tillfället är sparat' }).waitFor();

    // A miscount: the host opens the session from the activity's page and corrects it to 15.
    await phonePage.getByRole('link', { name: `Visa ${activityName}` }).click();
    await heading(phonePage, activityName);
    const today = swedishToday(e2eNow());
    await phonePage.getByRole('link', { name: `Ändra tillfället ${today} 18:00` }).click();
    await heading(phonePage, 'Ändra tillfälle');
    const total = phonePage.getByRole('textbox', { name: 'Antal deltagare' });
    await expect.poll(() => total.inputValue()).toBe('14');
    await total.fill('15');
    await phonePage.getByRole('textbox', { name: 'Män/pojkar' }).fill('7');
    await expectAccessible(phonePage);
    await phonePage.getByRole('button', { name: 'Spara tillfälle' }).click();
    await heading(phonePage, activityName);
    const row = phonePage.getByRole('row').filter({ hasText: `${today} 18:00` });
    await expect.poll(() => row.textContent()).toContain('15');
    await expectNoSidewaysScroll(phonePage);
    await phonePage.context().close();

    // 3. The public calendar page works without JavaScript.
    const noScript = await demo.browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
    const calendar = await noScript.newPage();
    await calendar.goto(`${demo.url}/kalender/demo`);
    await heading(calendar, /Aktiviteter hos/);
    await calendar.getByRole('link', { name: 'Bäckby norra' }).click();
    await heading(calendar, 'Aktiviteter i Bäckby norra');
    const entry = calendar.getByRole('listitem').filter({ hasText: activityName });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('18:00');
    await noScript.close();
    // axe-core runs as a script, so the accessibility check needs a context with JavaScript.
    const checked = await demo.page(phone);
    await checked.goto(`${demo.url}/kalender/demo/BACKBY-NORRA`);
    await heading(checked, 'Aktiviteter i Bäckby norra');
    await expectAccessible(checked);
    await checked.context().close();

    // 4. The iCalendar feed holds the session at 18:00 Swedish time today.
    const res = await fetch(`${demo.url}/kalender/demo/BACKBY-NORRA.ics`);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const component = new ICAL.Component(ICAL.parse(await res.text()));
    const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const ours = events.filter((e) => e.summary === activityName);
    expect(ours).toHaveLength(1);
    expect(ours[0].location).toBe('Bäckby sporthall');
    const start = ours[0].startDate.toJSDate();
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).format(start);
    expect(local).toBe(`${today} 18:00`);
  }, 300_000);

  it('shows the programs with exits to work and a before/after comparison', async () => {
    const page = await demo.signedInPage(admin);
    await page.goto(`${demo.url}/programs`);
    await heading(page, 'Program');
    const row = page.getByRole('row').filter({ hasText: 'Jobbpunkt' });
    await row.waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'En frisk generation' }).click();
    await heading(page, 'En frisk generation');
    // Last year's cohort: 17 families, each adult answering at start and end.
    const table = page.getByRole('table', { name: /Före och efter/ });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    await expectAccessible(page);
    await page.context().close();
  }, 300_000);
});
