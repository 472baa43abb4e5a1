/**
 * The areas module as other modules see it: functions, never its tables. Districts, areas,
 * properties and the household register belong to this module; another module asks here whether
 * an area is the organisation's, what it is called, which households it has, and so on.
 *
 * Lists that must join area names in SQL (to sort or page by them) join the read-only subqueries
 * at the end of this file. Foreign keys to areas and households are made with the column builders.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { uuid } from 'drizzle-orm/pg-core';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { organisationBySlug } from '../../core/organisations';
import { areas, districts, households, properties } from './areas.table';
import { registerRow, registerRows } from './register-rows';

export type { PolygonGeometry } from './areas.table';

/** What other modules get of an area, a property and a household. */
const areaColumns = {
  id: areas.id,
  districtId: areas.districtId,
  code: areas.code,
  name: areas.name,
  geometry: areas.geometry,
};
export const propertyColumns = {
  id: properties.id,
  areaId: properties.areaId,
  code: properties.code,
  address: properties.address,
  households: properties.households,
};
const householdColumns = {
  id: households.id,
  areaId: households.areaId,
  ref: households.ref,
  active: households.active,
};

// ——— one area ———

/** The area if it is the organisation's, else null. */
export async function areaInOrganisation(db: Db, organisationId: string, areaId: string) {
  return registerRow(db, areas, areaColumns, organisationId, areaId);
}

/** The area if it is the organisation's; otherwise throws not_found (another organisation's area does not exist). */
export async function requireAreaInOrganisation(db: Db, organisationId: string, areaId: string) {
  const area = await areaInOrganisation(db, organisationId, areaId);
  if (!area) throw new AppError('not_found');
  return area;
}

/** Throws not_found unless every one of the areas is the organisation's (none: nothing to check). */
export async function assertAreasInOrganisation(
  db: Db,
  organisationId: string,
  areaIds: readonly string[],
): Promise<void> {
  if (!areaIds.length) return;
  const found = await registerRows(
    db,
    areas,
    { id: areas.id },
    organisationId,
    inArray(areas.id, [...areaIds]),
  );
  if (found.length !== new Set(areaIds).size) throw new AppError('not_found');
}

/**
 * The area, if the actor may use the permission there (forbidden otherwise) and it is the actor's
 * organisation's (not_found otherwise).
 */
export async function areaFor(db: Db, actor: Actor, areaId: string, permission: string) {
  assertCan(actor, permission, areaId);
  const area = await requireAreaInOrganisation(db, actor.organisationId, areaId);
  return { id: area.id, name: area.name, code: area.code };
}

/**
 * The area a public page is about: by the organisation's slug and the area's code (`anyCase`: the
 * code in upper or lower case alike). Throws not_found for an unknown organisation or area.
 */
export async function publicArea(
  db: Db,
  organisationSlug: string,
  areaCode: string,
  { anyCase = false }: { anyCase?: boolean } = {},
) {
  const organisation = await organisationBySlug(db, organisationSlug);
  const [area] = await db
    .select({ id: areas.id, code: areas.code, name: areas.name })
    .from(areas)
    .where(
      and(
        eq(areas.organisationId, organisation.id),
        anyCase ? sql`lower(${areas.code}) = lower(${areaCode})` : eq(areas.code, areaCode),
      ),
    );
  if (!area) throw new AppError('not_found');
  return { ...area, organisationId: organisation.id, organisationName: organisation.name };
}

// ——— the organisation's areas ———

/** Every area of the organisation with its district, by district name and then area name. */
export async function organisationAreas(db: Db, organisationId: string) {
  return db
    .select({
      id: areas.id,
      code: areas.code,
      name: areas.name,
      districtId: areas.districtId,
      districtName: districts.name,
      geometry: areas.geometry,
    })
    .from(areas)
    .innerJoin(districts, eq(districts.id, areas.districtId))
    .where(eq(areas.organisationId, organisationId))
    .orderBy(asc(districts.name), asc(areas.name));
}

/** Area code in lower case → area id, for imports that name areas by code in any case. */
export async function areaCodeMap(db: Db, organisationId: string): Promise<Map<string, string>> {
  const rows = await registerRows(db, areas, { id: areas.id, code: areas.code }, organisationId);
  return new Map(rows.map((a) => [a.code.toLowerCase(), a.id]));
}

