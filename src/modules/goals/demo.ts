/**
 * Demo: goals for the other modules' indicators, last year and this year (some next year too), set
 * through the goals service as an analyst would, each with the year before last as its baseline.
 * They are chosen so the page shows every status: met, not met and too close to call. (The safety
 * index's goals, 82 % and the areas' own, come with its demo.)
 */
import { systemActor } from '../../core/auth/access';
import { indicators } from '../../core/indicators';
import type { DemoContext } from '../../core/module';
import { swedishYear } from '../../shared/time';
import { setGoal } from './goals.service';

/** Per indicator: the target in each year, counted from this year (0), in the indicator's unit. */
const demoGoals: { indicatorId: string; targets: Record<number, number> }[] = [
  // Lower is better: incidents per 1,000 households, down by about 20 a year.
  { indicatorId: 'incidents_per_1000_households', targets: { [-1]: 320, 0: 300, 1: 280 } },
  { indicatorId: 'actions_closed_share', targets: { [-1]: 0.9, 0: 0.9 } },
  { indicatorId: 'median_days_to_close', targets: { 0: 21 } },
  { indicatorId: 'presence_hours', targets: { 0: 1800 } },
  { indicatorId: 'activity_participants', targets: { [-1]: 7500, 0: 8000 } },
  { indicatorId: 'program_satisfied_share', targets: { [-1]: 0.8, 0: 0.8 } },
  { indicatorId: 'job_outcome_rate', targets: { 0: 0.45 } },
];

export async function seedGoalsDemo(ctx: DemoContext): Promise<void> {
  const actor = systemActor(ctx.organisationId, 'demo');
  const thisYear = swedishYear(ctx.today);
  const registered = new Set(indicators().map((i) => i.id));
  for (const { indicatorId, targets } of demoGoals) {
    // A module left out of a build (or a test's registry) has no indicator to set a goal for.
    if (!registered.has(indicatorId)) continue;
    for (const [offset, target] of Object.entries(targets)) {
      const year = thisYear + Number(offset);
      await setGoal(ctx, actor, { indicatorId, year, areaId: null, target, baselineYear: thisYear - 2 });
    }
  }
}
