import { and, eq } from 'drizzle-orm';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { areas, properties } from '../areas';

/** The property and its area, if the actor may use the permission there. */
export async function propertyFor(db: Db, actor: Actor, propertyId: string, permission: string) {
  const [row] = await db
    .select({ id: properties.id, areaId: properties.areaId, code: properties.code })
    .from(properties)
    .where(and(eq(properties.id, propertyId), eq(properties.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  assertCan(actor, permission, row.areaId);
  return row;
}

/** The area, if it is the actor's organisation's and the actor may use the permission there. */
export async function areaFor(db: Db, actor: Actor, areaId: string, permission: string) {
  assertCan(actor, permission, areaId);
  const [row] = await db
    .select({ id: areas.id, name: areas.name, code: areas.code })
    .from(areas)
    .where(and(eq(areas.id, areaId), eq(areas.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  return row;
}
