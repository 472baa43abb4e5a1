/**
 * Issue 10's six attacks on the safety index, made as the roles that made them (analyst, viewer,
 * host, police partner) with nothing but what the API shows, on small organisations built for each.
 * Each attack is the arithmetic an attacker would do; it must not give the hidden group: every way
 * of writing it needs a figure the API withholds (null), so nothing is recovered within ±0.5
 * respondent or 0.5 percentage point.
 */
import { describe, expect, it } from 'vitest';
import { type Session, seedOrganisation, signInDirect } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { type Answer, answer, area, district, times } from './answers.fixture';

const t = setUpTestApp();

// Every respondent answers overall, evening and stairwell (evening and stairwell are index questions).
const good = { overall: 4, evening: 5, stairwell: 4 } as const; // y = 2 of m = 2
const poor = { overall: 2, evening: 2, stairwell: 4 } as const; // y = 1 of m = 2
const at = (areaId: string, month: string, pattern: Answer['answers'] = good): Answer => ({
  areaId,
  month,
  answers: pattern,
});

type Group = {
  id: string;
  level: string;
  respondents: number | null;
  value: number | null;
  reason: string | null;
};

async function summary(s: Session, period: string): Promise<Map<string, Group>> {
  const res = await s.get(`/api/v1/safety-index/summary?period=${encodeURIComponent(period)}`);
  expect(res.statusCode).toBe(200);
  return new Map((res.json().groups as Group[]).map((g) => [g.id, g]));
}

async function validOf(s: Session, period: string, group: string, code: string): Promise<number | null> {
  const res = await s.get(
    `/api/v1/safety-index/questions?period=${encodeURIComponent(period)}&group=${encodeURIComponent(group)}`,
  );
  expect(res.statusCode).toBe(200);
  return res.json().questions.find((q: { code: string }) => q.code === code).valid;
}

/** Σ sign·term, or null when any term is withheld: the attack cannot be carried out. */
function attack(terms: [number | null | undefined, 1 | -1][]): number | null {
  let sum = 0;
  for (const [value, sign] of terms) {
    if (value === null || value === undefined) return null;
    sum += sign * value;
  }
  return sum;
}

/** Nothing recovered: the attack cannot be done, or it misses the truth by more than half a respondent. */
function expectNothingRecovered(recovered: number | null, truth: number) {
  if (recovered !== null) expect(Math.abs(recovered - truth)).toBeGreaterThan(0.5);
}

const n = (groups: Map<string, Group>, id: string) => groups.get(id)?.respondents;

async function organisation() {
  const seed = await seedOrganisation(t.db);
  const org = seed.organisation.id;
  return { seed, org, viewer: await signInDirect(t.app, t.db, 'viewer@alfa.test') };
}

