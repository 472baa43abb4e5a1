import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../../web/api';
import { useMe } from '../../../web/session';
import { areaQueries } from '../../areas/web';
import type {
  Action,
  ActionOwner,
  FindingListItem,
  FollowUp,
  PresenceWeek,
  Round,
  Template,
  Walk,
  WalkDetail,
} from '../rounds.contract';

export type { Area, Property } from '../../areas/web';
/** The pages take the module's API types from here, as the contract names them. */
export type * from '../rounds.contract';
export type { WalkParticipant as Participant } from '../rounds.contract';
export type { ActionStatus } from '../vocabulary';

const qs = (params: Record<string, string | undefined>) => {
  const entries = Object.entries(params).filter(([, v]) => v) as [string, string][];
  return entries.length ? `?${new URLSearchParams(entries)}` : '';
};

/** Query keys and fetchers: roundQueries.all() → ['rounds', …]. */
export const roundQueries = {
  all: () => ['rounds'] as const,
  templates: () =>
    queryOptions({
      queryKey: ['rounds', 'templates'],
      queryFn: () => api.get<Template[]>('/rounds/templates'),
      staleTime: 5 * 60_000,
    }),
  /** The areas module's list, kept longer: the field pages are used on the move, often offline. */
  areas: () => ({ ...areaQueries.list(), staleTime: 5 * 60_000 }),
  rounds: (areaId?: string, propertyId?: string) =>
    queryOptions({
      queryKey: ['rounds', 'list', areaId ?? '', propertyId ?? ''],
      queryFn: () => api.get<Round[]>(`/rounds${qs({ areaId, propertyId, limit: '25' })}`),
    }),
  actions: (filter: {
    areaId?: string;
    status?: string;
    overdue?: string;
    mine?: string;
    active?: string;
    walkId?: string;
  }) =>
    queryOptions({
      queryKey: ['rounds', 'actions', filter],
      queryFn: () => api.get<Action[]>(`/rounds/actions${qs(filter)}`),
    }),
  myOverdue: () =>
    queryOptions({
      queryKey: ['rounds', 'actions', 'overdue-for-me'],
      queryFn: () => api.get<Action[]>('/rounds/actions/overdue-for-me'),
    }),
  /** Who may own actions in the area: admins and the area's hosts. */
  owners: (areaId?: string) =>
    queryOptions({
      queryKey: ['rounds', 'owners', areaId ?? ''],
      queryFn: () => api.get<ActionOwner[]>(`/rounds/actions/owners${qs({ areaId })}`),
      staleTime: 5 * 60_000,
    }),
  findingsWithoutAction: (areaId?: string) =>
    queryOptions({
      queryKey: ['rounds', 'findings', 'without-action', areaId ?? ''],
      queryFn: () =>
        api.get<FindingListItem[]>(`/rounds/findings${qs({ areaId, withoutAction: 'true', limit: '50' })}`),
    }),
  walks: (areaId?: string) =>
    queryOptions({
      queryKey: ['rounds', 'walks', areaId ?? ''],
      queryFn: () => api.get<Walk[]>(`/rounds/walks${qs({ areaId })}`),
    }),
  walk: (id: string) =>
    queryOptions({
      queryKey: ['rounds', 'walk', id],
      queryFn: () => api.get<WalkDetail>(`/rounds/walks/${id}`),
    }),
  presenceWeeks: (areaId?: string) =>
    queryOptions({
      queryKey: ['rounds', 'presence', areaId ?? ''],
      queryFn: () => api.get<PresenceWeek[]>(`/rounds/presence/weeks${qs({ areaId })}`),
    }),
  followUp: (filter: { areaId?: string; propertyId?: string }) =>
    queryOptions({
      queryKey: ['rounds', 'follow-up', filter],
      queryFn: () => api.get<FollowUp>(`/rounds/follow-up${qs(filter)}`),
    }),
};

/**
 * The areas the user works in — a host's own, every area for the others — with the first one
 * chosen for the form until the user chooses.
 */
export function useMyAreas(areaId: string, setAreaId: (id: string) => void) {
  const me = useMe();
  const areas = useQuery(roundQueries.areas());
  const myAreas = (areas.data ?? []).filter((a) => me.areaIds === null || me.areaIds.includes(a.id));
  useEffect(() => {
    if (!areaId && myAreas[0]) setAreaId(myAreas[0].id);
  }, [areaId, myAreas, setAreaId]);
  return { areas, myAreas };
}
