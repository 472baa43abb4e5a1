import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceMetres, pointInGeometry, snapToGrid } from './grid';

describe('snapToGrid (50 m)', () => {
  it('moves a point in Västerås by at most half the cell diagonal (25·√2 ≈ 35.4 m)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 59.55, max: 59.7, noNaN: true }),
        fc.double({ min: 16.4, max: 16.7, noNaN: true }),
        (lat, lon) => {
          return distanceMetres({ lat, lon }, snapToGrid(lat, lon)) <= 35.5;
        },
      ),
    );
  });

  it('gives two doors 10 m from the same cell centre the same point', () => {
    // Bäckby, about 59.6235 N 16.4960 E. 10 m is 0.0000898° of latitude and 0.000178° of longitude there.
    const centre = snapToGrid(59.6235, 16.496);
    expect(snapToGrid(centre.lat + 0.0000898, centre.lon)).toEqual(centre);
    expect(snapToGrid(centre.lat, centre.lon - 0.000178)).toEqual(centre);
    // 60 m north is another cell.
    expect(snapToGrid(centre.lat + 0.000539, centre.lon)).not.toEqual(centre);
  });

  it('is stable: snapping a snapped point changes nothing', () => {
    const once = snapToGrid(59.6162, 16.5528);
    expect(snapToGrid(once.lat, once.lon)).toEqual(once);
  });
});

describe('pointInGeometry', () => {
  // A square block in Bäckby, 16.50–16.52° E × 59.60–59.61° N, with a courtyard hole 16.505–16.510 × 59.603–59.606.
  const square = [
    [16.5, 59.6],
    [16.52, 59.6],
    [16.52, 59.61],
    [16.5, 59.61],
    [16.5, 59.6],
  ];
  const hole = [
    [16.505, 59.603],
    [16.51, 59.603],
    [16.51, 59.606],
    [16.505, 59.606],
    [16.505, 59.603],
  ];
  const polygon = { type: 'Polygon', coordinates: [square, hole] };

  it('takes a point inside the block and refuses one 0.01° east of it', () => {
    expect(pointInGeometry({ lat: 59.605, lon: 16.515 }, polygon)).toBe(true);
    expect(pointInGeometry({ lat: 59.605, lon: 16.53 }, polygon)).toBe(false);
  });

  it('refuses a point in the courtyard hole', () => {
    expect(pointInGeometry({ lat: 59.604, lon: 16.507 }, polygon)).toBe(false);
  });

  it('takes a point in any part of a MultiPolygon', () => {
    const east = square.map(([lon, lat]) => [lon + 0.1, lat]);
    const multi = { type: 'MultiPolygon', coordinates: [[square], [east]] };
    expect(pointInGeometry({ lat: 59.605, lon: 16.615 }, multi)).toBe(true);
    expect(pointInGeometry({ lat: 59.605, lon: 16.56 }, multi)).toBe(false);
  });

  it('cannot check an area without a polygon, so lets the point through', () => {
    expect(pointInGeometry({ lat: 0, lon: 0 }, null)).toBe(true);
  });
});
