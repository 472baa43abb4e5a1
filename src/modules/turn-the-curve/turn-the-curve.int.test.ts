import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInDirect } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { seedWorldOrganisation, type WorldOrganisation } from '../../../test/world';
import { forecastYears } from '../../core/forecast';
import {
  censusValue,
  hiddenValue,
  type IndicatorDefinition,
  type IndicatorValue,
  registerIndicators,
} from '../../core/indicators';
import { buildAnnualReport, publishIndicator } from '../../core/report';
import { swedishYear } from '../../shared/time';
import { organisationGoals } from '../goals';
import type { Curve } from './turn-the-curve.contract';

const t = setUpTestApp({ reset: false });
let alfa: WorldOrganisation;
let year: number;

/** Two indicators of this test's own, with figures the test chose for the years up to the clock's. */
const byYear = (figures: Record<number, IndicatorValue>) => async (_db: unknown, _org: string, y: number) =>
  figures[y] ?? censusValue(null, 0);

let unregister: () => void;

beforeAll(async () => {
  alfa = await seedWorldOrganisation(t.context, 'alfa');
  await seedWorldOrganisation(t.context, 'beta');
  year = swedishYear(t.context.config.clock());
  const described: Omit<IndicatorDefinition, 'id' | 'name' | 'unit' | 'compute'> = {
    sdg: [11],
    sdgTargets: ['11.7'],
    materialArea: 'sustainable_neighbourhoods',
    focusArea: 'trygghet',
    higherIsBetter: true,
    frequency: 'yearly',
    owner: 'analyst',
    definition: { sv: 'Testfigur.', en: 'Test figure.' },
  };
  unregister = registerIndicators([
    {
      ...described,
      id: 'ttc_test_count',
      name: { sv: 'Räknade saker', en: 'Things counted' },
      unit: 'count',
      // Nothing recorded four years ago, then 10, 20, 30 over three whole years, and 5 so far this year.
      compute: byYear({
        [year - 4]: censusValue(0, 0),
        [year - 3]: censusValue(10, 10),
        [year - 2]: censusValue(20, 20),
        [year - 1]: censusValue(30, 30),
        [year]: censusValue(5, 5),
      }),
    },
    {
      ...described,
      id: 'ttc_test_share',
      name: { sv: 'Andel nöjda', en: 'Share satisfied' },
      unit: 'fraction',
      compute: byYear({
        [year - 4]: hiddenValue('small_group'),
        [year - 3]: { value: 0.7012, n: 400, ciLow: 0.6561, ciHigh: 0.7463, target: 0.75 },
        [year - 2]: { value: 0.7394, n: 420, ciLow: 0.6955, ciHigh: 0.7833, target: 0.75 },
        [year - 1]: { value: 0.7531, n: 900, ciLow: 0.7241, ciHigh: 0.7821, target: 0.75 },
        [year]: { value: 0.7822, n: 1200, ciLow: 0.7582, ciHigh: 0.8062, target: 0.75 },
      }),
    },
  ]);
});

afterAll(() => unregister?.());

async function curve(email: string, indicatorId: string, asked = year) {
  const session = await signInDirect(t.app, t.db, email);
  return session.get(`/api/v1/turn-the-curve/curve?indicatorId=${indicatorId}&year=${asked}`);
}

