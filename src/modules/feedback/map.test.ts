import { describe, expect, it } from 'vitest';
import { mapFrame, mapSvg, pixelOf, pointOf } from './map';

// A square of 0.01° × 0.01° at 60° N: a degree of longitude is cos 60° = 0.5 of one of latitude,
// so the square is twice as tall as wide on the ground; the frame (with 10 % margins) is 260 wide and
// 260 × (0.012 / (0.012 × 0.5)) = 520, capped at 1.5 × 260 = 390 tall.
const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [16, 60],
      [16.01, 60],
      [16.01, 60.01],
      [16, 60.01],
      [16, 60],
    ],
  ],
};

describe('the area map', () => {
  it('frames the outline with a tenth of margin and a true-ish height', () => {
    const frame = mapFrame(square);
    expect(frame.width).toBe(260);
    expect(frame.height).toBe(390);
    expect(frame.west).toBeCloseTo(15.999, 6);
    expect(frame.north).toBeCloseTo(60.011, 6);
  });

  it('turns a click back into the point it was drawn at', () => {
    const frame = mapFrame(square);
    // The square's centre is the frame's centre: pixel (130, 195).
    const centre = pixelOf(frame, { lat: 60.005, lon: 16.005 });
    expect(centre.x).toBeCloseTo(130, 6);
    expect(centre.y).toBeCloseTo(195, 6);
    const point = pointOf(frame, 130, 195)!;
    expect(point.lat).toBeCloseTo(60.005, 9);
    expect(point.lon).toBeCloseTo(16.005, 9);
    expect(pointOf(frame, -1, 10)).toBeNull();
    expect(pointOf(frame, 10, 391)).toBeNull();
  });

  it('draws the outline and the marker, the title escaped', () => {
    const svg = mapSvg(square, { lat: 60.005, lon: 16.005 }, 'Bäckby <norra>');
    expect(svg).toContain('<circle cx="130" cy="195"');
    expect(svg).toContain('<title>Bäckby &lt;norra&gt;</title>');
    expect(mapSvg(square, null, 'x')).not.toContain('<circle');
  });
});
