import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { FrameworkResponse } from '../indicators.contract';

export type {
  FocusAreaNode,
  FrameworkIndicator,
  FrameworkResponse,
  MaterialAreaNode,
} from '../indicators.contract';

/** Query keys: indicatorQueries.all() → framework(language). */
export const indicatorQueries = {
  all: () => ['indicators'] as const,
  /** The server writes names and SDG texts in the user's language: one cache entry per language. */
  framework: (language: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'framework', language],
      queryFn: () => api.get<FrameworkResponse>('/indicators/framework'),
    }),
};
