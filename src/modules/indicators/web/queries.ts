import { queryOptions } from '@tanstack/react-query';
import { api, type Json } from '../../../web/api';
import type { Entry, FrameworkResponse, ManualIndicator, TraceResponse } from '../indicators.contract';

export type {
  FocusAreaNode,
  FrameworkIndicator,
  FrameworkResponse,
  ManualIndicator,
  ManualIndicatorInput,
  MaterialAreaNode,
} from '../indicators.contract';

/** What a trace is narrowed to: one area, one district, or neither (the organisation). */
export type TracePlace = { area: string | null; district: string | null };

/** An entry and a trace as they arrive over JSON (dates as ISO strings). */
export type EntryJson = Json<Entry>;
export type TraceJson = Json<TraceResponse>;

/**
 * The page of how a figure was computed. Other modules' pages link here with exactly this shape:
 * `/indicators/<id>/trace?year=<Y>` (+ `&area=<areaId>` or `&district=<districtId>`, + `&from=<path>`
 * to come back to).
 */
export function traceHref(
  id: string,
  year: number,
  options: { area?: string | null; district?: string | null; from?: string } = {},
) {
  const query = new URLSearchParams({ year: String(year) });
  if (options.area) query.set('area', options.area);
  else if (options.district) query.set('district', options.district);
  if (options.from) query.set('from', options.from);
  return `/indicators/${encodeURIComponent(id)}/trace?${query}`;
}

/**
 * Query keys: indicatorQueries.all() → framework(language), manual() → entries(id),
 * trace(id, year, place, language).
 */
export const indicatorQueries = {
  all: () => ['indicators'] as const,
  /** The server writes names and SDG texts in the user's language: one cache entry per language. */
  framework: (language: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'framework', language],
      queryFn: () => api.get<FrameworkResponse>('/indicators/framework'),
    }),
  /** The organisation's own indicators, with both languages' names. */
  manual: () =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'manual'],
      queryFn: () => api.get<ManualIndicator[]>('/indicators/manual'),
    }),
  entries: (id: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'manual', id, 'entries'],
      queryFn: () => api.get<EntryJson[]>(`/indicators/manual/${encodeURIComponent(id)}/entries`),
    }),
  trace: (id: string, year: number, place: TracePlace, language: string) =>
    queryOptions({
      queryKey: [
        ...indicatorQueries.all(),
        'trace',
        id,
        year,
        place.area ?? '',
        place.district ?? '',
        language,
      ],
      queryFn: () => api.get<TraceJson>(traceHref(id, year, place)),
    }),
};
