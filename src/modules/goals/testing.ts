/**
 * This module's part of the test world, for tests outside it, and its table for tests that look at
 * what the service or an import wrote. Not for production code (the dependency lint rule lets only
 * tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { swedishYear } from '../../shared/time';
import { setGoal } from './goals.service';

export { indicatorGoals } from './goals.table';

/**
 * This year's goals, set by the analyst: the safety index at 80 % for the whole organisation (last
 * year's figure as baseline) and 75 % in the first area, and 500 activity participants.
 */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const year = swedishYear(org.now);
  const { analyst } = org;
  await setGoal(ctx, analyst, {
    indicatorId: 'safety_index',
    year,
    areaId: null,
    target: 0.8,
    baselineYear: year - 1,
  });
  await setGoal(ctx, analyst, { indicatorId: 'safety_index', year, areaId: org.areas[0].id, target: 0.75 });
  await setGoal(ctx, analyst, { indicatorId: 'activity_participants', year, areaId: null, target: 500 });
}
