import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn, testActor } from '../../../test/fixtures';
import { setUpTestApp, testConfig } from '../../../test/harness';
import { swedishYear } from '../../shared/time';
import { setGoal } from '../goals';
import type { AnnualReportDocument, EditableTextBlock, TextVersion } from './annual-report.contract';

const t = setUpTestApp();

// The test clock stands in December 2026: last year's report is 2025's, and 2027 has not begun.
const thisYear = swedishYear(testConfig.clock());
const year = thisYear - 1;
const texts = `/api/v1/annual-report/${year}/texts`;
const history = (area: string, lang = 'sv') => `${texts}/history?material_area=${area}&lang=${lang}`;
const neighbourhoods = 'Tryggheten i Bäckby har ökat sedan trygghetsvärdarna började gå kvällsrundor.';

const save = (
  session: Awaited<ReturnType<typeof signIn>>,
  body: string,
  extra: Record<string, unknown> = {},
) =>
  session.request('PUT', texts, {
    material_area: 'sustainable_neighbourhoods',
    language: 'sv',
    body,
    ...extra,
  });

describe('the annual report’s texts and document', () => {
  it('puts the newest version of a text in the report with its writer, keeping the older one as history', async () => {
    await seedOrganisation(t.db);
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const admin = await signIn(t.app, 'admin@alfa.test');

    const first = await save(analyst, 'Ett första utkast.', { based_on: null });
    expect(first.statusCode).toBe(200);
    const firstBlock: EditableTextBlock = first.json();
    expect(firstBlock).toMatchObject({ body: 'Ett första utkast.', written_by: 'analyst alfa', versions: 1 });
    const second = await save(admin, neighbourhoods, { based_on: firstBlock.version_id });
    expect(second.statusCode).toBe(200);

    const document: AnnualReportDocument = (
      await analyst.get(`/api/v1/annual-report/${year}?lang=sv`)
    ).json();
    expect(document).toMatchObject({ year, organisation: 'Bostäder alfa', language: 'sv' });
    expect(document.material_areas.map((b) => [b.material_area, b.name, b.body, b.written_by])).toEqual([
      ['sustainable_neighbourhoods', 'Hållbara stadsdelar', neighbourhoods, 'admin alfa'],
      ['good_community_actor', 'God samhällsaktör', '', null],
      ['sustainable_working_life', 'Hållbart arbetsliv', '', null],
      ['human_rights', 'Mänskliga rättigheter', '', null],
    ]);
    // Written "now" by the test clock, which starts at 09:00 on 7 December 2026 (08:00 UTC).
    expect(document.material_areas[0].written_at!.slice(0, 13)).toBe('2026-12-07T08');
    expect(document.generated_at.slice(0, 13)).toBe('2026-12-07T08');
    expect(document.indicators.map((i) => i.id)).toContain('safety_index');

    const versions: TextVersion[] = (await analyst.get(history('sustainable_neighbourhoods'))).json();
    expect(versions.map((v) => [v.body, v.written_by])).toEqual([
      [neighbourhoods, 'admin alfa'],
      ['Ett första utkast.', 'analyst alfa'],
    ]);
    expect(versions[0].written_at > versions[1].written_at).toBe(true);

    // The English report has its own texts (none yet) and English names.
    const english: AnnualReportDocument = (await analyst.get(`/api/v1/annual-report/${year}?lang=en`)).json();
    expect(english.material_areas.map((b) => [b.name, b.body])).toEqual([
      ['Sustainable neighbourhoods', ''],
      ['Good community actor', ''],
      ['Sustainable working life', ''],
      ['Human rights', ''],
    ]);
    // The other year's report does not have this year's text.
    const before: EditableTextBlock[] = (
      await analyst.get(`/api/v1/annual-report/${year - 1}/texts?lang=sv`)
    ).json();
    expect(before[0]).toMatchObject({ body: '', written_by: null, version_id: null, versions: 0 });

    const audit = (await admin.get('/api/v1/audit?entity=report_text')).json();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ entityLabel: 'Text i årsrapporten', actorName: 'admin alfa' });
  });

  it('takes each indicator’s target from the goals page', async () => {
    const seed = await seedOrganisation(t.db);
    const analyst = testActor(seed.organisation.id, 'analyst', 'all');
    await setGoal({ db: t.db }, analyst, {
      indicatorId: 'activity_participants',
      year,
      areaId: null,
      target: 1234,
    });
    const viewer = await signIn(t.app, 'viewer@alfa.test');
    const document: AnnualReportDocument = (await viewer.get(`/api/v1/annual-report/${year}`)).json();
    const participants = document.indicators.find((i) => i.id === 'activity_participants')!;
    expect(participants.target).toBe(1234);
    // No sessions were held: 0 participants against a goal of 1,234 is not met.
    expect(participants.value).toBe(0);
    expect(participants.status).toBe('not met');
    expect(participants.trend.at(-1)).toMatchObject({ year, target: 1234 });
    expect(participants.trend.at(-2)).toMatchObject({ year: year - 1, target: null });
  });

  it('downloads the report as PDF, HTML, XLSX and JSON, each with its type and file name', async () => {
    await seedOrganisation(t.db);
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    await save(analyst, neighbourhoods);
    const download = (format: string, lang = 'sv') =>
      analyst.get(`/api/v1/annual-report/${year}/download?format=${format}&lang=${lang}`);

    const pdf = await download('pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      `attachment; filename="hallbarhetsrapport-${year}-sv.pdf"`,
    );
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(5000);

    const html = await download('html');
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-disposition']).toBe(
      `attachment; filename="hallbarhetsrapport-${year}-sv.html"`,
    );
    expect(html.body).toMatch(/^<!doctype html>/i);
    expect(html.body).toContain('Bostäder alfa');

    const xlsx = await download('xlsx', 'en');
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers['content-disposition']).toBe(
      `attachment; filename="hallbarhetsrapport-${year}-en.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);

    const json = await download('json');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['content-disposition']).toBe(
      `attachment; filename="hallbarhetsrapport-${year}-sv.json"`,
    );
    // The JSON file is the document the page reads, made a moment later.
    const file: AnnualReportDocument = JSON.parse(json.body);
    const page: AnnualReportDocument = (await analyst.get(`/api/v1/annual-report/${year}?lang=sv`)).json();
    expect({ ...file, generated_at: null }).toEqual({ ...page, generated_at: null });
    expect(file.material_areas[0]).toMatchObject({ body: neighbourhoods, written_by: 'analyst alfa' });
  });

  it('lets viewers read but not write, and hosts and partners neither', async () => {
    await seedOrganisation(t.db);
    const viewer = await signIn(t.app, 'viewer@alfa.test');
    expect((await viewer.get(`${texts}?lang=sv`)).statusCode).toBe(200);
    expect((await viewer.get(`/api/v1/annual-report/${year}/download?format=json`)).statusCode).toBe(200);
    expect((await save(viewer, 'Styrelsen skriver.')).statusCode).toBe(403);
    for (const role of ['host', 'partner']) {
      const session = await signIn(t.app, `${role}@alfa.test`);
      expect((await session.get(`/api/v1/annual-report/${year}`)).statusCode, role).toBe(403);
      expect((await session.get(`${texts}?lang=sv`)).statusCode, role).toBe(403);
      expect((await session.get(history('human_rights'))).statusCode, role).toBe(403);
      expect((await save(session, 'Värden skriver.')).statusCode, role).toBe(403);
    }
    const admin = await signIn(t.app, 'admin@alfa.test');
    expect((await admin.get(history('sustainable_neighbourhoods'))).json()).toEqual([]);
  });

  it('refuses a bad text with a message in the writer’s language and writes nothing', async () => {
    await seedOrganisation(t.db);
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const kept = await save(analyst, neighbourhoods);
    const base = (kept.json() as EditableTextBlock).version_id;

    const future = await analyst.request('PUT', `/api/v1/annual-report/${thisYear + 1}/texts`, {
      material_area: 'human_rights',
      language: 'sv',
      body: 'Nästa år.',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toBe(
      `Årsrapporten kan göras för åren 2000–${thisYear}, inte för ${thisYear + 1}.`,
    );

    const long = await save(analyst, 'x'.repeat(20_001));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toBe('Texten får vara högst 20000 tecken; den här har 20001.');

    const personal = await save(analyst, 'Ring trygghetsvärden på 070-123 45 67.');
    expect(personal.statusCode).toBe(422);
    expect(personal.json().error.message).toContain('telefonnummer');

    const unknownArea = await analyst.request('PUT', texts, {
      material_area: 'tenant_happiness',
      language: 'sv',
      body: 'Text.',
    });
    expect(unknownArea.statusCode).toBe(400);
    expect(unknownArea.json().error.message).toMatch(
      /^Uppgifterna är inte giltiga: material_area: ska vara något av/,
    );

    const badLanguage = await analyst.request('PUT', texts, {
      material_area: 'human_rights',
      language: 'de',
      body: 'Text.',
    });
    expect(badLanguage.statusCode).toBe(400);

    // Someone saved after the version this writer started from.
    const other = await signIn(t.app, 'admin@alfa.test');
    const newer = await save(other, 'Adminens version.', { based_on: base });
    expect(newer.statusCode).toBe(200);
    const stale = await save(analyst, 'Analytikerns version.', { based_on: base });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/^admin alfa har sparat en nyare version av texten/);

    const english = await signIn(t.app, 'admin@alfa.test');
    await english.request('PUT', '/api/v1/auth/me/language', { language: 'en' });
    const englishFuture = await english.request('PUT', `/api/v1/annual-report/${thisYear + 1}/texts`, {
      material_area: 'human_rights',
      language: 'en',
      body: 'Next year.',
    });
    expect(englishFuture.json().error.message).toBe(
      `The annual report can be made for the years 2000–${thisYear}, not for ${thisYear + 1}.`,
    );

    const versions: TextVersion[] = (await analyst.get(history('sustainable_neighbourhoods'))).json();
    expect(versions.map((v) => v.body)).toEqual(['Adminens version.', neighbourhoods]);
    expect((await analyst.get(history('human_rights'))).json()).toEqual([]);
    expect((await other.get('/api/v1/audit?entity=report_text')).json()).toHaveLength(2);
  });
});
