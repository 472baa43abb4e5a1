import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../test/fixtures';
import { setTestClock, setUpTestApp, testClockStart } from '../../../test/harness';
import { incidentsPer1000Indicator } from './indicators';
import { incidentBreakdowns } from './report-breakdowns';
import type { Analysis, Picture } from './situation.contract';
import { file, signIn, type World, world } from './test-world';

const t = setUpTestApp();

type Filed = { date: string; code: string; count: number; area: 'north' | 'south'; restricted?: boolean };

/** Files the reports as the coordinator (Polisen's restricted ones for Polisen) and reviews them all. */
async function fileAll(w: World, reports: Filed[]) {
  const partners = (await w.admin.get('/api/v1/situation/partners')).json() as { id: string; name: string }[];
  const police = partners.find((p) => p.name === 'Polisen')!.id;
  const [north, south] = w.areas.map((a) => a.id);
  for (const r of reports) {
    const res = await file(
      w.coordinator,
      w,
      {
        categoryId: w.cat(r.code),
        count: r.count,
        areaId: r.area === 'north' ? north : south,
        restricted: r.restricted ?? false,
        ...(r.restricted ? { sourceId: police } : {}),
      },
      r.date,
    );
    expect(res.statusCode).toBe(201);
    const reviewed = await w.coordinator.patch(`/api/v1/situation/reports/${res.json().id}`, {
      status: 'reviewed',
    });
    expect(reviewed.statusCode).toBe(200);
  }
  return { north, south };
}

const analysisOf = async (session: Session, period = 'year') => {
  const res = await session.get(`/api/v1/situation/analysis?year=2025&period=${period}`);
  expect(res.statusCode).toBe(200);
  return res.json() as Analysis;
};

/**
 * Week 2025-W06 (Monday 3 – Sunday 9 February 2025), both areas 20 households, one district:
 *   Bäckby norra: graffiti 2 (one report) · open drug dealing, 3 restricted reports of 1 each.
 *   Bäckby södra: graffiti 1 · open drug dealing, 1 restricted report.
 * Restricted reports per cell: norra 3, södra 1, the district and organisation 4 (threshold 3).
 * By hand: södra's cells hold 1 restricted report → hidden (small group). With södra hidden,
 * norra = organisation − södra would be shown beside the organisation, so norra is hidden too
 * (protects another); the two hidden together hold 4 ≥ 3. The organisation's cells are shown:
 * incidents 2 + 3 + 1 + 1 = 7 in 40 households → 175 per 1,000; drug dealing 4 → 100;
 * graffiti 3 → 75. A partner who knows every non-restricted report (graffiti 2 and 1) learns
 * only that the two areas hold 4 restricted reports together — never how they split.
 */
const example: Filed[] = [
  { date: '2025-02-04', code: 'graffiti', count: 2, area: 'north' },
  { date: '2025-02-04', code: 'drug_dealing', count: 1, area: 'north', restricted: true },
  { date: '2025-02-05', code: 'drug_dealing', count: 1, area: 'north', restricted: true },
  { date: '2025-02-06', code: 'drug_dealing', count: 1, area: 'north', restricted: true },
  { date: '2025-02-05', code: 'graffiti', count: 1, area: 'south' },
  { date: '2025-02-06', code: 'drug_dealing', count: 1, area: 'south', restricted: true },
];

