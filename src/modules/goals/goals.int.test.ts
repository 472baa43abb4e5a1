/**
 * Goals and where they stand. The figures are the safety index's, seeded answer by answer so that
 * every number can be worked out by hand from core/survey-estimation.ts (the respondent as cluster,
 * stratified by area with each area's finite-population correction, a logit-t interval) and
 * published as core/disclosure/publish.ts rounds it (to 0.1 point from 100 respondents, bounds
 * outwards).
 */
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signInDirect } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { low, seedSurveyExample, top } from '../../../test/survey-example';
import { systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { answer, times } from '../safety-index/testing';
import { organisationGoals } from '.';
import { goalsImport } from './goals.import';

const t = setUpTestApp();

/**
 * Two areas of 2,500 households. 2025: the seeds' worked example, 784 of 1,000 = 78.4 % (see
 * test/survey-example.ts). 2024: 50 respondents in each, 38 and 37 of them 4–5: 75 of 100 = 75 %.
 */
async function seedSurvey() {
  const seeded = await seedSurveyExample(t.db, ['2025-03', '2025-09']);
  const { org, north, south } = seeded;
  await answer(t.db, org, [
    ...times(38, { areaId: north, month: '2024-05', answers: top }),
    ...times(12, { areaId: north, month: '2024-05', answers: low }),
    ...times(37, { areaId: south, month: '2024-05', answers: top }),
    ...times(13, { areaId: south, month: '2024-05', answers: low }),
  ]);
  return seeded;
}

const csv = (text: string, name = 'mal.csv') => ({ bytes: new TextEncoder().encode(text), name });

type Listed = { indicatorId: string; areaId: string | null; [key: string]: unknown };

describe('the status of a goal', () => {
  it('gives an imported goal of 82 % "not met" for a safety index of 78.4 % among 1,000 respondents', async () => {
    const { seed, org } = await seedSurvey();
    const report = await runImport(
      t.db,
      systemActor(org),
      goalsImport,
      csv('indicator_id,year,area_code,target,baseline_year\nsafety_index,2025,,0.82,2024\n'),
    );
    expect(report).toMatchObject({ status: 'done', summary: { created: 1, updated: 0, unchanged: 0 } });
    // R = 784/1000 = 0.784. Each respondent gives one index answer (m = 1), so d = y − R: 392 of
    // each area's 500 have d = 0.216 and 108 have d = −0.784, with mean 0. Per area
    // Σ(d − d̄)² = 392·0.216² + 108·0.784² = 18.289 + 66.383 = 84.672; with the finite-population
    // correction (1 − 500/2,500) and n/(n − 1) = 500/499: 84.672 · 0.8 · 1.002004 = 67.8733.
    // Both areas: 135.7467, so se = √135.7467 / Σm = 11.65103 / 1,000 = 0.0116510.
    // t(998 = 1,000 respondents − 2 areas, 97.5 %) = 1.962344; logit 0.784 = ln(0.784/0.216) = 1.289131;
    // half-width 1.962344 · 0.011651 / (0.784 · 0.216) = 0.022864 / 0.169344 = 0.135011;
    // 1.289131 ∓ 0.135011 → expit 1.154120 = 0.760263, expit 1.424142 = 0.805987.
    // Published (1,000 respondents: to 0.1 point, bounds outwards): 78.4 %, 76.0 %–80.6 %.
    // The whole interval is below 82 %: not met.
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const res = await analyst.get('/api/v1/goals?year=2025');
    expect(res.statusCode).toBe(200);
    const [goal] = res.json();
    expect(goal).toMatchObject({
      indicatorId: 'safety_index',
      indicatorName: 'Trygghetsindex',
      unit: 'fraction',
      year: 2025,
      areaId: null,
      target: 0.82,
      baselineYear: 2024,
      hasFigure: true,
      figure: { value: 0.784, n: 1000, ciLow: 0.76, ciHigh: 0.806, suppressed: false, reason: null },
      status: 'not met',
    });
    // The baseline, 2024: 75 of 100 respondents = 75 % (to 0.1 point from 100 respondents).
    expect(goal.baseline).toMatchObject({ value: 0.75, n: 100, suppressed: false });
    // The annual report takes the same goal as the organisation-wide target.
    const goalOf = await organisationGoals(t.db, seed.organisation.id);
    expect(goalOf('safety_index', 2025)).toBe(0.82);
    expect(goalOf('safety_index', 2024)).toBeNull();
  });

  it('shows "too close to call" when the published interval crosses the target, per area too', async () => {
    const { north, south } = await seedSurvey();
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const put = (body: object) => analyst.request('PUT', '/api/v1/goals', body);
    // 76.0 %–80.6 % (worked out above) holds 80 %.
    const set = await put({
      indicatorId: 'safety_index',
      year: 2025,
      areaId: null,
      target: 0.8,
      baselineYear: null,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ indicatorId: 'safety_index', year: 2025, areaId: null, target: 0.8 });
    // Each area on its own: 392 of 500, Σ(d − d̄)² = 84.672 · 0.8 · 500/499 = 67.8733,
    // se = √67.8733 / 500 = 0.0164771; t(499) = 1.964729; half-width 1.964729 · 0.0164771 / 0.169344
    // = 0.191166; logit 1.289131 ∓ 0.191166 → 74.988 %–81.455 %, published 74.9 %–81.5 %:
    // 80 % is inside (too close to call), 70 % below it (met).
    expect(
      (await put({ indicatorId: 'safety_index', year: 2025, areaId: north, target: 0.8 })).statusCode,
    ).toBe(200);
    expect(
      (await put({ indicatorId: 'safety_index', year: 2025, areaId: south, target: 0.7 })).statusCode,
    ).toBe(200);
    const goals: Listed[] = (await analyst.get('/api/v1/goals?year=2025')).json();
    const of = (areaId: string | null) => goals.find((g) => g.areaId === areaId);
    expect(of(null)).toMatchObject({
      target: 0.8,
      figure: { value: 0.784, ciLow: 0.76, ciHigh: 0.806 },
      status: 'too close to call',
    });
    expect(of(north)).toMatchObject({
      areaName: 'Bäckby norra',
      areaCode: 'alfa-N',
      hasFigure: true,
      figure: { value: 0.784, n: 500, ciLow: 0.749, ciHigh: 0.815 },
      status: 'too close to call',
    });
    expect(of(south)).toMatchObject({ figure: { ciLow: 0.749, ciHigh: 0.815 }, status: 'met' });
    // The safety index's own pages take their targets from the goals: the organisation's 80 %,
    // each area its own.
    const summary = (await analyst.get('/api/v1/safety-index/summary?period=2025')).json();
    const group = (id: string) => summary.groups.find((g: { id: string }) => g.id === id);
    expect(group('organisation')).toMatchObject({ target: 0.8, status: 'too close to call' });
    expect(group(north)).toMatchObject({ target: 0.8, status: 'too close to call' });
    expect(group(south)).toMatchObject({ target: 0.7, status: 'met' });
  });

  it('says an area goal has no figure where the indicator gives none per area, and gives counts their exact status', async () => {
    const seed = await seedOrganisation(t.db);
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const area = seed.areas[0].id;
    const put = (body: object) => analyst.request('PUT', '/api/v1/goals', body);
    expect(
      (await put({ indicatorId: 'activity_participants', year: 2026, areaId: area, target: 100 })).statusCode,
    ).toBe(200);
    expect(
      (await put({ indicatorId: 'activity_participants', year: 2026, areaId: null, target: 0 })).statusCode,
    ).toBe(200);
    const goals: Listed[] = (await analyst.get('/api/v1/goals?year=2026')).json();
    expect(goals.map((g) => g.areaId)).toEqual([null, area]);
    // No sessions: 0 participants, a census (no interval), at least 0: met.
    expect(goals[0]).toMatchObject({ hasFigure: true, figure: { value: 0, ciLow: null }, status: 'met' });
    expect(goals[1]).toMatchObject({
      hasFigure: false,
      figure: null,
      status: null,
      areaName: 'Bäckby norra',
    });
  });
});

describe('setting and deleting goals', () => {
  it('checks the indicator, the area, the years and the target, with translated messages', async () => {
    await seedOrganisation(t.db);
    const other = await seedOrganisation(t.db, 'beta');
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const put = (body: object) =>
      analyst.request('PUT', '/api/v1/goals', { year: 2026, areaId: null, ...body });
    const unknown = await put({ indicatorId: 'happiness', target: 0.5 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe(
      'Det finns ingen indikator "happiness": välj en av ramverkets eller organisationens egna.',
    );
    const share = await put({ indicatorId: 'safety_index', target: 82 });
    expect(share.statusCode).toBe(400);
    expect(share.json().error.message).toContain('mellan 0 och 1');
    expect((await put({ indicatorId: 'activity_participants', target: -1 })).statusCode).toBe(400);
    expect((await put({ indicatorId: 'activity_participants', target: 12_000 })).statusCode).toBe(200);
    const baseline = await put({ indicatorId: 'safety_index', target: 0.8, baselineYear: 2027 });
    expect(baseline.statusCode).toBe(400);
    expect(baseline.json().error.message).toBe(
      'Basåret (2027) måste ligga mellan 2000 och målets år (2026).',
    );
    expect((await put({ indicatorId: 'safety_index', target: 0.8, year: 1999 })).statusCode).toBe(400);
    // Another organisation's area does not exist.
    const theirs = await put({ indicatorId: 'safety_index', target: 0.8, areaId: other.areas[0].id });
    expect(theirs.statusCode).toBe(404);
  });

  it('lets analysts and admins write, viewers and hosts read (hosts: their own areas), and audits', async () => {
    const seed = await seedOrganisation(t.db);
    const [mine, notMine] = seed.areas.map((a) => a.id);
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const admin = await signInDirect(t.app, t.db, 'admin@alfa.test');
    const viewer = await signInDirect(t.app, t.db, 'viewer@alfa.test');
    const host = await signInDirect(t.app, t.db, 'host@alfa.test');
    const goal = { indicatorId: 'safety_index', year: 2026, target: 0.8 };
    expect((await viewer.request('PUT', '/api/v1/goals', { ...goal, areaId: null })).statusCode).toBe(403);
    expect((await host.request('PUT', '/api/v1/goals', { ...goal, areaId: mine })).statusCode).toBe(403);
    const created = (
      await analyst.request('PUT', '/api/v1/goals', { ...goal, areaId: null, baselineYear: 2025 })
    ).json();
    await admin.request('PUT', '/api/v1/goals', { ...goal, areaId: mine, target: 0.75 });
    await admin.request('PUT', '/api/v1/goals', { ...goal, areaId: notMine, target: 0.7 });
    // Set again: the same goal, its target replaced.
    const replaced = (
      await analyst.request('PUT', '/api/v1/goals', {
        ...goal,
        areaId: null,
        target: 0.82,
        baselineYear: 2025,
      })
    ).json();
    expect(replaced).toMatchObject({ id: created.id, target: 0.82, baselineYear: 2025 });
    const areasOf = async (s: typeof viewer) =>
      ((await s.get('/api/v1/goals')).json() as Listed[]).map((g) => g.areaId);
    expect(await areasOf(viewer)).toEqual([null, mine, notMine]);
    expect(await areasOf(host)).toEqual([null, mine]);
    expect((await viewer.request('DELETE', `/api/v1/goals/${created.id}`)).statusCode).toBe(403);
    expect((await analyst.request('DELETE', `/api/v1/goals/${created.id}`)).statusCode).toBe(204);
    expect((await analyst.request('DELETE', `/api/v1/goals/${created.id}`)).statusCode).toBe(404);
    expect(await areasOf(viewer)).toEqual([mine, notMine]);
    const audit = (await admin.get('/api/v1/audit?entity=indicator_goal')).json();
    const actions = audit.map((r: { action: string }) => r.action).sort();
    expect(actions).toEqual(['create', 'create', 'create', 'delete', 'update']);
    expect(audit[0]).toMatchObject({ entityLabel: 'Mål för indikator', actorName: 'analyst alfa' });
  });

  it('groups the goals page by material area and focus area, with every indicator and its goals', async () => {
    await seedSurvey();
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    await analyst.request('PUT', '/api/v1/goals', {
      indicatorId: 'safety_index',
      year: 2025,
      areaId: null,
      target: 0.82,
    });
    const overview = (await analyst.get('/api/v1/goals/overview?year=2025')).json();
    expect(overview.year).toBe(2025);
    expect(overview.materialAreas.map((m: { name: string }) => m.name)).toEqual([
      'Hållbara stadsdelar',
      'God samhällsaktör',
      'Hållbart arbetsliv',
      'Mänskliga rättigheter',
    ]);
    const trygghet = overview.materialAreas[0].focusAreas.find(
      (f: { code: string }) => f.code === 'trygghet',
    );
    const index = trygghet.indicators.find((i: { id: string }) => i.id === 'safety_index');
    expect(index).toMatchObject({ name: 'Trygghetsindex', areaFigures: true, handEntered: false });
    expect(index.goals).toHaveLength(1);
    expect(index.goals[0]).toMatchObject({ target: 0.82, status: 'not met' });
  });
});
