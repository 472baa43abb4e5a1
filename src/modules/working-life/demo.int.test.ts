import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import type { DemoContext } from '../../core/module';
import { createOrganisation } from '../../core/organisations';
import { listGoals } from '../goals';
import { workingLifeModule } from '.';
import { listHeadcounts } from './headcount.service';
import { listWorkEnvironment } from './work-environment.service';

const t = setUpTestApp({ reset: false });

describe('working-life demo', () => {
  it('has the seeds’ 2022, ISO 45001 since 2020 and the 80/20 rule as the promotive share’s goal', async () => {
    const organisation = await createOrganisation(t.db, 'demo-wl', 'Demobostäder', []);
    const ctx = { db: t.db, organisationId: organisation.id } as unknown as DemoContext;
    await workingLifeModule.seedDemo?.(ctx);
    const viewer = { ...systemActor(organisation.id), role: 'viewer' as const };

    const y2022 = await listHeadcounts(ctx, viewer, 2022);
    expect(y2022.map((r) => [r.body, r.women, r.men, r.womenShare])).toEqual([
      ['company', 74, 92, 0.446], // 74 / 166
      ['management', 4, 5, 0.444], // 4 / 9
      ['board', 7, 6, 0.538], // 7 / 13
      ['managers', 11, 13, 0.458], // 11 / 24
    ]);
    const years = new Set((await listHeadcounts(ctx, viewer)).map((r) => r.year));
    expect([...years]).toEqual([2025, 2024, 2023, 2022, 2021]);

    const environment = await listWorkEnvironment(ctx, viewer);
    expect(environment.map((y) => y.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020]);
    expect(environment.every((y) => y.iso45001Certified && y.promotiveShare === 0.8)).toBe(true);
    const goals = await listGoals(ctx, viewer, { year: 2022, now: t.context.config.clock() });
    expect(goals).toEqual([
      expect.objectContaining({
        indicatorId: 'health_promotion_promotive_share',
        target: 0.8,
        status: 'met',
      }),
    ]);
  });
});
