import { describe, expect, it } from 'vitest';
import { readPolygon, readPolygonText } from './geometry';

// A square of Bäckby, closed as GeoJSON requires: five positions, the last equal to the first.
const ring = [
  [16.46, 59.61],
  [16.47, 59.61],
  [16.47, 59.62],
  [16.46, 59.62],
  [16.46, 59.61],
];
const square = { type: 'Polygon', coordinates: [ring] };
const east = [ring.map(([lon, lat]) => [lon + 0.05, lat])];

describe('readPolygon', () => {
  it('takes a Polygon, or the polygon of a Feature, as it is', () => {
    expect(readPolygon(square)).toEqual({ geometry: square });
    expect(readPolygon({ type: 'Feature', properties: { name: 'Bäckby' }, geometry: square })).toEqual({
      geometry: square,
    });
  });

  it('makes one MultiPolygon of a FeatureCollection of two polygons (as geojson.io saves it)', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: square },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: east } },
      ],
    };
    expect(readPolygon(collection)).toEqual({
      geometry: { type: 'MultiPolygon', coordinates: [[ring], east] },
    });
    const multi = { type: 'MultiPolygon', coordinates: [[ring], east] };
    expect(readPolygon(multi)).toEqual({ geometry: multi });
  });

  it('names what is wrong: not a polygon, an open or short ring, swapped or broken coordinates', () => {
    expect(readPolygon({ type: 'Point', coordinates: [16.46, 59.61] })).toEqual({ problem: 'not_polygon' });
    expect(readPolygon({ type: 'FeatureCollection', features: [] })).toEqual({ problem: 'not_polygon' });
    expect(readPolygon({ type: 'Polygon', coordinates: [ring.slice(0, 4)] })).toEqual({
      problem: 'ring_not_closed',
    });
    expect(readPolygon({ type: 'Polygon', coordinates: [[ring[0], ring[1], ring[0]]] })).toEqual({
      problem: 'ring_too_short',
    });
    // Coordinates in a Swedish grid (SWEREF 99 TM, metres) instead of WGS 84 degrees.
    expect(readPolygon({ type: 'Polygon', coordinates: [[[6_610_000, 540_000], ...ring]] })).toEqual({
      problem: 'out_of_range',
    });
    expect(readPolygon({ type: 'Polygon', coordinates: [[['16.46', '59.61']]] })).toEqual({
      problem: 'not_coordinates',
    });
  });
});

describe('readPolygonText', () => {
  it('reads a file, treats empty text as no outline and broken JSON as such', () => {
    expect(readPolygonText(JSON.stringify(square))).toEqual({ geometry: square });
    expect(readPolygonText('  \n')).toBeNull();
    expect(readPolygonText('{"type":"Polygon"')).toEqual({ problem: 'not_json' });
  });
});
