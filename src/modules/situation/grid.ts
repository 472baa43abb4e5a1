/**
 * Map points are shown on a 50 m grid to everyone but the coordinator, so a report cannot point at
 * one door. Equirectangular metres: fine at the scale of a neighbourhood (error well under 1 m).
 */
const metresPerDegreeLat = 111_320;

export const gridMetres = 50;

/** The centre of the grid cell the point falls in. */
export function snapToGrid(lat: number, lon: number, metres = gridMetres): { lat: number; lon: number } {
  const latStep = metres / metresPerDegreeLat;
  const snappedLat = (Math.floor(lat / latStep) + 0.5) * latStep;
  const lonStep = metres / (metresPerDegreeLat * Math.cos((snappedLat * Math.PI) / 180));
  const snappedLon = (Math.floor(lon / lonStep) + 0.5) * lonStep;
  return { lat: round7(snappedLat), lon: round7(snappedLon) };
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/** Distance in metres between two nearby points (equirectangular). */
export function distanceMetres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const meanLat = ((a.lat + b.lat) / 2) * (Math.PI / 180);
  const dy = (a.lat - b.lat) * metresPerDegreeLat;
  const dx = (a.lon - b.lon) * metresPerDegreeLat * Math.cos(meanLat);
  return Math.hypot(dx, dy);
}

type Ring = readonly (readonly number[])[];

/** Ray casting: whether [lon, lat] lies inside the ring (a point on the edge may fall either way). */
function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a GeoJSON Polygon or MultiPolygon (holes excluded). Other shapes: true. */
export function pointInGeometry(point: { lat: number; lon: number }, geometry: unknown): boolean {
  const g = geometry as { type?: string; coordinates?: unknown } | null;
  const inPolygon = (rings: Ring[]) =>
    rings.length > 0 &&
    inRing(point.lon, point.lat, rings[0]) &&
    !rings.slice(1).some((hole) => inRing(point.lon, point.lat, hole));
  if (g?.type === 'Polygon') return inPolygon(g.coordinates as Ring[]);
  if (g?.type === 'MultiPolygon') return (g.coordinates as Ring[][]).some(inPolygon);
  return true;
}
