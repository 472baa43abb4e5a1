/**
 * Results of groups (organisation → district → area) for a period, from monthly roll-ups: pure
 * functions, so the API, the export and the report show exactly the same figures and suppression.
 */
import type { IndexCell } from './rollups';
import {
  addSums,
  addTally,
  type Change,
  changeAgainstTarget,
  changeBetween,
  drivers,
  emptySums,
  emptyTally,
  indexResult,
  type QuestionTally,
  questionResult,
  shareSe,
  statusAgainstTarget,
  suppressedGroups,
  type TargetStatus,
} from './statistics';

export type AreaNode = { id: string; code: string; name: string; districtId: string; districtName: string };
export type IndexRollupRow = IndexCell & { areaId: string; month: string };
export type QuestionRollupRow = QuestionTally & { areaId: string; month: string; code: string };
export type Targets = { organisation: number | null; byArea: Map<string, number> };

export type Level = 'organisation' | 'district' | 'area';

export type GroupResult = {
  level: Level;
  id: string;
  name: string;
  code: string | null;
  parentId: string | null;
  respondents: number;
  /** Too few answers to show: value, bounds and change are null. */
  suppressed: boolean;
  value: number | null;
  low: number | null;
  high: number | null;
  target: number | null;
  status: TargetStatus | null;
  change: Change | null;
  changeVsTarget: Change | null;
};

export const organisationGroupId = 'organisation';

type Cell = IndexCell;
const emptyCell = (): Cell => ({ ...emptySums(), respondents: 0 });
const addCell = (a: Cell, b: Cell): Cell => ({
  ...addSums(a, b),
  respondents: a.respondents + b.respondents,
});

/** Sums each area's index cells over the months of a period. */
export function cellsByArea(rows: readonly IndexRollupRow[], months: ReadonlySet<string>): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const r of rows) {
    if (!months.has(r.month)) continue;
    out.set(r.areaId, addCell(out.get(r.areaId) ?? emptyCell(), r));
  }
  return out;
}

type Group = {
  level: Level;
  id: string;
  name: string;
  code: string | null;
  parentId: string | null;
  cell: Cell;
};

/** The organisation, its districts and its areas with their summed cells. */
export function groupTree(areas: readonly AreaNode[], cells: Map<string, Cell>): Group[] {
  const org: Group = {
    level: 'organisation',
    id: organisationGroupId,
    name: '',
    code: null,
    parentId: null,
    cell: emptyCell(),
  };
  const districts = new Map<string, Group>();
  const areaGroups: Group[] = [];
  for (const a of areas) {
    const cell = cells.get(a.id) ?? emptyCell();
    let d = districts.get(a.districtId);
    if (!d) {
      d = {
        level: 'district',
        id: a.districtId,
        name: a.districtName,
        code: null,
        parentId: org.id,
        cell: emptyCell(),
      };
      districts.set(a.districtId, d);
    }
    d.cell = addCell(d.cell, cell);
    org.cell = addCell(org.cell, cell);
    areaGroups.push({ level: 'area', id: a.id, name: a.name, code: a.code, parentId: a.districtId, cell });
  }
  return [org, ...districts.values(), ...areaGroups];
}

/** Which groups of a tree are hidden (primary and complementary suppression on respondents). */
export function hiddenGroups(groups: readonly Group[], minRespondents: number): Set<string> {
  return suppressedGroups(
    groups.map((g) => ({ id: g.id, parentId: g.parentId, n: g.cell.respondents })),
    minRespondents,
  );
}

export function targetFor(targets: Targets, level: Level, id: string): number | null {
  if (level === 'area') return targets.byArea.get(id) ?? targets.organisation;
  return targets.organisation;
}

/**
 * Every group's index for a period, with target status and change against the previous period.
 * Suppressed groups (in either period) carry no figures and no change.
 */