describe('the curve of an indicator', () => {
  it("publishes every year as the annual report's trend does", async () => {
    const goalOf = await organisationGoals(t.db, alfa.organisation.id);
    const report = await buildAnnualReport(t.db, alfa.organisation, year, 'sv', t.context.config.clock(), {
      trendYears: 6,
      goalOf,
    });
    const ids = ['safety_index', 'actions_closed_share', 'incidents_per_1000_households', 'ttc_test_share'];
    for (const id of ids) {
      const res = await curve('analyst@alfa.test', id);
      expect(res.statusCode, id).toBe(200);
      const body: Curve = res.json();
      const trend = report.indicators.find((i) => i.id === id)!.trend;
      expect(body.history.length, id).toBeGreaterThan(0);
      for (const y of body.history) {
        const point = trend.find((p) => p.year === y.year)!;
        expect(
          { value: y.value, low: y.ciLow, high: y.ciHigh, suppressed: y.suppressed, target: y.target },
          `${id} ${y.year}`,
        ).toEqual({
          value: point.value,
          low: point.ci_low,
          high: point.ci_high,
          suppressed: point.suppressed,
          target: point.target,
        });
      }
    }
  });

  it('starts at the first year with a figure and forecasts from the published figures with core', async () => {
    const body: Curve = (await curve('analyst@alfa.test', 'ttc_test_share')).json();
    expect(body.indicator).toMatchObject({ name: 'Andel nöjda', unit: 'fraction', higherIsBetter: true });
    // Four years before this one is withheld (small group): the history starts there, the years before are left out.
    expect(body.history.map((y) => y.year)).toEqual([year - 4, year - 3, year - 2, year - 1, year]);
    expect(body.history[0]).toMatchObject({ value: null, n: null, suppressed: true, reason: 'small_group' });
    const published = publishIndicator(
      { unit: 'fraction', higherIsBetter: true },
      { value: 0.7012, n: 400, ciLow: 0.6561, ciHigh: 0.7463, target: 0.75 },
    );
    expect(body.history[1]).toMatchObject({
      value: published.value,
      ciLow: published.ci_low,
      ciHigh: published.ci_high,
      n: 400,
      target: 0.75,
      status: published.status,
      complete: true,
    });
    expect(body.history[4].complete).toBe(false);
    expect(body.baseline).toEqual({ year: year - 3, value: published.value, fromGoal: false });
    // A share of the year so far is a level: this year is fitted too.
    const shown = body.history.filter((y) => !y.suppressed).map((y) => ({ year: y.year, value: y.value! }));
    const expected = forecastYears(shown, 'fraction')!;
    expect(body.forecast).toEqual({
      fittedYears: [year - 3, year - 2, year - 1, year],
      slope: expected.slope,
      confidence: 0.95,
      points: expected.points.map((p) => ({ ...p, target: null })),
    });
    expect(body.forecast!.points.map((p) => p.year)).toEqual([year + 1, year + 2, year + 3]);
  });

  it('leaves a count of the year so far out of the line: 10, 20, 30 go on 40, 50, 60 with no spread', async () => {
    const body: Curve = (await curve('viewer@alfa.test', 'ttc_test_count')).json();
    // The zero before anything was recorded is left out of the history.
    expect(body.history.map((y) => [y.year, y.value])).toEqual([
      [year - 3, 10],
      [year - 2, 20],
      [year - 1, 30],
      [year, 5],
    ]);
    expect(body.baseline).toEqual({ year: year - 3, value: 10, fromGoal: false });
    expect(body.forecast!.fittedYears).toEqual([year - 3, year - 2, year - 1]);
    expect(body.forecast!.slope).toBeCloseTo(10, 9);
    const points = body.forecast!.points;
    expect(points.map((p) => p.year)).toEqual([year, year + 1, year + 2]);
    points.forEach((p, i) => {
      expect(p.value).toBeCloseTo(40 + 10 * i, 9);
      expect(p.high - p.low).toBeCloseTo(0, 9);
    });
  });

  it('has no forecast from fewer than three years, and refuses an unknown indicator or a year not begun', async () => {
    const before: Curve = (await curve('analyst@alfa.test', 'ttc_test_count', year - 2)).json();
    expect(before.history.map((y) => y.value)).toEqual([10, 20]);
    expect(before.forecast).toBeNull();
    const unknown = await curve('analyst@alfa.test', 'no_such_indicator');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('Det finns ingen indikator med id "no_such_indicator".');
    const future = await curve('analyst@alfa.test', 'safety_index', year + 1);
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toContain(String(year + 1));
  });

  it('starts from the baseline year the goal names, with the goal as the target of its year', async () => {
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const set = await analyst.request('PUT', '/api/v1/goals', {
      indicatorId: 'ttc_test_count',
      year,
      areaId: null,
      target: 50,
      baselineYear: year - 2,
    });
    expect(set.statusCode).toBe(200);
    const body: Curve = (await curve('analyst@alfa.test', 'ttc_test_count')).json();
    expect(body.baseline).toEqual({ year: year - 2, value: 20, fromGoal: true });
    expect(body.history.find((y) => y.year === year)).toMatchObject({
      value: 5,
      target: 50,
      status: 'not met',
    });
    expect(body.forecast!.points.find((p) => p.year === year)!.target).toBe(50);
    // The year before has no goal: the nearest goal's baseline year is taken, not the history's start.
    const before: Curve = (await curve('analyst@alfa.test', 'ttc_test_count', year - 1)).json();
    expect(before.baseline).toEqual({ year: year - 2, value: 20, fromGoal: true });
  });

  it('is refused to a partner', async () => {
    expect((await curve('partner@alfa.test', 'safety_index')).statusCode).toBe(403);
  });
});

