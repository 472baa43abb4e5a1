import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { households } from './areas.table';

/** The reference of the n-th household of a property: property code and a running number. */
export function householdRef(propertyCode: string, n: number): string {
  return `${propertyCode}-${String(n).padStart(3, '0')}`;
}

/**
 * Makes the register hold exactly `count` active households for the property: adds missing ones,
 * reactivates earlier ones, deactivates the highest-numbered extras (never deletes: sampling history).
 */
export async function syncHouseholds(
  db: Db,
  property: { id: string; organisationId: string; areaId: string; code: string; households: number },
): Promise<void> {
  const existing = await db
    .select({ id: households.id, ref: households.ref, active: households.active })
    .from(households)
    .where(eq(households.propertyId, property.id));
  const wanted = new Set(
    Array.from({ length: property.households }, (_, i) => householdRef(property.code, i + 1)),
  );
  const byRef = new Map(existing.map((h) => [h.ref, h]));
  const toAdd = [...wanted].filter((ref) => !byRef.has(ref));
  const toActivate = existing.filter((h) => wanted.has(h.ref) && !h.active).map((h) => h.id);
  const toDeactivate = existing.filter((h) => !wanted.has(h.ref) && h.active).map((h) => h.id);
  for (let i = 0; i < toAdd.length; i += 1000) {
    await db.insert(households).values(
      toAdd.slice(i, i + 1000).map((ref) => ({
        organisationId: property.organisationId,
        propertyId: property.id,
        areaId: property.areaId,
        ref,
      })),
    );
  }
  if (toActivate.length)
    await db.update(households).set({ active: true }).where(inArray(households.id, toActivate));
  if (toDeactivate.length) {
    await db.update(households).set({ active: false }).where(inArray(households.id, toDeactivate));
  }
  // A property moved to another area takes its households along.
  await db
    .update(households)
    .set({ areaId: property.areaId })
    .where(and(eq(households.propertyId, property.id), sql`${households.areaId} <> ${property.areaId}`));
}
