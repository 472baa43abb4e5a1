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
