import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../web/api';
import { type Outcome, outcomes, type ProgramYear, type Rate } from '../rba';

// The server's own outcome list and program-year shape, so the page cannot drift from the figures.
export { type Outcome, outcomes, type ProgramYear, type Rate };

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
export type Comparison = {
  code: string;
  label: string;
  higherIsBetter: boolean;
  n: number;
  suppressed: boolean;
  meanBefore: number | null;
  meanAfter: number | null;
  meanChange: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
};
export type FollowUp = {
  program: Program;
  year: number;
  current: ProgramYear;
  trend: ProgramYear[];
  /** figures is null (suppressed) when fewer than 10 were active or left in the area that year. */
  byArea: { areaId: string | null; suppressed: boolean; figures: ProgramYear | null }[];
  questionnaires: {
    questionnaire: { id: string; name: string };
    year: number | null;
    minimumPairs: number;
    questions: Comparison[];
  }[];
};
export type Overview = {
  year: number;
  programs: { program: Program; figures: ProgramYear }[];
  byFocusArea: { focusArea: string; figures: ProgramYear }[];
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
