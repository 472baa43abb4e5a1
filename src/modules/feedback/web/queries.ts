import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { FeedbackPage, FeedbackReport } from '../feedback.contract';

export type { FeedbackPage, FeedbackReport, TriageInput } from '../feedback.contract';
export { feedbackCategories, feedbackStatuses } from '../vocabulary';

/** An EST category as the situation module lists it. */
export type EstCategory = { id: string; code: string; nameSv: string; nameEn: string; active: boolean };

export type FeedbackFilter = { areaId?: string; status?: string; category?: string; page: number };

export const feedbackQueries = {
  all: () => ['feedback'] as const,
  list: (filter: FeedbackFilter) => {
    const params = new URLSearchParams(
      Object.entries(filter).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]])),
    );
    return queryOptions({
      queryKey: [...feedbackQueries.all(), 'list', filter],
      queryFn: () => api.get<FeedbackPage>(`/feedback?${params}`),
    });
  },
  detail: (id: string) =>
    queryOptions({
      queryKey: [...feedbackQueries.all(), 'detail', id],
      queryFn: () => api.get<FeedbackReport>(`/feedback/${encodeURIComponent(id)}`),
    }),
  estCategories: () =>
    queryOptions({
      queryKey: [...feedbackQueries.all(), 'est-categories'],
      queryFn: () => api.get<EstCategory[]>('/situation/categories'),
    }),
};
