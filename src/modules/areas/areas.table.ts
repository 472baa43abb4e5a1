import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantKeys } from '../../core/db/columns';

/** A GeoJSON Polygon or MultiPolygon, in WGS 84. */
export type PolygonGeometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export const districts = pgTable(
  'districts',
  {
    ...tenantKeys(),
    name: text('name').notNull(),
    geometry: jsonb('geometry').$type<PolygonGeometry>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('districts_org_name_unique').on(t.organisationId, t.name)],
);

export const areas = pgTable(
  'areas',
  {
    ...tenantKeys(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => districts.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    geometry: jsonb('geometry').$type<PolygonGeometry>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('areas_org_code_unique').on(t.organisationId, t.code),
    index('areas_district_idx').on(t.districtId),
  ],
);

export const properties = pgTable(
  'properties',
  {
    ...tenantKeys(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    code: text('code').notNull(),
    address: text('address').notNull(),
    households: integer('households').notNull(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('properties_org_code_unique').on(t.organisationId, t.code),
    index('properties_area_idx').on(t.areaId),
  ],
);

/**
 * The household register: the survey's sampling frame. A reference and where it lives — never a
 * name. Households that move out are kept inactive so that sampling history stays intact.
 */
export const households = pgTable(
  'households',
  {
    ...tenantKeys(),
    propertyId: uuid('property_id')
      .notNull()
      .references(() => properties.id),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    ref: text('ref').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('households_org_ref_unique').on(t.organisationId, t.ref),
    index('households_area_idx').on(t.areaId),
  ],
);
