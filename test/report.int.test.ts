import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerIndicators } from '../src/core/indicators';
import { buildAnnualReport } from '../src/core/report';
import { wilsonInterval } from '../src/core/statistics';
import { renderReport } from '../src/modules/annual-report';
import { swedishYear } from '../src/shared/time';
import { seedOrganisation } from './fixtures';
import { setUpTestApp, testConfig } from './harness';
import { pdfText } from './pdf-text';
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

  it('renders HTML, XLSX and PDF', async () => {
    // Beta has the test world's data: in 2026 one activity session of 12 participants and one
    // safety host shift of 17:00–20:00, i.e. 3 hours of presence (see the modules' testing.ts).
    const seed = await seedWorldOrganisation(t.context, 'beta');
    const year = swedishYear(testConfig.clock());
    const report = await buildAnnualReport(t.db, seed.organisation, year, 'sv', t.context.config.clock());
    const html = String(await renderReport(report, 'html'));
    expect(html).toContain(
      '<th scope="row">Testandel</th><td>78,4\u00a0%</td><td>1\u00a0000</td><td>75,7\u00a0%–80,9\u00a0%</td>',
    );
    expect(html).toContain('<caption>Testdagar: per område</caption>');
    // Numbers get one decimal with a decimal comma, missing values a dash, text is escaped.
    expect(html).toContain('<th scope="row">Bäckby norra</th><td>10,3</td>');
    expect(html).toContain('<th scope="row">Råby &lt;östra&gt;</th><td>–</td>');
    expect(report.indicators.find((i) => i.id === 'test_share')?.breakdowns).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReport(report, 'xlsx')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toContain(`Indikatorer ${year}`);
    expect(workbook.worksheets.map((w) => w.name)).toContain('test_days 1');
    const sheet = workbook.getWorksheet(`Indikatorer ${year}`)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'id',
      'Indikator',
      'Värde',
      'n',
      '95 % KI',
      'Mål',
      'Status',
      'Globala mål',
      'ci_low',
      'ci_high',
      'värde (rått)',
    ]);
    const rowOf = (id: string) => {
      const rows: ExcelJS.Row[] = [];
      sheet.eachRow((row) => {
        if (row.getCell(1).value === id) rows.push(row);
      });
      return rows[0];
    };
    // Raw values are numbers, not text: 0.784 and its published interval's bounds, 12 visits, 3 hours.
    expect(rowOf('test_share').getCell(9).value).toBe(0.757);
    expect(rowOf('test_share').getCell(11).value).toBe(0.784);
    expect(rowOf('activity_participants').getCell(11).value).toBe(12);
    expect(rowOf('presence_hours').getCell(11).value).toBe(3);
    expect(rowOf('presence_hours').getCell(2).value).toBe('Timmar närvaro av trygghetsvärdar');

    const lines = pdfText((await renderReport(report, 'pdf')) as Buffer);
    expect(lines).toContain(`Bostäder beta – hållbarhetsindikatorer ${year}`);
    // A row's cells follow its name: value, n, interval.
    const cellAfter = (name: string, k = 1) => lines[lines.indexOf(name) + k];
    expect(cellAfter('Testandel')).toBe('78,4\u00a0%');
    expect(cellAfter('Testandel', 3)).toBe('75,7\u00a0%–80,9\u00a0%');
    expect(cellAfter('Deltagare i aktiviteter (besök)')).toBe('12');
    expect(cellAfter('Timmar närvaro av trygghetsvärdar')).toBe('3');
  });
});
