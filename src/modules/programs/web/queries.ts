import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../web/api';
import { apiQuery } from '../../../web/hooks/apiQuery';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import type {
  IdentityStorage,
  Participant,
  ProgramFollowUp,
  ProgramSettings,
  ProgramsOverview,
  Questionnaire,
} from '../programs.contract';
import type { Share } from '../publication';

// The server's own outcome list, so the page cannot drift from the figures.
export { outcomes } from '../rba';
export type { Share };
export type {
  Comparison,
  HiddenReason,
  Participant,
  Program,
  ProgramFollowUp as FollowUp,
  ProgramsOverview as Overview,
  ProgramYear,
  Question,
  Questionnaire,
} from '../programs.contract';
export type { Outcome } from '../rba';

const fetched = apiQuery('programs');

export const programQueries = {
  all: () => ['programs'] as const,
  overview: (year: number) => fetched<ProgramsOverview>(`/programs/overview?year=${year}`, 'overview', year),
  followUp: (id: string, year: number) =>
    fetched<ProgramFollowUp>(`/programs/${id}/follow-up?year=${year}`, 'detail', id, 'follow-up', year),
  participants: (id: string) =>
    fetched<Participant[]>(`/programs/${id}/participants`, 'detail', id, 'participants'),
  questionnaires: (id: string) =>
    fetched<Questionnaire[]>(`/programs/${id}/questionnaires`, 'detail', id, 'questionnaires'),
  identityStorage: () => fetched<IdentityStorage>('/programs/identity-storage', 'identity-storage'),
  settings: () => fetched<ProgramSettings>('/programs/settings', 'settings'),
};

/** A form's save: on success every program query is refetched, then the form closes. */
export function useSaveAndClose(
  mutationFn: (body: Record<string, unknown>) => Promise<unknown>,
  onClose: () => void,
) {
  return useSaveAndRefetch(programQueries.all(), mutationFn, onClose);
}

/** A participant's name and personal number, shown with their reference. */
export type RevealedIdentity = { ref: string | null; name: string | null; personalNumber: string | null };

/** Asks the server for a participant's identity (the request is audited) and hands it on. */
export function useRevealIdentity(onRevealed: (identity: RevealedIdentity) => void) {
  return useMutation({
    mutationFn: async (p: Participant): Promise<RevealedIdentity> => ({
      ref: p.ref,
      ...(await api.get<{ name: string | null; personalNumber: string | null }>(
        `/program-participants/${p.id}/identity`,
      )),
    }),
    onSuccess: onRevealed,
  });
}

/** Erases a participant's personal data for good; the lists refetch. */
export function useEraseParticipant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/program-participants/${id}/erase`),
    onSuccess: () => client.invalidateQueries({ queryKey: programQueries.all() }),
  });
}
