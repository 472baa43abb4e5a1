import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../web/api';
import { useFields } from '../../../web/hooks/useFields';
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

/** One situation query: its key under ['situation', …] and the GET of its path (`retry: false` where a 404 is an answer). */
function situationQuery<T>(key: readonly unknown[], path: string, retry?: false) {
  // Left out unless set: an undefined `retry` would override the app's default.
  const noRetry = retry === false ? { retry } : {};
  return queryOptions({ queryKey: ['situation', ...key], queryFn: () => api.get<T>(path), ...noRetry });
}

/** Query keys and fetchers: situationQueries.picture(week) → ['situation', 'picture', week]. */
export const situationQueries = {
  all: () => ['situation'] as const,
  me: () => situationQuery<SituationMe>(['me'], '/situation/me'),
  areas: () => situationQuery<AreaOption[]>(['areas'], '/situation/areas'),
  categories: () => situationQuery<Category[]>(['categories'], '/situation/categories'),
  settings: () => situationQuery<SituationSettings>(['settings'], '/situation/settings'),
  levels: () => situationQuery<Level[]>(['levels'], '/situation/levels'),
  coordinatorCandidates: () =>
    situationQuery<CoordinatorCandidate[]>(['coordinator-candidates'], '/situation/coordinator-candidates'),
  partners: () => situationQuery<Partner[]>(['partners'], '/situation/partners'),
  reports: (week: string) =>
    situationQuery<Report[]>(['reports', week], `/situation/reports?week=${encodeURIComponent(week)}`),
  picture: (week: string) =>
    situationQuery<Picture>(['picture', week], `/situation/weeks/${encodeURIComponent(week)}/picture`, false),
  status: (week: string) =>
    situationQuery<ReportingStatus>(['status', week], `/situation/weeks/${encodeURIComponent(week)}/status`),
  analysis: (year: number, period: string) =>
    situationQuery<Analysis>(['analysis', year, period], `/situation/analysis?year=${year}&period=${period}`),
};

/** A change to the EST set-up or week: on success every situation query refetches, then `onDone`. */
export function useSituationChange<T, R = unknown>(
  mutationFn: (value: T) => Promise<R>,
  onDone?: () => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      onDone?.();
      await client.invalidateQueries({ queryKey: situationQueries.all() });
    },
  });
}

/**
 * A form that saves one EST change: its fields (useFields) and the save, which on success empties
 * the fields named in `clear` (the next entry starts blank, the choices made stay) and refetches.
 */
export function useSituationForm<T extends Record<string, unknown>>(
  initial: T,
  send: (values: T) => Promise<unknown>,
  clear: readonly (keyof T)[] = [],
) {
  const fields = useFields(initial);
  const save = useSituationChange<void>(
    () => send(fields.values),
    () => {
      for (const key of clear) fields.set(key, initial[key]);
    },
  );
  return { fields, save };
}

/** ISO weeks on the Swedish day: the same functions the server uses. */
export { addWeeks, isoWeekOf, isoWeekOfDay, weekDays } from '../week';
