import { and, asc, eq, inArray } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan, rolesGranted } from '../../core/auth/access';
import { userDirectory, userInOrganisation } from '../../core/auth/users';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { situationPermissions as p } from './situation.policy';
import { estCoordinators } from './situation.table';

/**
 * EST coordinators besides admins and analysts: users the admin lists, e.g. the municipality's
 * crime-prevention coordinator (a partner) or a housing-company host.
 */

export async function listCoordinators({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['situation.configure']);
  const people = userDirectory(db, actor.organisationId);
  return db
    .select({ userId: estCoordinators.userId, name: people.name, email: people.email })
    .from(estCoordinators)
    .innerJoin(people, eq(people.id, estCoordinators.userId))
    .where(eq(estCoordinators.organisationId, actor.organisationId))
    .orderBy(asc(people.name));
}

export async function setCoordinator(
  { db, requestId }: ServiceContext,
  actor: Actor,
  userId: string,
  on: boolean,
) {
  assertCan(actor, p['situation.configure']);
  return db.transaction(async (tx) => {
    const user = await userInOrganisation(tx, actor.organisationId, userId);
    if (!user) throw new AppError('not_found');
    // A viewer is read-only everywhere, so cannot coordinate.
    if (on && !rolesGranted(p['situation.coordinator-routes']).includes(user.role)) {
      throw new AppError('viewer_cannot_coordinate', {}, 400, 'situation:errors.viewer_cannot_coordinate');
    }
    if (on) {
      await tx
        .insert(estCoordinators)
        .values({ organisationId: actor.organisationId, userId })
        .onConflictDoNothing();
    } else {
      await tx
        .delete(estCoordinators)
        .where(
          and(eq(estCoordinators.organisationId, actor.organisationId), eq(estCoordinators.userId, userId)),
        );
    }
    await writeAudit(
      tx,
      actor,
      { action: on ? 'grant' : 'revoke', entity: 'situation_coordinator', entityId: userId },
      requestId,
    );
  });
}

/** Users the admin may list as coordinator: hosts and partners (admins and analysts coordinate by role). */
export async function coordinatorCandidates({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['situation.configure']);
  const byRole = rolesGranted(p['situation.coordinate']);
  const roles = rolesGranted(p['situation.coordinator-routes']).filter((r) => !byRole.includes(r));
  const listed = await db
    .select({ userId: estCoordinators.userId })
    .from(estCoordinators)
    .where(eq(estCoordinators.organisationId, actor.organisationId));
  const listedIds = new Set(listed.map((l) => l.userId));
  const people = userDirectory(db, actor.organisationId);
  const rows = await db
    .select({
      userId: people.id,
      name: people.name,
      email: people.email,
      role: people.role,
      partnerOrganisation: people.partnerOrganisation,
    })
    .from(people)
    .where(and(eq(people.disabled, false), inArray(people.role, [...roles])))
    .orderBy(asc(people.name));
  return rows.map((r) => ({ ...r, coordinator: listedIds.has(r.userId) }));
}
