import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { ThresholdRow } from '../privacy.contract';

export type { ThresholdRow } from '../privacy.contract';

/** Query keys: privacyQueries.all() → thresholds(). */
export const privacyQueries = {
  all: () => ['privacy'] as const,
  thresholds: () =>
    queryOptions({
      queryKey: [...privacyQueries.all(), 'thresholds'],
      queryFn: () => api.get<ThresholdRow[]>('/privacy/thresholds'),
    }),
};
