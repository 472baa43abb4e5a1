import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { PublishedYear, Share } from '../publication';
import { type Outcome, outcomes } from '../rba';

// The server's own outcome list and published year, so the page cannot drift from the figures.
export type { Outcome, Share };
export { outcomes };
export type ProgramYear = PublishedYear;
export type HiddenReason = 'small_group' | 'protects_another';

export type Program = {
  id: string;
  code: string;
  name: string;
  description: string;
  focusArea: string;
  responsiblePerson: string;
  reportsJobOutcome: boolean;
  active: boolean;
};
type PValue = { value: number; text: string } | null;
/** One question's before/after as published: hidden ones carry a reason and no count. */
export type Comparison = {
  code: string;
  label: string;
  higherIsBetter: boolean;
  top: { from: number; to: number };
  n: number | null;
  suppressed: boolean;
  reason: HiddenReason | null;
  meanBefore: number | null;
  meanAfter: number | null;
  meanChange: number | null;
  up: number | null;
  same: number | null;
  down: number | null;
  topBefore: number | null;
  topAfter: number | null;
  wilcoxon: PValue;
  sign: PValue;
  mcNemar: PValue;
};
export type FollowUp = {
  program: Program;
  year: number;
  /** The organisation's threshold for participants. */
  threshold: number;
  current: ProgramYear;
  trend: ProgramYear[];
  /** The areas the user may see; hidden ones have a reason and null counts. */
  byArea: { areaId: string | null; reason: HiddenReason | null; figures: ProgramYear }[];
  questionnaires: {
    questionnaire: { id: string; name: string };
    year: number | null;
    threshold: number;
    questions: Comparison[];
  }[];
};
export type Overview = {
  year: number;
  threshold: number;
  programs: { program: Program; figures: ProgramYear }[];
  byFocusArea: { focusArea: string; figures: ProgramYear }[];
  total: ProgramYear;
};
export type Participant = {
  id: string;
  ref: string | null;
  birthYear: number | null;
  gender: 'woman' | 'man' | 'other' | null;
  areaId: string | null;
  enrolledOn: string;
  exitedOn: string | null;
  completed: boolean | null;
  outcome: Outcome | null;
  outcomeAfter6Months: Outcome | null;
  satisfaction: number | null;
  erased: boolean;
  hasIdentity: boolean;
};
export type Question = { code: string; label: string; min: number; max: number; higherIsBetter: boolean };
export type Questionnaire = { id: string; programId: string; name: string; questions: Question[] };

export const programQueries = {
  all: () => ['programs'] as const,
  overview: (year: number) =>
    queryOptions({
      queryKey: ['programs', 'overview', year],
      queryFn: () => api.get<Overview>(`/programs/overview?year=${year}`),
    }),
  followUp: (id: string, year: number) =>
    queryOptions({
      queryKey: ['programs', 'detail', id, 'follow-up', year],
      queryFn: () => api.get<FollowUp>(`/programs/${id}/follow-up?year=${year}`),
    }),
  participants: (id: string) =>
    queryOptions({
      queryKey: ['programs', 'detail', id, 'participants'],
      queryFn: () => api.get<Participant[]>(`/programs/${id}/participants`),
    }),
  questionnaires: (id: string) =>
    queryOptions({
      queryKey: ['programs', 'detail', id, 'questionnaires'],
      queryFn: () => api.get<Questionnaire[]>(`/programs/${id}/questionnaires`),
    }),
  identityStorage: () =>
    queryOptions({
      queryKey: ['programs', 'identity-storage'],
      queryFn: () => api.get<{ enabled: boolean }>('/programs/identity-storage'),
    }),
  settings: () =>
    queryOptions({
      queryKey: ['programs', 'settings'],
      queryFn: () => api.get<{ identityEnabled: boolean; retentionMonths: number }>('/programs/settings'),
    }),
  areas: () =>
    queryOptions({
      queryKey: ['programs', 'areas'],
      queryFn: () => api.get<{ id: string; name: string; code: string }[]>('/areas'),
    }),
};

/** A form's save: on success every program query is refetched, then the form closes. */
export function useSaveAndClose(
  mutationFn: (body: Record<string, unknown>) => Promise<unknown>,
  onClose: () => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: programQueries.all() });
      onClose();
    },
  });
}
