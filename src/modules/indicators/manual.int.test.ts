import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { multipart } from '../../../test/import-files';
import { auditLog } from '../../core/audit.table';
import { buildAnnualReport, publishIndicator } from '../../core/report';
import { organisationIndicators } from './index';
import type { Entry, FrameworkResponse, ManualIndicator } from './indicators.contract';
import { indicatorEntries, manualIndicators } from './indicators.table';
import { surveyShareIndicator } from './testing';

const t = setUpTestApp();
// The test clock is in December 2026: last year's values are complete.
const year = 2025;

async function setUp() {
  const seed = await seedOrganisation(t.db);
  const analyst = await signIn(t.app, 'analyst@alfa.test');
  const created = await analyst.post('/api/v1/indicators/manual', surveyShareIndicator);
  expect(created.statusCode).toBe(201);
  const indicator: ManualIndicator = created.json();
  const enter = (body: object) =>
    analyst.post(`/api/v1/indicators/manual/${indicator.id}/entries`, {
      year,
      areaId: null,
      n: null,
      sourceNote: 'Kundenkät 2025, leverantörens rapport',
      ...body,
    });
  return { seed, analyst, indicator, enter, orgId: seed.organisation.id };
}

async function definitionOf(orgId: string) {
  const [definition] = await organisationIndicators(t.db, orgId);
  expect(definition.id).toBe('manual_survey_safety');
  return definition;
}

