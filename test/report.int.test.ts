import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerIndicators } from '../src/core/indicators';
import { type AnnualReport, buildAnnualReport } from '../src/core/report';
import { wilsonInterval } from '../src/core/statistics';
import { renderReport } from '../src/modules/annual-report';
import { swedishYear } from '../src/shared/time';
import { seedOrganisation } from './fixtures';
import { setUpTestApp, testConfig } from './harness';
import { pdfFonts, pdfInfo, pdfPageTexts } from './pdf-text';
import { seedWorldOrganisation } from './world';

const t = setUpTestApp({ reset: false });
/** What the framework page needs of an indicator (the report takes its polarity from it). */
const metadata = {
  sdgTargets: ['11.7'],
  higherIsBetter: true,
  frequency: 'yearly',
  owner: 'analyst',
  definition: { sv: 'Ett testtal.', en: 'A test figure.' },
} as const;
let unregister = () => {};
afterAll(() => unregister());
beforeAll(() => {
  const { low, high } = wilsonInterval(784, 1000);
  unregister = registerIndicators([
    {
      id: 'test_share',
      ...metadata,
      name: { sv: 'Testandel', en: 'Test share' },
      unit: 'fraction',
      sdg: [11],
      materialArea: 'sustainable_neighbourhoods',
      compute: async () => ({ value: 0.784, n: 1000, ciLow: low, ciHigh: high, target: 0.82 }),
    },
    {
      id: 'test_days',
      ...metadata,
      higherIsBetter: false,
      name: { sv: 'Testdagar', en: 'Test days' },
      unit: 'days',
      sdg: [11],
      materialArea: 'sustainable_neighbourhoods',
      compute: async () => ({
        value: 12,
        n: 40,
        ciLow: null,
        ciHigh: null,
        target: 14,
        breakdowns: [
          {
            caption: 'per område',
            columns: ['Område', 'Dagar'],
            rows: [
              ['Bäckby norra', 10.25],
              ['Råby <östra>', null],
            ],
          },
        ],
      }),
    },
  ]);
});

/**
 * The report document as the report page and the CLI make it, from the report's figures: one
 * material area's text written, the GRI index for the two indicators that answer 413-1.
 */
function documentOf(report: AnnualReport) {
  const sv = report.language === 'sv';
  return {
    ...report,
    generated_at: testConfig.clock().toISOString(),
    material_areas: [
      {
        material_area: 'sustainable_neighbourhoods' as const,
        name: sv ? 'Hållbara stadsdelar' : 'Sustainable neighbourhoods',
        body: sv ? 'Fler deltog i aktiviteterna.' : 'More took part in the activities.',
        written_by: 'Anna Analytiker',
        written_at: '2026-12-01T10:00:00.000Z',
      },
    ],
    gri_index: [
      {
        disclosure: 'GRI 413-1',
        title: sv
          ? 'Verksamheter med engagemang i lokalsamhället, konsekvensbedömningar och utvecklingsprogram'
          : 'Operations with local community engagement, impact assessments, and development programs',
        indicator_ids: ['activity_participants', 'presence_hours'],
      },
    ],
  };
}

const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
addFormats.default(ajv);
const validReport = ajv.compile(JSON.parse(readFileSync('docs/annual-report.schema.json', 'utf8')));

