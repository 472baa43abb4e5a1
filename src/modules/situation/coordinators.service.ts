import { and, asc, eq, inArray } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan, rolesGranted } from '../../core/auth/access';
import { users } from '../../core/auth/auth.table';
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
  return db
    .select({ userId: estCoordinators.userId, name: users.name, email: users.email })
    .from(estCoordinators)
    .innerJoin(users, eq(users.id, estCoordinators.userId))
    .where(eq(estCoordinators.organisationId, actor.organisationId))
    .orderBy(asc(users.name));
}

export async function setCoordinator(
  { db, requestId }: ServiceContext,
  actor: Actor,
  userId: string,
  on: boolean,
) {
  assertCan(actor, p['situation.configure']);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisationId)));
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
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      partnerOrganisation: users.partnerOrganisation,
    })
    .from(users)
    .where(
      and(
        eq(users.organisationId, actor.organisationId),
        eq(users.disabled, false),
        inArray(users.role, [...roles]),
      ),
    )
    .orderBy(asc(users.name));
  return rows.map((r) => ({ ...r, coordinator: listedIds.has(r.userId) }));
}
