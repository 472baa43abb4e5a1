import { apiQuery } from '../../../web/hooks/apiQuery';
import type { GoalStatus, GoalsOverview } from '../goals.contract';

export type {
  Goal,
  GoalInput,
  GoalStatus,
  GoalsOverview,
  IndicatorGoals,
  PublishedFigure,
} from '../goals.contract';

/** One GET of the goals API, cached under ['goals', ...key]: invalidating ['goals'] refetches them all. */
const fetched = apiQuery('goals');

export const goalQueries = {
  all: () => ['goals'] as const,
  /** The page: the framework with every indicator's goals of the year, in the user's language. */
  overview: (year: number, language: string) =>
    fetched<GoalsOverview>(`/goals/overview?year=${year}`, 'overview', year, language),
  list: (year?: number) =>
    fetched<GoalStatus[]>(year === undefined ? '/goals' : `/goals?year=${year}`, 'list', year ?? 'all'),
};
