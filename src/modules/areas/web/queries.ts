import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { Area, AreaProfile, District, DistrictProfile, PlaceHit, Property } from '../areas.contract';

export type {
  Area,
  AreaProfile,
  District,
  DistrictProfile,
  Geometry,
  PlaceHit,
  ProfileFigure,
  ProfilePoint,
  ProfileSection,
  ProfileSeries,
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
  /** A district's profile for a year: its facts, its areas and every module's section for it. */
  districtProfile: (id: string, year: number) =>
    queryOptions({
      queryKey: [...areaQueries.all(), 'district', id, 'profile', year],
      queryFn: () => api.get<DistrictProfile>(`/districts/${encodeURIComponent(id)}/profile?year=${year}`),
    }),
  /** Areas and districts whose name or code holds the query (the header's search); none for an empty one. */
  search: (q: string) =>
    queryOptions({
      queryKey: [...areaQueries.all(), 'search', q],
      queryFn: () => api.get<PlaceHit[]>(`/areas/search?q=${encodeURIComponent(q)}`),
      enabled: q.trim().length > 0,
      staleTime: 30_000,
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
