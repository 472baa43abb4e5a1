import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp, testConfig } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { indicators } from '../../core/indicators';
import { localDate } from '../../shared/time';
import { sessionsImport } from './sessions.import';

const t = setUpTestApp();

const today = () => localDate(testConfig.clock());
const inDays = (days: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function setUp() {
  const seed = await seedOrganisation(t.db);
  const admin = await signIn(t.app, 'admin@alfa.test');
  const res = await admin.post('/api/v1/activities', {
    name: 'Mimers dansskola',
    focusArea: 'gemenskap',
    areaIds: [seed.areas[0].id, seed.areas[1].id],
    partners: ['Dansföreningen Steg'],
    targetGroups: ['children', 'youths'],
    sdgs: [3, 10],
    responsiblePerson: 'Lina Exempel',
    public: true,
    defaultPlace: 'Bäckby träffpunkt',
  });
  expect(res.statusCode).toBe(201);
  return { seed, admin, activity: res.json() };
}

describe('activities', () => {
  it('registers an activity with its areas and writes the audit log', async () => {
    const { seed, admin, activity } = await setUp();
    expect(activity).toMatchObject({
      name: 'Mimers dansskola',
      focusArea: 'gemenskap',
      targetGroups: ['children', 'youths'],
      sdgs: [3, 10],
      finances: [],
    });
    expect(activity.areaIds).toEqual([seed.areas[0].id, seed.areas[1].id].sort());
    const audit = (await admin.get('/api/v1/audit?entity=activity')).json();
    expect(audit[0]).toMatchObject({ action: 'create', entity: 'activity' });
  });

  it('logs a session with counts by gender and age and refuses counts that do not add up', async () => {
    const { seed, admin, activity } = await setUp();
    const ok = await admin.post('/api/v1/activity-sessions', {
      activityId: activity.id,
      areaId: seed.areas[0].id,
      date: '2026-03-04',
      startTime: '17:30',
      participants: 60,
      women: 41,
      men: 17,
      ages: { '0-12': 38, '13-15': 20 },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      participants: 60,
      women: 41,
      men: 17,
      other: 2,
      place: 'Bäckby träffpunkt',
    });
    expect(ok.json().ages).toMatchObject({ '0-12': 38, '13-15': 20, '65+': 0 });
    const bad = await admin.post('/api/v1/activity-sessions', {
      activityId: activity.id,
      areaId: seed.areas[0].id,
      date: '2026-03-11',
      participants: 10,
      women: 8,
      men: 5,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Kvinnor, män');
  });

  it('changes only the fields a patch names', async () => {
    const { seed, admin, activity } = await setUp();
    const res = await admin.patch(`/api/v1/activities/${activity.id}`, { responsiblePerson: 'Ny Ansvarig' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      ...activity,
      responsiblePerson: 'Ny Ansvarig',
      areaIds: [seed.areas[0].id, seed.areas[1].id].sort(),
    });
  });

  it('fills in the planned session when the leader reports that day, instead of adding another', async () => {
    const { seed, admin, activity } = await setUp();
    const base = { activityId: activity.id, areaId: seed.areas[0].id, date: '2026-03-04' };
    const planned = await admin.post('/api/v1/activity-sessions', {
      ...base,
      startTime: '17:30',
      endTime: '19:00',
      participants: null,
    });
    const report = await admin.post('/api/v1/activity-sessions', { ...base, participants: 12, women: 7 });
    expect(report.statusCode).toBe(201);
    expect(report.json()).toMatchObject({
      id: planned.json().id,
      startTime: '17:30',
      endTime: '19:00',
      participants: 12,
      women: 7,
      other: 5,
    });
    // A second report that day is another session (the plan is used up).
    const extra = await admin.post('/api/v1/activity-sessions', {
      ...base,
      startTime: '20:00',
      participants: 4,
    });
    expect(extra.json().id).not.toBe(planned.json().id);
    const sessions = (await admin.get(`/api/v1/activities/${activity.id}/sessions?year=2026`)).json();
    expect(
      sessions.map((s: { startTime: string; participants: number }) => [s.startTime, s.participants]),
    ).toEqual([
      ['20:00', 4],
      ['17:30', 12],
    ]);
  });

  it('refuses a second activity of the same name, also by renaming', async () => {
    const { seed, admin, activity } = await setUp();
    const again = await admin.post('/api/v1/activities', {
      name: 'Mimers dansskola',
      focusArea: 'gemenskap',
      areaIds: [seed.areas[0].id],
    });
    expect(again.statusCode).toBe(409);
    const other = await admin.post('/api/v1/activities', {
      name: 'Språkcafé',
      focusArea: 'gemenskap',
      areaIds: [seed.areas[0].id],
    });
    const rename = await admin.patch(`/api/v1/activities/${other.json().id}`, { name: activity.name });
    expect(rename.statusCode).toBe(409);
  });

  it('holds a host to their own areas', async () => {
    const { seed, activity } = await setUp();
    const host = await signIn(t.app, 'host@alfa.test');
    const session = { activityId: activity.id, date: '2026-03-04', participants: 12 };
    expect(
      (await host.post('/api/v1/activity-sessions', { ...session, areaId: seed.areas[0].id })).statusCode,
    ).toBe(201);
    expect(
      (await host.post('/api/v1/activity-sessions', { ...session, areaId: seed.areas[1].id })).statusCode,
    ).toBe(403);
    const listed = (await host.get(`/api/v1/activities/${activity.id}/sessions`)).json();
    expect(listed).toHaveLength(1);
    expect((await host.get(`/api/v1/activity-sessions/${listed[0].id}`)).json()).toMatchObject({
      participants: 12,
    });
    const theirs = await signIn(t.app, 'admin@alfa.test');
    const south = await theirs.post('/api/v1/activity-sessions', { ...session, areaId: seed.areas[1].id });
    expect((await host.get(`/api/v1/activity-sessions/${south.json().id}`)).statusCode).toBe(403);
    const viewer = await signIn(t.app, 'viewer@alfa.test');
    expect(
      (await viewer.post('/api/v1/activity-sessions', { ...session, areaId: seed.areas[0].id })).statusCode,
    ).toBe(403);
  });

  it('shows upcoming public sessions on the area calendar page and in its iCalendar feed', async () => {
    const { seed, admin, activity } = await setUp();
    const date = inDays(3);
    await admin.post('/api/v1/activity-sessions', {
      activityId: activity.id,
      areaId: seed.areas[0].id,
      date,
      startTime: '18:00',
      endTime: '19:30',
      participants: null,
    });
    // A private activity stays out of the public calendar.
    const hidden = await admin.post('/api/v1/activities', {
      name: 'Internt planeringsmöte',
      focusArea: 'dialog',
      areaIds: [seed.areas[0].id],
    });
    await admin.post('/api/v1/activity-sessions', {
      activityId: hidden.json().id,
      areaId: seed.areas[0].id,
      date,
      participants: null,
    });

    const page = await t.app.inject({ method: 'GET', url: '/kalender/alfa/alfa-N' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Mimers dansskola');
    expect(page.body).toContain('18:00–19:30');
    expect(page.body).not.toContain('Internt planeringsmöte');
    expect(page.body).not.toContain('<script');

    const feed = await t.app.inject({ method: 'GET', url: '/kalender/alfa/alfa-N.ics' });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Mimers dansskola']);
    expect(events[0].location).toBe('Bäckby träffpunkt');
    // 18:00 Swedish time is 17:00 UTC in winter and 16:00 UTC in summer.
    const start = events[0].startDate.toJSDate();
    expect(localDate(start)).toBe(date);
    expect(
      new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Stockholm',
        hour: '2-digit',
        minute: '2-digit',
      }).format(start),
    ).toBe('18:00');

    expect((await t.app.inject({ method: 'GET', url: '/kalender/alfa/NOPE' })).statusCode).toBe(404);
    // Area codes are found whatever their case; the index lists both areas, one with a session.
    const lower = await t.app.inject({ method: 'GET', url: '/kalender/alfa/ALFA-n' });
    expect(lower.body).toContain('Mimers dansskola');
    const index = await t.app.inject({ method: 'GET', url: '/kalender/alfa' });
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.body).toContain('<a href="/kalender/alfa/alfa-N">Bäckby norra</a> – 1 tillfälle');
    expect(index.body).toContain('Bäckby södra</a> – 0 tillfällen');
    expect((await t.app.inject({ method: 'GET', url: '/kalender/okand' })).statusCode).toBe(404);
  });

  it('follows an activity up per year with event counters', async () => {
    const { seed, admin, activity } = await setUp();
    // A planned session next year is no part of the trend up to 2026.
    for (const [date, n] of [
      ['2025-02-01', 50],
      ['2026-02-01', 60],
      ['2026-02-08', 58],
      ['2027-01-10', null],
    ] as const) {
      await admin.post('/api/v1/activity-sessions', {
        activityId: activity.id,
        areaId: seed.areas[0].id,
        date,
        participants: n,
        women: 30,
      });
    }
    const event = {
      activityId: activity.id,
      name: 'CV-boxen',
      date: '2026-05-20',
      counters: { cvs: 35, interviews: 8 },
    };
    const created = await admin.post('/api/v1/activity-events', event);
    // A miscount corrected afterwards: 9 called to interview, not 8.
    const corrected = await admin.request('PUT', `/api/v1/activity-events/${created.json().id}`, {
      ...event,
      counters: { cvs: 35, interviews: 9 },
    });
    expect(corrected.statusCode).toBe(200);
    // Budget and cost are kept per year: 2025 cost 90 000 kr, 2026 114 000 kr.
    const finances = (year: number, body: object, who = admin) =>
      who.request('PUT', `/api/v1/activities/${activity.id}/finances/${year}`, body);
    await finances(2025, { budget: 100000, cost: 90000 });
    await finances(2024, { budget: 1, cost: 1 });
    expect((await finances(2024, { budget: null, cost: null })).json().finances).toEqual([
      { year: 2025, budget: 100000, cost: 90000 },
    ]);
    const viewer = await signIn(t.app, 'viewer@alfa.test');
    expect((await finances(2026, { budget: 1, cost: 1 }, viewer)).statusCode).toBe(403);
    await finances(2026, { budget: 120000, cost: 114000 });
    const res = await admin.get(`/api/v1/activities/${activity.id}/follow-up?year=2026`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.figures).toMatchObject({ sessions: 2, participants: 118, meanPerSession: 59, women: 60 });
    expect(body.finances).toEqual({ year: 2026, budget: 120000, cost: 114000 });
    // 114 000 kr / 118 visits = 966.10 kr a visit; 2025: 90 000 kr / 50 visits = 1 800 kr.
    expect(body.costPerVisit).toBeCloseTo(966.1017, 4);
    expect(
      body.trend.map((y: { year: number; participants: number; costPerVisit: number }) => [
        y.year,
        y.participants,
        y.costPerVisit,
      ]),
    ).toEqual([
      [2025, 50, 1800],
      [2026, 118, 114000 / 118],
    ]);
    const audit = (await admin.get('/api/v1/audit?entity=activity_finances')).json();
    expect(audit).toHaveLength(4);
    expect(body.eventCounters).toEqual({ cvs: 35, interviews: 9 });
    const overview = (await admin.get('/api/v1/activities/overview?year=2026')).json();
    expect(overview.byFocusArea).toEqual([expect.objectContaining({ focusArea: 'gemenskap' })]);
    expect(overview.byArea[0].figures.participants).toBe(118);
  });

  it('imports sessions all-or-nothing and idempotently, and counts them in the indicators', async () => {
    const { seed } = await setUp();
    const actor = systemActor(seed.organisation.id);
    const header =
      'activity,date,area_code,start_time,participants,women,men,age_0_12,age_13_15,age_16_19,age_20_25,age_26_64,age_65_plus';
    const good = `${header}\nMimers dansskola,2026-01-10,alfa-N,17:00,60,40,18,30,20,10,0,0,0\nMimers dansskola,2026-01-17,alfa-S,17:00,55,35,20,,,,,,\n`;
    const file = (text: string) => ({ bytes: new TextEncoder().encode(text), name: 'sessions.csv' });
    const first = await runImport(t.db, actor, sessionsImport, file(good));
    expect(first).toMatchObject({ status: 'done', summary: { created: 2, updated: 0 } });
    const again = await runImport(t.db, actor, sessionsImport, file(good));
    expect(again).toMatchObject({ status: 'done', summary: { created: 0, updated: 0, unchanged: 2 } });
    const corrected = good.replace('55,35,20', '56,36,20');
    const third = await runImport(t.db, actor, sessionsImport, file(corrected));
    expect(third).toMatchObject({ status: 'done', summary: { created: 0, updated: 1, unchanged: 1 } });

    const bad = `${header}\nMimers dansskola,2026-01-24,alfa-N,17:00,60,40,18,,,,,,\nOkänd aktivitet,2026-01-24,alfa-N,,5,,,,,,,,\nMimers dansskola,2026-01-31,alfa-N,,10,8,5,,,,,,\n`;
    const refused = await runImport(t.db, actor, sessionsImport, file(bad));
    expect(refused.status).toBe('refused');
    expect(refused.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'activity'],
      [4, 'men'],
    ]);

    const byId = new Map(indicators().map((i) => [i.id, i]));
    expect(await byId.get('activity_sessions')?.compute(t.db, seed.organisation.id, 2026)).toMatchObject({
      value: 2,
    });
    const participants = await byId.get('activity_participants')?.compute(t.db, seed.organisation.id, 2026);
    expect(participants).toMatchObject({ value: 116 });
    // Women 40 + 36 = 76 of 116 visits = 0.65517…; ages known for 60, so 56 (0.48275…) unknown. From
    // 100 visits the layer publishes shares to 0.001: 0.655, 38/116 → 0.328, 2/116 → 0.017, ….
    expect(participants?.breakdowns?.map((b) => b.rows)).toEqual([
      [
        ['Kvinnor/flickor', 76, 0.655],
        ['Män/pojkar', 38, 0.328],
        ['Annat/okänt', 2, 0.017],
      ],
      [
        ['0–12 år', 30, 0.259],
        ['13–15 år', 20, 0.172],
        ['16–19 år', 10, 0.086],
        ['20–25 år', 0, 0],
        ['26–64 år', 0, 0],
        ['65+ år', 0, 0],
        ['Okänd ålder', 56, 0.483],
      ],
    ]);
    expect(participants?.breakdowns?.map((b) => b.units)).toEqual([
      ['text', 'count', 'fraction'],
      ['text', 'count', 'fraction'],
    ]);
    const sessions = await byId.get('activity_sessions')?.compute(t.db, seed.organisation.id, 2026, 'en');
    expect(sessions?.breakdowns).toEqual([
      {
        caption: 'Activities per focus area 2026',
        columns: ['Focus area', 'Activities', 'Sessions held', 'Visits'],
        units: ['text', 'count', 'count', 'count'],
        rows: [['Community', 1, 2, 116]],
      },
      {
        caption: 'Sessions and visits per area 2026',
        columns: ['Area', 'Sessions held', 'Visits'],
        units: ['text', 'count', 'count'],
        rows: [
          ['Bäckby norra', 1, 60],
          ['Bäckby södra', 1, 56],
        ],
      },
    ]);
  });
});
