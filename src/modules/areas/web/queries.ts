import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { Area, AreaProfile, District, Property } from '../areas.contract';

export type {
  Area,
  AreaProfile,
  District,
  Geometry,
  ProfileFigure,
  ProfileSection,
  ProfileTable,
  Property,
} from '../areas.contract';

/**
 * The one set of area queries every module's pages use (other modules reach it through
 * `areas/web/index.tsx`): areaQueries.all() → list() → detail(id) → profile(id, year).
 */
export const areaQueries = {
  all: () => ['areas'] as const,
  /** Every area the user may see, with its district, figures and outline. */
  list: () =>
    queryOptions({ queryKey: [...areaQueries.all(), 'list'], queryFn: () => api.get<Area[]>('/areas') }),
  detail: (id: string) => [...areaQueries.all(), 'detail', id] as const,
  profile: (id: string, year: number) =>
    queryOptions({
      queryKey: [...areaQueries.detail(id), 'profile', year],
      queryFn: () => api.get<AreaProfile>(`/areas/${encodeURIComponent(id)}/profile?year=${year}`),
    }),
  districts: () =>
    queryOptions({
      queryKey: [...areaQueries.all(), 'districts'],
      queryFn: () => api.get<District[]>('/districts'),
    }),
  /** An area's properties; waits until an area is chosen. */
  properties: (areaId: string) =>
    queryOptions({
      queryKey: [...areaQueries.all(), 'properties', areaId],
      queryFn: () => api.get<Property[]>(`/properties?areaId=${encodeURIComponent(areaId)}`),
      enabled: Boolean(areaId),
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
