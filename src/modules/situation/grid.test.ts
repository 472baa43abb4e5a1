import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceMetres, snapToGrid } from './grid';

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
