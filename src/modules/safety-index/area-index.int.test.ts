import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { createTestApp, type TestApp } from '../../../test/harness';
import { areaProfileSections } from '../../core/area-profile';
import { type Actor, systemActor } from '../../core/auth/access';
import type { Role } from '../../core/auth/auth.table';
import { runImport } from '../../core/import/run-import';
import type { AppContext } from '../../core/module';
import { safetyIndexForAreas } from '../situation';
import { monthRangeOf, safetyIndexByArea } from './area-index';
import { safetyIndexAreaProfile } from './area-profile';
import { surveyResponsesImport } from './survey-responses.import';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());
beforeEach(async () => t.reset());

type Seed = Awaited<ReturnType<typeof seedOrganisation>>;

/**
 * Answers to the index questions evening and stairwell (both default index questions):
 * - Bäckby norra, February 2025: 12 respondents. Six answer 4 and 5 (y = 2 of m = 2), three 4 and 3
 *   (y = 1), three 2 and 3 (y = 0). August 2025: six more answering 4 and 4 (y = 2).
 * - Bäckby södra, May 2025: 20 respondents answering evening only, 16 of them 5 and 4 of them 1.
 * - 2024-03: norra 6 respondents, södra 15, all answering evening 4.
 */
async function importAnswers(seed: Seed) {
  const lines = ['response_id,area_code,answered_on,evening,stairwell'];
  for (let i = 0; i < 12; i++) {
    const evening = i < 9 ? 4 : 2;
    const stairwell = i < 6 ? 5 : 3;
    lines.push(`n${i},alfa-N,2025-02-10,${evening},${stairwell}`);
  }
  for (let i = 0; i < 6; i++) lines.push(`a${i},alfa-N,2025-08-03,4,4`);
  for (let i = 0; i < 20; i++) lines.push(`s${i},alfa-S,2025-05-20,${i < 16 ? 5 : 1},`);
  for (let i = 0; i < 6; i++) lines.push(`old-n${i},alfa-N,2024-03-01,4,`);
  for (let i = 0; i < 15; i++) lines.push(`old-s${i},alfa-S,2024-03-01,4,`);
  const report = await runImport(t.db, systemActor(seed.organisation.id), surveyResponsesImport, {
    bytes: new TextEncoder().encode(lines.join('\n')),
    name: 'svar.csv',
  });
  expect(report.status).toBe('done');
}

async function setTargets(seed: Seed) {
  const analyst = await signIn(t.app, 'analyst@alfa.test');
  for (const body of [
    { year: 2025, areaId: null, target: 0.82 },
    { year: 2025, areaId: seed.areas[1].id, target: 0.6 },
  ]) {
    expect((await analyst.request('PUT', '/api/v1/safety-index/targets', body)).statusCode).toBe(200);
  }
}

function actor(seed: Seed, role: Role, language: 'sv' | 'en' = 'sv'): Actor {
  return {
    userId: seed.users[role].id,
    organisationId: seed.organisation.id,
    name: role,
    role,
    areaIds: role === 'host' ? [seed.areas[0].id] : 'all',
    partnerOrganisation: null,
    language,
  };
}

