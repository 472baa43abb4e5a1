import { and, eq } from 'drizzle-orm';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { areas, properties } from '../areas';

export type Ctx = { db: Db; requestId?: string };

/** Today's date in Sweden, as an ISO date: due dates and "overdue" are Swedish calendar days. */
export function swedishToday(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

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

/** The instant a Swedish calendar day starts (CET +01:00 or CEST +02:00). */
export function stockholmDayStart(isoDate: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const d = new Date(`${isoDate}T00:00:00${offset}`);
    if (d.toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm' }).startsWith('00:00')) return d;
  }
  return new Date(`${isoDate}T00:00:00+01:00`);
}

/** The ISO date after the given one. */
export function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
