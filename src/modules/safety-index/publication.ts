/**
 * The safety index's one protected table per calendar year: units area × month, measures [index
 * respondents (≥ 1 valid index answer), valid answers of every question], over the organisation's
 * whole area tree × the calendar with quarters and tertials (partners see tertials in the EST
 * analysis). Every figure of the module — summary, questions, trend, drivers, map, export, comments,
 * the area index, the area profile and the report — asks this table whether it may be shown, so an
 * area's index and its questions are shown or hidden together, and no role's view can be set against
 * another's. The rules are the core's (docs/disclosure.md); this file only feeds it.
 */
import { and, between, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../core/db/client';
import {
  areaDimension,
  calendarDimension,
  disclosureThresholds,
  type HiddenReason,
  type ProtectedTable,
  protectTable,
  unitKey,
} from '../../core/disclosure';
import { householdsByArea } from '../areas';
import { type AreaNode, areasOfGroup } from './results';
import type { IndexCell } from './rollups';
import { surveyIndexRollups, surveyInvitations, surveyQuestionRollups } from './safety-index.table';
import { addSums, addTally, emptySums, emptyTally, type QuestionTally } from './statistics';

type YearTable = {
  table: ProtectedTable;
  index: Map<string, IndexCell>;
  questions: Map<string, Map<string, QuestionTally>>;
  invitations: Map<string, number>;
};

const cellKey = (areaId: string, month: string) => `${areaId}|${month}`;
const yearOf = (month: string) => Number(month.slice(0, 4));
/** The year's calendar cells (year, quarters, tertials, months), as the protected table has them. */
const calendarOf = (year: number) => calendarDimension(year, { tertials: true }).members;

export type Publication = {
  organisationId: string;
  threshold: number;
  areas: readonly AreaNode[];
  /** Active households per area (the finite-population correction and the response rate's fallback). */
  households: ReadonlyMap<string, number>;
  /** Why a group's figure over these months may not be shown; null when it may. */
  reason(groupId: string, months: readonly string[]): HiddenReason | null;
  /** Each area of the group with its index sums over the months (areas without answers included). */
  strata(groupId: string, months: readonly string[]): { areaId: string; cell: IndexCell }[];
  /** The group's question tallies over the months, by question code. */
  tallies(groupId: string, months: readonly string[]): Map<string, QuestionTally>;
  /** Invitations sent to the group's areas in the months. */
  invitations(groupId: string, months: readonly string[]): number;
};

/**
 * Every column of a roll-up's rows, sent as one JSON text: PGlite decodes a result field by field in
 * JavaScript, which for the question roll-ups (13 columns × areas × months × questions) was about half
 * the CPU of a dashboard call; one JSON.parse of the same rows is ~4× cheaper. Numbers come back
 * the same: json writes float8 with the same shortest exact digits as a plain result.
 */
async function rowsAsJson<T>(db: Db, table: PgTable, where: SQL | undefined): Promise<T[]> {
  const fields = sql.join(
    Object.entries(getTableColumns(table)).map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`),
    sql`, `,
  );
  const [row] = await db
    .select({ json: sql<string | null>`json_agg(json_build_object(${fields}))::text` })
    .from(table)
    .where(where);
  return row?.json ? (JSON.parse(row.json) as T[]) : [];
}

/**
 * The roll-ups of every year asked for, in one query per table (PGlite pays per statement), split
 * into one protected table per year.
 */
async function loadYears(
  db: Db,
  organisationId: string,
  years: readonly number[],
  areas: readonly AreaNode[],
  threshold: number,
): Promise<Map<number, YearTable>> {
  if (years.length === 0) return new Map();
  const range = [`${Math.min(...years)}-01`, `${Math.max(...years)}-12`] as const;
  const [indexRows, questionRows, invitationRows] = await Promise.all([
    rowsAsJson<YearRows['indexRows'][number]>(
      db,
      surveyIndexRollups,
      and(eq(surveyIndexRollups.organisationId, organisationId), between(surveyIndexRollups.month, ...range)),
    ),
    rowsAsJson<YearRows['questionRows'][number]>(
      db,
      surveyQuestionRollups,
      and(
        eq(surveyQuestionRollups.organisationId, organisationId),
        between(surveyQuestionRollups.month, ...range),
      ),
    ),
    db
      .select({
        areaId: surveyInvitations.areaId,
        month: surveyInvitations.month,
        count: sql<number>`count(*)::int`,
      })
      .from(surveyInvitations)
      .where(
        and(eq(surveyInvitations.organisationId, organisationId), between(surveyInvitations.month, ...range)),
      )
      .groupBy(surveyInvitations.areaId, surveyInvitations.month),
  ]);
  const rowsOf = <R extends { month: string }>(rows: R[], year: number) =>
    rows.filter((r) => yearOf(r.month) === year);
  return new Map(
    years.map((y) => [
      y,
      protectedYear(y, areas, threshold, {
        indexRows: rowsOf(indexRows, y),
        questionRows: rowsOf(questionRows, y),
        invitationRows: rowsOf(invitationRows, y),
      }),
    ]),
  );
}

type YearRows = {
  indexRows: (IndexCell & { areaId: string; month: string })[];
  questionRows: (QuestionTally & { organisationId: string; areaId: string; month: string; code: string })[];
  invitationRows: { areaId: string; month: string; count: number }[];
};

function protectedYear(
  year: number,
  areas: readonly AreaNode[],
  threshold: number,
  { indexRows, questionRows, invitationRows }: YearRows,
): YearTable {
  const known = new Set(areas.map((a) => a.id));
  const index = new Map<string, IndexCell>();
  for (const r of indexRows) {
    if (!known.has(r.areaId)) continue;
    const { respondents, n, sy, sm, syy, sym, smm } = r;
    index.set(cellKey(r.areaId, r.month), { respondents, n, sy, sm, syy, sym, smm });
  }
  const questions = new Map<string, Map<string, QuestionTally>>();
  const codes = new Set<string>();
  for (const r of questionRows) {
    if (!known.has(r.areaId)) continue;
    const { organisationId: _o, areaId, month, code, ...tally } = r;
    const byCode = questions.get(cellKey(areaId, month)) ?? new Map<string, QuestionTally>();
    byCode.set(code, tally);
    questions.set(cellKey(areaId, month), byCode);
    codes.add(code);
  }
  const measureCodes = [...codes].sort();
  const units = new Map<string, number[]>();
  const yearMonths = calendarOf(year).find((m) => m.id === String(year))!.leaves;
  for (const a of areas) {
    for (const m of yearMonths) {
      const n = index.get(cellKey(a.id, m))?.n ?? 0;
      const byCode = questions.get(cellKey(a.id, m));
      const valid = measureCodes.map((c) => byCode?.get(c)?.valid ?? 0);
      if (n > 0 || valid.some((v) => v > 0)) units.set(unitKey([a.id, m]), [n, ...valid]);
    }
  }
  const table = protectTable({
    threshold,
    dimensions: [areaDimension(areas), calendarDimension(year, { tertials: true })],
    units,
  });
  const invitations = new Map(
    invitationRows.filter((r) => known.has(r.areaId)).map((r) => [cellKey(r.areaId, r.month), r.count]),
  );
  return { table, index, questions, invitations };
}

/**
 * The protected tables of the years the months touch. A figure over months that is not a cell of
 * the grid (rolling 12 months, a date range, a period cut to its newest index definition) is shown
 * only when, per year, it is a combination of shown cells (core windowReason: e.g. the year minus
 * two shown months) — then it reveals nothing the grid does not.
 */
export async function openPublication(
  db: Db,
  organisationId: string,
  areas: readonly AreaNode[],
  months: readonly string[],
): Promise<Publication> {
  const threshold = (await disclosureThresholds(db, organisationId)).survey;
  const years = [...new Set(months.map(yearOf))];
  const [byYear, householdCounts] = await Promise.all([
    loadYears(db, organisationId, years, areas, threshold),
    householdsByArea(db, organisationId),
  ]);
  const yearTable = (month: string) => {
    const t = byYear.get(yearOf(month));
    if (!t) throw new Error(`year of ${month} not loaded`);
    return t;
  };
  const areaIds = (groupId: string) => [...areasOfGroup(areas, groupId)];

  const strata: Publication['strata'] = (groupId, list) =>
    areaIds(groupId).map((areaId) => {
      let cell: IndexCell = { ...emptySums(), respondents: 0 };
      for (const m of list) {
        const c = yearTable(m).index.get(cellKey(areaId, m));
        if (c) cell = { ...addSums(cell, c), respondents: cell.respondents + c.respondents };
      }
      return { areaId, cell };
    });

  const tallies: Publication['tallies'] = (groupId, list) => {
    const out = new Map<string, QuestionTally>();
    for (const areaId of areaIds(groupId))
      for (const m of list)
        for (const [code, t] of yearTable(m).questions.get(cellKey(areaId, m)) ?? [])
          out.set(code, addTally(out.get(code) ?? emptyTally(), t));
    return out;
  };

  // Not a cell: it reveals nothing new when the core finds it a combination of shown cells.
  const shownAsCombination = (groupId: string, year: number, list: readonly string[]) =>
    byYear.get(year)!.table.windowReason([groupId, list]) === null;

  const reason: Publication['reason'] = (groupId, list) => {
    if (list.length === 0) return null;
    const byYearMonths = new Map<number, string[]>();
    for (const m of list) byYearMonths.set(yearOf(m), [...(byYearMonths.get(yearOf(m)) ?? []), m]);
    if (byYearMonths.size === 1) {
      const [[year, ms]] = [...byYearMonths];
      const exact = calendarOf(year).find(
        (member) => member.leaves.length === ms.length && member.leaves.every((m) => ms.includes(m)),
      );
      if (exact) return byYear.get(year)!.table.hiddenReason([groupId, exact.id]);
    }
    // Not a cell: shown when it is a combination of shown cells and not small in itself; otherwise
    // hidden — as small when it is small.
    const n = strata(groupId, list).reduce((sum, x) => sum + x.cell.n, 0);
    const valid = [...tallies(groupId, list).values()].map((t) => t.valid);
    if ([n, ...valid].some((v) => v > 0 && v < threshold)) return 'small_group';
    return [...byYearMonths].every(([year, ms]) => shownAsCombination(groupId, year, ms))
      ? null
      : 'protects_another';
  };

  const invitations: Publication['invitations'] = (groupId, list) =>
    areaIds(groupId).reduce(
      (sum, areaId) =>
        sum + list.reduce((s, m) => s + (yearTable(m).invitations.get(cellKey(areaId, m)) ?? 0), 0),
      0,
    );

  return {
    organisationId,
    threshold,
    areas,
    households: householdCounts,
    reason,
    strata,
    tallies,
    invitations,
  };
}
