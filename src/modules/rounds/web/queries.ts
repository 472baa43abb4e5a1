import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { Answer, Label, Severity, TemplateItem } from './offline-queue';

export type Template = {
  id: string;
  key: string;
  version: number;
  name: Label;
  items: TemplateItem[];
  archived: boolean;
};
export type Area = { id: string; name: string; code: string };
export type Property = { id: string; areaId: string; code: string; address: string };
export type ActionStatus = 'open' | 'in_progress' | 'done' | 'wont_do';
export type Action = {
  id: string;
  findingId: string | null;
  walkId: string | null;
  areaId: string;
  areaName: string;
  title: string;
  ownerUserId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  status: ActionStatus;
  wontDoReason: string | null;
  publicText: string | null;
  publicTextEn: string | null;
  createdOn: string;
  closedOn: string | null;
  overdue: boolean;
  severity: Severity | null;
};
/** A finding as GET /rounds/findings lists it: where, what, and whether it has an action. */
export type FindingListItem = {
  id: string;
  areaId: string;
  areaName: string;
  propertyCode: string | null;
  roundId: string | null;
  walkId: string | null;
  walkTitle: string | null;
  itemKey: string | null;
  itemLabel: Label | null;
  positive: boolean;
  severity: Severity | null;
  note: string;
  staircase: string | null;
  floor: string | null;
  foundOn: string;
  createdBy: string;
  photoIds: string[];
  actionId: string | null;
};
export type Participant = {
  kind: 'tenants' | 'housing_company' | 'municipality' | 'police' | 'association' | 'other';
  organisation: string | null;
  count: number;
};
export type Finding = {
  id: string;
  clientId: string;
  itemKey: string | null;
  positive: boolean;
  severity: Severity | null;
  note: string;
  staircase: string | null;
  floor: string | null;
  foundOn: string;
  photoIds: string[];
  actionId: string | null;
};
export type Walk = {
  id: string;
  areaId: string;
  areaName: string;
  title: string;
  route: string;
  participants: Participant[];
  introductionOn: string | null;
  walkOn: string;
  feedbackOn: string | null;
  summary: string;
  repeatOfId: string | null;
  repeatWalkId: string | null;
  findings: number;
  actionsDone: number;
  actionsTotal: number;
};
export type WalkDetail = Walk & { findingList: Finding[] };
export type RoundSummary = {
  id: string;
  templateName: Label;
  templateVersion: number;
  propertyCode: string;
  walkedOn: string;
  personName: string;
  completed: boolean;
  findings: number;
  answers: Record<string, Answer>;
};
export type PresenceWeek = {
  areaId: string;
  week: string;
  hours: number;
  shifts: number;
  eveningHours: number;
};
export type FollowUp = {
  findingsByItem: { itemKey: string; year: number; quarter: number; findings: number }[];
  actions: {
    open: number;
    inProgress: number;
    overdue: number;
    done: number;
    wontDo: number;
    medianDaysToClose: number | null;
  };
  roundsCompleted: number;
};

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
  areas: () =>
    queryOptions({
      queryKey: ['areas', 'areas'],
      queryFn: () => api.get<Area[]>('/areas'),
      staleTime: 5 * 60_000,
    }),
  properties: (areaId: string) =>
    queryOptions({
      queryKey: ['areas', 'properties', areaId],
      queryFn: () => api.get<Property[]>(`/properties${qs({ areaId })}`),
      enabled: !!areaId,
    }),
  rounds: (areaId?: string, propertyId?: string) =>
    queryOptions({
      queryKey: ['rounds', 'list', areaId ?? '', propertyId ?? ''],
      queryFn: () => api.get<RoundSummary[]>(`/rounds${qs({ areaId, propertyId, limit: '25' })}`),
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
      queryFn: () => api.get<{ id: string; name: string }[]>(`/rounds/actions/owners${qs({ areaId })}`),
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