describe('the story behind the curve', () => {
  const put = async (email: string, body: unknown) =>
    (await signInDirect(t.app, t.db, email)).request('PUT', '/api/v1/turn-the-curve/story', body);

  it('is written by an analyst, audited, and shown with who wrote it and when', async () => {
    const story = 'Belysningen på Bäckby norra byttes i oktober; kvällsronderingarna fortsätter.';
    const res = await put('analyst@alfa.test', { indicatorId: 'incidents_per_1000_households', story });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ story, changedBy: { name: 'analyst alfa' } });
    const written = new Date(res.json().changedAt).getTime();
    expect(Math.abs(written - t.context.config.clock().getTime())).toBeLessThan(60_000);
    const shown: Curve = (await curve('viewer@alfa.test', 'incidents_per_1000_households')).json();
    expect(shown.story).toEqual(res.json());
    const admin = await signInDirect(t.app, t.db, 'admin@alfa.test');
    const audit = (await admin.get('/api/v1/audit?entity=indicator_story')).json();
    const mine = audit.filter(
      (a: { after: { indicatorId: string } }) => a.after.indicatorId === 'incidents_per_1000_households',
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ action: 'create', entityLabel: 'Berättelsen bakom kurvan' });

    const changed = await put('admin@alfa.test', {
      indicatorId: 'incidents_per_1000_households',
      story: 'Ny text.',
    });
    expect(changed.json()).toMatchObject({ story: 'Ny text.', changedBy: { name: 'admin alfa' } });
    const after = (await admin.get('/api/v1/audit?entity=indicator_story')).json();
    expect(after.filter((a: { action: string }) => a.action === 'update')).toHaveLength(1);
  });

  it("keeps the test world's story per organisation", async () => {
    const alfaStory: Curve = (await curve('analyst@alfa.test', 'safety_index')).json();
    expect(alfaStory.story.story).toContain('Tryggheten i alfa');
    const betaStory: Curve = (await curve('analyst@beta.test', 'safety_index')).json();
    expect(betaStory.story.story).toContain('Tryggheten i beta');
  });

  it('refuses a viewer, a host, personal data, an unknown indicator and a text too long, and changes nothing', async () => {
    const id = 'actions_closed_share';
    await put('analyst@alfa.test', { indicatorId: id, story: 'Första versionen.' });
    expect((await put('viewer@alfa.test', { indicatorId: id, story: 'x' })).statusCode).toBe(403);
    expect((await put('host@alfa.test', { indicatorId: id, story: 'x' })).statusCode).toBe(403);
    const phone = await put('analyst@alfa.test', { indicatorId: id, story: 'Ring Kim på 070-123 45 67.' });
    expect(phone.statusCode).toBe(422);
    expect(phone.json().error.message).toContain('telefonnummer');
    const unknown = await put('analyst@alfa.test', { indicatorId: 'no_such_indicator', story: 'x' });
    expect(unknown.statusCode).toBe(404);
    expect((await put('analyst@alfa.test', { indicatorId: id, story: 'x'.repeat(10_001) })).statusCode).toBe(
      400,
    );
    const shown: Curve = (await curve('analyst@alfa.test', id)).json();
    expect(shown.story.story).toBe('Första versionen.');
    const noSuch: Curve | undefined = (await curve('analyst@alfa.test', 'no_such_indicator')).json().story;
    expect(noSuch).toBeUndefined();
  });
});

