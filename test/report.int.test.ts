import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../src/cli/render-report';
import { registerIndicators } from '../src/core/indicators';
import { buildAnnualReport } from '../src/core/report';
import { wilsonInterval } from '../src/core/statistics';
import { seedOrganisation } from './fixtures';
import { createTestApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const { low, high } = wilsonInterval(784, 1000);
  registerIndicators([
    {
      id: 'test_share',
      name: { sv: 'Testandel', en: 'Test share' },
      unit: 'fraction',
      sdg: [11],
      materialArea: 'sustainable_neighbourhoods',
      compute: async () => ({ value: 0.784, n: 1000, ciLow: low, ciHigh: high, target: 0.82 }),
    },
    {
      id: 'test_days',
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
        higherIsBetter: false,
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
afterAll(async () => t.close());

describe('annual report', () => {
  it('gives every indicator in the contract shape with its status derived from interval and target', async () => {
    const seed = await seedOrganisation(t.db);
    const report = await buildAnnualReport(t.db, seed.organisation, 2020);
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
    const seed = await seedOrganisation(t.db, 'beta');
    const report = await buildAnnualReport(t.db, seed.organisation, 2020);
    expect(String(await renderReport(report, 'html'))).toContain(
      '<th scope="row">Testandel</th><td>78,4 %</td><td>1000</td><td>75,7 %–80,9 %</td>',
    );
    const html = String(await renderReport(report, 'html'));
    expect(html).toContain('<caption>Testdagar: per område</caption>');
    // Numbers get one decimal with a decimal comma, missing values a dash, text is escaped.
    expect(html).toContain('<th scope="row">Bäckby norra</th><td>10,3</td>');
    expect(html).toContain('<th scope="row">Råby &#60;östra&#62;</th><td>–</td>');
    expect(report.indicators.find((i) => i.id === 'test_share')?.breakdowns).toEqual([]);
    expect((await renderReport(report, 'xlsx')).slice(0, 2).toString()).toBe('PK');
    expect((await renderReport(report, 'pdf')).slice(0, 5).toString()).toBe('%PDF-');
  });
});