/** Area id → area name. */
export async function areaNameMap(db: Db, organisationId: string): Promise<Map<string, string>> {
  const rows = await registerRows(db, areas, { id: areas.id, name: areas.name }, organisationId);
  return new Map(rows.map((a) => [a.id, a.name]));
}

// ——— properties ———

/** The property if it is the organisation's, else null. */
export async function propertyInOrganisation(db: Db, organisationId: string, propertyId: string) {
  const columns = { id: properties.id, areaId: properties.areaId, code: properties.code };
  return registerRow(db, properties, columns, organisationId, propertyId);
}

/**
 * The property and its area, if it is the actor's organisation's (not_found otherwise) and the
 * actor may use the permission in its area (forbidden otherwise).
 */
export async function propertyFor(db: Db, actor: Actor, propertyId: string, permission: string) {
  const row = await propertyInOrganisation(db, actor.organisationId, propertyId);
  if (!row) throw new AppError('not_found');
  assertCan(actor, permission, row.areaId);
  return row;
}

// ——— the household register ———

/** Active households per area id (areas without any are missing from the map). */
export async function householdsByArea(db: Db, organisationId: string): Promise<Map<string, number>> {
  const columns = { areaId: households.areaId, count: sql<number>`count(*)::int` };
  const rows = await registerRows(
    db,
    households,
    columns,
    organisationId,
    eq(households.active, true),
  ).groupBy(households.areaId);
  return new Map(rows.map((r) => [r.areaId, r.count]));
}

/** Every household of the register, moved-out ones too (active false), for imports and sampling. */
export async function organisationHouseholds(db: Db, organisationId: string) {
  return registerRows(db, households, householdColumns, organisationId);
}

/** The household if it is the organisation's, else null. */
export async function householdInOrganisation(db: Db, organisationId: string, householdId: string) {
  return registerRow(db, households, householdColumns, organisationId, householdId);
}

/** A household by its reference (surrounding spaces ignored) with its area's name, or null. */
export async function householdByRef(db: Db, organisationId: string, ref: string) {
  const [row] = await db
    .select({ id: households.id, ref: households.ref, active: households.active, areaName: areas.name })
    .from(households)
    .innerJoin(areas, eq(areas.id, households.areaId))
    .where(and(eq(households.organisationId, organisationId), eq(households.ref, ref.trim())));
  return row ?? null;
}

/** The survey's sampling frame: the active households, each with its address and area. */
export async function activeHouseholds(db: Db, organisationId: string) {
  return db
    .select({
      id: households.id,
      areaId: households.areaId,
      ref: households.ref,
      address: properties.address,
      areaName: areas.name,
    })
    .from(households)
    .innerJoin(properties, eq(properties.id, households.propertyId))
    .innerJoin(areas, eq(areas.id, households.areaId))
    .where(and(eq(households.organisationId, organisationId), eq(households.active, true)));
}

// ——— read-only subqueries, for lists that join, sort or page by them in SQL ———

/**
 * The organisation's areas as a subquery to join (`area_register`): id, districtId, code, name,
 * geometry. Join it where a list shows or sorts by the area's name:
 * `.innerJoin(areas, eq(areas.id, t.areaId))`. Unused columns cost nothing (the database inlines it).
 */
export function areaRegister(db: Db, organisationId: string) {
  return registerRows(db, areas, areaColumns, organisationId).as('area_register');
}

/** The organisation's properties as a subquery to join (`property_register`): id, areaId, code, address, households. */
export function propertyRegister(db: Db, organisationId: string) {
  return registerRows(db, properties, propertyColumns, organisationId).as('property_register');
}

/** The organisation's households as a subquery to join (`household_register`): id, propertyId, areaId, ref, active. */
export function householdRegister(db: Db, organisationId: string) {
  const columns = { ...householdColumns, propertyId: households.propertyId };
  return registerRows(db, households, columns, organisationId).as('household_register');
}

/** The ids of the organisation's moved-out households, as a subquery for `inArray(column, …)`. */
export function movedOutHouseholdIds(db: Db, organisationId: string) {
  return registerRows(db, households, { id: households.id }, organisationId, eq(households.active, false));
}

// ——— foreign keys from other modules' tables ———

/** A uuid column referring to an area (`.notNull()` as the table needs). */
export const areaIdColumn = (name = 'area_id') => uuid(name).references(() => areas.id);

/** A uuid column referring to a household of the register (`.notNull()` as the table needs). */
export const householdIdColumn = (name = 'household_id') => uuid(name).references(() => households.id);
