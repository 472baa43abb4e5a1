import { queryOptions } from '@tanstack/react-query';
import type { MultiPolygon, Polygon } from 'geojson';
import { api } from '../../../web/api';
import type { Analysis, Picture, Report } from '../situation.contract';

export type { Analysis, Picture, Report };
export type Geometry = Polygon | MultiPolygon;
export type Me = {
  coordinator: boolean;
  seesRestricted: boolean;
  partner: { id: string; name: string; kind: string } | null;
  partnerOrganisation: string | null;
  currentWeek: string;
  reportingWindowDays: number;
};
export type AreaOption = {
  id: string;
  code: string;
  name: string;
  districtName: string;
  geometry: Geometry | null;
};
export type Category = {
  id: string;
  code: string;
  nameSv: string;
  nameEn: string;
  positive: boolean;
  active: boolean;
  sortOrder: number;
};
export type Partner = {
  id: string;
  name: string;
  kind: string;
  contactEmail: string | null;
  active: boolean;
};
export type ReportingStatus = {
  week: string;
  open: boolean;
  deadline: string;
  compiled: boolean;
  remindersSentAt: string | null;
  partners: {
    id: string;
    name: string;
    kind: string;
    reports: number;
    nothingToReport: boolean;
    reported: boolean;
  }[];
};
/** Query keys and fetchers: situationQueries.picture(week) → ['situation', 'picture', week]. */
export const situationQueries = {
  all: () => ['situation'] as const,
  me: () => queryOptions({ queryKey: ['situation', 'me'], queryFn: () => api.get<Me>('/situation/me') }),
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

/** ISO weeks on the Swedish day: the same functions the server uses. */
export { addWeeks, isoWeekOf, isoWeekOfDay, weekDays } from '../week';
