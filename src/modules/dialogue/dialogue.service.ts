import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { insertAudited, updateAudited, writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { refusePersonalData } from '../../core/personal-data-guard';
import { areaFor, areaNameMap } from '../areas';
import { createAction, linkedActions } from '../rounds';
import type {
  Dialogue,
  DialogueDetail,
  DialogueFilter,
  DialogueInput,
  DialoguePatch,
  MakeActionInput,
  Point,
  PointInput,
  PointPatch,
} from './dialogue.contract';
import { dialoguePermissions as p } from './dialogue.policy';
import { dialoguePoints, dialogues } from './dialogue.table';
import { inYear } from './figures';
import { participantGroups } from './vocabulary';

type DialogueRow = typeof dialogues.$inferSelect;
type PointRow = typeof dialoguePoints.$inferSelect;

/**
 * Refuses the texts of a dialogue or a point that the public page shows when they hold personal
 * data (one code, `personal_data`, naming the field); staff notes and who held it stay internal.
 */
function refusePublicTexts(actor: Actor, texts: Record<string, string | undefined>) {
  for (const [field, text] of Object.entries(texts))
    refusePersonalData(text, {
      language: actor.language,
      field,
      messageKey: 'dialogue:errors.public_personal_data',
    });
}

/** A total under the largest group cannot be: the groups are parts (overlapping) of the total. */
function checkTotal(groups: DialogueInput['groups'], participants: number) {
  const largest = Math.max(...participantGroups.map((g) => groups[g]));
  if (participants < largest) throw new AppError('dialogue_total_too_small', { largest });
}

/** The actor's dialogue by id (another organisation's, or one in an area not theirs, is not found / forbidden). */
async function dialogueRow(db: Db, actor: Actor, id: string, permission: string): Promise<DialogueRow> {
  const row = await organisationRow(db, dialogues, id, actor.organisationId);
  assertCan(actor, permission, row.areaId);
  return row;
}

/** A point with the dialogue it belongs to, held to the actor's areas. */
async function pointRow(db: Db, actor: Actor, id: string, permission: string) {
  const point = await organisationRow(db, dialoguePoints, id, actor.organisationId);
  const dialogue = await dialogueRow(db, actor, point.dialogueId, permission);
  return { point, dialogue };
}

function dialogueOf(row: DialogueRow, areaName: string, points: readonly PointRow[]): Dialogue {
  const own = points.filter((pt) => pt.dialogueId === row.id);
  return {
    id: row.id,
    areaId: row.areaId,
    areaName,
    heldOn: row.heldOn,
    method: row.method,
    title: row.title,
    groups: row.groups,
    participants: row.participants,
    heldBy: row.heldBy,
    staffNotes: row.staffNotes,
    points: own.length,
    responded: own.filter((pt) => pt.response.trim() !== '').length,
    actions: own.filter((pt) => pt.actionId !== null).length,
  };
}

/** The points with the status of the actions they became. */
async function pointsOf(db: Db, organisationId: string, rows: readonly PointRow[]): Promise<Point[]> {
  const found = await linkedActions(
    db,
    organisationId,
    rows.flatMap((r) => (r.actionId ? [r.actionId] : [])),
  );
  return rows.map((r) => {
    const action = r.actionId ? found.get(r.actionId) : undefined;
    return {
      id: r.id,
      dialogueId: r.dialogueId,
      text: r.text,
      topics: r.topics,
      response: r.response,
      action: action
        ? {
            id: action.id,
            status: action.status,
            dueOn: action.dueOn,
            closedOn: action.closedOn,
            publicText: action.publicText,
          }
        : null,
    };
  });
}

/** The dialogues the actor may see, newest first, by area, year and method. */
export async function listDialogues({ db }: ServiceContext, actor: Actor, filter: DialogueFilter) {
  assertCan(actor, p['dialogue.read'], filter.areaId);
  const rows = await db
    .select()
    .from(dialogues)
    .where(
      and(
        eq(dialogues.organisationId, actor.organisationId),
        areaScope(dialogues.areaId, actor),
        filter.areaId ? eq(dialogues.areaId, filter.areaId) : undefined,
        filter.year ? inYear(dialogues.heldOn, filter.year) : undefined,
        filter.method ? eq(dialogues.method, filter.method) : undefined,
      ),
    )
    .orderBy(desc(dialogues.heldOn), asc(dialogues.title));
  const points = rows.length
    ? await db
        .select()
        .from(dialoguePoints)
        .where(
          and(
            eq(dialoguePoints.organisationId, actor.organisationId),
            inArray(
              dialoguePoints.dialogueId,
              rows.map((r) => r.id),
            ),
          ),
        )
    : [];
  const names = await areaNameMap(db, actor.organisationId);
  return rows.map((r) => dialogueOf(r, names.get(r.areaId) ?? '', points));
}

/** One dialogue with its points and their actions' status. */
export async function getDialogue({ db }: ServiceContext, actor: Actor, id: string): Promise<DialogueDetail> {
  assertCan(actor, p['dialogue.read']);
  const row = await dialogueRow(db, actor, id, p['dialogue.read']);
  const points = await db
    .select()
    .from(dialoguePoints)
    .where(and(eq(dialoguePoints.organisationId, actor.organisationId), eq(dialoguePoints.dialogueId, id)))
    .orderBy(asc(dialoguePoints.createdAt), asc(dialoguePoints.id));
  const names = await areaNameMap(db, actor.organisationId);
  return {
    ...dialogueOf(row, names.get(row.areaId) ?? '', points),
    pointList: await pointsOf(db, actor.organisationId, points),
  };
}

/** Records a dialogue in one of the actor's areas. */
export async function createDialogue(ctx: ServiceContext, actor: Actor, input: DialogueInput) {
  assertCan(actor, p['dialogue.write'], input.areaId);
  refusePublicTexts(actor, { title: input.title });
  checkTotal(input.groups, input.participants);
  const row = await ctx.db.transaction(async (tx) => {
    await areaFor(tx, actor, input.areaId, p['dialogue.write']);
    return insertAudited(
      tx,
      dialogues,
      { organisationId: actor.organisationId, ...input },
      { actor, entity: 'dialogue', requestId: ctx.requestId },
      input.title,
    );
  });
  return getDialogue(ctx, actor, row.id);
}

/** Changes a dialogue; moving it to another area needs that area to be the actor's too. */
export async function updateDialogue(ctx: ServiceContext, actor: Actor, id: string, patch: DialoguePatch) {
  assertCan(actor, p['dialogue.write'], patch.areaId);
  refusePublicTexts(actor, { title: patch.title });
  await ctx.db.transaction(async (tx) => {
    const before = await dialogueRow(tx, actor, id, p['dialogue.write']);
    if (patch.areaId) await areaFor(tx, actor, patch.areaId, p['dialogue.write']);
    const groups = { ...before.groups, ...patch.groups };
    checkTotal(groups, patch.participants ?? before.participants);
    await updateAudited(
      tx,
      dialogues,
      id,
      { ...patch, groups, updatedAt: new Date() },
      { actor, entity: 'dialogue', requestId: ctx.requestId },
    );
  });
  return getDialogue(ctx, actor, id);
}

/** Adds a point raised in the dialogue. */
export async function addPoint(ctx: ServiceContext, actor: Actor, dialogueId: string, input: PointInput) {
  assertCan(actor, p['dialogue.write']);
  refusePublicTexts(actor, { text: input.text, response: input.response });
  const row = await ctx.db.transaction(async (tx) => {
    await dialogueRow(tx, actor, dialogueId, p['dialogue.write']);
    return insertAudited(
      tx,
      dialoguePoints,
      { organisationId: actor.organisationId, dialogueId, ...input },
      { actor, entity: 'dialogue_point', requestId: ctx.requestId },
      input.text,
    );
  });
  const [point] = await pointsOf(ctx.db, actor.organisationId, [row]);
  return point;
}

/** Changes a point's wording, topics or the company's response. */
export async function updatePoint(ctx: ServiceContext, actor: Actor, id: string, patch: PointPatch) {
  assertCan(actor, p['dialogue.write']);
  refusePublicTexts(actor, { text: patch.text, response: patch.response });
  const row = await ctx.db.transaction(async (tx) => {
    await pointRow(tx, actor, id, p['dialogue.write']);
    const { row } = await updateAudited(
      tx,
      dialoguePoints,
      id,
      { ...patch, updatedAt: new Date() },
      { actor, entity: 'dialogue_point', requestId: ctx.requestId },
    );
    return row;
  });
  const [point] = await pointsOf(ctx.db, actor.organisationId, [row]);
  return point;
}

/**
 * Makes the point an action of the rounds module, in the dialogue's area, worded for the public
 * page as the point is (or as given). A point becomes one action: a second call is refused, and
 * the point is claimed in the same transaction so that two calls at once cannot make two.
 */
export async function makeAction(
  ctx: ServiceContext,
  actor: Actor,
  pointId: string,
  input: MakeActionInput,
  now: Date,
) {
  assertCan(actor, p['dialogue.act']);
  refusePublicTexts(actor, { publicText: input.publicText });
  const row = await ctx.db.transaction(async (tx) => {
    const { point, dialogue } = await pointRow(tx, actor, pointId, p['dialogue.act']);
    if (point.actionId) throw new AppError('dialogue_action_exists');
    const action = await createAction(
      { db: tx, requestId: ctx.requestId },
      actor,
      {
        areaId: dialogue.areaId,
        title: input.title ?? point.text.slice(0, 300),
        publicText: input.publicText || point.text,
        dueOn: input.dueOn ?? null,
      },
      now,
    );
    const [claimed] = await tx
      .update(dialoguePoints)
      .set({ actionId: action.id, updatedAt: new Date() })
      .where(and(eq(dialoguePoints.id, pointId), isNull(dialoguePoints.actionId)))
      .returning();
    if (!claimed) throw new AppError('dialogue_action_exists');
    // The point's audit line for the action it became (the action audits itself in the rounds module).
    await writeAudit(
      tx,
      actor,
      { action: 'make_action', entity: 'dialogue_point', entityId: pointId, before: point, after: claimed },
      ctx.requestId,
    );
    return claimed;
  });
  const [point] = await pointsOf(ctx.db, actor.organisationId, [row]);
  return point;
}
