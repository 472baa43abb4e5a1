import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../src/core/audit.table';
import { isoWeekOf } from '../src/shared/time';
import {
  e2eClockStart,
  expectAccessible,
  expectNoSidewaysScroll,
  heading,
  phone,
  setUpDemoSuite,
} from './harness';

// Issue 4: a police reporter files a restricted report and a municipality reporter an ordinary one;
// the coordinator reviews, merges a duplicate, grades two areas and prints the week's picture; the
// municipality reporter cannot see the restricted report, neither in the UI nor through the API.

const police = 'polis@demo.grannskap.se';
const municipality = 'kommun@demo.grannskap.se';
const coordinator = 'analytiker@demo.grannskap.se';
// The week of the suite's fixed clock, a Monday morning: 2026-W47.
const week = isoWeekOf(new Date(e2eClockStart));
const restrictedText = 'E2E misstänkt försäljning vid garaget';
const ordinaryText = 'E2E ungdomar samlas vid kiosken';
const duplicateText = 'E2E grupp vid kiosken, hög musik';

const demo = setUpDemoSuite();

async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Fills and sends the report form; returns the new report's id from the API response. */
async function fileReport(
  page: Page,
  report: { area: string; category: RegExp; text: string; restricted?: boolean },
): Promise<string> {
  await choose(page, 'Område', report.area);
  await choose(page, 'Kategori', report.category);
  await page.getByRole('textbox', { name: 'Kort beskrivning' }).fill(report.text);
  if (report.restricted) await page.getByRole('checkbox', { name: /Sekretess/ }).check();
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/situation/reports') && r.request().method() === 'POST',
    ),
    page.getByRole('button', { name: 'Skicka rapport' }).click(),
  ]);
  expect(response.status()).toBe(201);
  await page.getByRole('status').filter({ hasText: 'Rapporten är skickad.' }).waitFor();
  return ((await response.json()) as { id: string }).id;
}

