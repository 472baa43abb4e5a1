import { and, asc, eq, sql } from 'drizzle-orm';
import { type AuditedWrite, insertAudited, updateAudited } from '../../core/audit';
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
import { registerRow, registerRows } from './register-rows';

const districtColumns = { id: districts.id, name: districts.name, geometry: districts.geometry };

/** Refuses an outline with open or short rings or coordinates outside WGS 84, in the user's language. */
function checkGeometry<T extends { geometry?: PolygonGeometry | null }>(input: T): T {
  if (!input.geometry) return input;
  const reading = readPolygon(input.geometry);
  if ('problem' in reading)
    throw new AppError('invalid_geometry', {}, 400, `areas:geometry.${reading.problem}`);
  return input;
}

/**
 * A change to the register by one who may write: the outline checked first (when there is one),
 * then the write and its audit row in one transaction.
 */
function registerWrite<T>(
  { db, requestId }: ServiceContext,
  actor: Actor,
  entity: 'district' | 'area' | 'property',
  outline: { geometry?: PolygonGeometry | null } | null,
  write: (tx: Db, audit: AuditedWrite) => Promise<T>,
): Promise<T> {
  assertCan(actor, p['areas.write']);
  if (outline) checkGeometry(outline);
  return db.transaction((tx) => write(tx, { actor, entity, requestId }));
}

const districtView = ({ id, name, geometry }: typeof districts.$inferSelect) => ({ id, name, geometry });

export async function listDistricts({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['areas.read']);
  return registerRows(db, districts, districtColumns, actor.organisationId).orderBy(asc(districts.name));
}

export async function createDistrict(ctx: ServiceContext, actor: Actor, input: DistrictInput) {
  return registerWrite(ctx, actor, 'district', input, async (tx, audit) => {
    const values = {
      organisationId: actor.organisationId,
      name: input.name,
      geometry: input.geometry ?? null,
    };
    return districtView(await insertAudited(tx, districts, values, audit, input.name));
  });
}

export async function updateDistrict(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: Partial<DistrictInput>,
) {
  return registerWrite(ctx, actor, 'district', input, async (tx, audit) =>
    districtView((await updateAudited(tx, districts, id, input, audit)).row),
  );
}

/** Throws not_found unless the district is the actor's organisation's. */
async function requireDistrict(db: Db, actor: Actor, id: string) {
  const row = await registerRow(db, districts, districtColumns, actor.organisationId, id);
  if (!row) throw new AppError('not_found');
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

export async function createArea(ctx: ServiceContext, actor: Actor, input: AreaInput) {
  return registerWrite(ctx, actor, 'area', input, async (tx, audit) => {
    await requireDistrict(tx, actor, input.districtId);
    const values = { ...input, geometry: input.geometry ?? null, organisationId: actor.organisationId };
    return insertAudited(tx, areas, values, audit, input.code);
  });
}

export async function updateArea(ctx: ServiceContext, actor: Actor, id: string, input: Partial<AreaInput>) {
  return registerWrite(ctx, actor, 'area', input, async (tx, audit) => {
    // Both refusals are not_found: which comes first does not show.
    if (input.districtId) await requireDistrict(tx, actor, input.districtId);
    return (await updateAudited(tx, areas, id, input, audit)).row;
  });
}

export async function listProperties({ db }: ServiceContext, actor: Actor, areaId?: string) {
  assertCan(actor, p['areas.read'], areaId);
  const columns = { ...propertyColumns, lat: properties.lat, lon: properties.lon };
  const inArea = areaId ? eq(properties.areaId, areaId) : undefined;
  const scope = areaScope(properties.areaId, actor);
  return registerRows(db, properties, columns, actor.organisationId, inArea, scope).orderBy(
    asc(properties.code),
  );
}

export async function createProperty(ctx: ServiceContext, actor: Actor, input: PropertyInput) {
  return registerWrite(ctx, actor, 'property', null, async (tx, audit) => {
    await requireAreaInOrganisation(tx, actor.organisationId, input.areaId);
    const values = {
      ...input,
      lat: input.lat ?? null,
      lon: input.lon ?? null,
      organisationId: actor.organisationId,
    };
    const row = await insertAudited(tx, properties, values, audit, input.code);
    await syncHouseholds(tx, row);
    return row;
  });
}

export async function updateProperty(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: Partial<PropertyInput>,
) {
  return registerWrite(ctx, actor, 'property', null, async (tx, audit) => {
    // Both refusals are not_found: which comes first does not show.
    if (input.areaId) await requireAreaInOrganisation(tx, actor.organisationId, input.areaId);
    const { row } = await updateAudited(tx, properties, id, input, audit);
    await syncHouseholds(tx, row);
    return row;
  });
}
