import { and, asc, eq } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import {
  areaIdsOfUser,
  type User,
  userAreaLinks,
  userDirectory,
  userInOrganisation,
  usersOfOrganisation,
} from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { areaFor } from '../areas';
import { roundPermissions as p } from './rounds.policy';
import { areaManagers } from './rounds.table';

/** Whether a user may act in an area: an admin, or a host given that area (any host without one). */
async function actsInArea(db: Db, user: Pick<User, 'id' | 'role'>, areaId: string | undefined) {
  if (user.role === 'admin') return true;
  if (user.role !== 'host') return false;
  return !areaId || (await areaIdsOfUser(db, user.id)).includes(areaId);
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
  const user = await userInOrganisation(db, actor.organisationId, userId);
  if (!user || user.disabled) throw new AppError('not_found');
  if (!(await actsInArea(db, user, areaId)))
    throw new AppError('owner_invalid', { name: user.name }, 400, 'rounds:errors.owner_invalid');
  return user.name;
}

/** Users who can own actions in the area (or in any area): admins, and the area's hosts. */
export async function actionOwners({ db }: ServiceContext, actor: Actor, areaId?: string) {
  assertCan(actor, p['rounds.read'], areaId);
  const hostsOfArea = areaId
    ? new Set(
        (await userAreaLinks(db, actor.organisationId))
          .filter((l) => l.areaId === areaId)
          .map((l) => l.userId),
      )
    : null;
  // By name, as usersOfOrganisation gives them.
  return (await usersOfOrganisation(db, actor.organisationId))
    .filter(
      (u) =>
        !u.disabled && (u.role === 'admin' || (u.role === 'host' && (!hostsOfArea || hostsOfArea.has(u.id)))),
    )
    .map((u) => ({ id: u.id, name: u.name }));
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
    const user = await userInOrganisation(db, actor.organisationId, userId);
    if (!user) throw new AppError('not_found');
    if (!(await actsInArea(db, user, areaId)))
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
  const people = userDirectory(db, actor.organisationId);
  return db
    .select({ areaId: areaManagers.areaId, userId: areaManagers.userId, name: people.name })
    .from(areaManagers)
    .innerJoin(people, eq(people.id, areaManagers.userId))
    .where(and(eq(areaManagers.organisationId, actor.organisationId), areaScope(areaManagers.areaId, actor)))
    .orderBy(asc(people.name));
}
