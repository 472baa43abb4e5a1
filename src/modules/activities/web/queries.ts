import { apiQuery } from '../../../web/hooks/apiQuery';
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

const fetched = apiQuery('activities');

/** Query keys: activityQueries.all() → list() → detail(id) → followUp(id, year). */
export const activityQueries = {
  all: () => ['activities'] as const,
  list: () => fetched<Activity[]>('/activities', 'list'),
  detail: (id: string) => fetched<Activity>(`/activities/${id}`, 'detail', id),
  followUp: (id: string, year: number) =>
    fetched<ActivityFollowUp>(`/activities/${id}/follow-up?year=${year}`, 'detail', id, 'follow-up', year),
  sessions: (id: string, year: number) =>
    fetched<Session[]>(`/activities/${id}/sessions?year=${year}`, 'detail', id, 'sessions', year),
  session: (id: string) => fetched<Session>(`/activity-sessions/${id}`, 'session', id),
  overview: (year: number) =>
    fetched<ActivitiesOverview>(`/activities/overview?year=${year}`, 'overview', year),
};
