import { apiQuery } from '../../../web/hooks/apiQuery';
import type { Body, HeadcountRow, WorkEnvironmentYear } from '../working-life.contract';

export type {
  Body,
  BodyInput,
  HeadcountInput,
  HeadcountRow,
  WorkEnvironmentInput,
  WorkEnvironmentYear,
} from '../working-life.contract';

/** One GET, cached under ['working-life', ...key]: invalidating ['working-life'] refetches them all. */
const fetched = apiQuery('working-life');

export const workingLifeQueries = {
  all: () => ['working-life'] as const,
  /** The bodies, named in the user's language. */
  bodies: (language: string) => fetched<Body[]>('/working-life/bodies', 'bodies', language),
  /** Every year's headcounts, newest first. */
  headcounts: (language: string) =>
    fetched<HeadcountRow[]>('/working-life/headcounts', 'headcounts', language),
  workEnvironment: () => fetched<WorkEnvironmentYear[]>('/working-life/work-environment', 'work-environment'),
};
