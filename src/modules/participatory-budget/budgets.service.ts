/**
 * Budgets: an area's amount of a year, how tenants vote and how votes are counted, and the phases.
 * Method and rule change only while no ballot is cast: the update's own WHERE refuses it once the
 * first ballot has locked the row (ballots.service.ts locks it in the ballot's transaction).
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import { type Actor, assertCan, visibleAreaIds } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { swedishToday } from '../../shared/time';
import { areaFor, areaRegister } from '../areas';
import type { Budget, BudgetInput, BudgetPatch, PhaseDates } from './participatory-budget.contract';
import { budgetPermissions as p } from './participatory-budget.policy';
import { budgets } from './participatory-budget.table';
import { datesInOrder, phaseOn } from './phases';

export type BudgetRow = typeof budgets.$inferSelect;
const entity = 'budget';

/** A budget as the API shows it, its phase on `today`. */
export function budgetOf(row: BudgetRow, area: { name: string; code: string }, today: string): Budget {
  return {
    id: row.id,
    areaId: row.areaId,
    areaName: area.name,
    areaCode: area.code,
    year: row.year,
    amount: row.amount,
    votingMethod: row.votingMethod as Budget['votingMethod'],
    countingRule: row.countingRule as Budget['countingRule'],
    completion: row.completion as Budget['completion'],
    proposalsFrom: row.proposalsFrom,
    reviewFrom: row.reviewFrom,
    votingFrom: row.votingFrom,
    resultFrom: row.resultFrom,
    implementationFrom: row.implementationFrom,
    phase: phaseOn(row, today),
    locked: row.locked,
    imported: row.imported,
  };
}

/** The budget and its area, if the actor may use the permission there (else forbidden/not_found). */
export async function budgetFor(db: Db, actor: Actor, id: string, permission: string) {
  assertCan(actor, permission);
  const row = await organisationRow(db, budgets, id, actor.organisationId);
  const area = await areaFor(db, actor, row.areaId, permission);
  return { row, area };
}

/** A budget as the API shows it, on the clock's day. */
export async function presentBudget(db: Db, actor: Actor, row: BudgetRow, now: Date): Promise<Budget> {
  const { area } = await budgetFor(db, actor, row.id, p['participatory-budget.read']);
  return budgetOf(row, area, swedishToday(now));
}

/** The budgets the actor may see (hosts: their areas), newest year first, then by area. */
export async function listBudgets({ db }: ServiceContext, actor: Actor, now: Date): Promise<Budget[]> {
  assertCan(actor, p['participatory-budget.read']);
  const areas = areaRegister(db, actor.organisationId);
  const visible = visibleAreaIds(actor);
  const rows = await db
    .select({ budget: budgets, name: areas.name, code: areas.code })
    .from(budgets)
    .innerJoin(areas, eq(areas.id, budgets.areaId))
    .where(
      and(
        eq(budgets.organisationId, actor.organisationId),
        visible ? (visible.length ? inArray(budgets.areaId, [...visible]) : sql`false`) : undefined,
      ),
    )
    .orderBy(desc(budgets.year), asc(areas.name));
  const today = swedishToday(now);
  return rows.map((r) => budgetOf(r.budget, r, today));
}

export async function getBudget({ db }: ServiceContext, actor: Actor, id: string, now: Date) {
  const { row } = await budgetFor(db, actor, id, p['participatory-budget.read']);
  return presentBudget(db, actor, row, now);
}

function checkRules(input: { votingMethod: string; countingRule: string } & PhaseDates) {
  if (input.countingRule === 'equal-shares' && input.votingMethod !== 'approval')
    throw new AppError('budget_equal_shares_needs_approval');
  if (!datesInOrder(input)) throw new AppError('budget_phase_order');
}

/** Sets up an area's budget of a year; one per area and year. */
export async function createBudget(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: BudgetInput,
  now: Date,
): Promise<Budget> {
  await areaFor(db, actor, input.areaId, p['participatory-budget.manage']);
  checkRules(input);
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(budgets)
      .values({ organisationId: actor.organisationId, ...input })
      .onConflictDoNothing()
      .returning();
    if (!created) throw new AppError('budget_exists', { year: input.year });
    await recordAudit(tx, { actor, entity, requestId }, 'create', created.id, { after: created });
    return created;
  });
  return presentBudget(db, actor, row, now);
}

/**
 * Changes amount and dates, and method and rule while no ballot is cast. The refusal is the
 * update's own condition (`not locked`), so a ballot stored at the same moment cannot slip past it.
 */
export async function updateBudget(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  patch: BudgetPatch,
  now: Date,
): Promise<Budget> {
  const { row: before } = await budgetFor(db, actor, id, p['participatory-budget.manage']);
  const merged = { ...before, ...patch };
  checkRules(merged);
  const changesMethod = (['votingMethod', 'countingRule', 'completion'] as const).some(
    (k) => patch[k] !== undefined && patch[k] !== before[k],
  );
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(budgets)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(
        and(
          eq(budgets.id, id),
          eq(budgets.organisationId, actor.organisationId),
          changesMethod ? eq(budgets.locked, false) : undefined,
        ),
      )
      .returning();
    if (!updated) throw new AppError('budget_method_locked');
    await recordAudit(tx, { actor, entity, requestId }, 'update', id, { before, after: updated });
    return updated;
  });
  return presentBudget(db, actor, row, now);
}
