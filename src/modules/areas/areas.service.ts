import { and, asc, eq, sql } from 'drizzle-orm';
import { insertAudited, updateAudited } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { propertyColumns, requireAreaInOrganisation } from './areas.api';
import type { AreaInput, DistrictInput, PropertyInput } from './areas.contract';
import { areaPermissions as p } from './areas.policy';
import { areas, districts, type PolygonGeometry, properties } from './areas.table';
import { readPolygon } from './geometry';
import { syncHouseholds } from './households';

/** Refuses an outline with open or short rings or coordinates outside WGS 84, in the user's language. */
function checkGeometry<T extends { geometry?: PolygonGeometry | null }>(input: T): T {
  if (!input.geometry) return input;
  const reading = readPolygon(input.geometry);
  if ('problem' in reading)
    throw new AppError('invalid_geometry', {}, 400, `areas:geometry.${reading.problem}`);
  return input;
}

export async function listDistricts({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['areas.read']);
  return db
    .select({ id: districts.id, name: districts.name, geometry: districts.geometry })
    .from(districts)
    .where(eq(districts.organisationId, actor.organisationId))
    .orderBy(asc(districts.name));
}

export async function createDistrict({ db, requestId }: ServiceContext, actor: Actor, input: DistrictInput) {
  assertCan(actor, p['areas.write']);
  checkGeometry(input);
  return db.transaction(async (tx) => {
    const values = {
      organisationId: actor.organisationId,
      name: input.name,
      geometry: input.geometry ?? null,
    };
    const row = await insertAudited(
      tx,
      districts,
      values,
      { actor, entity: 'district', requestId },
      input.name,
    );
    return { id: row.id, name: row.name, geometry: row.geometry };
  });
}

export async function updateDistrict(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  input: Partial<DistrictInput>,
) {
  assertCan(actor, p['areas.write']);
  checkGeometry(input);
  return db.transaction(async (tx) => {
    const { row } = await updateAudited(tx, districts, id, input, { actor, entity: 'district', requestId });
    return { id: row.id, name: row.name, geometry: row.geometry };
  });
}

async function districtOf(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(districts)
    .where(and(eq(districts.id, id), eq(districts.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  return row;
}

/** Areas the actor may see, with district name and household and property counts. */
export async function listAreas({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['areas.read']);
  const counts = db
    .select({
      areaId: properties.areaId,
      households: sql<number>`coalesce(sum(${properties.households}), 0)::int`.as('households'),
      properties: sql<number>`count(*)::int`.as('properties'),
    })
    .from(properties)
    .where(eq(properties.organisationId, actor.organisationId))
    .groupBy(properties.areaId)
    .as('counts');
  const rows = await db
    .select({
      id: areas.id,
      districtId: areas.districtId,
      districtName: districts.name,
      code: areas.code,
      name: areas.name,
      geometry: areas.geometry,
      households: sql<number>`coalesce(${counts.households}, 0)::int`,
      properties: sql<number>`coalesce(${counts.properties}, 0)::int`,
    })
    .from(areas)
    .innerJoin(districts, eq(districts.id, areas.districtId))
    .leftJoin(counts, eq(counts.areaId, areas.id))
    .where(and(eq(areas.organisationId, actor.organisationId), areaScope(areas.id, actor)))
    .orderBy(asc(districts.name), asc(areas.name));
  return rows;
}

export async function getArea(ctx: ServiceContext, actor: Actor, id: string) {
  assertCan(actor, p['areas.read'], id);
  const area = (await listAreas(ctx, actor)).find((a) => a.id === id);
  if (!area) throw new AppError('not_found');
  return area;
}

export async function createArea({ db, requestId }: ServiceContext, actor: Actor, input: AreaInput) {
  assertCan(actor, p['areas.write']);
  checkGeometry(input);
  return db.transaction(async (tx) => {
    await districtOf(tx, actor, input.districtId);
    const values = { ...input, geometry: input.geometry ?? null, organisationId: actor.organisationId };
    return insertAudited(tx, areas, values, { actor, entity: 'area', requestId }, input.code);
  });
}

export async function updateArea(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  input: Partial<AreaInput>,
) {
  assertCan(actor, p['areas.write']);
  checkGeometry(input);
  return db.transaction(async (tx) => {
    // Both refusals are not_found: which comes first does not show.
    if (input.districtId) await districtOf(tx, actor, input.districtId);
    const { row } = await updateAudited(tx, areas, id, input, { actor, entity: 'area', requestId });
    return row;
  });
}

export async function listProperties({ db }: ServiceContext, actor: Actor, areaId?: string) {
  assertCan(actor, p['areas.read'], areaId);
  return db
    .select({ ...propertyColumns, lat: properties.lat, lon: properties.lon })
    .from(properties)
    .where(
      and(
        eq(properties.organisationId, actor.organisationId),
        areaId ? eq(properties.areaId, areaId) : undefined,
        areaScope(properties.areaId, actor),
      ),
    )
    .orderBy(asc(properties.code));
}

export async function createProperty({ db, requestId }: ServiceContext, actor: Actor, input: PropertyInput) {
  assertCan(actor, p['areas.write']);
  return db.transaction(async (tx) => {
    await requireAreaInOrganisation(tx, actor.organisationId, input.areaId);
    const values = {
      ...input,
      lat: input.lat ?? null,
      lon: input.lon ?? null,
      organisationId: actor.organisationId,
    };
    const row = await insertAudited(
      tx,
      properties,
      values,
      { actor, entity: 'property', requestId },
      input.code,
    );
    await syncHouseholds(tx, row);
    return row;
  });
}

export async function updateProperty(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  input: Partial<PropertyInput>,
) {
  assertCan(actor, p['areas.write']);
  return db.transaction(async (tx) => {
    // Both refusals are not_found: which comes first does not show.
    if (input.areaId) await requireAreaInOrganisation(tx, actor.organisationId, input.areaId);
    const { row } = await updateAudited(tx, properties, id, input, { actor, entity: 'property', requestId });
    await syncHouseholds(tx, row);
    return row;
  });
}
