/**
 * What tests outside this module may use to set up and look at districts, areas, properties and
 * the household register, written straight to the database (no audit entries, no permission
 * checks). Not for production code (the dependency lint rule lets only tests import this file).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { areas, districts, households, type PolygonGeometry, properties } from './areas.table';
import { syncHouseholds } from './households';

/** A district of the organisation. */
export async function addDistrict(db: Db, organisationId: string, name: string) {
  const [row] = await db.insert(districts).values({ organisationId, name }).returning();
  return row;
}

/** The organisation's district of that name, made when it has none. */
export async function districtNamed(db: Db, organisationId: string, name: string) {
  const [found] = await db
    .select()
    .from(districts)
    .where(and(eq(districts.organisationId, organisationId), eq(districts.name, name)));
  return found ?? addDistrict(db, organisationId, name);
}

type NewArea = {
  organisationId: string;
  districtId: string;
  code: string;
  name: string;
  geometry?: PolygonGeometry | null;
};

/** Areas, in the order given (one insert). */
export async function addAreas(db: Db, values: readonly NewArea[]) {
  return db
    .insert(areas)
    .values([...values])
    .returning();
}

type NewProperty = {
  organisationId: string;
  areaId: string;
  code: string;
  address: string;
  households: number;
  lat?: number | null;
  lon?: number | null;
};

/** Properties, in the order given (one insert), each with its households in the register. */
export async function addProperties(db: Db, values: readonly NewProperty[]) {
  const rows = await db
    .insert(properties)
    .values([...values])
    .returning();
  for (const property of rows) await syncHouseholds(db, property);
  return rows;
}

/** Draws an area's outline (null: none). */
export async function setAreaGeometry(db: Db, areaId: string, geometry: PolygonGeometry | null) {
  await db.update(areas).set({ geometry }).where(eq(areas.id, areaId));
}

/** The households of an area in the register, moved-out ones too. */
export async function householdsOfArea(db: Db, areaId: string) {
  return db.select().from(households).where(eq(households.areaId, areaId));
}

/** Marks households (by reference) as moved out (`active` false) or back. */
export async function setHouseholdsActive(
  db: Db,
  organisationId: string,
  refs: readonly string[],
  active: boolean,
) {
  await db
    .update(households)
    .set({ active })
    .where(and(eq(households.organisationId, organisationId), inArray(households.ref, [...refs])));
}
