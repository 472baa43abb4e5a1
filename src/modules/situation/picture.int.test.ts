import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { pdfText } from '../../../test/pdf-text';
import type { Picture } from './situation.contract';
import { signIn, type World, world } from './test-world';

const t = setUpTestApp();

/** Logs presence shifts the way a host's phone does: through the rounds module's sync. */
async function logShifts(
  session: Session,
  shifts: { areaId: string; startsAt: string; endsAt: string; timeOfDay: 'day' | 'evening' }[],
) {
  const res = await session.post('/api/v1/rounds/sync', {
    shifts: shifts.map((s) => ({ clientId: randomUUID(), ...s })),
  });
  expect(res.statusCode).toBe(200);
  expect(res.json().results.map((r: { status: string }) => r.status)).toEqual(shifts.map(() => 'created'));
}

const areaOf = (picture: Picture, w: World, i: number) => picture.areas.find((a) => a.id === w.areas[i].id)!;

describe('presence hours in the week picture', () => {
  // Week 2025-W10 runs Monday 3 March to Sunday 9 March 2025; Sweden is on CET (UTC+1) then.
  // Bäckby norra (the host's area):
  //   W10: Tuesday 18:00–22:00 evening (4 h) + Saturday 10:00–13:30 day (3.5 h) = 7.5 h, 2 shifts, 4 h evening.
  //        A shift starting Monday 10 March 00:30 Swedish time (Sunday 23:30 UTC) belongs to W11: not counted.
  //   W09: Wednesday 26 February 17:00–21:00 = 4 h (the week before).
  //   W07: Monday 10 February 09:00–15:00 = 6 h.
  //   Baseline: the 12 weeks 2024-W50 … 2025-W09 hold 4 + 6 = 10 h; 10 / 12 = 0.833… → 0.83 h a week.
  // Bäckby södra: W08 Thursday 20 February 19:00–21:00 = 2 h; baseline 2 / 12 = 0.1666… → 0.17; W10: 0 h.
  it('shows each area’s hours of the week against the week before and the 12-week mean', async () => {
    const w = await world(t);
    const host = await signIn(t, 'host@alfa.test');
    const [north, south] = w.areas.map((a) => a.id);
    await logShifts(host, [
      {
        areaId: north,
        startsAt: '2025-03-04T18:00:00+01:00',
        endsAt: '2025-03-04T22:00:00+01:00',
        timeOfDay: 'evening',
      },
      {
        areaId: north,
        startsAt: '2025-03-08T10:00:00+01:00',
        endsAt: '2025-03-08T13:30:00+01:00',
        timeOfDay: 'day',
      },
      {
        areaId: north,
        startsAt: '2025-03-10T00:30:00+01:00',
        endsAt: '2025-03-10T02:30:00+01:00',
        timeOfDay: 'evening',
      },
      {
        areaId: north,
        startsAt: '2025-02-26T17:00:00+01:00',
        endsAt: '2025-02-26T21:00:00+01:00',
        timeOfDay: 'evening',
      },
      {
        areaId: north,
        startsAt: '2025-02-10T09:00:00+01:00',
        endsAt: '2025-02-10T15:00:00+01:00',
        timeOfDay: 'day',
      },
    ]);
    await logShifts(w.admin, [
      {
        areaId: south,
        startsAt: '2025-02-20T19:00:00+01:00',
        endsAt: '2025-02-20T21:00:00+01:00',
        timeOfDay: 'evening',
      },
    ]);

    const res = await w.coordinator.get('/api/v1/situation/weeks/2025-W10/picture');
    expect(res.statusCode).toBe(200);
    const picture = res.json() as Picture;
    expect(areaOf(picture, w, 0).presence).toEqual({
      hours: 7.5,
      eveningHours: 4,
      shifts: 2,
      previousHours: 4,
      baselineMean: 0.83,
    });
    expect(areaOf(picture, w, 1).presence).toEqual({
      hours: 0,
      eveningHours: 0,
      shifts: 0,
      previousHours: 0,
      baselineMean: 0.17,
    });
    // The history holds each of the 12 weeks before, oldest first.
    const history = areaOf(picture, w, 0).history;
    expect(history.map((h) => h.week)).toEqual([
      '2024-W50',
      '2024-W51',
      '2024-W52',
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((n) => `2025-W${n}`),
    ]);
    expect(history.find((h) => h.week === '2025-W07')?.presenceHours).toBe(6);
    expect(history.find((h) => h.week === '2025-W09')?.presenceHours).toBe(4);

    // The week after: W11 holds the shift that started after midnight on Sunday, 2 h.
    const next = (await w.coordinator.get('/api/v1/situation/weeks/2025-W11/picture')).json() as Picture;
    expect(areaOf(next, w, 0).presence).toMatchObject({ hours: 2, shifts: 1, previousHours: 7.5 });

    // The printed picture carries the same hours, to one decimal: 7.5 (0.83) and 0 (0.17).
    const pdf = await w.coordinator.get('/api/v1/situation/weeks/2025-W10/picture.pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('7,5 (0,8)');
    expect(text).toContain('0,0 (0,2)');
  });
});
