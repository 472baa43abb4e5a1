import { and, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { dialogues } from './dialogue.table';
import { type DialogueMethod, dialogueMethods, type GroupCounts, participantGroups } from './vocabulary';

/** The days of a calendar year, as a condition on a date column. */
export function inYear(column: typeof dialogues.heldOn, year: number): SQL {
  return and(gte(column, `${year}-01-01`), lte(column, `${year}-12-31`)) as SQL;
}

/** What a year's dialogues add up to: each dialogue's total, and each group's, summed. */
export type ParticipantFigures = {
  dialogues: number;
  participants: number;
  groups: GroupCounts;
  byMethod: { method: DialogueMethod; dialogues: number; participants: number }[];
};

type Held = { areaId: string; method: DialogueMethod; groups: GroupCounts; participants: number };

/** The year's dialogues of the organisation (or of some of its areas): area, method and counts. */
export async function dialoguesHeldInYear(
  db: Db,
  organisationId: string,
  year: number,
  areaIds?: readonly string[],
): Promise<Held[]> {
  return db
    .select({
      areaId: dialogues.areaId,
      method: dialogues.method,
      groups: dialogues.groups,
      participants: dialogues.participants,
    })
    .from(dialogues)
    .where(
      and(
        eq(dialogues.organisationId, organisationId),
        inYear(dialogues.heldOn, year),
        areaIds ? inArray(dialogues.areaId, [...areaIds]) : undefined,
      ),
    );
}

const sum = (rows: readonly Held[], of: (r: Held) => number) => rows.reduce((n, r) => n + of(r), 0);

/**
 * The sums: participants are the dialogues' totals (a person at two dialogues counts twice, as a
 * visit does), each group its own sum; the groups overlap, so they do not add up to the total.
 */
export function participantFigures(rows: readonly Held[]): ParticipantFigures {
  return {
    dialogues: rows.length,
    participants: sum(rows, (r) => r.participants),
    groups: Object.fromEntries(
      participantGroups.map((g) => [g, sum(rows, (r) => r.groups[g] ?? 0)]),
    ) as GroupCounts,
    byMethod: dialogueMethods
      .map((method) => {
        const held = rows.filter((r) => r.method === method);
        return { method, dialogues: held.length, participants: sum(held, (r) => r.participants) };
      })
      .filter((m) => m.dialogues > 0),
  };
}
