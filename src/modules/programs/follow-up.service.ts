import { and, asc, eq } from 'drizzle-orm';
import { type Actor, assertCan } from '../../core/auth/access';
import type { FocusArea } from '../../core/indicators';
import type { ServiceContext } from '../../core/module';
import { type ProgrammeTables, programmeTables } from './programme-tables';
import { programPermissions as p } from './programs.policy';
import { programOf, toProgram } from './programs.service';
import { questionnaires } from './programs.table';
import { allProgrammes, noArea, organisationMember } from './publication';
import { compareQuestionnaire } from './questionnaires.service';
import { trendYears } from './rba';

/**
 * The areas a programme's per-area table lists for the actor: the organisation's protected table
 * restricted to the areas the actor may see (a host: their own), with anyone in them this year.
 * Participants without an area are a row for those who see every area.
 */
function areaRows(tables: ProgrammeTables, actor: Actor, programId: string, year: number) {
  const table = tables.year(year);
  const seen = new Set<string>();
  for (const r of tables.participants) if (r.programId === programId) seen.add(r.areaId ?? noArea);
  const visible = (areaId: string) =>
    actor.areaIds === 'all' ? true : areaId !== noArea && actor.areaIds.includes(areaId);
  return [...seen]
    .filter((areaId) => visible(areaId) && table.nonEmpty(programId, areaId))
    .sort()
    .map((areaId) => {
      const figures = table.figures(programId, areaId);
      return { areaId: areaId === noArea ? null : areaId, reason: figures.reason, figures };
    });
}

/**
 * RBA follow-up of one programme: this year, the trend, per area and the before/after
 * questionnaires of those who finished in the year — every figure read from the organisation's
 * protected table of its year.
 */
export async function programFollowUp({ db }: ServiceContext, actor: Actor, programId: string, year: number) {
  assertCan(actor, p['programs.read']);
  const program = await programOf(db, actor, programId);
  const tables = await programmeTables(db, actor.organisationId);
  const own = tables.participants.filter((r) => r.programId === programId);
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
    threshold: tables.threshold,
    current: tables.year(year).figures(programId, organisationMember),
    trend: trendYears(own, year).map((y) => tables.year(y).figures(programId, organisationMember)),
    byArea: areaRows(tables, actor, programId, year),
    questionnaires: await Promise.all(qs.map((q) => compareQuestionnaire(db, actor, q.id, year, tables))),
  };
}

/** Every programme's year side by side, and the programmes summed per focus area and in all. */
export async function programsOverview({ db }: ServiceContext, actor: Actor, year: number) {
  assertCan(actor, p['programs.read']);
  const tables = await programmeTables(db, actor.organisationId);
  const table = tables.year(year);
  const focusAreas = [...new Set(tables.programmes.map((r) => r.focusArea))].sort() as FocusArea[];
  return {
    year,
    threshold: tables.threshold,
    programs: tables.programmes.map((r) => ({
      program: toProgram(r),
      figures: table.figures(r.id, organisationMember),
    })),
    byFocusArea: focusAreas.map((focusArea) => ({
      focusArea,
      figures: table.sumFigures(
        tables.programmes.filter((r) => r.focusArea === focusArea).map((r) => r.id),
        organisationMember,
      ),
    })),
    total: table.figures(allProgrammes, organisationMember),
  };
}