describe('the work linked to the curve', () => {
  const titles = (body: Curve) => body.linkedWork.map((w) => w.title);

  it("lists the rounds' actions and the EST priorities of a trygghet indicator, a host's only in their areas", async () => {
    const admin: Curve = (await curve('admin@alfa.test', 'safety_index')).json();
    expect(titles(admin)).toContain('Byt belysning vid garaget – Bäckby södra');
    expect(titles(admin)).toContain('Belysning vid gården – Bäckby södra');
    const action = admin.linkedWork.find((w) => w.title === 'Byt belysning vid garaget – Bäckby södra')!;
    expect(action).toMatchObject({ module: 'rounds', kind: 'Åtgärd' });
    expect(action.href).toContain('/rounds/actions?areaId=');
    const priority = admin.linkedWork.find((w) => w.title === 'Belysning vid gården – Bäckby södra')!;
    expect(priority).toMatchObject({
      module: 'situation',
      kind: 'Prioritering (EST)',
      status: 'Öppen – ansvarig: Fastighetsskötare',
    });

    const host: Curve = (await curve('host@alfa.test', 'safety_index')).json();
    expect(host.linkedWork.length).toBeGreaterThan(0);
    expect(titles(host).every((title) => !title.includes('Bäckby södra'))).toBe(true);
    expect(titles(host).some((title) => title.endsWith('– Bäckby norra'))).toBe(true);
  });

  it("lists the activities of the indicator's focus area held in the year, a host's only in their areas", async () => {
    const admin = await signInDirect(t.app, t.db, 'admin@alfa.test');
    const [north, south] = alfa.areas;
    for (const [name, areaId] of [
      ['Kvällsvandring norra', north.id],
      ['Kvällsvandring södra', south.id],
    ] as const) {
      const activity = (
        await admin.post('/api/v1/activities', { name, focusArea: 'trygghet', areaIds: [areaId] })
      ).json();
      const session = await admin.post('/api/v1/activity-sessions', {
        activityId: activity.id,
        areaId,
        date: `${year}-03-12`,
        participants: 14,
        women: 8,
        men: 6,
      });
      expect(session.statusCode).toBe(201);
    }
    const all: Curve = (await curve('viewer@alfa.test', 'safety_index')).json();
    const activities = all.linkedWork.filter((w) => w.module === 'activities');
    expect(activities.map((w) => [w.title, w.status, w.date])).toEqual([
      ['Kvällsvandring norra', '1 tillfälle', `${year}-03-12`],
      ['Kvällsvandring södra', '1 tillfälle', `${year}-03-12`],
    ]);
    const host: Curve = (await curve('host@alfa.test', 'safety_index')).json();
    expect(host.linkedWork.filter((w) => w.module === 'activities').map((w) => w.title)).toEqual([
      'Kvällsvandring norra',
    ]);
    // The homework club (gemenskap) is not trygghet work, and last year had none of these.
    expect(titles(all)).not.toContain('Läxhjälp');
    const lastYear: Curve = (await curve('viewer@alfa.test', 'safety_index', year - 1)).json();
    expect(lastYear.linkedWork.filter((w) => w.module === 'activities')).toEqual([]);
  });

  it('lists the programmes of arbete for the job outcome rate, in English for an English reader', async () => {
    const body: Curve = (await curve('analyst@alfa.test', 'job_outcome_rate')).json();
    expect(
      body.linkedWork.filter((w) => w.module === 'programs').map((w) => [w.kind, w.title, w.status]),
    ).toEqual([['Program', 'Jobbpunkt', 'Pågår']]);
    expect(body.linkedWork.some((w) => w.module === 'rounds' || w.module === 'situation')).toBe(false);
    const viewer = await signInDirect(t.app, t.db, 'viewer@beta.test');
    expect((await viewer.request('PUT', '/api/v1/auth/me/language', { language: 'en' })).statusCode).toBe(
      200,
    );
    const english: Curve = (await curve('viewer@beta.test', 'job_outcome_rate')).json();
    expect(english.indicator.name).toBe('Share of exits to work (Jobbpunkt)');
    expect(english.linkedWork.map((w) => [w.kind, w.title, w.status])).toEqual([
      ['Programme', 'Jobbpunkt', 'Running'],
    ]);
  });
});