describe('EST situation picture', () => {
  it('runs a week: restricted and ordinary reports, review, merge, two grades, the printed picture', async () => {
    // 1. The police reporter: a description with a personal identity number is refused, saying what
    //    to remove; the corrected restricted report goes through, and an ordinary report that
    //    duplicates the municipality's.
    const policePage = await demo.signedInPage(police);
    await policePage.goto(`${demo.url}/situation/report`);
    await heading(policePage, 'Rapportera händelse');
    await policePage.getByText('Skriv aldrig namn', { exact: false }).first().waitFor();
    await expectAccessible(policePage);
    await choose(policePage, 'Område', 'Bäckby norra (Bäckby)');
    await choose(policePage, 'Kategori', /narkotikaförsäljning/);
    await policePage
      .getByRole('textbox', { name: 'Kort beskrivning' })
      .fill('Man med personnummer 811218-9876');
    await policePage.getByRole('button', { name: 'Skicka rapport' }).click();
    await policePage.getByRole('alert').filter({ hasText: 'personnummer (811218-****)' }).waitFor();
    const restrictedId = await fileReport(policePage, {
      area: 'Bäckby norra (Bäckby)',
      category: /narkotikaförsäljning/,
      text: restrictedText,
      restricted: true,
    });
    await fileReport(policePage, {
      area: 'Bäckby norra (Bäckby)',
      category: /Samlingar som stör/,
      text: duplicateText,
    });

    // 2. The municipality reporter files an ordinary report, on a 360 px phone.
    const kommunPage = await demo.signedInPage(municipality, phone);
    await kommunPage.goto(`${demo.url}/situation/report`);
    await heading(kommunPage, 'Rapportera händelse');
    await kommunPage.getByText('Du rapporterar för Västerås stad, fritid.').waitFor();
    await expectAccessible(kommunPage);
    await expectNoSidewaysScroll(kommunPage);
    const ordinaryId = await fileReport(kommunPage, {
      area: 'Bäckby norra (Bäckby)',
      category: /Samlingar som stör/,
      text: ordinaryText,
    });

    // 3. The municipality reporter cannot see the restricted report: not in the UI …
    await kommunPage.reload();
    await kommunPage.getByRole('cell', { name: ordinaryText }).waitFor();
    expect(await kommunPage.getByText(restrictedText).count()).toBe(0);
    // … and not through the API, neither in the list nor by id.
    const list = await kommunPage.request.get(`${demo.url}/api/v1/situation/reports?week=${week}`);
    expect(list.status()).toBe(200);
    const ids = ((await list.json()) as { id: string }[]).map((r) => r.id);
    expect(ids).toContain(ordinaryId);
    expect(ids).not.toContain(restrictedId);
    expect(
      (await kommunPage.request.get(`${demo.url}/api/v1/situation/reports/${restrictedId}`)).status(),
    ).toBe(404);
    // Nor is the uncompiled week's picture shown to a partner.
    expect(
      (await kommunPage.request.get(`${demo.url}/api/v1/situation/weeks/${week}/picture`)).status(),
    ).toBe(409);

    // 4. The coordinator reviews the restricted report and merges the police's duplicate into the
    //    municipality's report.
    const coordPage = await demo.signedInPage(coordinator);
    await coordPage.goto(`${demo.url}/situation/review?week=${week}`);
    await heading(coordPage, 'EST-samordning');
    const row = (text: string) => coordPage.getByRole('row').filter({ hasText: text });
    await row(restrictedText).waitFor();
    await expectAccessible(coordPage);
    await row(restrictedText).getByRole('button', { name: 'Markera granskad' }).click();
    await row(restrictedText).getByText('Granskad').waitFor();
    await row(ordinaryText).getByRole('radio').check();
    await row(duplicateText).getByRole('checkbox').check();
    await coordPage.getByRole('button', { name: 'Slå ihop markerade in i vald' }).click();
    await row(duplicateText).getByText('Sammanslagen').waitFor();
    await row(ordinaryText).getByText('Granskad').waitFor();

    // 5. The coordinator grades two areas, with Grannskap's proposal shown.
    await coordPage.goto(`${demo.url}/situation?week=${week}`);
    await heading(coordPage, 'Lägesbild');
    for (const [area, level, rationale] of [
      ['Bäckby norra', /^3 Oroligt/, 'E2E samlingar och misstänkt försäljning, flera aktörer ser samma sak'],
      ['Råby östra', /^1 Normalläge/, 'E2E lugnt, inga avvikelser'],
    ] as const) {
      await choose(coordPage, 'Område', area);
      await coordPage.getByText(/^Förslag: nivå \d/).waitFor();
      await choose(coordPage, 'Nivå', level);
      await coordPage.getByRole('textbox', { name: 'Motivering' }).fill(rationale);
      await coordPage.getByRole('button', { name: 'Spara bedömning' }).click();
      await coordPage.getByRole('row').filter({ hasText: rationale }).waitFor();
    }
    const gradesRow = coordPage.getByRole('row').filter({ hasText: 'E2E samlingar och misstänkt' });
    await gradesRow.getByText('3 Oroligt').waitFor();
    await expectAccessible(coordPage);

    // 6. … and prints the week's picture.
    const href = await coordPage.getByRole('link', { name: 'Skriv ut (PDF)' }).getAttribute('href');
    expect(href).toBe(`/api/v1/situation/weeks/${week}/picture.pdf`);
    const pdf = await coordPage.request.get(`${demo.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // 7. The coordinator compiles the week (the demo's other reports of the week reviewed first,
    //    through the API, to keep the test short) …
    const weekReports = (await (
      await coordPage.request.get(`${demo.url}/api/v1/situation/reports?week=${week}`)
    ).json()) as {
      id: string;
      areaName: string;
      status: string;
      restricted: boolean;
      mergedInto: string | null;
      count: number;
    }[];
    const csrf = await coordPage.evaluate(async () => {
      const me = await fetch('/api/v1/auth/me').then((r) => r.json());
      return me.csrfToken as string;
    });
    for (const r of weekReports.filter((x) => x.status === 'submitted' && !x.mergedInto)) {
      const res = await coordPage.request.patch(`${demo.url}/api/v1/situation/reports/${r.id}`, {
        data: { status: 'reviewed' },
        headers: { 'x-csrf-token': csrf },
      });
      expect(res.status()).toBe(200);
    }
    await coordPage.goto(`${demo.url}/situation/review?week=${week}`);
    await heading(coordPage, 'EST-samordning');
    await coordPage.getByRole('button', { name: 'Sammanställ veckan' }).click();
    await coordPage.getByRole('status').filter({ hasText: 'Veckan är sammanställd.' }).waitFor();

    // … and the municipality reporter sees the compiled picture, its counts without the restricted
    // reports: Bäckby norra's total for them is the coordinator's less the restricted incidents.
    await kommunPage.goto(`${demo.url}/situation?week=${week}`);
    await heading(kommunPage, 'Lägesbild');
    await kommunPage.getByText('Sekretessmarkerade rapporter ingår inte i antalen.').waitFor();
    await expectAccessible(kommunPage);
    type PictureAreas = { areas: { name: string; total: number }[] };
    const totalIn = async (page: Page) =>
      (
        (await (
          await page.request.get(`${demo.url}/api/v1/situation/weeks/${week}/picture`)
        ).json()) as PictureAreas
      ).areas.find((a) => a.name === 'Bäckby norra')!.total;
    const restrictedInNorth = weekReports
      .filter((r) => r.areaName === 'Bäckby norra' && r.restricted && !r.mergedInto)
      .reduce((sum, r) => sum + r.count, 0);
    expect(restrictedInNorth).toBeGreaterThanOrEqual(1);
    expect(await totalIn(kommunPage)).toBe((await totalIn(coordPage)) - restrictedInNorth);
    expect(await kommunPage.getByText(restrictedText).count()).toBe(0);

    // Every view of the restricted report is in the audit log (read straight from the database: the
    // audit page is for admins); the municipality reporter's attempt shows no view of it.
    const views = await demo.ctx.db
      .select({ actorName: auditLog.actorName })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'view_restricted'), eq(auditLog.entityId, restrictedId)));
    const viewers = new Set(views.map((v) => v.actorName));
    expect(viewers).toEqual(new Set(['Petra Polis', 'Anton Analys']));

    await policePage.context().close();
    await kommunPage.context().close();
    await coordPage.context().close();
  });

  it('shows the yearly analysis and the EST settings, accessibly', async () => {
    const page = await demo.signedInPage('admin@demo.grannskap.se');
    await page.goto(`${demo.url}/situation/analysis`);
    await heading(page, 'EST-analys');
    await page.getByRole('table', { name: /Områden, flest händelser per 1 000 hushåll först/ }).waitFor();
    await expectAccessible(page);
    await page.goto(`${demo.url}/situation/settings`);
    await heading(page, 'EST-inställningar');
    await page
      .getByRole('table', { name: 'EST-aktörer' })
      .getByRole('cell', { name: 'Polisen Västerås' })
      .waitFor();
    // The municipality's coordinator is listed as EST coordinator in the demo.
    expect(await page.getByRole('switch', { name: 'Sara Samordnare är EST-samordnare' }).isChecked()).toBe(
      true,
    );
    await page.getByRole('heading', { name: 'Bedömningsskala' }).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets the municipality’s listed coordinator reach the review from the picture', async () => {
    const page = await demo.signedInPage('samordnare@demo.grannskap.se', phone);
    await page.goto(`${demo.url}/situation`);
    await heading(page, 'Lägesbild');
    await page.getByRole('link', { name: 'Granska veckans rapporter' }).click();
    await heading(page, 'EST-samordning');
    await page.getByRole('table', { name: /Rapporter vecka/ }).waitFor();
    await page.getByRole('heading', { name: 'Vilka har rapporterat' }).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });
});
