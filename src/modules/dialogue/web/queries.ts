import { apiQuery } from '../../../web/hooks/apiQuery';
import type { Dialogue, DialogueDetail } from '../dialogue.contract';

export type { Dialogue, DialogueDetail, Point } from '../dialogue.contract';
export { dialogueMethods, participantGroups } from '../vocabulary';

/** One GET, cached under ['dialogue', ...key]: invalidating ['dialogue'] refetches them all. */
const fetched = apiQuery('dialogue');

export type DialogueListFilter = { areaId: string; year: string; method: string };

export const dialogueQueries = {
  all: () => ['dialogue'] as const,
  list: (f: DialogueListFilter) =>
    fetched<Dialogue[]>(
      `/dialogues?${new URLSearchParams(Object.entries(f).filter(([, v]) => v !== ''))}`,
      'list',
      f.areaId,
      f.year,
      f.method,
    ),
  detail: (id: string) => fetched<DialogueDetail>(`/dialogues/${id}`, 'detail', id),
};