describe("each area's safety index for other modules", () => {
  it('reads period keys and date ranges as the months they touch', () => {
    expect(monthRangeOf('2025-T2')).toEqual(monthRangeOf({ from: '2025-05-01', to: '2025-08-31' }));
    // Months since January 2000: February 2025 = 25·12 + 1 = 301, March = 302.
    expect(monthRangeOf({ from: '2025-02-15', to: '2025-03-01' })).toEqual({ from: 301, to: 302 });
    expect(monthRangeOf('2025-T2')).toMatchObject({ from: 304, to: 307 });
    expect(monthRangeOf({ from: '2025-04-01', to: '2025-03-31' })).toBeNull();
    expect(monthRangeOf({ from: '2025-13-01', to: '2025-12-31' })).toBeNull();
    expect(monthRangeOf('2025-T4')).toBeNull();
  });

  it('gives value, n, interval, target and status per area for a year, a quarter and a date range', async () => {
    const seed = await seedOrganisation(t.db);
    await importAnswers(seed);
    await setTargets(seed);
    const [north, south] = seed.areas.map((a) => a.id);

    // Year 2025, norra: 18 respondents, Σy = 6·2 + 3·1 + 0 + 6·2 = 27, Σm = 36, p = 0.75.
    // Σ(y − p·m)² = 12·0.5² + 3·0.5² + 3·1.5² = 10.5; Var = 18/17 · 10.5 / 36² = 0.0085784,
    // se = 0.0926198, interval 0.75 ± 1.96·se = 0.568468 – 0.931532: crosses 82 % → too close to call.
    // Södra: 20 respondents, p = 16/20 = 0.8, Σ(y − p)² = 16·0.04 + 4·0.64 = 3.2,
    // Var = 20/19 · 3.2 / 400 = 0.0084211, se = 0.0917663, 0.620141 – 0.979859: all above its 60 % → met.
    const year = await safetyIndexByArea(t.db, seed.organisation.id, '2025');
    const n25 = year.get(north)!;
    expect(n25).toMatchObject({ n: 18, suppressed: false, target: 0.82, status: 'too close to call' });
    expect(n25.value).toBeCloseTo(0.75, 10);
    expect(n25.ciLow).toBeCloseTo(0.568468, 5);
    expect(n25.ciHigh).toBeCloseTo(0.931532, 5);
    const s25 = year.get(south)!;
    expect(s25).toMatchObject({ n: 20, suppressed: false, target: 0.6, status: 'met' });
    expect(s25.value).toBeCloseTo(0.8, 10);
    expect(s25.ciLow).toBeCloseTo(0.620141, 5);
    expect(s25.ciHigh).toBeCloseTo(0.979859, 5);

    // First quarter = January–March as dates: norra's 12 February respondents only.
    // p = 15/24 = 0.625, Σ(y − 1.25)² = 6·0.75² + 3·0.25² + 3·1.25² = 8.25,
    // Var = 12/11 · 8.25 / 576 = 0.015625, se = 0.125 → 0.380005 – 0.869995. Södra has no answers.
    for (const period of ['2025-Q1', { from: '2025-01-01', to: '2025-03-31' }]) {
      const q1 = await safetyIndexByArea(t.db, seed.organisation.id, period);
      expect(q1.get(north)!.value).toBeCloseTo(0.625, 10);
      expect(q1.get(north)!.ciLow).toBeCloseTo(0.380005, 5);
      expect(q1.get(north)!.ciHigh).toBeCloseTo(0.869995, 5);
      expect(q1.get(south)).toMatchObject({ n: 0, value: null, suppressed: false });
    }
  });

  it('hides an area of 6 respondents and, by subtraction, its neighbour (second tertial)', async () => {
    const seed = await seedOrganisation(t.db);
    await importAnswers(seed);
    const [north, south] = seed.areas.map((a) => a.id);
    // May–August: norra 6 (August), södra 20 (May). The district shows 26, so södra is hidden too,
    // or district minus södra would give norra.
    const t2 = await safetyIndexByArea(t.db, seed.organisation.id, '2025-T2');
    expect(t2.get(north)).toMatchObject({ n: 6, suppressed: true, value: null, ciLow: null, ciHigh: null });
    expect(t2.get(south)).toMatchObject({ n: 20, suppressed: true, value: null, status: null });
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const api = (await analyst.get('/api/v1/safety-index/summary?period=2025-T2')).json();
    // The map's areas as exported: "too few answers" for both, no figures.
    const csvText = (
      await analyst.get('/api/v1/safety-index/export?period=2025-T2&view=areas&group=organisation')
    ).body;
    expect(csvText.trim().split('\n').slice(1)).toEqual([
      'område,Bäckby norra,alfa-N,för få svar,för få svar,,,,,',
      'område,Bäckby södra,alfa-S,för få svar,för få svar,,,,,',
    ]);
    expect(api.groups.find((g: { level: string }) => g.level === 'district')).toMatchObject({
      respondents: 26,
    });
    expect(
      api.groups
        .filter((g: { suppressed: boolean }) => g.suppressed)
        .map((g: { id: string }) => g.id)
        .sort(),
    ).toEqual([north, south].sort());
  });

  it("fills the situation analysis's safety-index column (the hook)", async () => {
    const seed = await seedOrganisation(t.db);
    await importAnswers(seed);
    const [north, south] = seed.areas.map((a) => a.id);
    const year = await safetyIndexForAreas(t.db, seed.organisation.id, [north, south], {
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(year.available).toBe(true);
    expect(year.values.get(north)).toBeCloseTo(0.75, 10);
    expect(year.values.get(south)).toBeCloseTo(0.8, 10);
    const tertial = await safetyIndexForAreas(t.db, seed.organisation.id, [north, south], {
      from: '2025-05-01',
      to: '2025-08-31',
    });
    expect([...tertial.values]).toEqual([
      [north, null],
      [south, null],
    ]);
  });
});

describe("the safety index on an area's profile", () => {
  const ctx = () => ({ ...t.jobContext }) as unknown as AppContext;

  it('shows the year with interval, target and status, and a table of the questions', async () => {
    const seed = await seedOrganisation(t.db);
    await importAnswers(seed);
    await setTargets(seed);
    const north = seed.areas[0].id;
    const section = await safetyIndexAreaProfile(ctx(), {
      actor: actor(seed, 'analyst'),
      areaId: north,
      year: 2025,
    });
    expect(section).toMatchObject({ module: 'safety-index', title: 'Trygghetsindex' });
    expect(section!.figures).toEqual([
      {
        label: 'Trygghetsindex 2025',
        value: 0.75,
        unit: 'fraction',
        note: '95 % konfidensintervall 56,8 % – 93,2 % · 18 svarande',
      },
      {
        label: 'Mål 2025',
        value: 0.82,
        unit: 'fraction',
        note: 'för jämnt för att avgöra (intervallet korsar målet)',
      },
    ]);
    const table = section!.tables![0];
    expect(table.caption).toBe('Resultat per fråga 2025 (andel svar 4–5)');
    expect(table.columns).toEqual(['Fråga', 'Giltiga svar', 'Andel 4–5', '95 % intervall']);
    // evening: 9 + 6 = 15 of 18 answered 4–5 = 83.3 %, Wilson 60.78 %–94.16 %;
    // stairwell: 6 + 6 = 12 of 18 = 66.7 %, Wilson 43.75 %–83.72 %; overall: no answers.
    const row = (start: string) => table.rows.find((r) => String(r[0]).startsWith(start))!;
    expect(row('Hur trygg känner du dig när du går ut ensam')).toEqual([
      expect.stringContaining('(indexfråga)'),
      18,
      '83,3 %',
      '60,8 % – 94,2 %',
    ]);
    expect(row('Hur trygg känner du dig i trapphuset')).toEqual([
      expect.stringContaining('(indexfråga)'),
      18,
      '66,7 %',
      '43,7 % – 83,7 %',
    ]);
    expect(row('Hur trygg känner du dig i ditt bostadsområde')).toEqual([
      expect.not.stringContaining('indexfråga'),
      0,
      '–',
      null,
    ]);
  });

  it('says "too few answers" for 6 respondents and for the neighbour hidden with it, in English too', async () => {
    const seed = await seedOrganisation(t.db);
    await importAnswers(seed);
    const [north, south] = seed.areas.map((a) => a.id);
    const sv = await safetyIndexAreaProfile(ctx(), {
      actor: actor(seed, 'analyst'),
      areaId: north,
      year: 2024,
    });
    expect(sv!.figures[0]).toEqual({
      label: 'Trygghetsindex 2024',
      value: null,
      unit: 'fraction',
      suppressed: true,
      note: 'för få svar (6 svarande, minst 10 behövs)',
    });
    expect(sv!.tables![0].rows.every((r) => r[2] === 'för få svar' && r[1] === null)).toBe(true);
    const en = await safetyIndexAreaProfile(ctx(), {
      actor: actor(seed, 'viewer', 'en'),
      areaId: south,
      year: 2024,
    });
    expect(en!.figures[0]).toMatchObject({
      label: 'Safety index 2024',
      value: null,
      suppressed: true,
      note: 'too few answers (15 respondents, at least 10 needed)',
    });
    expect(en!.figures[1]).toMatchObject({
      label: 'Target 2024',
      value: null,
      note: 'no target set for 2024',
    });
  });

  it('is only for those who may read the safety index in the area', async () => {
    const seed = await seedOrganisation(t.db);
    await importAnswers(seed);
    const [north, south] = seed.areas.map((a) => a.id);
    const host = actor(seed, 'host');
    expect(await safetyIndexAreaProfile(ctx(), { actor: host, areaId: north, year: 2025 })).not.toBeNull();
    expect(await safetyIndexAreaProfile(ctx(), { actor: host, areaId: south, year: 2025 })).toBeNull();
    const partner = { ...actor(seed, 'partner'), partnerOrganisation: 'Polisen' };
    expect(await safetyIndexAreaProfile(ctx(), { actor: partner, areaId: north, year: 2025 })).toBeNull();
    // Registered with the core: the profile page asks every module.
    const sections = await areaProfileSections(ctx(), {
      actor: actor(seed, 'analyst'),
      areaId: north,
      year: 2023,
    });
    expect(sections.find((s) => s.module === 'safety-index')?.figures[0].note).toBe('inga svar 2023');
  });
});
