import { queryOptions } from '@tanstack/react-query';
import { api, type Json } from '../../../web/api';
import type { AuditEntry, AuditFacets } from '../audit-log.contract';

/** A log entry as the page receives it: its time as an ISO string. */
export type AuditRow = Json<AuditEntry>;

/** Query keys: auditQueries.all() → page(query) and facets(). */
export const auditQueries = {
  all: () => ['audit'] as const,
  /** One page of the filtered log; `query` holds the filter, limit and offset. */
  page: (query: URLSearchParams) =>
    queryOptions({
      queryKey: [...auditQueries.all(), 'page', query.toString()],
      queryFn: () => api.get<AuditRow[]>(`/audit?${query}`),
    }),
  facets: () =>
    queryOptions({
      queryKey: [...auditQueries.all(), 'facets'],
      queryFn: () => api.get<AuditFacets>('/audit/facets'),
    }),
};