describe('EST counts with police-restricted reports through the publication layer', () => {
  it('hides every area count a restricted report could be worked out of, for partners and hosts alike', async () => {
    const w = await world(t);
    const { north, south } = await fileAll(w, example);
    expect((await w.coordinator.post('/api/v1/situation/weeks/2025-W06/compile')).statusCode).toBe(200);

    const kommun = await analysisOf(w.kommun);
    expect(kommun.restricted).toBe('protected');
    const area = (a: Analysis, id: string) => a.areas.find((x) => x.id === id)!;
    expect(area(kommun, south)).toMatchObject({
      incidents: null,
      incidentsHidden: 'small_group',
      per1000: null,
    });
    expect(area(kommun, north)).toMatchObject({
      incidents: null,
      incidentsHidden: 'protects_another',
      per1000: null,
    });
    expect(kommun.total).toEqual({ incidents: 7, incidentsHidden: null, households: 40, per1000: 175 });
    const category = (a: Analysis, code: string) => a.categories.find((c) => c.categoryId === w.cat(code))!;
    expect(category(kommun, 'drug_dealing')).toMatchObject({ count: 4, hidden: null, per1000: 100 });
    expect(category(kommun, 'graffiti')).toMatchObject({ count: 3, hidden: null, per1000: 75 });

    // The partner's view minus the week picture: every area figure shown is exactly the week
    // picture's non-restricted count (nothing restricted left in it); the rest are hidden.
    const picture = (await w.kommun.get('/api/v1/situation/weeks/2025-W06/picture')).json() as Picture;
    expect(picture.includesRestricted).toBe(false);
    for (const a of kommun.areas) {
      const inPicture = picture.areas.find((p) => p.id === a.id)!;
      for (const c of a.byCategory) {
        const seen = inPicture.byCategory.find((p) => p.categoryId === c.categoryId)?.count ?? 0;
        if (c.count !== null) expect(c.count - seen).toBe(0);
      }
    }
    const hiddenAreaCells = kommun.areas.flatMap((a) => a.byCategory.filter((c) => c.hidden));
    expect(hiddenAreaCells.map((c) => c.categoryId)).toEqual([w.cat('drug_dealing'), w.cat('drug_dealing')]);

    // The host (Bäckby norra only) sees the organisation's protected cells of that area; the
    // drug-dealing total over their one area is norra's hidden cell, so hidden as well.
    const host = await analysisOf(await signIn(t, 'host@alfa.test'));
    expect(host.areas.map((a) => a.id)).toEqual([north]);
    expect(host.areas[0]).toMatchObject({ incidents: null, incidentsHidden: 'protects_another' });
    expect(category(host, 'drug_dealing')).toMatchObject({ count: null, hidden: 'protects_another' });
    expect(category(host, 'graffiti')).toMatchObject({ count: 2, hidden: null, per1000: 100 });
    expect(host.total).toMatchObject({ incidents: null, incidentsHidden: 'protects_another' });

    // Quarter 1 holds the same reports: the same cells hidden.
    const q1 = await analysisOf(w.kommun, 'q1');
    expect(area(q1, north).incidents).toBeNull();
    expect(area(q1, south).incidents).toBeNull();
    expect(q1.total.incidents).toBe(7);
  });

  it('gives those who may see restricted reports the full counts (coordinator: all, police: reviewed)', async () => {
    const w = await world(t);
    const { north, south } = await fileAll(w, example);
    for (const session of [w.coordinator, w.police]) {
      const a = await analysisOf(session);
      expect(a.restricted).toBe('included');
      // Norra 2 + 3 = 5 → 5 / 20 × 1000 = 250; södra 1 + 1 = 2 → 100.
      expect(a.areas.find((x) => x.id === north)).toMatchObject({ incidents: 5, per1000: 250 });
      expect(a.areas.find((x) => x.id === south)).toMatchObject({ incidents: 2, per1000: 100 });
    }
  });

  it('publishes the annual report’s breakdowns and headline from the same protected table', async () => {
    const w = await world(t);
    await fileAll(w, example);
    const org = w.seed.organisation.id;
    const [perArea, perCategory] = await incidentBreakdowns(t.db, org, 2025, 'en');
    expect(perArea.columns).toEqual([
      'Area',
      'Households',
      'Incidents',
      'Per 1,000 households',
      'Incidents the year before',
    ]);
    expect(perArea.units).toEqual(['text', 'count', 'count', 'per_1000', 'count']);
    expect(perCategory.units).toEqual(['text', 'count', 'per_1000']);
    // No count and no rate for the hidden areas; 2024 had no reports (0, shown).
    expect(perArea.rows).toEqual([
      ['Bäckby norra', 20, null, null, 0],
      ['Bäckby södra', 20, null, null, 0],
    ]);
    const row = (name: string) => perCategory.rows.find((r) => r[0] === name);
    expect(row('Open drug dealing or rumours of it')).toEqual(['Open drug dealing or rumours of it', 4, 100]);
    expect(row('Graffiti')).toEqual(['Graffiti', 3, 75]);
    expect(row('Vandalism')).toEqual(['Vandalism', 0, 0]);
    const headline = await incidentsPer1000Indicator.compute(t.db, org, 2025, 'en');
    expect(headline).toMatchObject({ value: 175, n: 40 });
  });

  it('suppresses the report’s headline when the year holds one restricted report alone', async () => {
    const w = await world(t);
    await fileAll(w, [
      { date: '2025-02-04', code: 'graffiti', count: 2, area: 'north' },
      { date: '2025-02-05', code: 'vandalism', count: 4, area: 'south' },
      { date: '2025-03-05', code: 'drug_dealing', count: 1, area: 'north', restricted: true },
    ]);
    const org = w.seed.organisation.id;
    // 2 + 4 + 1 = 7 would give the restricted report away (7 − the pictures' 6 = 1).
    const headline = await incidentsPer1000Indicator.compute(t.db, org, 2025, 'sv');
    expect(headline).toMatchObject({ value: null, n: null, suppressed: true, reason: 'small_group' });
    const [perArea, perCategory] = headline.breakdowns!;
    // Södra holds no restricted report: 4 / 20 × 1000 = 200, shown. Norra's count would hold it.
    expect(perArea.rows).toEqual([
      ['Bäckby norra', 20, null, null, 0],
      ['Bäckby södra', 20, 4, 200, 0],
    ]);
    expect(perCategory.rows.find((r) => r[0] === 'Klotter')).toEqual(['Klotter', 2, 50]);
    expect(perCategory.rows.find((r) => r[0] === 'Öppen narkotikaförsäljning eller rykten om det')).toEqual([
      'Öppen narkotikaförsäljning eller rykten om det',
      null,
      null,
    ]);
  });
});

