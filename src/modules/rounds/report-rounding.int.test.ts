import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { roundIndicators } from './indicators';
import { actions } from './rounds.table';

const t = setUpTestApp();

/**
 * Bäckby norra in 2025: three actions, two closed within the year → 2 / 3 = 0.6666…; Bäckby södra:
 * one action, closed. The share rests on 3 (and 1) actions, under 100, so the publication layer
 * gives it in whole percentage points: 67 % and 100 %; the organisation's 3 of 4 = 75 %.
 */
async function world() {
  const seed = await seedOrganisation(t.db);
  const org = seed.organisation.id;
  const [N, S] = seed.areas.map((a) => a.id);
  const action = (areaId: string, createdOn: string, closedOn: string | null) => ({
    organisationId: org,
    areaId,
    title: 'Byt lysrör i källargången',
    createdOn,
    status: closedOn ? ('done' as const) : ('open' as const),
    dueOn: null,
    closedOn,
  });
  await t.db
    .insert(actions)
    .values([
      action(N, '2025-02-01', '2025-02-10'),
      action(N, '2025-03-01', '2025-04-01'),
      action(N, '2025-05-01', null),
      action(S, '2025-06-01', '2025-06-02'),
    ]);
  return { org, N };
}

describe('rounds shares through the publication layer', () => {
  it('rounds the per-area closed share of the report to whole points for a base under 100 (2 of 3 → 0.67)', async () => {
    const { org } = await world();
    const indicator = roundIndicators.find((i) => i.id === 'actions_closed_share')!;
    const v = await indicator.compute(t.db, org, 2025, 'sv');
    // 2 / 3 = 0.6666… over 3 actions: whole points, 0.67; 1 / 1 = 1. Shares are fractions 0–1.
    expect(v.breakdowns?.[0].rows).toEqual([
      ['Bäckby norra', 3, 2, 0.67],
      ['Bäckby södra', 1, 1, 1],
    ]);
    expect(v.breakdowns?.[0].units).toEqual(['text', 'count', 'count', 'fraction']);
    // The headline is left to the report's publishShare (core): 3 of 4 = 0.75, base 4.
    expect(v).toMatchObject({ value: 0.75, n: 4 });
  });

  it('gives the area profile’s closed share rounded by its base of actions (0.6666… → 0.67)', async () => {
    const { N } = await world();
    const host = await signIn(t.app, 'host@alfa.test');
    const profile = (await host.get(`/api/v1/areas/${N}/profile?year=2025`)).json();
    const section = profile.sections.find((s: { module: string }) => s.module === 'rounds');
    const share = section.figures.find((f: { unit: string }) => f.unit === 'fraction');
    expect(share.value).toBe(0.67);
  });
});