describe('hand-entered indicators', () => {
  it('computes a share of 150 out of 200 with its Wilson interval, published as the report publishes any share', async () => {
    const { seed, enter, orgId } = await setUp();
    expect((await enter({ value: 0.75, n: 200 })).statusCode).toBe(201);
    expect((await enter({ value: 0.8, n: 120, areaId: seed.areas[0].id })).statusCode).toBe(201);

    const definition = await definitionOf(orgId);
    const value = await definition.compute(t.db, orgId, year, 'sv');
    // Wilson 95 % for 150/200 (z = 1.959964): centre 0.759604, margin 0.060775, over 1.019207.
    expect(value.value).toBe(0.75);
    expect(value.n).toBe(200);
    expect(value.ciLow).toBeCloseTo(0.685659, 6);
    expect(value.ciHigh).toBeCloseTo(0.804918, 6);
    // From 100 contributors a share is published to 0.1 point, its bounds rounded outwards.
    expect(publishIndicator(definition, value)).toMatchObject({
      value: 0.75,
      n: 200,
      ci_low: 0.685,
      ci_high: 0.805,
      suppressed: false,
    });
    // The area's entry: 96 of 120 → Wilson 0.719633–0.861755, published 0.719–0.862.
    const area = await definition.computeForArea!(t.db, orgId, seed.areas[0].id, year);
    expect(publishIndicator(definition, area)).toMatchObject({ value: 0.8, ci_low: 0.719, ci_high: 0.862 });
    // Nothing for a year without an entry.
    expect((await definition.compute(t.db, orgId, year - 1)).value).toBeNull();

    const report = await buildAnnualReport(
      t.db,
      { id: orgId, name: 'Bostäder alfa' },
      year,
      'sv',
      t.context.config.clock(),
      {
        extraIndicators: [definition],
        trendYears: 2,
      },
    );
    const row = report.indicators.find((i) => i.id === 'manual_survey_safety')!;
    expect(row).toMatchObject({ value: 0.75, n: 200, ci_low: 0.685, ci_high: 0.805, unit: 'fraction' });
    expect(row.trend.map((p) => [p.year, p.value])).toEqual([
      [2024, null],
      [2025, 0.75],
    ]);
    expect(row.breakdowns).toEqual([
      {
        caption: 'Per område (inmatat för hand)',
        columns: ['Område', 'Andel', 'n'],
        units: ['text', 'fraction', 'count'],
        rows: [['Bäckby norra', 0.8, 120]],
      },
    ]);
  });

  it('shows it in the framework beside the modules’ indicators, marked as entered by hand, and lists its entries with who entered them', async () => {
    const { analyst, indicator, enter } = await setUp();
    await enter({ value: 0.75, n: 200 });
    const framework: FrameworkResponse = (await analyst.get('/api/v1/indicators/framework')).json();
    const trygghet = framework.materialAreas[0].focusAreas.find((f) => f.code === 'trygghet')!;
    const ids = trygghet.indicators.map((i) => [i.id, i.manual]);
    expect(ids).toContainEqual(['safety_index', false]);
    expect(ids.at(-1)).toEqual(['manual_survey_safety', true]);

    const viewer = await signIn(t.app, 'viewer@alfa.test');
    const entries: Entry[] = (await viewer.get(`/api/v1/indicators/manual/${indicator.id}/entries`)).json();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      year,
      value: 0.75,
      n: 200,
      sourceNote: 'Kundenkät 2025, leverantörens rapport',
      changedBy: { name: 'analyst alfa' },
      attachment: null,
    });
    expect(Date.parse(entries[0].enteredAt as unknown as string)).not.toBeNaN();
    expect(Date.parse(entries[0].changedAt)).not.toBeNaN();
  });

  it('hides a share whose group is under the organisation’s threshold, and what would reveal it', async () => {
    const { seed, enter, orgId } = await setUp();
    await enter({ value: 0.6, n: 40 });
    await enter({ value: 0.5, n: 6, areaId: seed.areas[0].id });
    const definition = await definitionOf(orgId);

    // Six people in Bäckby norra are under the threshold (10): hidden, with neither value nor n.
    const small = await definition.computeForArea!(t.db, orgId, seed.areas[0].id, year);
    expect(publishIndicator(definition, small)).toEqual({
      value: null,
      n: null,
      ci_low: null,
      ci_high: null,
      status: null,
      suppressed: true,
      suppressed_reason: 'small_group',
    });
    const whole = await definition.compute(t.db, orgId, year, 'sv');
    expect(publishIndicator(definition, whole)).toMatchObject({ value: 0.6, n: 40, suppressed: false });
    expect(whole.breakdowns?.[0].rows).toEqual([['Bäckby norra', null, null]]);

    // Hand entries have their own kind: raising the survey threshold to 50 leaves the 40 shown …
    const admin = await signIn(t.app, 'admin@alfa.test');
    const raise = async (kind: string) =>
      (await admin.request('PUT', `/api/v1/privacy/thresholds/${kind}`, { threshold: 50 })).statusCode;
    expect(await raise('survey')).toBe(200);
    const surveyRaised = await definition.compute(t.db, orgId, year);
    expect(publishIndicator(definition, surveyRaised)).toMatchObject({ value: 0.6, n: 40 });
    // … raising the `manual` threshold to 50 makes the organisation's 40 too few.
    expect(await raise('manual')).toBe(200);
    const raised = await definition.compute(t.db, orgId, year);
    expect(publishIndicator(definition, raised)).toMatchObject({ value: null, suppressed: true });
  });

  it('refuses bad input with a translated error and writes nothing', async () => {
    const { seed, analyst, indicator, enter } = await setUp();
    const rows = async () => ({
      indicators: (await t.db.select({ c: count() }).from(manualIndicators))[0].c,
      entries: (await t.db.select({ c: count() }).from(indicatorEntries))[0].c,
      audit: (
        await t.db
          .select({ c: count() })
          .from(auditLog)
          .where(eq(auditLog.organisationId, seed.organisation.id))
      )[0].c,
    });
    expect((await enter({ value: 0.75, n: 200 })).statusCode).toBe(201);
    const before = await rows();
    const refusals: [
      Promise<{ statusCode: number; json: () => { error: { code: string; message: string } } }>,
      number,
      string,
      RegExp,
    ][] = [
      [enter({ value: 1.2 }), 400, 'entry_fraction_range', /mellan 0 och 1/],
      [enter({ value: -0.1 }), 400, 'entry_fraction_range', /mellan 0 och 1/],
      [enter({ value: 0.5, n: -1 }), 400, 'validation', /n/],
      [enter({ value: 0.5, n: 2.5 }), 400, 'validation', /n/],
      [enter({ value: 0.5, year: 1999 }), 400, 'validation', /year/],
      [enter({ value: 0.5, year: 2027 }), 400, 'entry_future_year', /2027 har inte börjat/],
      [enter({ value: 0.5, sourceNote: ' ' }), 400, 'validation', /sourceNote/],
      [enter({ value: 0.7, n: 150 }), 409, 'entry_exists', /redan ett värde för 2025/],
      [enter({ value: 0.7, areaId: '00000000-0000-4000-8000-000000000000' }), 404, 'not_found', /./],
      [
        analyst.post('/api/v1/indicators/manual', {
          ...surveyShareIndicator,
          code: 'manual_other',
          materialArea: 'human_rights',
        }),
        400,
        'focus_area_mismatch',
        /Fokusområdet trygghet hör inte/,
      ],
      [
        analyst.post('/api/v1/indicators/manual', {
          ...surveyShareIndicator,
          code: 'manual_other',
          sdgTargets: ['5.5'],
        }),
        400,
        'sdg_target_goal',
        /Delmålet 5.5 hör till mål 5/,
      ],
      [
        analyst.post('/api/v1/indicators/manual', { ...surveyShareIndicator, code: 'safety_index' }),
        400,
        'validation',
        /code/,
      ],
      [
        analyst.post('/api/v1/indicators/manual', surveyShareIndicator),
        409,
        'conflict',
        /manual_survey_safety/,
      ],
    ];
    for (const [pending, status, code, message] of refusals) {
      const response = await pending;
      expect(response.statusCode, code).toBe(status);
      expect(response.json().error.code).toBe(code);
      expect(response.json().error.message).toMatch(message);
    }
    expect(await rows()).toEqual(before);

    await analyst.request('PUT', '/api/v1/auth/me/language', { language: 'en' });
    const english = await analyst.post(`/api/v1/indicators/manual/${indicator.id}/entries`, {
      year,
      areaId: null,
      value: 3,
      n: null,
      sourceNote: 'Survey',
    });
    expect(english.json().error.message).toBe(
      'A share is entered between 0 and 1 (e.g. 0.78 for 78 %), not 3.',
    );
    // Only admins and analysts define indicators and enter values.
    const viewer = await signIn(t.app, 'viewer@alfa.test');
    expect(
      (
        await viewer.post(`/api/v1/indicators/manual/${indicator.id}/entries`, {
          year,
          areaId: null,
          value: 0.5,
          n: null,
          sourceNote: 'abc',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('keeps an attachment, sends it back as a download to staff who may read it, and refuses a file that is not what it says', async () => {
    const { analyst, enter } = await setUp();
    const entry: Entry = (await enter({ value: 0.75, n: 200 })).json();
    const csv = Buffer.from('område;andel\nBäckby norra;0,8\n');
    const upload = (name: string, bytes: Buffer, type = 'text/csv') => {
      const { payload, headers } = multipart(name, bytes, type);
      return analyst.request('POST', `/api/v1/indicators/entries/${entry.id}/attachment`, payload, headers);
    };
    const stored = await upload('källa 2025.csv', csv);
    expect(stored.statusCode).toBe(200);
    expect(stored.json().attachment).toEqual({
      name: 'källa 2025.csv',
      type: 'text/csv; charset=utf-8',
      href: `/indicators/entries/${entry.id}/attachment`,
    });

    const viewer = await signIn(t.app, 'viewer@alfa.test');
    const download = await viewer.get(`/api/v1/indicators/entries/${entry.id}/attachment`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="kalla 2025.csv"; filename*=UTF-8''k%C3%A4lla%202025.csv`,
    );
    expect(download.rawPayload.equals(csv)).toBe(true);

    // An HTML page named .pdf, and a program, are refused; the CSV stays.
    const fake = await upload(
      'rapport.pdf',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'application/pdf',
    );
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error).toMatchObject({ code: 'attachment_type' });
    expect(fake.json().error.message).toMatch(/PDF, XLSX, CSV/);
    expect((await upload('verktyg.exe', Buffer.from('MZ...'), 'application/octet-stream')).statusCode).toBe(
      415,
    );
    const after = (await viewer.get(`/api/v1/indicators/entries/${entry.id}/attachment`)).rawPayload;
    expect(after.equals(csv)).toBe(true);
    // Over 10 MB is refused before it is kept.
    const large = await upload('stor.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41));
    expect(large.statusCode).toBe(413);
    expect(large.json().error).toMatchObject({
      code: 'attachment_too_large',
      message: 'Bilagan är för stor; högst 10 MB.',
    });
    // A real PDF's first bytes are accepted.
    const pdf = await upload('rapport.pdf', Buffer.from('%PDF-1.7\n%…\n'), 'application/pdf');
    expect(pdf.json().attachment.type).toBe('application/pdf');

    // The host sees only their areas' entries; a partner nothing; a viewer may not upload.
    const host = await signIn(t.app, 'host@alfa.test');
    expect((await host.get(`/api/v1/indicators/entries/${entry.id}/attachment`)).statusCode).toBe(404);
    const partner = await signIn(t.app, 'partner@alfa.test');
    expect((await partner.get(`/api/v1/indicators/entries/${entry.id}/attachment`)).statusCode).toBe(403);
    const { payload, headers } = multipart('x.csv', csv);
    expect(
      (await viewer.request('POST', `/api/v1/indicators/entries/${entry.id}/attachment`, payload, headers))
        .statusCode,
    ).toBe(403);
  });
});
