import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../../test/harness';
import { setAreaGeometry } from '../areas/testing';
import type { Picture } from './situation.contract';
import { file, signIn, week, world } from './test-world';
import { addWeeks } from './week';

const t = setUpTestApp();

describe('what a report may say about where and who', () => {
  // Bäckby norra drawn as the block 16.50–16.52° E × 59.60–59.61° N.
  const block = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [16.5, 59.6],
        [16.52, 59.6],
        [16.52, 59.61],
        [16.5, 59.61],
        [16.5, 59.6],
      ],
    ],
  };

  it('takes a map point inside the area and refuses one outside it, naming the area', async () => {
    const w = await world(t);
    await setAreaGeometry(t.db, w.areas[0].id, block);
    expect((await file(w.kommun, w, { lat: 59.605, lon: 16.51 })).statusCode).toBe(201);
    const outside = await file(w.kommun, w, { lat: 59.605, lon: 16.53 });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error).toMatchObject({ code: 'point_outside_area' });
    expect(outside.json().error.message).toContain('utanför området Bäckby norra');
    // Bäckby södra has no shape: its points cannot be checked and are taken.
    expect((await file(w.kommun, w, { areaId: w.areas[1].id, lat: 59.605, lon: 16.53 })).statusCode).toBe(
      201,
    );
  });

  it('lets staff report for the housing company only; the coordinator may file for a partner', async () => {
    const w = await world(t);
    const partners = (await w.admin.get('/api/v1/situation/partners')).json() as {
      id: string;
      name: string;
    }[];
    const polisen = partners.find((p) => p.name === 'Polisen')!.id;
    const host = await signIn(t, 'host@alfa.test');
    const asPolice = await file(host, w, { sourceId: polisen });
    expect(asPolice.statusCode).toBe(403);
    expect(asPolice.json().error.code).toBe('source_not_allowed');
    expect((await file(host, w)).json().sourceName).toBe('Bostäder alfa');
    expect((await file(w.coordinator, w, { sourceId: polisen })).json().sourceName).toBe('Polisen');
  });
});

describe('"nothing to report"', () => {
  it('is refused for a week that has not begun, and for a closed week unless the coordinator says it', async () => {
    const w = await world(t);
    const next = addWeeks(week, 1);
    const future = await w.kommun.post('/api/v1/situation/nothing-to-report', { week: next });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toBe(`Vecka ${next} har inte börjat än.`);
    // Four weeks ago the window (3 days after the Sunday) has closed for partners.
    const old = addWeeks(week, -4);
    const closed = await w.kommun.post('/api/v1/situation/nothing-to-report', { week: old });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('reporting_closed');
    expect((await w.kommun.post('/api/v1/situation/nothing-to-report', { week })).statusCode).toBe(200);
    const status = (await w.coordinator.get(`/api/v1/situation/weeks/${week}/status`)).json();
    expect(status.partners.find((p: { name: string }) => p.name === 'Västerås stad, fritid')).toMatchObject({
      reports: 0,
      nothingToReport: true,
      reported: true,
    });
  });
});

describe('a report filed after the week was compiled', () => {
  it('reaches the partners’ picture only once the coordinator has reviewed it', async () => {
    const w = await world(t);
    const first = (await file(w.kommun, w, { count: 2 })).json();
    await w.coordinator.patch(`/api/v1/situation/reports/${first.id}`, { status: 'reviewed' });
    expect((await w.coordinator.post(`/api/v1/situation/weeks/${week}/compile`)).statusCode).toBe(200);
    const north = async () =>
      ((await w.kommun.get(`/api/v1/situation/weeks/${week}/picture`)).json() as Picture).areas.find(
        (a) => a.id === w.areas[0].id,
      )!.total;
    expect(await north()).toBe(2);
    // The police report the same evening a day later: the coordinator sees it at once …
    const late = (await file(w.police, w, { count: 3 })).json();
    const forCoordinator = (
      await w.coordinator.get(`/api/v1/situation/weeks/${week}/picture`)
    ).json() as Picture;
    expect(forCoordinator.areas.find((a) => a.id === w.areas[0].id)!.total).toBe(5);
    // … the municipality only after the review: 2, then 2 + 3 = 5.
    expect(await north()).toBe(2);
    await w.coordinator.patch(`/api/v1/situation/reports/${late.id}`, { status: 'reviewed' });
    expect(await north()).toBe(5);
  });
});
