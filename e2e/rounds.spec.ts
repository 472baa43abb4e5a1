import { and, eq, inArray } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { actions, findingPhotos, findings, jpegWithGps, presenceShifts } from '../src/modules/rounds/testing';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  heading,
  phone,
  setUpDemoSuite,
  signInAs,
} from './harness';

// Issue 5: a safety host walks a round on a phone in a basement without network. Three findings
// with photos are recorded offline, survive a reload, and reach the server exactly once when the
// phone is back online; the "high" one has become an action.

const host = 'vard.backby@demo.grannskap.se';
const demo = setUpDemoSuite();

const notes = [
  'E2E lampa trasig i källargången',
  'E2E porten går inte i lås',
  'E2E barnvagnar framför branddörren',
];

/** The host signs in, waits for the offline app, and starts the basement checklist at the first property. */
async function startBasementRound(page: Page) {
  await signInAs(page, demo.url, host);
  await page.goto(`${demo.url}/rounds/field`);
  await page.locator('html[data-rounds-offline="ready"]').waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByLabel('Fastighet').inputValue()).not.toBe('');
  await page.getByLabel('Checklista').selectOption({ label: 'Källargångar och förråd' });
  await page.getByRole('button', { name: 'Starta ronden' }).click();
  await heading(page, /Källargångar och förråd/);
}

async function recordFinding(
  page: Page,
  item: string,
  severity: 'Låg' | 'Medel' | 'Hög',
  note: string,
  photo: Buffer,
) {
  const form = page.getByRole('form', { name: 'Registrera fynd' });
  await form.getByLabel('Punkt').selectOption({ label: item });
  await form.getByRole('radio', { name: severity }).check();
  await form.getByLabel('Beskrivning').fill(note);
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: photo });
  await form.getByRole('button', { name: 'Spara fyndet' }).click();
  await page.getByTestId('finding').filter({ hasText: note }).waitFor();
}