export function groupResults(input: {
  areas: readonly AreaNode[];
  current: Map<string, Cell>;
  previous: Map<string, Cell>;
  targets: Targets;
  minRespondents: number;
  organisationName: string;
}): GroupResult[] {
  const now = groupTree(input.areas, input.current);
  const before = groupTree(input.areas, input.previous);
  const hiddenNow = hiddenGroups(now, input.minRespondents);
  const hiddenBefore = hiddenGroups(before, input.minRespondents);
  const beforeById = new Map(before.map((g) => [g.id, g]));
  return now.map((g) => {
    const target = targetFor(input.targets, g.level, g.id);
    const base = {
      level: g.level,
      id: g.id,
      name: g.level === 'organisation' ? input.organisationName : g.name,
      code: g.code,
      parentId: g.parentId,
      respondents: g.cell.respondents,
      target,
    };
    const result = hiddenNow.has(g.id) ? null : indexResult(g.cell);
    if (!result) {
      return {
        ...base,
        suppressed: hiddenNow.has(g.id),
        value: null,
        low: null,
        high: null,
        status: null,
        change: null,
        changeVsTarget: null,
      };
    }
    const prev = hiddenBefore.has(g.id) ? null : indexResult(beforeById.get(g.id)!.cell);
    return {
      ...base,
      suppressed: false,
      value: result.value,
      low: result.low,
      high: result.high,
      status: statusAgainstTarget(result, target),
      change: prev ? changeBetween(result, prev) : null,
      changeVsTarget: target === null ? null : changeAgainstTarget(result, target),
    };
  });
}

// ── Questions and drivers of one group ─────────────────────────────────────────

export type QuestionResultRow = {
  code: string;
  suppressed: boolean;
  valid: number;
  dontKnow: number;
  value: number | null;
  low: number | null;
  high: number | null;
  correlation: number | null;
  change: Change | null;
};

/** Sums question tallies over a set of areas and months. */
export function talliesFor(
  rows: readonly QuestionRollupRow[],
  areaIds: ReadonlySet<string>,
  months: ReadonlySet<string>,
): Map<string, QuestionTally> {
  const out = new Map<string, QuestionTally>();
  for (const r of rows) {
    if (!areaIds.has(r.areaId) || !months.has(r.month)) continue;
    out.set(r.code, addTally(out.get(r.code) ?? emptyTally(), r));
  }
  return out;
}

/** The areas of a group (the organisation, a district or one area). */
export function areasOfGroup(areas: readonly AreaNode[], groupId: string): Set<string> {
  if (groupId === organisationGroupId) return new Set(areas.map((a) => a.id));
  const inDistrict = areas.filter((a) => a.districtId === groupId);
  if (inDistrict.length) return new Set(inDistrict.map((a) => a.id));
  return new Set(areas.filter((a) => a.id === groupId).map((a) => a.id));
}

/**
 * Each question's result for one group, its driver correlation and change. A question is hidden
 * for the group when its valid answers are too few — with complementary suppression over the whole
 * tree, per question, so a hidden area's answers cannot be had as district minus the other areas.
 */
export function questionResults(input: {
  areas: readonly AreaNode[];
  rows: readonly QuestionRollupRow[];
  months: ReadonlySet<string>;
  previousMonths: ReadonlySet<string>;
  groupId: string;
  codes: readonly string[];
  minRespondents: number;
}): QuestionResultRow[] {
  const members = areasOfGroup(input.areas, input.groupId);
  const current = talliesFor(input.rows, members, input.months);
  const previous = talliesFor(input.rows, members, input.previousMonths);
  const correlation = new Map(drivers(current).map((d) => [d.code, d.correlation]));
  const hiddenIn = (months: ReadonlySet<string>, code: string) => {
    const valid = new Map<string, number>();
    for (const r of input.rows) {
      if (r.code === code && months.has(r.month)) valid.set(r.areaId, (valid.get(r.areaId) ?? 0) + r.valid);
    }
    const cells = new Map([...valid].map(([id, v]) => [id, { ...emptySums(), respondents: v }]));
    return hiddenGroups(groupTree(input.areas, cells), input.minRespondents).has(input.groupId);
  };
  return input.codes.map((code) => {
    const t = current.get(code) ?? emptyTally();
    const p = previous.get(code) ?? emptyTally();
    const suppressed = hiddenIn(input.months, code);
    const r = suppressed ? null : questionResult(t);
    const pr = hiddenIn(input.previousMonths, code) ? null : questionResult(p);
    return {
      code,
      suppressed,
      valid: t.valid,
      dontKnow: t.dontKnow,
      value: r?.value ?? null,
      low: r?.low ?? null,
      high: r?.high ?? null,
      correlation: suppressed || t.pairN < input.minRespondents ? null : (correlation.get(code) ?? null),
      change:
        r && pr
          ? changeBetween(
              { value: r.value, se: shareSe(t.top, t.valid) },
              { value: pr.value, se: shareSe(p.top, p.valid) },
            )
          : null,
    };
  });
}
