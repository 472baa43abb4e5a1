/**
 * The area's map on the public form, without JavaScript: the server draws the area's outline as an
 * SVG of a fixed size, the form shows it as an `<input type="image">`, and the browser sends the
 * click's x,y (in the image's pixels) with the form. These pure functions turn the outline into the
 * drawing and a click back into a point (WGS 84).
 */
import { escapeHtml } from '../../shared/html';
import type { PolygonGeometry } from '../areas';

/**
 * The drawing's width in CSS pixels, never scaled (the click is in these pixels): it fits a 320 px
 * phone inside the page's and the fieldset's padding (320 − 32 − 26 = 262).
 */
export const mapWidth = 260;

export type MapFrame = {
  west: number;
  east: number;
  south: number;
  north: number;
  width: number;
  height: number;
};

type Ring = number[][];

function ringsOf(geometry: PolygonGeometry): Ring[] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * The frame around the area: its bounding box with a tenth of a margin on each side, and a height
 * that keeps the shape true at the area's latitude (a degree of longitude is cos(lat) of a degree of
 * latitude), between half and one and a half times the width.
 */
export function mapFrame(geometry: PolygonGeometry): MapFrame {
  const points = ringsOf(geometry).flat();
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const padLon = (maxLon - minLon) * 0.1 || 0.001;
  const padLat = (maxLat - minLat) * 0.1 || 0.001;
  const frame = {
    west: minLon - padLon,
    east: maxLon + padLon,
    south: minLat - padLat,
    north: maxLat + padLat,
  };
  const cos = Math.cos((((frame.north + frame.south) / 2) * Math.PI) / 180);
  const ratio = (frame.north - frame.south) / ((frame.east - frame.west) * cos);
  const height = Math.round(mapWidth * Math.min(1.5, Math.max(0.5, ratio)));
  return { ...frame, width: mapWidth, height };
}

/** Pixel (x right, y down) of a point in the frame. */
export function pixelOf(frame: MapFrame, point: { lat: number; lon: number }) {
  return {
    x: ((point.lon - frame.west) / (frame.east - frame.west)) * frame.width,
    y: ((frame.north - point.lat) / (frame.north - frame.south)) * frame.height,
  };
}

/** The point a click at pixel (x, y) stands for; null for a click outside the drawing. */
export function pointOf(frame: MapFrame, x: number, y: number): { lat: number; lon: number } | null {
  if (!(x >= 0 && y >= 0 && x <= frame.width && y <= frame.height)) return null;
  return {
    lat: frame.north - (y / frame.height) * (frame.north - frame.south),
    lon: frame.west + (x / frame.width) * (frame.east - frame.west),
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The SVG: the area's outline, and a marker at the chosen point. */
export function mapSvg(
  geometry: PolygonGeometry,
  marked: { lat: number; lon: number } | null,
  title: string,
): string {
  const frame = mapFrame(geometry);
  const paths = ringsOf(geometry)
    .map(
      (ring) =>
        `M${ring
          .map((p) => pixelOf(frame, { lon: p[0], lat: p[1] }))
          .map(({ x, y }) => `${r1(x)},${r1(y)}`)
          .join('L')}Z`,
    )
    .join('');
  const marker = marked
    ? (({ x, y }) =>
        `<circle cx="${r1(x)}" cy="${r1(y)}" r="9" fill="#c92a2a" stroke="#fff" stroke-width="3"/>`)(
        pixelOf(frame, marked),
      )
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" role="img"><title>${escapeHtml(title)}</title><rect width="100%" height="100%" fill="#eef3ea"/><path d="${paths}" fill="#cfe3c4" fill-rule="evenodd" stroke="#2b6a3a" stroke-width="2"/>${marker}</svg>`;
}
