/**
 * Results of groups (organisation → district → area) for a run of months, read from the protected
 * table (publication.ts): the API, the export, the area index, the profile and the report show
 * exactly the same figures and the same hidden cells, whoever asks.
 */
import type { HiddenReason } from '../../core/disclosure';
import type { TargetStatus } from '../../core/statistics';
import { type IndexDefinition, indexMonths, type MonthDefinitions } from './definitions';
import { changeOf, indexFigure, verdictOf } from './figures';
import type { Publication } from './publication';
import type { PooledMethod } from './settings';
import type { Change } from './statistics';

export type AreaNode = { id: string; code: string; name: string; districtId: string; districtName: string };
export type Targets = { organisation: number | null; byArea: Map<string, number> };

export type Level = 'organisation' | 'district' | 'area';

export type GroupResult = {
  level: Level;
  id: string;
  name: string;
  code: string | null;
  parentId: string | null;
  /** Contributing respondents (≥ 1 valid index answer); null when the figure is hidden. */
  respondents: number | null;
  suppressed: boolean;
  reason: HiddenReason | null;
  value: number | null;
  low: number | null;
  high: number | null;
  /** How the interval was made: core's logit-t interval, or Wilson where its variance does not exist. */
  interval: 'logit-t' | 'wilson' | null;
  method: PooledMethod;
  responseRate: number | null;
  responseRateBasis: 'invitations' | 'households' | null;
  target: number | null;
  status: TargetStatus | null;
  change: Change | null;
  changeVsTarget: Change | null;
};

export const organisationGroupId = 'organisation';

type Group = { level: Level; id: string; name: string; code: string | null; parentId: string | null };

/** The organisation, its districts and its areas. */
export function groupTree(areas: readonly AreaNode[]): Group[] {
  const districts = new Map<string, Group>();
  for (const a of areas) {
    if (!districts.has(a.districtId)) {
      districts.set(a.districtId, {
        level: 'district',
        id: a.districtId,
        name: a.districtName,
        code: null,
        parentId: organisationGroupId,
      });
    }
  }
  return [
    { level: 'organisation', id: organisationGroupId, name: '', code: null, parentId: null },
    ...districts.values(),
    ...areas.map((a) => ({
      level: 'area' as const,
      id: a.id,
      name: a.name,
      code: a.code,
      parentId: a.districtId,
    })),
  ];
}

export function targetFor(targets: Targets, level: Level, id: string): number | null {
  if (level === 'area') return targets.byArea.get(id) ?? targets.organisation;
  return targets.organisation;
}

/** The areas of a group (the organisation, a district or one area). */
export function areasOfGroup(areas: readonly AreaNode[], groupId: string): Set<string> {
  if (groupId === organisationGroupId) return new Set(areas.map((a) => a.id));
  const inDistrict = areas.filter((a) => a.districtId === groupId);
  if (inDistrict.length) return new Set(inDistrict.map((a) => a.id));
  return new Set(areas.filter((a) => a.id === groupId).map((a) => a.id));
}

/** A key of the index definition a run of months rests on (change is only tested within one). */
function definitionKey(months: readonly string[], definitions: MonthDefinitions): string {
  return [...new Set(months.flatMap((m) => (definitions.get(m) ?? []).map((d) => d.key)))].sort().join('|');
}

export type GroupsInput = {
  pub: Publication;
  definitions: MonthDefinitions;
  months: readonly string[];
  previousMonths: readonly string[] | null;
  targets: Targets;
  method: PooledMethod;
  organisationName: string;
  /** Only this group (the trend asks for one); all when absent. */
  only?: string;
};

/**
 * Every group's index over the months, with target status and change against the previous months.
 * The index rests on one definition (definitions.ts); change only where both periods are shown and
 * rest on the same definition.
 */
export function groupResults(input: GroupsInput): { groups: GroupResult[]; definition: IndexDefinition } {
  const { pub, definitions, method } = input;
  const now = indexMonths(input.months, definitions);
  const before = input.previousMonths ? indexMonths(input.previousMonths, definitions) : null;
  const comparable =
    before !== null &&
    !now.definition.pooled &&
    !before.definition.pooled &&
    definitionKey(now.months, definitions) === definitionKey(before.months, definitions);
  const tree = groupTree(pub.areas).filter((g) => input.only === undefined || g.id === input.only);
  const groups = tree.map((g): GroupResult => {
    const target = targetFor(input.targets, g.level, g.id);
    const figure = indexFigure(pub, g.id, now.months, method);
    const previous = comparable && before ? indexFigure(pub, g.id, before.months, method) : null;
    const verdict = verdictOf(figure.share, target);
    return {
      ...g,
      name: g.level === 'organisation' ? input.organisationName : g.name,
      respondents: figure.share.n,
      suppressed: figure.share.suppressed,
      reason: figure.share.reason,
      value: figure.share.value,
      low: figure.share.low,
      high: figure.share.high,
      interval: figure.share.value === null ? null : (figure.estimate?.method ?? null),
      method: figure.method,
      responseRate: figure.responseRate,
      responseRateBasis: figure.responseRateBasis,
      target,
      status: verdict.status,
      change: changeOf(figure, previous),
      changeVsTarget: verdict.changeVsTarget,
    };
  });
  return { groups, definition: now.definition };
}
