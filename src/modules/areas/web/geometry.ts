import type { Geometry } from './queries';

/** Reads the pasted GeoJSON: a Polygon/MultiPolygon, or a Feature holding one; empty means none. */
export function parseGeometry(text: string): Geometry | null | 'invalid' {
  if (!text.trim()) return null;
  try {
    const value = JSON.parse(text) as { type?: string; geometry?: unknown; coordinates?: unknown };
    const geometry = (value.type === 'Feature' ? value.geometry : value) as Geometry | undefined;
    if (geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') && geometry.coordinates)
      return geometry;
  } catch {
    // fall through
  }
  return 'invalid';
}
