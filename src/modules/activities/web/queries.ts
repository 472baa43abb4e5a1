import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { Activity, Session } from '../activities.contract';

export type { Activity, Session };

export type Figures = {
  sessions: number;
  participants: number;
  meanPerSession: number | null;
  uniqueParticipants: number | null;
  women: number;
  men: number;
  otherOrUnknownGender: number;
  ages: Record<string, number>;
  womenShare: number | null;
};
export type YearFigures = Figures & { year: number };
export type ActivityEvent = {
  id: string;
  activityId: string;
  areaId: string | null;
  name: string;
  date: string;
  counters: Record<string, number>;
  note: string;
};
export type FollowUp = {
  activity: Activity;
  year: number;
  figures: Figures;
  finances: { year: number; budget: number | null; cost: number | null } | null;
  costPerVisit: number | null;
  trend: (YearFigures & { cost: number | null; costPerVisit: number | null })[];
  eventCounters: Record<string, number>;
  events: ActivityEvent[];
};
export type Overview = {
  year: number;
  byArea: { areaId: string; figures: Figures }[];
  byFocusArea: { focusArea: string; figures: Figures }[];
  trend: YearFigures[];
};
export type AreaOption = { id: string; code: string; name: string };

export const focusAreas = ['trygghet', 'dialog', 'gemenskap', 'arbete'] as const;
export const targetGroups = ['children', 'youths', 'women', 'seniors', 'newcomers', 'all'] as const;
export const ageBands = ['0-12', '13-15', '16-19', '20-25', '26-64', '65+'] as const;

/** Query keys: activityQueries.all() → list() → detail(id) → followUp(id, year). */
export const activityQueries = {
  all: () => ['activities'] as const,
  list: () =>
    queryOptions({ queryKey: ['activities', 'list'], queryFn: () => api.get<Activity[]>('/activities') }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['activities', 'detail', id],
      queryFn: () => api.get<Activity>(`/activities/${id}`),
    }),
  followUp: (id: string, year: number) =>
    queryOptions({
      queryKey: ['activities', 'detail', id, 'follow-up', year],
      queryFn: () => api.get<FollowUp>(`/activities/${id}/follow-up?year=${year}`),
    }),
  sessions: (id: string, year: number) =>
    queryOptions({
      queryKey: ['activities', 'detail', id, 'sessions', year],
      queryFn: () => api.get<Session[]>(`/activities/${id}/sessions?year=${year}`),
    }),
  session: (id: string) =>
    queryOptions({
      queryKey: ['activities', 'session', id],
      queryFn: () => api.get<Session>(`/activity-sessions/${id}`),
    }),
  overview: (year: number) =>
    queryOptions({
      queryKey: ['activities', 'overview', year],
      queryFn: () => api.get<Overview>(`/activities/overview?year=${year}`),
    }),
  areas: () =>
    queryOptions({ queryKey: ['activities', 'areas'], queryFn: () => api.get<AreaOption[]>('/areas') }),
};
