import { describe, expect, it } from 'vitest';
import { type Session, seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { multipart } from '../../../test/import-files';
import type { ManualIndicator, TraceResponse } from './indicators.contract';
import { surveyShareIndicator } from './testing';

const t = setUpTestApp();

async function waitForJob(session: Session, jobId: string) {
  for (let i = 0; i < 400; i++) {
    const job = (await session.get(`/api/v1/imports/jobs/${jobId}`)).json();
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('import did not finish');
}

async function importSessions(admin: Session, fileName: string, lines: string[]) {
  const csv = Buffer.from(['activity,date,area_code,participants', ...lines].join('\n'));
  const { payload, headers } = multipart(fileName, csv);
  const started = await admin.request('POST', '/api/v1/imports/sessions', payload, headers);
  expect(started.statusCode).toBe(202);
  expect((await waitForJob(admin, started.json().jobId)).status).toBe('done');
}

describe('how a figure was computed', () => {
  it('traces a registered indicator to the imports of its module, newest first, with dates and who ran them', async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const activity = await admin.post('/api/v1/activities', {
      name: 'Läxhjälp',
      focusArea: 'gemenskap',
      areaIds: [seed.areas[0].id],
    });
    expect(activity.statusCode).toBe(201);
    await importSessions(admin, 'hosten.csv', [
      'Läxhjälp,2026-10-05,alfa-N,12',
      'Läxhjälp,2026-10-12,alfa-N,9',
    ]);
    await importSessions(admin, 'november.csv', ['Läxhjälp,2026-11-02,alfa-N,14']);

    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const response = await analyst.get('/api/v1/indicators/activity_sessions/trace?year=2026');
    expect(response.statusCode).toBe(200);
    const trace: TraceResponse = response.json();
    expect(trace.indicator).toMatchObject({ id: 'activity_sessions', manual: false, unit: 'count' });
    expect(trace.module).toBe('activities');
    expect(trace.importKinds).toEqual(['sessions']);
    // The test clock stands at 7 December 2026: the year so far, in Swedish days.
    expect(trace.filters).toEqual({
      organisation: 'Bostäder alfa',
      year: 2026,
      from: '2026-01-01',
      to: '2026-12-07',
      timeZone: 'Europe/Stockholm',
      yearSoFar: true,
      area: null,
      district: null,
    });
    // Three sessions were imported.
    expect(trace.figure).toMatchObject({ value: 3, suppressed: false });
    expect(trace.withheld).toBeNull();
    expect(trace.imports.map((i) => [i.fileName, i.kind, i.rows, i.changedBy?.name])).toEqual([
      ['november.csv', 'sessions', 1, 'admin alfa'],
      ['hosten.csv', 'sessions', 2, 'admin alfa'],
    ]);
    const [newest, oldest] = trace.imports.map((i) => Date.parse(i.changedAt));
    expect(newest).toBeGreaterThanOrEqual(oldest);
    expect(trace.entries).toEqual([]);

    // A past year is the whole calendar year.
    const last: TraceResponse = (
      await analyst.get('/api/v1/indicators/activity_sessions/trace?year=2025')
    ).json();
    expect([last.filters.from, last.filters.to, last.filters.yearSoFar]).toEqual([
      '2025-01-01',
      '2025-12-31',
      false,
    ]);
    expect(last.figure?.value).toBe(0);
    expect((await analyst.get('/api/v1/indicators/no_such_thing/trace?year=2025')).statusCode).toBe(404);
  });

  it('traces a hand-entered indicator to its entries with their source notes, attachments, who and when', async () => {
    const seed = await seedOrganisation(t.db);
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const indicator: ManualIndicator = (
      await analyst.post('/api/v1/indicators/manual', surveyShareIndicator)
    ).json();
    const enter = (body: object) =>
      analyst.post(`/api/v1/indicators/manual/${indicator.id}/entries`, { year: 2025, n: null, ...body });
    await enter({ areaId: null, value: 0.75, n: 200, sourceNote: 'AktivBo 2025, rapport till bolaget' });
    await enter({ areaId: seed.areas[0].id, value: 0.8, n: 120, sourceNote: 'AktivBo 2025, områdesrapport' });

    const trace: TraceResponse = (
      await analyst.get('/api/v1/indicators/manual_survey_safety/trace?year=2025')
    ).json();
    expect(trace.indicator).toMatchObject({ manual: true, name: 'Andel nöjda med tryggheten (kundenkät)' });
    expect(trace.module).toBeNull();
    expect(trace.materialArea).toBe('Hållbara stadsdelar');
    expect(trace.focusArea).toBe('Trygghet');
    expect(trace.figure).toMatchObject({ value: 0.75, n: 200, ciLow: 0.685, ciHigh: 0.805 });
    expect(trace.breakdowns[0].rows).toEqual([['Bäckby norra', 0.8, 120]]);
    expect(trace.imports).toEqual([]);
    // Newest first: the area's entry was made after the organisation's.
    expect(trace.entries.map((e) => [e.areaName, e.value, e.sourceNote, e.changedBy?.name])).toEqual([
      ['Bäckby norra', 0.8, 'AktivBo 2025, områdesrapport', 'analyst alfa'],
      [null, 0.75, 'AktivBo 2025, rapport till bolaget', 'analyst alfa'],
    ]);

    // One area: its own entry and figure.
    const area: TraceResponse = (
      await analyst.get(`/api/v1/indicators/manual_survey_safety/trace?year=2025&area=${seed.areas[0].id}`)
    ).json();
    expect(area.filters.area).toEqual({ id: seed.areas[0].id, code: 'alfa-N', name: 'Bäckby norra' });
    expect(area.figure).toMatchObject({ value: 0.8, n: 120 });
    expect(area.entries.map((e) => e.sourceNote)).toEqual(['AktivBo 2025, områdesrapport']);
  });

  it('holds a host to their own areas, and refuses partners', async () => {
    const seed = await seedOrganisation(t.db);
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const indicator: ManualIndicator = (
      await analyst.post('/api/v1/indicators/manual', surveyShareIndicator)
    ).json();
    for (const [areaId, sourceNote] of [
      [null, 'Hela bolaget'],
      [seed.areas[0].id, 'Norra'],
      [seed.areas[1].id, 'Södra'],
    ])
      await analyst.post(`/api/v1/indicators/manual/${indicator.id}/entries`, {
        year: 2025,
        areaId,
        value: 0.7,
        n: 50,
        sourceNote,
      });

    const host = await signIn(t.app, 'host@alfa.test');
    // The organisation's figure is not the host's to see: definition and sources only.
    const whole: TraceResponse = (
      await host.get('/api/v1/indicators/manual_survey_safety/trace?year=2025')
    ).json();
    expect(whole.figure).toBeNull();
    expect(whole.withheld).toBe('areas_only');
    expect(whole.entries.map((e) => e.sourceNote)).toEqual(['Norra']);
    const own: TraceResponse = (
      await host.get(`/api/v1/indicators/manual_survey_safety/trace?year=2025&area=${seed.areas[0].id}`)
    ).json();
    expect(own.figure).toMatchObject({ value: 0.7, n: 50 });
    expect(
      (await host.get(`/api/v1/indicators/manual_survey_safety/trace?year=2025&area=${seed.areas[1].id}`))
        .statusCode,
    ).toBe(403);
    const entries = (await host.get(`/api/v1/indicators/manual/${indicator.id}/entries`)).json();
    expect(entries.map((e: { sourceNote: string }) => e.sourceNote)).toEqual(['Norra']);
    // A registered indicator in the host's area: its area figure (or why there is none), never the organisation's.
    const registered: TraceResponse = (
      await host.get(`/api/v1/indicators/safety_index/trace?year=2025&area=${seed.areas[0].id}`)
    ).json();
    expect(registered.filters.area?.id).toBe(seed.areas[0].id);
    expect(registered.withheld).not.toBe('areas_only');

    const partner = await signIn(t.app, 'partner@alfa.test');
    expect((await partner.get('/api/v1/indicators/safety_index/trace?year=2025')).statusCode).toBe(403);
    // Another organisation's area does not exist for this one.
    const beta = await seedOrganisation(t.db, 'beta');
    expect(
      (await analyst.get(`/api/v1/indicators/safety_index/trace?year=2025&area=${beta.areas[0].id}`))
        .statusCode,
    ).toBe(404);
  });
});
