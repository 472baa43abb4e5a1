import { apiQuery } from '../../../web/hooks/apiQuery';
import type { SocialValueResult, Valuation } from '../social-value.contract';

export type {
  ResultLine,
  SocialValueResult,
  Valuation,
  ValuationInput,
  ValuedOutcome,
} from '../social-value.contract';
export { valuedOutcomes } from '../social-value.contract';

/** A programme as the form offers it (the programmes' own API). */
export type ProgrammeChoice = { code: string; name: string };

/** One GET, cached under ['social-value', ...key]: invalidating ['social-value'] refetches them all. */
const fetched = apiQuery('social-value');

export const socialValueQueries = {
  all: () => ['social-value'] as const,
  valuations: () => fetched<Valuation[]>('/social-value/valuations', 'valuations'),
  result: (year: number) => fetched<SocialValueResult>(`/social-value/result?year=${year}`, 'result', year),
  programmes: () => fetched<ProgrammeChoice[]>('/programs', 'programmes'),
};
