import type { Db } from '../../core/db/client';
import type { GrannskapModule } from '../../core/module';
import { seedGoalsDemo } from './demo';
import { organisationWideGoals } from './goals.api';
import { goalsImport } from './goals.import';
import { goalRoutes } from './goals.routes';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

export {
  type GoalTarget,
  indicatorGoalTargets,
  targetsByYear,
  type YearTargets,
  yearTargets,
} from './goals.api';
export type { Goal, GoalInput, GoalStatus } from './goals.contract';
export { goalPermissions } from './goals.policy';
export { listGoals, setGoal } from './goals.service';

/**
 * Goals for every module's indicators in one place: per indicator, year and (optionally) area, with
 * a baseline year, set on one page or imported, and where each stands (met, not met, too close to
 * call) from the publication layer's interval.
 */
export const goalsModule: GrannskapModule = {
  name: 'goals',
  dependsOn: ['areas', 'indicators'],
  routes: goalRoutes,
  importKinds: [goalsImport],
  messages: { sv, en },
  errorCodes: {
    goal_unknown_indicator: 400,
    goal_year_out_of_range: 400,
    goal_baseline_after_year: 400,
    goal_target_out_of_range: 400,
  },
  seedDemo: seedGoalsDemo,
};

/**
 * The organisation's organisation-wide goals, as the annual report asks for them: the target of an
 * indicator in a year, or null when none is set.
 */
export async function organisationGoals(
  db: Db,
  organisationId: string,
): Promise<(indicatorId: string, year: number) => number | null> {
  return organisationWideGoals(db, organisationId);
}
