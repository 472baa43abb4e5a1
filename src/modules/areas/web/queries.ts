import { queryOptions } from '@tanstack/react-query';
import type { MultiPolygon, Polygon } from 'geojson';
import { api } from '../../../web/api';

export type Geometry = Polygon | MultiPolygon;
export type District = { id: string; name: string; geometry: Geometry | null };
export type Area = {
  id: string;
  districtId: string;
  districtName: string;
  code: string;
  name: string;
  geometry: Geometry | null;
  households: number;
  properties: number;
};
export type Property = {
  id: string;
  areaId: string;
  code: string;
  address: string;
  households: number;
  lat: number | null;
  lon: number | null;
};

export type ProfileFigure = {
  label: string;
  value: number | null;
  unit: 'fraction' | 'count' | 'days' | 'hours' | 'per_1000' | 'sek';
  suppressed?: boolean;
  note?: string;
};
export type ProfileTable = { caption: string; columns: string[]; rows: (string | number | null)[][] };
export type ProfileSection = {
  module: string;
  title: string;
  figures: ProfileFigure[];
  tables?: ProfileTable[];
};
/** GET /areas/:id/profile: the area and every module's section for the year. */
export type AreaProfile = { area: Area; year: number; sections: ProfileSection[] };

/** Query keys and fetchers of this module: areaQueries.areas() → ['areas', 'areas']. */
export const areaQueries = {
  all: () => ['areas'] as const,
  districts: () =>
    queryOptions({ queryKey: ['areas', 'districts'], queryFn: () => api.get<District[]>('/districts') }),
  areas: () => queryOptions({ queryKey: ['areas', 'areas'], queryFn: () => api.get<Area[]>('/areas') }),
  profile: (areaId: string, year: number) =>
    queryOptions({
      queryKey: ['areas', 'profile', areaId, year],
      queryFn: () => api.get<AreaProfile>(`/areas/${encodeURIComponent(areaId)}/profile?year=${year}`),
    }),
  properties: (areaId: string) =>
    queryOptions({
      queryKey: ['areas', 'properties', areaId],
      queryFn: () => api.get<Property[]>(`/properties?areaId=${encodeURIComponent(areaId)}`),
    }),
};

/** Households and areas per district, in name order, for the overview table. */
export function districtTotals(districts: District[], areas: Area[]) {
  return districts
    .map((d) => {
      const own = areas.filter((a) => a.districtId === d.id);
      return {
        id: d.id,
        name: d.name,
        areas: own.length,
        properties: own.reduce((sum, a) => sum + a.properties, 0),
        households: own.reduce((sum, a) => sum + a.households, 0),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