describe('annual report', () => {
  it('gives every indicator in the contract shape with its status derived from interval and target', async () => {
    const seed = await seedOrganisation(t.db);
    const report = await buildAnnualReport(t.db, seed.organisation, 2020, 'sv', t.context.config.clock());
    const share = report.indicators.find((i) => i.id === 'test_share')!;
    expect(share).toMatchObject({
      name: 'Testandel',
      value: 0.784,
      unit: 'fraction',
      n: 1000,
      target: 0.82,
      status: 'not met',
      sdg: [11],
    });
    // Wilson 784/1000 is 0.7574–0.8084; the publication layer rounds bounds outwards to 0.1 point (n ≥ 100).
    expect(share.ci_low).toBe(0.757);
    expect(share.ci_high).toBe(0.809);
    expect(share.suppressed_reason).toBeNull();
    expect(report.indicators.find((i) => i.id === 'test_days')).toMatchObject({ value: 12, status: 'met' });
    expect(report).toMatchObject({ year: 2020, organisation: 'Bostäder alfa' });
  });

  describe('of the test world in every format', async () => {
    // Beta has the test world's data: in the test year one activity session of 12 participants and
    // one safety host shift of 17:00–20:00, i.e. 3 hours of presence (see the modules' testing.ts).
    let sv: ReturnType<typeof documentOf>;
    let en: ReturnType<typeof documentOf>;
    const year = swedishYear(testConfig.clock());
    beforeAll(async () => {
      const seed = await seedWorldOrganisation(t.context, 'beta');
      const now = t.context.config.clock();
      sv = documentOf(await buildAnnualReport(t.db, seed.organisation, year, 'sv', now));
      en = documentOf(await buildAnnualReport(t.db, seed.organisation, year, 'en', now));
    });

    it('writes JSON that validates against the committed JSON Schema', async () => {
      for (const document of [sv, en]) {
        const json = JSON.parse(String(await renderReport(document, 'json')));
        expect(validReport(json), JSON.stringify(validReport.errors)).toBe(true);
        expect(json.indicators.find((i: { id: string }) => i.id === 'test_share')).toMatchObject({
          value: 0.784,
          status: 'not met',
        });
      }
      const broken = structuredClone(sv);
      broken.indicators.find((i) => i.id === 'test_share')!.value = 78.4;
      expect(validReport(JSON.parse(String(await renderReport(broken, 'json'))))).toBe(false);
    });

    it('writes a tagged PDF 1.7 with embedded fonts, every indicator named, in its language', async () => {
      const svPdf = (await renderReport(sv, 'pdf')) as Buffer;
      const enPdf = (await renderReport(en, 'pdf')) as Buffer;
      for (const pdf of [svPdf, enPdf]) {
        expect(pdfInfo(pdf)).toMatchObject({ Tagged: 'yes', 'PDF version': '1.7' });
        expect(pdfFonts(pdf).length).toBeGreaterThan(0);
        expect(pdfFonts(pdf).filter((f) => !f.embedded)).toEqual([]);
      }
      // pdftotext breaks a long name where the PDF wraps it: compare with the white space evened out.
      const flat = (pdf: Buffer) => pdfPageTexts(pdf).join(' ').replace(/\s+/g, ' ');
      const svText = flat(svPdf);
      const enText = flat(enPdf);
      for (const i of sv.indicators) expect(svText).toContain(i.name);
      for (const i of en.indicators) expect(enText).toContain(i.name);
      expect(svText).toContain(`Testandel ${year} Värde ${year}`);
      expect(svText).toContain('78,4 % 75,7 %–80,9 % 1 000 82 % ej uppnått');
      expect(enText).toContain('78.4 % 75.7 %–80.9 % 1,000 82 % not met');
      expect(svText).toContain('Testdagar: per område');
      for (const word of [
        'uppnått',
        'Sida ',
        'Värde',
        'Mål',
        'Hållbara stadsdelar',
        'Globala mål',
        'Framtagen',
      ])
        expect(enText).not.toContain(word);
      for (const word of ['not met', 'Page ', 'Value', 'Target', 'Sustainable neighbourhoods', 'SDGs'])
        expect(svText).not.toContain(word);
    });

    it('writes an XLSX with one row per figure and its figures as numbers', async () => {
      const load = async (document: typeof sv) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await renderReport(document, 'xlsx')) as unknown as ArrayBuffer);
        return workbook;
      };
      const svBook = await load(sv);
      const sheet = svBook.getWorksheet(`Siffror ${year}`)!;
      expect(sheet.getRow(1).getCell(4).value).toBe('Värde');
      expect((await load(en)).getWorksheet(`Figures ${year}`)!.getRow(1).getCell(4).value).toBe('Value');
      const rows = new Map<string, ExcelJS.Row>();
      sheet.eachRow((row, k) => {
        if (k > 1) rows.set(String(row.getCell(1).value), row);
      });
      expect([...rows.keys()]).toEqual(sv.indicators.map((i) => i.id));
      const number = (id: string, column: number) => {
        const cell = rows.get(id)!.getCell(column);
        expect(cell.type).toBe(ExcelJS.ValueType.Number);
        return cell.value;
      };
      // value, n, bounds, target of 784 of 1,000; 12 visits; 3 hours of presence.
      expect([4, 5, 6, 7, 8].map((c) => number('test_share', c))).toEqual([0.784, 1000, 0.757, 0.809, 0.82]);
      expect(number('activity_participants', 4)).toBe(12);
      expect(number('presence_hours', 4)).toBe(3);
      expect(rows.get('test_share')!.getCell(9).value).toBe('ej uppnått');
      const breakdown = svBook.getWorksheet('test_days 1')!;
      expect(breakdown.getRow(2).getCell(2)).toMatchObject({ value: 10.25, type: ExcelJS.ValueType.Number });
    });

    it('writes an HTML page in its language, every chart an image and every figure linked to its computation', async () => {
      const html = String(await renderReport(sv, 'html'));
      expect(html).toContain('<html lang="sv">');
      expect(String(await renderReport(en, 'html'))).toContain('<html lang="en">');
      const svgs = [...html.matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]);
      expect(svgs).toHaveLength(sv.indicators.length);
      for (const svg of svgs)
        expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*>\n<title id="[^"]+">[^<]+<\/title>/);
      for (const i of sv.indicators)
        expect(html).toContain(`<a href="/indicators/${i.id}/trace?year=${year}">`);
      expect(html).toContain(`<a href="/indicators/test_share/trace?year=${year}">78,4\u00a0%</a>`);
      expect(html).toContain('<caption>Testdagar: per område</caption>');
      // Numbers in the report's language, a missing one a dash, text escaped.
      expect(html).toContain('<th scope="row">Bäckby norra</th><td class="num">10,3</td>');
      expect(html).toContain('<th scope="row">Råby &lt;östra&gt;</th><td class="num">–</td>');
    });
  });
});
