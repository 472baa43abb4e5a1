import { and, asc, eq, or, sql } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { userAreas, users } from '../../core/auth/auth.table';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { roundPermissions as p } from './rounds.policy';
import { areaManagers } from './rounds.table';
import { areaFor } from './shared';

/** Users who may act in an area: admins, and hosts given that area (everyone's areas without one). */
function actsInArea(areaId: string | undefined) {
  const hostOfArea = areaId
    ? sql`exists (select 1 from ${userAreas} where ${userAreas.userId} = ${users.id} and ${userAreas.areaId} = ${areaId})`
    : sql`true`;
  return or(eq(users.role, 'admin'), and(eq(users.role, 'host'), hostOfArea));
}

/**
 * The name of an action's new owner, who must be able to act on it: an admin, or a host given the
 * action's area. Anyone else could be named but never update it, and the action would stall.
 */
export async function ownerFor(
  db: Db,
  actor: Actor,
  userId: string | null | undefined,
  areaId: string,
): Promise<string | null> {
  if (!userId) return null;
  const [user] = await db
    .select({ name: users.name, fits: sql<boolean>`${actsInArea(areaId)}` })
    .from(users)
    .where(
      and(eq(users.id, userId), eq(users.organisationId, actor.organisationId), eq(users.disabled, false)),
    );
  if (!user) throw new AppError('not_found');
  if (!user.fits)
    throw new AppError('owner_invalid', { name: user.name }, 400, 'rounds:errors.owner_invalid');
  return user.name;
}

/** Users who can own actions in the area (or in any area): admins, and the area's hosts. */
export async function actionOwners({ db }: ServiceContext, actor: Actor, areaId?: string) {
  assertCan(actor, p['rounds.read'], areaId);
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.organisationId, actor.organisationId), eq(users.disabled, false), actsInArea(areaId)))
    .orderBy(asc(users.name));
}

/**
 * Names a user area manager of an area (or removes them). The manager hears of overdue actions and
 * owns the actions high findings make, so must be able to act on them: an admin or a host of the area.
 */
export async function setAreaManager(
  { db, requestId }: ServiceContext,
  actor: Actor,
  areaId: string,
  userId: string,
  manager: boolean,
) {
  assertCan(actor, p['rounds.manage']);
  await areaFor(db, actor, areaId, p['rounds.manage']);
  if (manager) {
    const [user] = await db
      .select({ name: users.name, fits: sql<boolean>`${actsInArea(areaId)}` })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisationId)));
    if (!user) throw new AppError('not_found');
    if (!user.fits)
      throw new AppError('manager_invalid', { name: user.name }, 400, 'rounds:errors.manager_invalid');
  }
  return db.transaction(async (tx) => {
    if (manager) {
      await tx
        .insert(areaManagers)
        .values({ organisationId: actor.organisationId, areaId, userId })
        .onConflictDoNothing();
    } else {
      await tx
        .delete(areaManagers)
        .where(and(eq(areaManagers.areaId, areaId), eq(areaManagers.userId, userId)));
    }
    await writeAudit(
      tx,
      actor,
      {
        action: manager ? 'create' : 'delete',
        entity: 'area_manager',
        entityId: areaId,
        after: { areaId, userId },
      },
      requestId,
    );
    return { areaId, userId, manager };
  });
}

/** Area managers of the organisation (the areas the actor sees). */
export async function listAreaManagers({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['rounds.read']);
  return db
    .select({ areaId: areaManagers.areaId, userId: areaManagers.userId, name: users.name })
    .from(areaManagers)
    .innerJoin(users, eq(users.id, areaManagers.userId))
    .where(and(eq(areaManagers.organisationId, actor.organisationId), areaScope(areaManagers.areaId, actor)))
    .orderBy(asc(users.name));
}
