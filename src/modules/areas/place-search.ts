import { type Actor, assertCan, can } from '../../core/auth/access';
import type { ServiceContext } from '../../core/module';
import type { PlaceHit } from './areas.contract';
import { areaPermissions as p } from './areas.policy';
import { listAreas, listDistricts } from './areas.service';

/** At most this many hits: the header's list is for jumping, not browsing. */
export const maxPlaceHits = 10;

/** Lower case without diacritics, so "backby" and "BÄCKBY" find Bäckby (and "o" finds ö). */
export const searchKey = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv').trim();

/** How well a place matches: 0 its code, 1 the start of its name, 2 the start of a word, 3 inside; null none. */
function rank(query: string, name: string, code: string | null): number | null {
  const n = searchKey(name);
  if (code !== null && searchKey(code) === query) return 0;
  if (n.startsWith(query)) return 1;
  if (n.split(/[\s-]+/).some((word) => word.startsWith(query))) return 2;
  if (n.includes(query) || (code !== null && searchKey(code).includes(query))) return 3;
  return null;
}

/**
 * The places matching a query, best first (then districts before areas, then by name), at most
 * `maxPlaceHits`. Case and diacritics do not matter.
 */
export function matchPlaces(query: string, places: readonly PlaceHit[]): PlaceHit[] {
  const q = searchKey(query);
  if (!q) return [];
  return places
    .map((place) => ({ place, rank: rank(q, place.name, place.code) }))
    .filter((x): x is { place: PlaceHit; rank: number } => x.rank !== null)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.place.kind === b.place.kind ? 0 : a.place.kind === 'district' ? -1 : 1) ||
        a.place.name.localeCompare(b.place.name, 'sv'),
    )
    .slice(0, maxPlaceHits)
    .map((x) => x.place);
}

/**
 * The areas and districts the actor may see whose name or code matches the query: a host their
 * own areas and only a district whose areas are all theirs; never another organisation's.
 */
export async function searchPlaces(ctx: ServiceContext, actor: Actor, query: string): Promise<PlaceHit[]> {
  assertCan(actor, p['areas.read']);
  const [areas, everyArea, districts] = await Promise.all([
    listAreas(ctx, actor),
    listAreas(ctx, { ...actor, areaIds: 'all' }),
    listDistricts(ctx, actor),
  ]);
  const seen = districts.filter((d) => {
    const own = everyArea.filter((a) => a.districtId === d.id);
    return actor.areaIds === 'all' || (own.length > 0 && own.every((a) => can(actor, p['areas.read'], a.id)));
  });
  const places: PlaceHit[] = [
    ...seen.map((d) => ({
      kind: 'district' as const,
      id: d.id,
      name: d.name,
      code: null,
      districtName: null,
    })),
    ...areas.map((a) => ({
      kind: 'area' as const,
      id: a.id,
      name: a.name,
      code: a.code,
      districtName: a.districtName,
    })),
  ];
  return matchPlaces(query, places);
}
