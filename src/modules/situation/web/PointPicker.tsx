import 'leaflet/dist/leaflet.css';
import { SimpleGrid, Text, TextInput } from '@mantine/core';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Geometry } from './queries';

type Props = {
  /** The chosen area's shape; without one the point is typed in. */
  geometry: Geometry | null;
  tileUrl?: string | null;
  lat: string;
  lon: string;
  onChange: (point: { lat: string; lon: string }) => void;
};

const six = (x: number) => x.toFixed(6);

/**
 * An optional map point inside the area: a click on the area's map sets it; the two fields below
 * hold the same point for keyboards and screen readers (and areas without a drawn shape).
 */
export function PointPicker({ geometry, tileUrl, lat, lon, onChange }: Props) {
  const { t } = useTranslation('situation');
  const box = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.CircleMarker | null>(null);
  const change = useRef(onChange);
  change.current = onChange;

  useEffect(() => {
    if (!box.current || !geometry) return;
    const instance = L.map(box.current, { zoomSnap: 0.25, attributionControl: Boolean(tileUrl) });
    if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(instance);
    const shape = L.geoJSON(geometry, { style: { color: '#1c5d99', weight: 2, fillOpacity: 0.15 } });
    shape.addTo(instance);
    instance.fitBounds(shape.getBounds(), { padding: [12, 12] });
    // Clicks on the shape and on the map both place the point; the server refuses one outside the area.
    const place = (e: L.LeafletMouseEvent) =>
      change.current({ lat: six(e.latlng.lat), lon: six(e.latlng.lng) });
    instance.on('click', place);
    shape.on('click', place);
    map.current = instance;
    return () => {
      instance.remove();
      map.current = null;
      marker.current = null;
    };
  }, [geometry, tileUrl]);

  useEffect(() => {
    const instance = map.current;
    if (!instance) return;
    const point = [Number(lat.replace(',', '.')), Number(lon.replace(',', '.'))] as [number, number];
    const valid = lat !== '' && lon !== '' && point.every(Number.isFinite);
    if (!valid) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (marker.current) marker.current.setLatLng(point);
    else
      marker.current = L.circleMarker(point, { radius: 7, color: '#c92a2a', fillOpacity: 0.8 }).addTo(
        instance,
      );
  }, [lat, lon]);

  return (
    <div>
      {geometry && (
        <>
          <Text size="sm" fw={500} mb={4}>
            {t('report.point')}
          </Text>
          <section
            ref={box}
            aria-label={t('report.pointMap')}
            className="gs-map"
            style={{ height: 220, width: '100%', cursor: 'crosshair' }}
          />
        </>
      )}
      <SimpleGrid cols={2} mt="xs">
        <TextInput
          label={t('report.lat')}
          value={lat}
          onChange={(e) => onChange({ lat: e.currentTarget.value, lon })}
          inputMode="decimal"
        />
        <TextInput
          label={t('report.lon')}
          value={lon}
          onChange={(e) => onChange({ lat, lon: e.currentTarget.value })}
          inputMode="decimal"
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={4}>
        {t('report.pointHint')}
      </Text>
    </div>
  );
}
