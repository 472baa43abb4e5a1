import { and, asc, desc, eq, getTableColumns, isNull, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { userDirectory, userInOrganisation } from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import { changeStampOf } from '../../core/http/changed-by';
import { translate } from '../../core/i18n/i18n';
import { frameworkFocusAreas, materialAreas } from '../../core/indicators';
import type { ServiceContext } from '../../core/module';
import { organisationAreas, requireAreaInOrganisation } from '../areas';
import type { Goal, GoalInput, GoalStatus, GoalsOverview, IndicatorGoals } from './goals.contract';
import { goalPermissions as p } from './goals.policy';
import { indicatorGoals } from './goals.table';
import { type KnownIndicator, knownIndicators, targetFits, targetRange, yearFits } from './rules';
import { type AreaName, figureCache, goalStatus, type StatusContext } from './status';

type GoalRow = typeof indicatorGoals.$inferSelect;
/** A stored goal with the name of the user who last set it (null when none or gone). */
type NamedGoalRow = GoalRow & { changerName: string | null };

/** A stored goal as the API gives it: who last set it by id and name. */
export function goalOf(row: NamedGoalRow): Goal {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    year: row.year,
    areaId: row.areaId,
    target: row.target,
    baselineYear: row.baselineYear,
    ...changeStampOf(row.updatedAt, { id: row.updatedBy, name: row.changerName }),
  };
}

/** The goal of an indicator, year and area (null: the whole organisation), as the unique key has it. */
function sameGoal(organisationId: string, key: { indicatorId: string; year: number; areaId: string | null }) {
  return and(
    eq(indicatorGoals.organisationId, organisationId),
    eq(indicatorGoals.indicatorId, key.indicatorId),
    eq(indicatorGoals.year, key.year),
    key.areaId === null ? isNull(indicatorGoals.areaId) : eq(indicatorGoals.areaId, key.areaId),
  );
}

/** What a goal's write is checked against: its indicator must be known and its target fit the unit. */
async function checkedIndicator(db: Db, organisationId: string, input: GoalInput) {
  const known = (await knownIndicators(db, organisationId)).find(
    (i) => i.definition.id === input.indicatorId,
  );
  if (!known) throw new AppError('goal_unknown_indicator', { indicator: input.indicatorId });
  if (!yearFits(input.year)) throw new AppError('goal_year_out_of_range', { year: input.year });
  const baselineYear = input.baselineYear ?? null;
  if (baselineYear !== null && (!yearFits(baselineYear) || baselineYear > input.year)) {
    throw new AppError('goal_baseline_after_year', { baseline: baselineYear, year: input.year });
  }
  const { unit } = known.definition;
  if (!targetFits(unit, input.target)) {
    const { min, max } = targetRange(unit);
    throw new AppError('goal_target_out_of_range', {
      target: input.target,
      min,
      max: unit === 'fraction' ? max : '∞',
    });
  }
  return known;
}

/**
 * Writes one goal (new, or the one of the same indicator, year and area replaced) in the caller's
 * transaction and audits it. A baseline year left out (`undefined`) keeps the stored one.
 */
export async function upsertGoal(
  tx: Db,
  actor: Actor,
  input: GoalInput,
  requestId?: string,
): Promise<{ row: GoalRow; change: 'created' | 'updated' | 'unchanged' }> {
  const key = { indicatorId: input.indicatorId, year: input.year, areaId: input.areaId };
  const [before] = await tx.select().from(indicatorGoals).where(sameGoal(actor.organisationId, key));
  const baselineYear = input.baselineYear === undefined ? (before?.baselineYear ?? null) : input.baselineYear;
  if (before && before.target === input.target && before.baselineYear === baselineYear) {
    return { row: before, change: 'unchanged' };
  }
  const values = { target: input.target, baselineYear, updatedBy: actor.userId };
  const [row] = before
    ? await tx
        .update(indicatorGoals)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(indicatorGoals.id, before.id))
        .returning()
    : await tx
        .insert(indicatorGoals)
        .values({ organisationId: actor.organisationId, ...key, ...values })
        .returning();
  const shown = (r: GoalRow) => ({
    indicatorId: r.indicatorId,
    year: r.year,
    areaId: r.areaId,
    target: r.target,
    baselineYear: r.baselineYear,
  });
  await recordAudit(
    tx,
    { actor, entity: 'indicator_goal', requestId },
    before ? 'update' : 'create',
    row.id,
    { ...(before ? { before: shown(before) } : {}), after: shown(row) },
  );
  return { row, change: before ? 'updated' : 'created' };
}

/** Sets the goal of an indicator, year and area (null: the whole organisation), audited. */
export async function setGoal(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: GoalInput,
): Promise<Goal> {
  assertCan(actor, p['goals.write'], input.areaId);
  await checkedIndicator(db, actor.organisationId, input);
  if (input.areaId !== null) await requireAreaInOrganisation(db, actor.organisationId, input.areaId);
  const { row } = await db.transaction((tx) => upsertGoal(tx, actor, input, requestId));
  // Unchanged, the goal keeps whoever set it before.
  const changer = row.updatedBy ? await userInOrganisation(db, actor.organisationId, row.updatedBy) : null;
  return goalOf({ ...row, changerName: changer?.name ?? null });
}

