import { z } from 'zod';

const polygon = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(z.array(z.number()).min(2))) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(z.array(z.array(z.number()).min(2)))),
  }),
]);

export const districtSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  geometry: polygon.nullable(),
});

export const districtInput = z.object({
  /** District name, e.g. "Bäckby". */
  name: z.string().trim().min(1).max(100),
  /** Optional GeoJSON polygon of the district. */
  geometry: polygon.nullable().optional(),
});

export const areaSchema = z.object({
  id: z.string().uuid(),
  districtId: z.string().uuid(),
  districtName: z.string(),
  code: z.string(),
  name: z.string(),
  geometry: polygon.nullable(),
  /** Sum of the households of the area's properties. */
  households: z.number().int(),
  properties: z.number().int(),
});

export const areaInput = z.object({
  districtId: z.string().uuid(),
  /** Short unique code used in imports, e.g. "BAC-N". */
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9_-]+$/),
  name: z.string().trim().min(1).max(100),
  geometry: polygon.nullable().optional(),
});

export const areaPatch = areaInput.partial();

export const propertySchema = z.object({
  id: z.string().uuid(),
  areaId: z.string().uuid(),
  code: z.string(),
  address: z.string(),
  households: z.number().int(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});

export const propertyInput = z.object({
  areaId: z.string().uuid(),
  code: z.string().trim().min(1).max(32),
  address: z.string().trim().min(1).max(200),
  /** Number of flats/households; the household register follows it. */
  households: z.number().int().min(0).max(5000),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
});

export const propertyPatch = propertyInput.partial();

export type AreaInput = z.infer<typeof areaInput>;
export type PropertyInput = z.infer<typeof propertyInput>;
export type DistrictInput = z.infer<typeof districtInput>;

const profileFigure = z.object({
  label: z.string(),
  value: z.number().nullable(),
  unit: z.enum(['fraction', 'count', 'days', 'hours', 'per_1000', 'sek']),
  suppressed: z.boolean().optional(),
  note: z.string().optional(),
});

const profileTable = z.object({
  caption: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});

/** An area's profile for a year: the area's facts and every module's section the actor may see. */
export const areaProfileSchema = z.object({
  area: areaSchema,
  year: z.number().int(),
  sections: z.array(
    z.object({
      /** The module that wrote the section, a stable key. */
      module: z.string(),
      title: z.string(),
      figures: z.array(profileFigure),
      tables: z.array(profileTable).optional(),
    }),
  ),
});

export const areaProfileQuery = z.object({
  /** Calendar year of the figures; the current year when left out. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
