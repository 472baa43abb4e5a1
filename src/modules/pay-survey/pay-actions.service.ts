/**
 * The action plan of each survey year: what is to be done about the differences found, who answers
 * for it and by when; at the next survey each action is followed up (done or not, and how it went).
 * Every write is audited.
 */
import { and, asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { insertAudited, updateAudited } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { userDirectory } from '../../core/auth/users';
import { changeStampOf } from '../../core/http/changed-by';
import type { ServiceContext } from '../../core/module';
import { refusePersonalData } from '../../core/personal-data-guard';
import type { PayAction, PayActionInput, PayActionPatch, PayActionPlan } from './pay-survey.contract';
import { payPermissions as p } from './pay-survey.policy';
import { payActions } from './pay-survey.table';

/** An action is about pay structures, never a person: its free text holds no personal data. */
function refuseIdentifying(actor: Actor, input: PayActionPatch) {
  for (const field of ['description', 'owner', 'followUp'] as const)
    refusePersonalData(input[field], { language: actor.language, field });
}

type ActionRow = typeof payActions.$inferSelect & { changerName: string | null };

function actionOf(row: ActionRow): PayAction {
  return {
    id: row.id,
    year: row.year,
    description: row.description,
    owner: row.owner,
    dueOn: row.dueOn,
    status: row.status,
    followUp: row.followUp,
    ...changeStampOf(row.updatedAt, { id: row.updatedBy, name: row.changerName }),
  };
}

async function actionsWhere(ctx: ServiceContext, actor: Actor, condition: SQL): Promise<PayAction[]> {
  const people = userDirectory(ctx.db, actor.organisationId);
  const rows = await ctx.db
    .select({ ...getTableColumns(payActions), changerName: people.name })
    .from(payActions)
    .leftJoin(people, eq(people.id, payActions.updatedBy))
    .where(and(eq(payActions.organisationId, actor.organisationId), condition))
    .orderBy(asc(payActions.dueOn), asc(payActions.createdAt));
  return rows.map(actionOf);
}

/** The year's action plan, and last year's actions for their follow-up. */
export async function actionPlan(ctx: ServiceContext, actor: Actor, year: number): Promise<PayActionPlan> {
  assertCan(actor, p['pay-survey.read']);
  const all = await actionsWhere(ctx, actor, inArray(payActions.year, [year, year - 1]));
  return { year, actions: all.filter((a) => a.year === year), previous: all.filter((a) => a.year !== year) };
}

async function actionById(ctx: ServiceContext, actor: Actor, id: string): Promise<PayAction> {
  const [action] = await actionsWhere(ctx, actor, eq(payActions.id, id));
  return action;
}

/** Adds an action to a year's plan (status planned), audited. */
export async function createAction(
  ctx: ServiceContext,
  actor: Actor,
  input: PayActionInput,
): Promise<PayAction> {
  assertCan(actor, p['pay-survey.write']);
  refuseIdentifying(actor, input);
  const row = await ctx.db.transaction((tx) =>
    insertAudited(
      tx,
      payActions,
      { organisationId: actor.organisationId, ...input, updatedBy: actor.userId },
      { actor, entity: 'pay_action', requestId: ctx.requestId },
      input.description,
    ),
  );
  return actionById(ctx, actor, row.id);
}

/** Changes an action (its text, owner, due date, status or follow-up), audited. */
export async function updateAction(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  patch: PayActionPatch,
): Promise<PayAction> {
  assertCan(actor, p['pay-survey.write']);
  refuseIdentifying(actor, patch);
  await ctx.db.transaction((tx) =>
    updateAudited(
      tx,
      payActions,
      id,
      { ...patch, updatedBy: actor.userId, updatedAt: sql`now()` },
      { actor, entity: 'pay_action', requestId: ctx.requestId },
    ),
  );
  return actionById(ctx, actor, id);
}
