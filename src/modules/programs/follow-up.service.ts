import { and, asc, eq, inArray } from 'drizzle-orm';
import { type Actor, assertCan } from '../../core/auth/access';
import type { FocusArea } from '../../core/indicators';
import { programPermissions as p } from './programs.policy';
import { type Ctx, programOf, toProgram } from './programs.service';
import { participants, programs, questionnaires } from './programs.table';
import { compareQuestionnaire } from './questionnaires.service';
import { groupYear, type ParticipantFacts, programTrend, programYear } from './rba';

function facts(row: typeof participants.$inferSelect): ParticipantFacts & { areaId: string | null } {
  return {
    enrolledOn: row.enrolledOn,
    exitedOn: row.exitedOn,
    completed: row.completed,
    outcome: row.outcome,
    outcomeAfter6Months: row.outcomeAfter6Months,
    satisfaction: row.satisfaction,
    areaId: row.areaId,
  };
}

/**
 * RBA follow-up of one program: this year, the trend, per area (groups under 10 withheld) and the
 * before/after questionnaires of those who finished in the year.
 */
export async function programFollowUp({ db }: Ctx, actor: Actor, programId: string, year: number) {
  assertCan(actor, p['programs.read']);
  const program = await programOf(db, actor, programId);
  const rows = (
    await db
      .select()
      .from(participants)
      .where(
        and(eq(participants.organisationId, actor.organisationId), eq(participants.programId, programId)),
      )
  ).map(facts);
  const areaIds = [...new Set(rows.map((r) => r.areaId))].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
  const qs = await db
    .select({ id: questionnaires.id })
    .from(questionnaires)
    .where(
      and(eq(questionnaires.organisationId, actor.organisationId), eq(questionnaires.programId, programId)),
    )
    .orderBy(asc(questionnaires.name));
  return {
    program,
    year,
    current: programYear(rows, year),
    trend: programTrend(rows, year),
    // Areas with someone in the program this year; small groups withheld.
    byArea: areaIds
      .map((areaId) => ({
        areaId,
        ...groupYear(
          rows.filter((r) => r.areaId === areaId),
          year,
        ),
      }))
      .filter((a) => a.suppressed || (a.figures?.howMuch.active ?? 0) > 0),
    questionnaires: await Promise.all(qs.map((q) => compareQuestionnaire(db, actor, q.id, year))),
  };
}

/** Every program's year side by side, and the programs summed per focus area. */
export async function programsOverview({ db }: Ctx, actor: Actor, year: number) {
  assertCan(actor, p['programs.read']);
  const programRows = await db
    .select()
    .from(programs)
    .where(eq(programs.organisationId, actor.organisationId))
    .orderBy(asc(programs.name));
  const rows = programRows.length
    ? await db
        .select()
        .from(participants)
        .where(
          and(
            eq(participants.organisationId, actor.organisationId),
            inArray(
              participants.programId,
              programRows.map((r) => r.id),
            ),
          ),
        )
    : [];
  const focusAreas = [...new Set(programRows.map((r) => r.focusArea))].sort() as FocusArea[];
  return {
    year,
    programs: programRows.map((r) => ({
      program: toProgram(r),
      figures: programYear(rows.filter((x) => x.programId === r.id).map(facts), year),
    })),
    byFocusArea: focusAreas.map((focusArea) => {
      const ids = new Set(programRows.filter((r) => r.focusArea === focusArea).map((r) => r.id));
      return { focusArea, figures: programYear(rows.filter((x) => ids.has(x.programId)).map(facts), year) };
    }),
  };
}
