/**
 * The dimensions modules publish along: the organisation's areas (organisation → district → area),
 * the calendar (year → quarters and tertials → months), and flat lists (all programmes → each one).
 */
import type { Dimension, Member, Partition } from './table';

export const organisationMember = 'organisation';

export type AreaNode = { id: string; districtId: string };

/** Organisation → districts → areas; leaves are the areas. */
export function areaDimension(areas: readonly AreaNode[]): Dimension {
  const districts = new Map<string, string[]>();
  for (const a of areas) districts.set(a.districtId, [...(districts.get(a.districtId) ?? []), a.id]);
  const members: Member[] = [
    { id: organisationMember, leaves: areas.map((a) => a.id) },
    ...[...districts].map(([id, leaves]) => ({ id, leaves })),
    ...areas.map((a) => ({ id: a.id, leaves: [a.id] })),
  ];
  const partitions: Partition[] = [
    { parent: organisationMember, children: [...districts.keys()] },
    ...[...districts].map(([parent, children]) => ({ parent, children })),
  ];
  return { members, partitions };
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthsOf = (year: number, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `${year}-${pad(from + i)}`);

/**
 * One calendar year: its months ("2025-07"), quarters ("2025-Q3"), optionally tertials ("2025-T2")
 * and the year ("2025"). Years never overlap, so each year is protected on its own.
 */
export function calendarDimension(year: number, options: { tertials?: boolean } = {}): Dimension {
  const months = monthsOf(year, 1, 12);
  const quarters = [1, 2, 3, 4].map((q) => ({ id: `${year}-Q${q}`, leaves: monthsOf(year, q * 3 - 2, 3) }));
  const tertials = options.tertials
    ? [1, 2, 3].map((t) => ({ id: `${year}-T${t}`, leaves: monthsOf(year, t * 4 - 3, 4) }))
    : [];
  const members: Member[] = [
    { id: String(year), leaves: months },
    ...quarters,
    ...tertials,
    ...months.map((m) => ({ id: m, leaves: [m] })),
  ];
  const partitions: Partition[] = [
    { parent: String(year), children: quarters.map((q) => q.id) },
    ...quarters.map((q) => ({ parent: q.id, children: q.leaves })),
    ...(tertials.length ? [{ parent: String(year), children: tertials.map((t) => t.id) }] : []),
    ...tertials.map((t) => ({ parent: t.id, children: t.leaves })),
  ];
  return { members, partitions };
}

/** A total and its parts (all programmes → each programme); leaves are the parts. */
export function flatDimension(totalId: string, partIds: readonly string[]): Dimension {
  return {
    members: [{ id: totalId, leaves: [...partIds] }, ...partIds.map((id) => ({ id, leaves: [id] }))],
    partitions: [{ parent: totalId, children: [...partIds] }],
  };
}