describe('rounds offline', () => {
  it('keeps findings on the phone while offline, through a reload, and syncs them exactly once', async () => {
    const photo = await jpegWithGps(1200, 900);
    const page = await demo.signedInPage(host, phone);
    const context = page.context();
    // signInAs returns once a <main> shows, which the sign-in page has too: wait until signed in.
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

    await page.goto(`${demo.url}/rounds/field`);
    await heading(page, 'Rondering');
    // The service worker is installed, controls the page and has cached the app shell.
    await page.locator('html[data-rounds-offline="ready"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByLabel('Fastighet').inputValue()).not.toBe('');
    await page.getByLabel('Checklista').selectOption({ label: 'Källargångar och förråd' });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Starta ronden' }).click();
    await heading(page, /Källargångar och förråd/);
    const roundUrl = page.url();

    await context.setOffline(true);
    await page
      .getByTestId('sync-status')
      .getByText(/Ingen uppkoppling/)
      .waitFor();
    await recordFinding(page, 'Belysning', 'Låg', notes[0], photo);
    await recordFinding(page, 'Lås', 'Medel', notes[1], photo);
    await recordFinding(page, 'Brandrisker', 'Hög', notes[2], photo);
    await expect.poll(() => page.getByTestId('finding').count()).toBe(3);
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    // Reloaded without a network: the shell comes from the service worker, the findings from IndexedDB.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await heading(page, /Källargångar och förråd/);
    expect(page.url()).toBe(roundUrl);
    await expect.poll(() => page.getByTestId('finding').count()).toBe(3);
    for (const note of notes) await page.getByTestId('finding').filter({ hasText: note }).waitFor();
    expect(await page.getByTestId('finding-state').allTextContents()).toEqual([
      'Ej skickad',
      'Ej skickad',
      'Ej skickad',
    ]);

    const stored = () => demo.ctx.db.select().from(findings).where(inArray(findings.note, notes));
    expect(await stored()).toHaveLength(0);

    // Back online: the queue is sent by itself.
    await context.setOffline(false);
    await page
      .getByTestId('sync-status')
      .getByText(/allt är skickat/)
      .waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('finding-state').allTextContents()).toEqual([
      'Skickad',
      'Skickad',
      'Skickad',
    ]);

    // A second sync (a reload online replays whatever is left) must not add anything.
    await page.reload();
    await page
      .getByTestId('sync-status')
      .getByText(/allt är skickat/)
      .waitFor();
    const rows = await stored();
    expect(rows.map((r) => r.note).sort()).toEqual([...notes].sort());
    const ids = rows.map((r) => r.id);
    expect(
      await demo.ctx.db.select().from(findingPhotos).where(inArray(findingPhotos.findingId, ids)),
    ).toHaveLength(3);
    const high = rows.find((r) => r.severity === 'high')!;
    expect(high.note).toBe(notes[2]);
    const created = await demo.ctx.db.select().from(actions).where(inArray(actions.findingId, ids));
    expect(created).toHaveLength(1);
    expect(created[0].findingId).toBe(high.id);
    const photoRows = await demo.ctx.db
      .select({ w: findingPhotos.width })
      .from(findingPhotos)
      .where(and(eq(findingPhotos.findingId, high.id)));
    expect(photoRows).toEqual([{ w: 1200 }]);
    await context.close();
  });

  it('records a safety walk’s findings offline, the good ones too, and sends them once', async () => {
    const page = await demo.signedInPage(host, phone);
    const context = page.context();
    await page.goto(`${demo.url}/rounds/walks`);
    await page
      .getByRole('link', { name: /^Trygghetsvandring / })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Möten' }).waitFor();
    await page.locator('html[data-rounds-offline="ready"]').waitFor({ timeout: 30_000 });
    const walkId = page.url().split('/').at(-1)!;

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Möten' }).waitFor();
    const form = page.getByRole('form', { name: 'Registrera fynd' });
    const good = 'E2E nya lampor vid lekplatsen känns trygga';
    const bad = 'E2E trasig grind till gångtunneln';
    await form.getByLabel('Något som fungerar bra').check();
    await form.getByLabel('Beskrivning').fill(good);
    await form.getByRole('button', { name: 'Spara fyndet' }).click();
    await page.getByText(good).waitFor();
    await form.getByRole('radio', { name: 'Hög' }).check();
    await form.getByLabel('Beskrivning').fill(bad);
    await form.getByRole('button', { name: 'Spara fyndet' }).click();
    await page.getByText(bad).waitFor();
    await expect.poll(() => page.getByText('Ej skickad').count()).toBe(2);
    await expectAccessible(page);

    await context.setOffline(false);
    await page
      .getByTestId('sync-status')
      .getByText(/allt är skickat/)
      .waitFor({ timeout: 30_000 });
    const rows = await demo.ctx.db
      .select()
      .from(findings)
      .where(and(eq(findings.walkId, walkId), inArray(findings.note, [good, bad])));
    expect(rows.map((r) => [r.note, r.positive, r.severity]).sort()).toEqual([
      [good, true, null],
      [bad, false, 'high'],
    ]);
    const high = rows.find((r) => r.note === bad)!;
    expect(await demo.ctx.db.select().from(actions).where(eq(actions.findingId, high.id))).toHaveLength(1);
    // The walk's page now shows both from the server, the high one with its action.
    await page.getByText('Har en åtgärd').first().waitFor();
    await context.close();
  });

  it('logs a presence shift offline, keeps it through a reload, and sends it once', async () => {
    // A phone in Sweden: the shift's times are Swedish local time.
    const page = await demo.signedInPage(host, { ...phone, timezoneId: 'Europe/Stockholm' });
    const context = page.context();
    await page.goto(`${demo.url}/rounds/presence`);
    await heading(page, 'Närvaro');
    await page.locator('html[data-rounds-offline="ready"]').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Område', exact: true }).inputValue())
      .not.toBe('');

    await context.setOffline(true);
    const note = 'E2E kvällspass vid torget';
    await page.getByLabel('Datum').fill('2026-06-15');
    await page.getByLabel('Start').fill('18:00');
    await page.getByLabel('Slut').fill('22:30');
    await expect.poll(() => page.getByRole('radio', { name: 'Kväll' }).isChecked()).toBe(true);
    await page.getByLabel('Anteckning').fill(note);
    await page.getByRole('button', { name: 'Spara passet' }).click();
    await page.getByText('1 pass i telefonen, 1 inte skickade.').waitFor();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    await page.reload();
    await page.getByText('1 pass i telefonen, 1 inte skickade.').waitFor();
    const stored = () => demo.ctx.db.select().from(presenceShifts).where(eq(presenceShifts.note, note));
    expect(await stored()).toHaveLength(0);

    await context.setOffline(false);
    await page.getByText('1 pass i telefonen, 0 inte skickade.').waitFor({ timeout: 30_000 });
    await page.reload();
    await page
      .getByTestId('sync-status')
      .getByText(/allt är skickat/)
      .waitFor();
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0].timeOfDay).toBe('evening');
    // 18:00–22:30 on a Swedish summer evening: 4.5 hours, from 16:00 UTC.
    expect(rows[0].startsAt.toISOString()).toBe('2026-06-15T16:00:00.000Z');
    expect((rows[0].endsAt.getTime() - rows[0].startsAt.getTime()) / 3_600_000).toBe(4.5);
    await context.close();
  });

  it('on a shared phone, a sign-out (even offline) leaves nothing of the first user to the next, and keeps what was not sent', async () => {
    const page = await demo.page(phone);
    const context = page.context();
    await startBasementRound(page);
    for (const item of ['Brandrisker', 'Belysning', 'Dörrar', 'Lås'])
      await page.getByRole('radiogroup', { name: item }).getByText('OK', { exact: true }).click();
    await page.getByRole('button', { name: 'Avsluta ronden' }).click();
    await page
      .getByTestId('sync-status')
      .getByText(/allt är skickat/)
      .waitFor({ timeout: 30_000 });
    const cookie = (await context.cookies()).find((c) => c.name === 'grannskap_session')!;

    // In the basement: one more finding that cannot be sent, then the host signs out there.
    await context.setOffline(true);
    const unsent = 'E2E delad telefon: dörren till cykelrummet står öppen';
    await recordFinding(page, 'Dörrar', 'Låg', unsent, await jpegWithGps(400, 300));
    await page.getByRole('button', { name: /Användarmeny/ }).click();
    await page.getByRole('menuitem', { name: 'Logga ut' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/sign-in'));
    const leftBehind = () =>
      page.evaluate(async () => {
        const cache = await caches.open('grannskap-rounds-v2');
        const api = (await cache.keys())
          .map((r) => new URL(r.url).pathname)
          .filter((p) => p.startsWith('/api/'));
        const databases = (await indexedDB.databases())
          .map((d) => d.name)
          .filter((n) => n?.startsWith('grannskap-rounds'));
        return { api, databases };
      });
    const afterSignOut = await leftBehind();
    expect(afterSignOut.api).toEqual([]);
    expect(afterSignOut.databases).toHaveLength(1); // the host's, holding only what was not sent

    // Upstairs the next person signs in: the host's session has been ended on the server first.
    await context.setOffline(false);
    await signInAs(page, demo.url, 'vard.raby@demo.grannskap.se');
    const oldSession = await page.request.get(`${demo.url}/api/v1/auth/me`, {
      headers: { cookie: `grannskap_session=${cookie.value}` },
    });
    expect(oldSession.status()).toBe(401);
    await page.goto(`${demo.url}/rounds/field`);
    await page.getByText('Inga ronder i telefonen än.').waitFor();
    const me = await page.evaluate(async () => {
      const cached = await (await caches.open('grannskap-rounds-v2')).match('/api/v1/auth/me');
      return cached ? ((await cached.json()) as { email: string }).email : null;
    });
    expect(me).toBe('vard.raby@demo.grannskap.se');
    const stored = () => demo.ctx.db.select().from(findings).where(eq(findings.note, unsent));
    expect(await stored()).toHaveLength(0);

    // The host signs in again on the phone: the round is there, and the finding is sent, once.
    await page.getByRole('button', { name: /Användarmeny/ }).click();
    await page.getByRole('menuitem', { name: 'Logga ut' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/sign-in'));
    await signInAs(page, demo.url, host);
    await page.goto(`${demo.url}/rounds/field`);
    await page
      .getByRole('link', { name: /Källargångar och förråd/ })
      .first()
      .waitFor();
    await page
      .getByTestId('sync-status')
      .getByText(/allt är skickat/)
      .waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await stored()).length).toBe(1);
    await context.close();
  });

  it('sends what the phone still holds before signing out, when the network is back', async () => {
    const page = await demo.page(phone);
    const context = page.context();
    await startBasementRound(page);
    // The phone believes it is online, but nothing gets through to the server.
    await context.route('**/api/v1/rounds/sync', (route) => route.abort());
    const note = 'E2E utloggning: lampan i tvättstugan är trasig';
    await recordFinding(page, 'Belysning', 'Låg', note, await jpegWithGps(400, 300));
    await expect.poll(() => page.getByTestId('finding-state').allTextContents()).toContain('Ej skickad');
    const stored = () => demo.ctx.db.select().from(findings).where(eq(findings.note, note));
    expect(await stored()).toHaveLength(0);

    // The signal is back; the host signs out at once, before any retry: the sign-out sends it first.
    await context.unroute('**/api/v1/rounds/sync');
    await page.getByRole('button', { name: /Användarmeny/ }).click();
    await page.getByRole('menuitem', { name: 'Logga ut' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/sign-in'));
    expect(await stored()).toHaveLength(1);
    await context.close();
  });

  it('has accessible rounds pages that fit a 360 px phone', async () => {
    const page = await demo.signedInPage('admin@demo.grannskap.se', phone);
    const context = page.context();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const pages: [string, RegExp][] = [
      ['/rounds/walks', /Trygghetsvandringar/],
      ['/rounds/actions', /Åtgärder/],
      ['/rounds/presence', /Närvaro/],
      ['/rounds/follow-up', /Uppföljning av ronder/],
      ['/rounds/templates', /Checklistor/],
    ];
    for (const [path, title] of pages) {
      await page.goto(`${demo.url}${path}`);
      await heading(page, title);
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    // A demo safety walk: its protocol and its public page.
    await page.goto(`${demo.url}/rounds/walks`);
    await page
      .getByRole('link', { name: /^Trygghetsvandring / })
      .first()
      .click();
    await page.getByRole('link', { name: 'Protokoll (PDF)' }).waitFor();
    await expectAccessible(page);
    const pdfHref = await page.getByRole('link', { name: 'Protokoll (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(`${demo.url}${pdfHref}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const publicHref = await page.getByRole('link', { name: /Publik sida/ }).getAttribute('href');
    const publicPage = await context.newPage();
    await publicPage.goto(`${demo.url}${publicHref}`);
    await heading(publicPage, /Ni sa – vi gjorde/);
    await expectAccessible(publicPage);
    await context.close();
  });
});
