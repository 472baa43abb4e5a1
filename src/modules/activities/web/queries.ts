import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { ActivitiesOverview, Activity, ActivityFollowUp, Session } from '../activities.contract';

export type {
  ActivitiesOverview as Overview,
  Activity,
  ActivityEvent,
  ActivityFollowUp as FollowUp,
  Figures,
  Session,
} from '../activities.contract';
export type YearFigures = ActivitiesOverview['trend'][number];

export { focusAreas } from '../../../shared/enums';
export { ageBands } from '../counts';
export { targetGroups } from '../vocabulary';

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
      queryFn: () => api.get<ActivityFollowUp>(`/activities/${id}/follow-up?year=${year}`),
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
      queryFn: () => api.get<ActivitiesOverview>(`/activities/overview?year=${year}`),
    }),
};