describe('the six attacks of issue 10, none of which recovers a hidden group', () => {
  it('1. hierarchy: organisation − other districts − shown areas does not give a small area (analyst)', async () => {
    const { seed, org } = await organisation();
    const d1 = await district(t.db, org, 'Västra');
    const d2 = await district(t.db, org, 'Östra');
    const [a1, a2, a3] = [
      await area(t.db, org, d1, 'A1', 100),
      await area(t.db, org, d1, 'A2', 100),
      await area(t.db, org, d1, 'A3', 100),
    ];
    const [b1, b2] = [await area(t.db, org, d2, 'B1', 100), await area(t.db, org, d2, 'B2', 100)];
    // A1 has 3 respondents, A2 20, A3 25; Östra's B1 and B2 30 each; all in March 2025.
    await answer(t.db, org, [
      ...times(3, at(a1, '2025-03', poor)),
      ...times(20, at(a2, '2025-03')),
      ...times(25, at(a3, '2025-03')),
      ...times(30, at(b1, '2025-03')),
      ...times(30, at(b2, '2025-03')),
    ]);
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    for (const period of ['2025', '2025-Q1', '2025-T1', '2025-03', 'R12:2025-12']) {
      const g = await summary(analyst, period);
      expect(g.get(a1)).toMatchObject({ respondents: null, value: null, reason: 'small_group' });
      // Not everything is hidden: the attack has figures to work with.
      expect([n(g, 'organisation'), n(g, d2), n(g, b1), n(g, b2)]).toEqual([108, 60, 30, 30]);
      const bäckby = seed.district.id;
      const byCount = attack([
        [n(g, 'organisation'), 1],
        [n(g, bäckby), -1],
        [n(g, d2), -1],
        [n(g, a2), -1],
        [n(g, a3), -1],
      ]);
      expectNothingRecovered(byCount, 3);
      expectNothingRecovered(
        attack([
          [n(g, d1), 1],
          [n(g, a2), -1],
          [n(g, a3), -1],
        ]),
        3,
      );
      // The same through the questions' valid answers (the linked table).
      const valid = (group: string) => validOf(analyst, period, group, 'stairwell');
      expectNothingRecovered(
        attack([
          [await valid('organisation'), 1],
          [await valid(d2), -1],
          [await valid(a2), -1],
          [await valid(a3), -1],
          [await valid(bäckby), -1],
        ]),
        3,
      );
    }
  });

  it('2. overlapping periods: quarter, tertial, year and rolling 12 months minus months give no hidden month (viewer, partner)', async () => {
    const { seed, org, viewer } = await organisation();
    const d = await district(t.db, org, 'Västra');
    const a = await area(t.db, org, d, 'A', 500);
    const b = await area(t.db, org, d, 'B', 500);
    const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
    // A: 12 respondents every month but April, which has 3; B: 15 every month.
    await answer(t.db, org, [
      ...months.flatMap((m) => times(m === '2025-04' ? 3 : 12, at(a, m, m === '2025-04' ? poor : good))),
      ...months.flatMap((m) => times(15, at(b, m))),
    ]);
    const p = async (period: string) => n(await summary(viewer, period), a);
    const month = async (m: string) => p(m);
    expect((await summary(viewer, '2025-04')).get(a)).toMatchObject({
      respondents: null,
      reason: 'small_group',
    });
    const attacks = [
      // April = Q2 − May − June
      attack([
        [await p('2025-Q2'), 1],
        [await month('2025-05'), -1],
        [await month('2025-06'), -1],
      ]),
      // April = T1 − January − February − March
      attack([
        [await p('2025-T1'), 1],
        [await month('2025-01'), -1],
        [await month('2025-02'), -1],
        [await month('2025-03'), -1],
      ]),
      // April = T1 − Q1 (the tertial a partner sees against the quarter)
      attack([
        [await p('2025-T1'), 1],
        [await p('2025-Q1'), -1],
      ]),
      // April = year − the other eleven months
      attack([
        [await p('2025'), 1],
        ...(await Promise.all(months.filter((m) => m !== '2025-04').map(month))).map(
          (v) => [v, -1] as [number | null, -1],
        ),
      ]),
      // April = rolling 12 months to April (2024 empty) − January to March
      attack([
        [await p('R12:2025-04'), 1],
        [await month('2025-01'), -1],
        [await month('2025-02'), -1],
        [await month('2025-03'), -1],
      ]),
      // April = rolling 12 to April − rolling 12 to March
      attack([
        [await p('R12:2025-04'), 1],
        [await p('R12:2025-03'), -1],
      ]),
      // April = the district's April − B's April
      attack([
        [n(await summary(viewer, '2025-04'), d), 1],
        [n(await summary(viewer, '2025-04'), b), -1],
      ]),
    ];
    for (const recovered of attacks) expectNothingRecovered(recovered, 3);
    // Half of A's months and all of B's stay shown: the protection costs a few cells, not the table.
    const shownMonths = (await Promise.all(months.map(month))).filter((v) => v !== null);
    expect(shownMonths.length).toBeGreaterThanOrEqual(6);
    expect(await p('2025')).toBe(135);
    expect(n(await summary(viewer, '2025'), b)).toBe(180);

    // The police partner sees tertials and quarters in the EST analysis: never both of A's first
    // tertial and first quarter, whose difference is April.
    const partner = await signInDirect(t.app, t.db, 'partner@alfa.test');
    const index = async (period: string) => {
      const res = await partner.get(`/api/v1/situation/analysis?year=2025&period=${period}`);
      expect(res.statusCode).toBe(200);
      return res.json().areas.find((x: { id: string }) => x.id === a).safetyIndex as number | null;
    };
    const [t1, q1] = [await index('t1'), await index('q1')];
    expect(t1 === null || q1 === null).toBe(true);
    expect(seed.areas.length).toBe(2);
  });

  it('3. another period does not undo the protection: the area hidden beside a small one is hidden in its only month too (host, viewer)', async () => {
    const { seed, org, viewer } = await organisation();
    const [north, south] = seed.areas.map((x) => x.id);
    // Södra: 3 respondents in February; norra (the host's area): 20, all in March; Råby's R 30 a month.
    const raby = await district(t.db, org, 'Råby');
    const [r, r2] = [await area(t.db, org, raby, 'R1', 300), await area(t.db, org, raby, 'R2', 300)];
    await answer(t.db, org, [
      ...times(3, at(south, '2025-02', poor)),
      ...times(20, at(north, '2025-03')),
      ...[r, r2].flatMap((x) => [...times(30, at(x, '2025-02')), ...times(30, at(x, '2025-03'))]),
    ]);
    const host = await signInDirect(t.app, t.db, 'host@alfa.test');
    const year = await summary(viewer, '2025');
    expect(year.get(south)).toMatchObject({ respondents: null, reason: 'small_group' });
    const hostMarch = await summary(host, '2025-03');
    const hostQ1 = await summary(host, '2025-Q1');
    // Södra's year = Bäckby's year − norra's March (or Q1, or year).
    for (const mine of [hostMarch, hostQ1, await summary(host, '2025')]) {
      expectNothingRecovered(
        attack([
          [n(year, seed.district.id), 1],
          [n(mine, north), -1],
        ]),
        3,
      );
    }
    expectNothingRecovered(
      attack([
        [n(year, 'organisation'), 1],
        [n(year, r), -1],
        [n(hostMarch, north), -1],
      ]),
      3,
    );
  });

  it('4. hidden groups together under 10: district − shown area does not give the 1 + 2 hidden people (viewer)', async () => {
    const { org, viewer } = await organisation();
    const d1 = await district(t.db, org, 'Västra');
    const d2 = await district(t.db, org, 'Östra');
    const a = await area(t.db, org, d1, 'A', 100);
    const b = await area(t.db, org, d1, 'B', 100);
    const c = await area(t.db, org, d1, 'C', 100);
    const e = await area(t.db, org, d2, 'E', 100);
    await answer(t.db, org, [
      ...times(1, at(a, '2025-05', poor)),
      ...times(2, at(b, '2025-05', poor)),
      ...times(40, at(c, '2025-05')),
      ...times(50, at(e, '2025-05')),
    ]);
    for (const period of ['2025', '2025-05', '2025-T2']) {
      const g = await summary(viewer, period);
      expect(g.get(a)?.respondents).toBeNull();
      expect(g.get(b)?.respondents).toBeNull();
      expect([n(g, 'organisation'), n(g, e)]).toEqual([93, 50]);
      expectNothingRecovered(
        attack([
          [n(g, d1), 1],
          [n(g, c), -1],
        ]),
        3,
      );
      expectNothingRecovered(
        attack([
          [n(g, 'organisation'), 1],
          [n(g, d2), -1],
          [n(g, c), -1],
        ]),
        3,
      );
      expectNothingRecovered(
        attack([
          [await validOf(viewer, period, d1, 'evening'), 1],
          [await validOf(viewer, period, c, 'evening'), -1],
        ]),
        3,
      );
    }
  });

  it("5. linked tables: an area's index is never shown while one of its questions is hidden (viewer)", async () => {
    const { org, viewer } = await organisation();
    const d = await district(t.db, org, 'Västra');
    const [a, b, c] = [
      await area(t.db, org, d, 'A', 100),
      await area(t.db, org, d, 'B', 100),
      await area(t.db, org, d, 'C', 100),
    ];
    // A: 30 respondents, of whom only 4 answer the basement question (the others "don't know").
    await answer(t.db, org, [
      ...times(4, at(a, '2025-06', { ...good, basement: 2 })),
      ...times(26, at(a, '2025-06', { ...good, basement: 0 })),
      ...times(30, at(b, '2025-06', { ...good, basement: 4 })),
      ...times(30, at(c, '2025-06', { ...good, basement: 4 })),
    ]);
    for (const period of ['2025', '2025-06']) {
      const g = await summary(viewer, period);
      const res = (await viewer.get(`/api/v1/safety-index/questions?period=${period}&group=${a}`)).json();
      const hiddenQuestions = res.questions.filter((q: { suppressed: boolean }) => q.suppressed);
      // One decision for the index and its questions: both hidden here (the basement has 4 answers).
      expect(g.get(a)).toMatchObject({ respondents: null, value: null, reason: 'small_group' });
      expect(hiddenQuestions).toHaveLength(res.questions.length);
      // The basement's 4 answers = district − B − C.
      const basement = (group: string) => validOf(viewer, period, group, 'basement');
      expectNothingRecovered(
        attack([
          [await basement(d), 1],
          [await basement(b), -1],
          [await basement(c), -1],
        ]),
        4,
      );
      expect([n(g, b), n(g, c)].filter((v) => v === 30).length).toBeGreaterThanOrEqual(1);
      // Shown areas: every question shown with the index.
      for (const id of [b, c]) {
        const shown = g.get(id)!;
        const qs = (await viewer.get(`/api/v1/safety-index/questions?period=${period}&group=${id}`)).json();
        const anyHidden = qs.questions.some((q: { suppressed: boolean }) => q.suppressed);
        expect(shown.reason === null && anyHidden).toBe(false);
      }
    }
  });

  it('6. full precision: shares are rounded to what their base bears and hidden cells carry no count (analyst)', async () => {
    const { org } = await organisation();
    const d = await district(t.db, org, 'Västra');
    const a = await area(t.db, org, d, 'A', 540);
    const b = await area(t.db, org, d, 'B', 540);
    const c = await area(t.db, org, d, 'C', 540);
    // A: 54 respondents answering evening only, 41 of them 4–5 → 41/54 = 0.759259…; C: 7 respondents.
    await answer(t.db, org, [
      ...times(41, at(a, '2025-09', { evening: 5 })),
      ...times(13, at(a, '2025-09', { evening: 2 })),
      ...times(40, at(b, '2025-09', { evening: 5 })),
      ...times(7, at(c, '2025-09', { evening: 1 })),
    ]);
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const res = (await analyst.get('/api/v1/safety-index/summary?period=2025-09')).json();
    const byId = new Map(res.groups.map((g: Group & { low: number; high: number }) => [g.id, g]));
    const shownA = byId.get(a) as Group & { low: number; high: number };
    const hiddenC = byId.get(c) as Group & { low: number | null };
    expect(hiddenC).toMatchObject({ respondents: null, value: null, low: null, reason: 'small_group' });
    // Whichever of A and B is shown, its share is in whole points (0.76, never 0.759259…).
    for (const g of [shownA, byId.get(b) as Group & { low: number; high: number }]) {
      if (g.value === null) continue;
      for (const v of [g.value, g.low, g.high]) expect(Math.round(v * 100) / 100).toBe(v);
    }
    // The CSV and the questions say nothing about C's 7 either.
    const csv = (await analyst.get(`/api/v1/safety-index/export?period=2025-09&view=areas&group=${d}`)).body;
    const cRow = csv.split('\n').find((line) => line.includes('Område C'))!;
    expect(cRow).not.toMatch(/;7;|;7$/);
    expect(cRow).toContain('för få svar');
    const q = (await analyst.get(`/api/v1/safety-index/questions?period=2025-09&group=${c}`)).json();
    expect(
      q.questions.every(
        (x: { valid: number | null; dontKnow: number | null }) => x.valid === null && x.dontKnow === null,
      ),
    ).toBe(true);
    expect(shownA.value === 0.76 || (byId.get(b) as Group).value === 1).toBe(true);
    // Exact fraction attack: with C withheld, the district's count minus A and B is not available.
    expectNothingRecovered(
      attack([
        [n(new Map(res.groups.map((g: Group) => [g.id, g])), d), 1],
        [shownA.respondents, -1],
        [(byId.get(b) as Group).respondents, -1],
      ]),
      7,
    );
  });
});
