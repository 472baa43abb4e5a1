import 'leaflet/dist/leaflet.css';
import { Text } from '@mantine/core';
import type { MultiPolygon, Polygon } from 'geojson';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type MapFeature = {
  id: string;
  geometry: Polygon | MultiPolygon;
  /** Shown as the tooltip, as text (never read as HTML). */
  label: string;
  color?: string;
  fillOpacity?: number;
  weight?: number;
  dashed?: boolean;
};

type PolygonMapProps = {
  features: readonly MapFeature[];
  /** Names the map for screen readers; give a table with the same facts beside it. */
  ariaLabel: string;
  /** A raster tile URL template; without it only the polygons are drawn (no external server). */
  tileUrl?: string | null;
  height?: number | string;
  onSelect?: (id: string) => void;
};

/**
 * Leaflet puts a string tooltip into the page as HTML: an area named `<img src=x onerror=…>` would run
 * its script for everyone who opens the map. An element with the name as its text node shows it as it is.
 */
function textTooltip(label: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = label;
  return element;
}

/**
 * GeoJSON polygons on a Leaflet map, fitted to their bounds. No tile layer unless one is
 * configured, so nothing is fetched from outside.
 */
export function PolygonMap({ features, ariaLabel, tileUrl, height = 420, onSelect }: PolygonMapProps) {
  const { t } = useTranslation('common');
  const box = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.FeatureGroup | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = L.map(box.current, { zoomSnap: 0.25, attributionControl: Boolean(tileUrl) });
    if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(instance);
    layer.current = L.featureGroup().addTo(instance);
    map.current = instance;
    // A new size (phone rotated, navigation drawer) redraws and fits the polygons again.
    const observer = new ResizeObserver(() => {
      instance.invalidateSize();
      const bounds = layer.current?.getBounds();
      if (bounds?.isValid()) instance.fitBounds(bounds, { padding: [16, 16] });
    });
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.remove();
      map.current = null;
    };
  }, [tileUrl]);

  useEffect(() => {
    const group = layer.current;
    if (!group || !map.current) return;
    group.clearLayers();
    for (const feature of features) {
      const shape = L.geoJSON(feature.geometry, {
        style: {
          color: feature.color ?? '#1c5d99',
          weight: feature.weight ?? 2,
          fillOpacity: feature.fillOpacity ?? 0.25,
          dashArray: feature.dashed ? '6 4' : undefined,
        },
      });
      shape.bindTooltip(textTooltip(feature.label), { sticky: true });
      if (onSelect) shape.on('click', () => onSelect(feature.id));
      group.addLayer(shape);
    }
    const bounds = group.getBounds();
    if (bounds.isValid()) map.current.fitBounds(bounds, { padding: [16, 16] });
    else map.current.setView([59.61, 16.55], 11);
  }, [features, onSelect]);

  return (
    <div>
      <section ref={box} aria-label={ariaLabel} className="gs-map" style={{ height, width: '100%' }} />
      {features.length === 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('map.noGeometry')}
        </Text>
      )}
    </div>
  );
}
