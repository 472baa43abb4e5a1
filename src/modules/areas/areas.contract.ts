import { z } from 'zod';
import { figureTable } from '../../core/http/figure-table';

/** An outline on the map: a GeoJSON Polygon or MultiPolygon (lon, lat). */
export const geometrySchema = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(z.array(z.number()).min(2))) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(z.array(z.array(z.number()).min(2)))),
  }),
]);

export const districtSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  geometry: geometrySchema.nullable(),
});

export const districtList = z.array(districtSchema);

export const districtInput = z.object({
  /** District name, e.g. "Bäckby". */
  name: z.string().trim().min(1).max(100),
  /** Optional GeoJSON polygon of the district. */
  geometry: geometrySchema.nullable().optional(),
});

export const districtPatch = districtInput.partial();

export const areaSchema = z.object({
  id: z.string().uuid(),
  districtId: z.string().uuid(),
  districtName: z.string(),
  code: z.string(),
  name: z.string(),
  geometry: geometrySchema.nullable(),
  /** Sum of the households of the area's properties. */
  households: z.number().int(),
  properties: z.number().int(),
});

export const areaList = z.array(areaSchema);

/** What creating or changing an area answers: the area without its figures. */
export const areaRef = areaSchema.pick({ id: true, code: true, name: true, districtId: true });

/** `/areas/:areaId` — the area a route is about (the guard holds a host to their own). */
export const areaIdParam = z.object({ areaId: z.uuid() });

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
  geometry: geometrySchema.nullable().optional(),
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

export const propertyList = z.array(propertySchema);

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

export type Geometry = z.infer<typeof geometrySchema>;
export type District = z.infer<typeof districtSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Property = z.infer<typeof propertySchema>;
export type AreaInput = z.infer<typeof areaInput>;
export type PropertyInput = z.infer<typeof propertyInput>;
export type DistrictInput = z.infer<typeof districtInput>;

const hiddenReason = z.enum(['small_group', 'protects_another']);
const profileUnit = z.enum(['fraction', 'count', 'days', 'hours', 'per_1000', 'sek']);

export const profileFigure = z.object({
  label: z.string(),
  value: z.number().nullable(),
  unit: profileUnit,
  suppressed: z.boolean().optional(),
  /** Why a suppressed figure is not shown. */
  reason: hiddenReason.nullable().optional(),
  /** Contributors a share rests on; null when hidden. */
  n: z.number().nullable().optional(),
  note: z.string().optional(),
  /** Shown in the summary at the top of the profile too. */
  summary: z.boolean().optional(),
  /** The registered indicator this is a figure of: the page links to how it was computed. */
  indicatorId: z.string().optional(),
});

/** One period of a small chart: a year's index with its interval, a week's EST grade. */
export const profilePoint = z.object({
  /** "2025", "2026-W07". */
  period: z.string(),
  value: z.number().nullable(),
  low: z.number().nullable().optional(),
  high: z.number().nullable().optional(),
  n: z.number().nullable().optional(),
  suppressed: z.boolean().optional(),
  reason: hiddenReason.nullable().optional(),
  /** The value in words (a grade's name). */
  text: z.string().optional(),
  /** A CSS colour for the value (a grade's colour). */
  colour: z.string().optional(),
});

/** A trend over periods (`line`) or a strip of one coloured cell per period (`strip`). */
export const profileSeries = z.object({
  key: z.string(),
  label: z.string(),
  unit: profileUnit,
  kind: z.enum(['line', 'strip']),
  indicatorId: z.string().optional(),
  summary: z.boolean().optional(),
  points: z.array(profilePoint),
});

/** A detail table of a profile section. */
export const profileTable = figureTable;

const profileSections = z.array(
  z.object({
    /** The module that wrote the section, a stable key. */
    module: z.string(),
    title: z.string(),
    figures: z.array(profileFigure),
    series: z.array(profileSeries).optional(),
    tables: z.array(profileTable).optional(),
  }),
);

/** An area's profile for a year: the area's facts and every module's section the actor may see. */
export const areaProfileSchema = z.object({
  area: areaSchema,
  year: z.number().int(),
  sections: profileSections,
});

/** A district's facts: its outline, its areas (each with its own figures) and their sums. */
export const districtFactsSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  geometry: geometrySchema.nullable(),
  /** Sum of the households of its areas' properties. */
  households: z.number().int(),
  properties: z.number().int(),
  areas: z.array(areaSchema),
});

/** A district's profile for a year: the district, its areas, and every module's section for the district. */
export const districtProfileSchema = z.object({
  district: districtFactsSchema,
  year: z.number().int(),
  sections: profileSections,
});

/** `?q=` — what to look for: part of an area's or district's name or an area's code. */
export const placeSearchQuery = z.object({ q: z.string().max(100).optional() });

/** An area or district found by name or code, with where its profile is. */
export const placeHit = z.object({
  kind: z.enum(['area', 'district']),
  id: z.string().uuid(),
  name: z.string(),
  /** The area's code; null for a district. */
  code: z.string().nullable(),
  /** The area's district; null for a district. */
  districtName: z.string().nullable(),
});

export const placeHits = z.array(placeHit);

/** `/districts/:id/…` — the district a route is about (a host: only one whose areas are all theirs). */
export const districtIdParam = z.object({ id: z.uuid() });

export type ProfileFigure = z.infer<typeof profileFigure>;
export type ProfilePoint = z.infer<typeof profilePoint>;
export type ProfileSeries = z.infer<typeof profileSeries>;
export type ProfileTable = z.infer<typeof profileTable>;
export type AreaProfile = z.infer<typeof areaProfileSchema>;
export type DistrictProfile = z.infer<typeof districtProfileSchema>;
export type ProfileSection = AreaProfile['sections'][number];
export type PlaceHit = z.infer<typeof placeHit>;
