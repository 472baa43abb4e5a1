import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { Geometry } from '../../areas/web';
import type {
  Analysis,
  Category,
  CoordinatorCandidate,
  Level,
  Partner,
  Picture,
  Report,
  ReportingStatus,
  AreaOption as SituationAreaOption,
  SituationMe,
  SituationSettings,
} from '../situation.contract';

export type { Geometry } from '../../areas/web';
export type {
  Analysis,
  Category,
  Level,
  Partner,
  Picture,
  Report,
  ReportingStatus,
  SituationMe as Me,
  SituationSettings,
} from '../situation.contract';
/** An area to report in; its outline is the areas module's geometry. */
export type AreaOption = Omit<SituationAreaOption, 'geometry'> & { geometry: Geometry | null };

/** Query keys and fetchers: situationQueries.picture(week) → ['situation', 'picture', week]. */
export const situationQueries = {
  all: () => ['situation'] as const,
  me: () =>
    queryOptions({ queryKey: ['situation', 'me'], queryFn: () => api.get<SituationMe>('/situation/me') }),
  areas: () =>
    queryOptions({
      queryKey: ['situation', 'areas'],
      queryFn: () => api.get<AreaOption[]>('/situation/areas'),
    }),
  categories: () =>
    queryOptions({
      queryKey: ['situation', 'categories'],
      queryFn: () => api.get<Category[]>('/situation/categories'),
    }),
  settings: () =>
    queryOptions({
      queryKey: ['situation', 'settings'],
      queryFn: () => api.get<SituationSettings>('/situation/settings'),
    }),
  levels: () =>
    queryOptions({ queryKey: ['situation', 'levels'], queryFn: () => api.get<Level[]>('/situation/levels') }),
  coordinatorCandidates: () =>
    queryOptions({
      queryKey: ['situation', 'coordinator-candidates'],
      queryFn: () => api.get<CoordinatorCandidate[]>('/situation/coordinator-candidates'),
    }),
  partners: () =>
    queryOptions({
      queryKey: ['situation', 'partners'],
      queryFn: () => api.get<Partner[]>('/situation/partners'),
    }),
  reports: (week: string) =>
    queryOptions({
      queryKey: ['situation', 'reports', week],
      queryFn: () => api.get<Report[]>(`/situation/reports?week=${encodeURIComponent(week)}`),
    }),
  picture: (week: string) =>
    queryOptions({
      queryKey: ['situation', 'picture', week],
      queryFn: () => api.get<Picture>(`/situation/weeks/${encodeURIComponent(week)}/picture`),
      retry: false,
    }),
  status: (week: string) =>
    queryOptions({
      queryKey: ['situation', 'status', week],
      queryFn: () => api.get<ReportingStatus>(`/situation/weeks/${encodeURIComponent(week)}/status`),
    }),
  analysis: (year: number, period: string) =>
    queryOptions({
      queryKey: ['situation', 'analysis', year, period],
      queryFn: () => api.get<Analysis>(`/situation/analysis?year=${year}&period=${period}`),
    }),
};

/** A change to the EST set-up or week: on success every situation query refetches, then `onDone`. */
export function useSituationChange<T>(mutationFn: (value: T) => Promise<unknown>, onDone?: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      onDone?.();
      await client.invalidateQueries({ queryKey: situationQueries.all() });
    },
  });
}

/** ISO weeks on the Swedish day: the same functions the server uses. */
export { addWeeks, isoWeekOf, isoWeekOfDay, weekDays } from '../week';