describe('the picture’s priorities for a host (issue 11 point 9)', () => {
  it('shows a host the priorities and open actions of their own areas and those tied to no area only', async () => {
    const w = await world(t);
    const [north, south] = w.areas.map((a) => a.id);
    const decide = async (week: string, kind: string, areaId: string | null, description: string) =>
      expect(
        (
          await w.coordinator.post(`/api/v1/situation/weeks/${week}/priorities`, {
            kind,
            areaId,
            description,
            owner: 'Trygghetsvärdar',
          })
        ).statusCode,
      ).toBe(201);
    await decide('2025-W05', 'priority', north, 'Belysning vid norra gården');
    await decide('2025-W05', 'priority', south, 'Klotter på södra garaget');
    await decide('2025-W05', 'priority', null, 'Extra närvaro under sportlovet');
    await decide('2025-W06', 'hotspot', south, 'Cykelrummet på södra sidan');
    await decide('2025-W06', 'hotspot', north, 'Soprummet på norra sidan');
    expect((await w.coordinator.post('/api/v1/situation/weeks/2025-W06/compile')).statusCode).toBe(200);
    const host = await signIn(t, 'host@alfa.test');
    const picture = (await host.get('/api/v1/situation/weeks/2025-W06/picture')).json() as Picture;
    expect(picture.openActions.map((p) => p.description)).toEqual([
      'Belysning vid norra gården',
      'Extra närvaro under sportlovet',
    ]);
    expect(picture.hotspots.map((p) => p.description)).toEqual(['Soprummet på norra sidan']);
    // The coordinator still sees all of them.
    const all = (await w.coordinator.get('/api/v1/situation/weeks/2025-W06/picture')).json() as Picture;
    expect(all.openActions).toHaveLength(3);
    expect(all.hotspots).toHaveLength(2);
  });
});

describe('the Swedish week at 00:30 on a Monday (issue 11 point 11)', () => {
  // Fixed clocks: Monday 24 November 2025 00:30 CET is 23:30 UTC on Sunday the 23rd (week 48
  // starts); Monday 30 June 2025 00:30 CEST is 22:30 UTC on Sunday the 29th (week 27 starts).
  it.each([
    ['winter time', '2025-11-23T23:30:00Z', '2025-11-24', '2025-W48'],
    ['summer time', '2025-06-29T22:30:00Z', '2025-06-30', '2025-W27'],
  ])('in %s shows the new week and takes a partner’s report for the Monday', async (_, instant, monday, week) => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(instant) });
    setTestClock(instant);
    try {
      const w = await world(t);
      const me = (await w.kommun.get('/api/v1/situation/me')).json();
      expect(me.currentWeek).toBe(week);
      const res = await file(w.kommun, w, {}, monday);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ week, date: monday });
    } finally {
      vi.useRealTimers();
      setTestClock(testClockStart);
    }
  });
});
