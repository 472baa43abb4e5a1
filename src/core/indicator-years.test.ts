import { describe, expect, it } from 'vitest';
import type { Db } from './db/client';
import { indicatorYears } from './indicator-years';
import { censusValue, type IndicatorDefinition } from './indicators';

/** An indicator whose figure is its year (2024 → 2024) and which notes every computation asked of it. */
function countingIndicator(perArea: boolean) {
  const calls: string[] = [];
  const indicator: IndicatorDefinition = {
    id: 'counted',
    name: { sv: 'Räknad', en: 'Counted' },
    unit: 'count',
    sdg: [11],
    sdgTargets: [],
    materialArea: 'sustainable_neighbourhoods',
    higherIsBetter: true,
    frequency: 'yearly',
    owner: 'analyst',
    definition: { sv: 'Året.', en: 'The year.' },
    compute: async (_db, organisationId, year, _language, _now, options) => {
      const breakdowns = options?.breakdowns !== false;
      calls.push(`${organisationId} ${year}${breakdowns ? ' with breakdowns' : ''}`);
      const tables = [{ caption: 'per area', columns: ['Område'], rows: [['Bäckby']] }];
      return { ...censusValue(year, 1), breakdowns: breakdowns ? tables : undefined };
    },
    ...(perArea && {
      computeForArea: async (_db, _organisationId, areaId, year) => {
        calls.push(`${areaId} ${year}`);
        return censusValue(year + 0.5, 1);
      },
    }),
  };
  return { indicator, calls };
}

const scope = { db: {} as Db, organisationId: 'org-1', language: 'sv' as const, now: new Date(0) };

describe('indicatorYears: the figures of one request, each worked out once', () => {
  it('computes an (indicator, year) once however often it is asked, and each year on its own', async () => {
    const { indicator, calls } = countingIndicator(false);
    const figures = indicatorYears(scope);
    const [a, b, c] = await Promise.all([
      figures.figure(indicator, 2024),
      figures.figure(indicator, 2024),
      figures.figure(indicator, 2025),
    ]);
    expect([a.value, b.value, c.value]).toEqual([2024, 2024, 2025]);
    expect(calls).toEqual(['org-1 2024', 'org-1 2025']);
  });

  it('asks the module for breakdowns only when they are wanted, and reuses a figure that has them', async () => {
    const { indicator, calls } = countingIndicator(false);
    const figures = indicatorYears(scope);
    const full = await figures.figure(indicator, 2025, { breakdowns: true });
    const plain = await figures.figure(indicator, 2025);
    expect(full.breakdowns).toHaveLength(1);
    expect(plain).toBe(full);
    // Asked without first, then with: the breakdowns are worked out then (a second computation).
    expect((await figures.figure(indicator, 2024)).breakdowns).toBeUndefined();
    expect((await figures.figure(indicator, 2024, { breakdowns: true })).breakdowns).toHaveLength(1);
    expect(calls).toEqual(['org-1 2025 with breakdowns', 'org-1 2024', 'org-1 2024 with breakdowns']);
  });

  it('keeps an area’s figure apart from the organisation’s, and has none for an indicator without area figures', async () => {
    const withAreas = countingIndicator(true);
    const figures = indicatorYears(scope);
    expect((await figures.areaFigure(withAreas.indicator, 'area-1', 2025))?.value).toBe(2025.5);
    expect((await figures.areaFigure(withAreas.indicator, 'area-1', 2025))?.value).toBe(2025.5);
    expect((await figures.figure(withAreas.indicator, 2025)).value).toBe(2025);
    expect(withAreas.calls).toEqual(['area-1 2025', 'org-1 2025']);
    const organisationOnly = countingIndicator(false);
    expect(await figures.areaFigure(organisationOnly.indicator, 'area-1', 2025)).toBeNull();
    expect(organisationOnly.calls).toEqual([]);
  });

  it('starts empty for every request: a new memo computes again (a write in between is seen)', async () => {
    const { indicator, calls } = countingIndicator(false);
    await indicatorYears(scope).figure(indicator, 2025);
    await indicatorYears(scope).figure(indicator, 2025);
    expect(calls).toEqual(['org-1 2025', 'org-1 2025']);
  });
});
