import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import type { ManualIndicator, TraceResponse } from './indicators.contract';
import { surveyShareIndicator } from './testing';

const t = setUpTestApp();

describe('how a district’s figures were computed', () => {
  it('traces a district (as its profile links) to its areas’ published figures and their entries', async () => {
    const seed = await seedOrganisation(t.db);
    const [north, south] = seed.areas;
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const indicator: ManualIndicator = (
      await analyst.post('/api/v1/indicators/manual', surveyShareIndicator)
    ).json();
    for (const [areaId, value, n, sourceNote] of [
      [null, 0.7, 200, 'Hela bolaget'],
      [north.id, 0.8, 120, 'Norra'],
      [south.id, 0.5, 6, 'Södra'],
    ] as const) {
      const body = { year: 2025, areaId, value, n, sourceNote };
      expect((await analyst.post(`/api/v1/indicators/manual/${indicator.id}/entries`, body)).statusCode).toBe(
        201,
      );
    }

    const district = `/api/v1/indicators/manual_survey_safety/trace?year=2025&district=${seed.district.id}`;
    const trace: TraceResponse = (await analyst.get(district)).json();
    expect(trace.filters.area).toBeNull();
    expect(trace.filters.district).toEqual({
      id: seed.district.id,
      name: 'Bäckby',
      areas: [
        { id: north.id, code: 'alfa-N', name: 'Bäckby norra' },
        { id: south.id, code: 'alfa-S', name: 'Bäckby södra' },
      ],
    });
    // No district total is made up: the figure is its areas'.
    expect(trace.figure).toBeNull();
    expect(trace.withheld).toBe('district_by_area');
    // Norra: 0.8 of 120, from 100 people published to 0.1 point (0.8). Södra: 6 people are under the
    // threshold (10) for figures entered by hand: hidden, neither value nor n.
    expect(trace.breakdowns).toEqual([
      {
        caption: 'Per område i Bäckby',
        columns: ['Område', 'Värde', 'n'],
        units: ['text', 'fraction', 'count'],
        rows: [
          ['Bäckby norra', 0.8, 120],
          ['Bäckby södra', null, null],
        ],
      },
    ]);
    // The entries of the district's areas, not the organisation's.
    expect(trace.entries.map((e) => e.sourceNote).sort()).toEqual(['Norra', 'Södra']);

    // A registered indicator per area, the same way.
    const registered: TraceResponse = (
      await analyst.get(`/api/v1/indicators/safety_index/trace?year=2025&district=${seed.district.id}`)
    ).json();
    expect(registered.withheld).toBe('district_by_area');
    expect(registered.breakdowns[0].rows.map((r) => r[0])).toEqual(['Bäckby norra', 'Bäckby södra']);
  });

  it('refuses an area and a district together, a host’s district that is not wholly theirs, and another organisation’s district', async () => {
    const seed = await seedOrganisation(t.db);
    const beta = await seedOrganisation(t.db, 'beta');
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const base = '/api/v1/indicators/safety_index/trace?year=2025';
    const both = await analyst.get(`${base}&district=${seed.district.id}&area=${seed.areas[0].id}`);
    expect(both.statusCode).toBe(400);
    expect(both.json().error.code).toBe('validation');
    expect((await analyst.get(`${base}&district=${beta.district.id}`)).statusCode).toBe(404);
    // The host has Bäckby norra only, not the whole of Bäckby.
    const host = await signIn(t.app, 'host@alfa.test');
    expect((await host.get(`${base}&district=${seed.district.id}`)).statusCode).toBe(403);
  });
});