/** Deletes a goal, audited; another organisation's goal, or none, is not_found. */
export async function deleteGoal({ db, requestId }: ServiceContext, actor: Actor, id: string): Promise<void> {
  assertCan(actor, p['goals.write']);
  const row = await organisationRow(db, indicatorGoals, id, actor.organisationId);
  assertCan(actor, p['goals.write'], row.areaId);
  await db.transaction(async (tx) => {
    await tx
      .delete(indicatorGoals)
      .where(and(eq(indicatorGoals.id, id), eq(indicatorGoals.organisationId, actor.organisationId)));
    await recordAudit(tx, { actor, entity: 'indicator_goal', requestId }, 'delete', id, {
      before: {
        indicatorId: row.indicatorId,
        year: row.year,
        areaId: row.areaId,
        target: row.target,
        baselineYear: row.baselineYear,
      },
    });
  });
}

/** The goals the actor sees: organisation-wide ones, and those of the areas the actor has. */
function visibleGoals(db: Db, actor: Actor, ...conditions: (SQL | undefined)[]) {
  const scope = areaScope(indicatorGoals.areaId, actor);
  const people = userDirectory(db, actor.organisationId);
  return db
    .select({ ...getTableColumns(indicatorGoals), changerName: people.name })
    .from(indicatorGoals)
    .leftJoin(people, eq(people.id, indicatorGoals.updatedBy))
    .where(
      and(
        eq(indicatorGoals.organisationId, actor.organisationId),
        scope ? sql`(${indicatorGoals.areaId} is null or ${scope})` : undefined,
        ...conditions,
      ),
    )
    .orderBy(desc(indicatorGoals.year), asc(indicatorGoals.indicatorId));
}

async function statusContext(
  db: Db,
  actor: Actor,
  now: Date,
  known?: KnownIndicator[],
): Promise<StatusContext> {
  const [list, areas] = await Promise.all([
    known ?? knownIndicators(db, actor.organisationId),
    organisationAreas(db, actor.organisationId),
  ]);
  return {
    db,
    organisationId: actor.organisationId,
    language: actor.language,
    now,
    indicators: new Map(list.map((i) => [i.definition.id, i])),
    areas: new Map<string, AreaName>(areas.map((a) => [a.id, { code: a.code, name: a.name }])),
  };
}

/** Organisation-wide first, then the areas by name. */
function byArea(a: GoalStatus, b: GoalStatus): number {
  if (a.areaId === null || b.areaId === null) return a.areaId === null ? (b.areaId === null ? 0 : -1) : 1;
  return (a.areaName ?? '').localeCompare(b.areaName ?? '', 'sv');
}

/** Each goal with its status, one after another (the figures of one request are worked out once). */
async function withStatus(ctx: StatusContext, rows: NamedGoalRow[]): Promise<GoalStatus[]> {
  const figures = figureCache(ctx);
  const out: GoalStatus[] = [];
  for (const row of rows) out.push(await goalStatus(ctx, figures, goalOf(row)));
  return out;
}

/**
 * Every goal the actor sees with where it stands — of one year, or of every year (newest first) —
 * `now` being the configured clock's instant.
 */
export async function listGoals(
  { db }: ServiceContext,
  actor: Actor,
  options: { year?: number; now: Date },
): Promise<GoalStatus[]> {
  assertCan(actor, p['goals.read']);
  const rows = await visibleGoals(
    db,
    actor,
    options.year === undefined ? undefined : eq(indicatorGoals.year, options.year),
  );
  const ctx = await statusContext(db, actor, options.now);
  const order = [...ctx.indicators.keys()];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const list = await withStatus(ctx, rows);
  return list.sort((a, b) => b.year - a.year || rank(a.indicatorId) - rank(b.indicatorId) || byArea(a, b));
}

/**
 * The goals page: the framework's material areas → focus areas → indicators (registered and the
 * organisation's own), each with its goals of the year and where they stand.
 */
export async function goalsOverview(
  { db }: ServiceContext,
  actor: Actor,
  year: number,
  now: Date,
): Promise<GoalsOverview> {
  assertCan(actor, p['goals.read']);
  const known = await knownIndicators(db, actor.organisationId);
  const [ctx, rows] = await Promise.all([
    statusContext(db, actor, now, known),
    visibleGoals(db, actor, eq(indicatorGoals.year, year)),
  ]);
  const statuses = await withStatus(ctx, rows);
  const language = actor.language;
  const node = ({ definition, handEntered }: KnownIndicator): IndicatorGoals => ({
    id: definition.id,
    name: definition.name[language],
    unit: definition.unit,
    higherIsBetter: definition.higherIsBetter,
    handEntered,
    areaFigures: definition.computeForArea !== undefined,
    goals: statuses.filter((s) => s.indicatorId === definition.id).sort(byArea),
  });
  const name = (key: string) => translate(language, `indicators:${key}`);
  return {
    year,
    language,
    materialAreas: materialAreas.map((material) => {
      const own = known.filter((k) => k.definition.materialArea === material);
      const focusCodes = frameworkFocusAreas[material] as readonly string[];
      return {
        code: material,
        name: name(`materialAreas.${material}`),
        focusAreas: focusCodes.map((focus) => ({
          code: focus,
          name: name(`focusAreas.${focus}`),
          indicators: own.filter((k) => k.definition.focusArea === focus).map(node),
        })),
        indicators: own
          .filter((k) => !k.definition.focusArea || !focusCodes.includes(k.definition.focusArea))
          .map(node),
      };
    }),
  };
}
