import { describe, expect, it } from 'vitest';
import type { Session } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { weeksOfPeriod } from './analysis.service';
import type { Analysis } from './situation.contract';
import { file, signIn, world } from './test-world';

const t = setUpTestApp();

describe('weeksOfPeriod', () => {
  it('takes the weeks whose Monday lies in the quarter: Q1 2025 is W02 (6 Jan) … W14 (31 Mar), 13 weeks', () => {
    const weeks = weeksOfPeriod('2025-01-01', '2025-03-31', new Date('2026-01-01'));
    expect(weeks[0]).toBe('2025-W02');
    expect(weeks.at(-1)).toBe('2025-W14');
    expect(weeks).toHaveLength(13);
  });

  it('stops at the current week', () => {
    expect(weeksOfPeriod('2025-01-01', '2025-03-31', new Date('2025-01-15'))).toEqual([
      '2025-W02',
      '2025-W03',
    ]);
  });
});

/**
 * The first quarter of 2025, filed by the coordinator (all reviewed):
 *   Bäckby norra (20 households): graffiti 2 from Polisen (4 Feb, W06), positive events 3 (6 Feb).
 *   Bäckby södra (20 households): vandalism 4 (5 Feb, W06).
 *   Outside the quarter: gatherings 1 in Bäckby norra (6 May); graffiti 5 in Bäckby norra on 6 Feb 2024.
 *   Västerås stad, fritid had nothing to report in W02 and W03.
 *   Grades of Bäckby norra: W06 level 2 (compiled), W07 level 1 (not compiled).
 */
async function setUp() {
  const w = await world(t);
  const c = w.coordinator;
  const partners = (await w.admin.get('/api/v1/situation/partners')).json() as { id: string; name: string }[];
  const source = (name: string) => partners.find((p) => p.name === name)!.id;
  const [north, south] = w.areas.map((a) => a.id);
  const reports = [
    { date: '2025-02-04', code: 'graffiti', count: 2, areaId: north, sourceId: source('Polisen') },
    { date: '2025-02-06', code: 'positive', count: 3, areaId: north },
    { date: '2025-02-05', code: 'vandalism', count: 4, areaId: south },
    { date: '2025-05-06', code: 'gatherings', count: 1, areaId: north },
    { date: '2024-02-06', code: 'graffiti', count: 5, areaId: north },
  ];
  for (const { date, code, ...r } of reports) {
    const res = await file(c, w, { ...r, categoryId: w.cat(code) }, date);
    expect(res.statusCode).toBe(201);
    await c.patch(`/api/v1/situation/reports/${res.json().id}`, { status: 'reviewed' });
  }
  for (const week of ['2025-W02', '2025-W03']) {
    const res = await c.post('/api/v1/situation/nothing-to-report', {
      week,
      sourceId: source('Västerås stad, fritid'),
    });
    expect(res.statusCode).toBe(200);
  }
  for (const [week, level] of [
    ['2025-W06', 2],
    ['2025-W07', 1],
  ] as const) {
    const res = await c.request('PUT', `/api/v1/situation/weeks/${week}/grades`, {
      areaId: north,
      level,
      rationale: 'Test',
    });
    expect(res.statusCode).toBe(200);
  }
  expect((await c.post('/api/v1/situation/weeks/2025-W06/compile')).statusCode).toBe(200);
  return { w, north, south };
}

const q1 = async (session: Session) => {
  const res = await session.get('/api/v1/situation/analysis?year=2025&period=q1');
  expect(res.statusCode).toBe(200);
  return res.json() as Analysis;
};

describe('the quarterly analysis', () => {
  it('gives the coordinator incidents per area and category, weeks per grade and weeks reported per partner', async () => {
    const { w, north, south } = await setUp();
    const a = await q1(w.coordinator);
    expect(a).toMatchObject({ from: '2025-01-01', to: '2025-03-31', weeks: 13 });
    const byId = new Map(a.areas.map((x) => [x.id, x]));
    // Bäckby norra: 2 incidents / 20 households × 1000 = 100 (the 3 positive events apart); Q1 2024: 5.
    expect(byId.get(north)).toMatchObject({
      incidents: 2,
      previousIncidents: 5,
      per1000: 100,
      weeksAtLevel: { '1': 1, '2': 1 },
      meanLevel: 1.5,
    });
    // Every category is listed (0 where nothing happened); rates to one decimal: 2 / 20 × 1000 = 100.
    expect(byId.get(north)!.byCategory).toEqual(
      expect.arrayContaining([
        { categoryId: w.cat('graffiti'), count: 2, hidden: null, per1000: 100 },
        { categoryId: w.cat('positive'), count: 3, hidden: null, per1000: 150 },
        { categoryId: w.cat('vandalism'), count: 0, hidden: null, per1000: 0 },
      ]),
    );
    expect(a.restricted).toBe('included');
    // Both areas: 2 + 4 = 6 incidents in 40 households → 150 per 1,000.
    expect(a.total).toEqual({ incidents: 6, incidentsHidden: null, households: 40, per1000: 150 });
    // Bäckby södra: 4 / 20 × 1000 = 200, first in the list (most per 1,000 households).
    expect(a.areas[0]).toMatchObject({ id: south, incidents: 4, per1000: 200 });
    const count = (code: string) => a.categories.find((c) => c.categoryId === w.cat(code))!;
    expect([count('graffiti').count, count('vandalism').count, count('positive').count]).toEqual([2, 4, 3]);
    expect(count('graffiti').previous).toBe(5);
    expect(count('gatherings').count).toBe(0);
    // Polisen reported 1 of the quarter's 13 weeks (W06); the municipality's two "nothing" count: 2 of 13.
    expect(a.partners).toEqual([
      { name: 'Polisen', weeks: 1, of: 13 },
      { name: 'Västerås stad, fritid', weeks: 2, of: 13 },
    ]);
  });

  it('shows others the compiled weeks’ grades only, and a host the host’s own areas only', async () => {
    const { w, north, south } = await setUp();
    const forKommun = await q1(w.kommun);
    expect(forKommun.areas.find((x) => x.id === north)!.weeksAtLevel).toEqual({ '2': 1 });
    const host = await signIn(t, 'host@alfa.test');
    const forHost = await q1(host);
    expect(forHost.areas.map((x) => x.id)).toEqual([north]);
    const vandalism = forHost.categories.find((c) => c.categoryId === w.cat('vandalism'))!;
    expect(vandalism.count).toBe(0);
    expect(forHost.areas.some((x) => x.id === south)).toBe(false);
  });
});
