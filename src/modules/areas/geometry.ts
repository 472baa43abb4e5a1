import type { PolygonGeometry } from './areas.table';

/** Why a GeoJSON text is not an outline; each has a translated message under areas:geometry.<problem>. */
export type GeometryProblem =
  | 'not_json'
  | 'not_polygon'
  | 'ring_too_short'
  | 'ring_not_closed'
  | 'not_coordinates'
  | 'out_of_range';

export type GeometryReading = { geometry: PolygonGeometry } | { problem: GeometryProblem };

type Json = { type?: unknown; coordinates?: unknown; geometry?: unknown; features?: unknown };

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The polygons a GeoJSON object holds: a Polygon, a MultiPolygon, a Feature or a FeatureCollection of them. */
function polygonsOf(value: unknown): unknown[][] | null {
  if (!isObject(value)) return null;
  if (value.type === 'Polygon') return [value.coordinates as unknown[]];
  if (value.type === 'MultiPolygon' && Array.isArray(value.coordinates)) return value.coordinates;
  if (value.type === 'Feature') return polygonsOf(value.geometry);
  if (value.type === 'FeatureCollection' && Array.isArray(value.features) && value.features.length > 0) {
    const parts = value.features.map(polygonsOf);
    return parts.every((p) => p !== null) ? (parts as unknown[][][]).flat() : null;
  }
  return null;
}

/** One polygon's rings: each at least 4 positions of [longitude, latitude] in WGS 84, first = last. */
function problemOfPolygon(rings: unknown): GeometryProblem | null {
  if (!Array.isArray(rings) || rings.length === 0) return 'not_coordinates';
  for (const ring of rings) {
    if (!Array.isArray(ring)) return 'not_coordinates';
    for (const position of ring) {
      if (!Array.isArray(position) || position.length < 2 || !position.every(Number.isFinite))
        return 'not_coordinates';
      const [lon, lat] = position as number[];
      if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return 'out_of_range';
    }
    if (ring.length < 4) return 'ring_too_short';
    const [first, last] = [ring[0] as number[], ring.at(-1) as number[]];
    if (first[0] !== last[0] || first[1] !== last[1]) return 'ring_not_closed';
  }
  return null;
}

/**
 * Reads an area's or district's outline from GeoJSON as a GIS program or geojson.io writes it.
 * Several polygons (a MultiPolygon, or a FeatureCollection of polygons) become one MultiPolygon.
 */
export function readPolygon(value: unknown): GeometryReading {
  const polygons = polygonsOf(value);
  if (!polygons || polygons.length === 0) return { problem: 'not_polygon' };
  for (const polygon of polygons) {
    const problem = problemOfPolygon(polygon);
    if (problem) return { problem };
  }
  const coordinates = polygons as number[][][][];
  return {
    geometry:
      coordinates.length === 1
        ? { type: 'Polygon', coordinates: coordinates[0] }
        : { type: 'MultiPolygon', coordinates },
  };
}

/** The same from text (a pasted or uploaded .geojson file); empty text means no outline. */
export function readPolygonText(text: string): GeometryReading | null {
  if (!text.trim()) return null;
  try {
    return readPolygon(JSON.parse(text));
  } catch {
    return { problem: 'not_json' };
  }
}
