/**
 * The pay survey as it may leave the server: every figure through core's publication layer
 * (docs/disclosure.md, kind `pay`). The layer protects one table whose cells are the organisation,
 * each work group and each job-value level — two partitions of the same employees, as quarters and
 * tertials are of a year — over units of work group × level, with women and men as its measures. A
 * category with fewer than the threshold of either is hidden, and so is whatever would let it be
 * worked out by subtraction (the organisation minus the other groups, a level minus its groups).
 * Variable pay rests on those who received it, so it has a table of its own over the same cells, and
 * is shown only where the category's basic figures are shown too. The quartile bands are a third
 * table (the organisation → four bands). Means and medians are rounded as the layer rounds a mean,
 * gaps and shares as it rounds a share.
 */
import {
  type Dimension,
  type DisclosureThresholds,
  flatDimension,
  type HiddenReason,
  type ProtectedTable,
  protectTable,
  roundInterval,
  roundMean,
  roundShare,
  unitKey,
} from '../../core/disclosure';
import type { EqualValueComparison } from './equal-value';
import {
  allEmployees,
  type CategoryFigures,
  type CategoryKey,
  type Comparison,
  type GenderFigures,
  levelKey,
  type PayGapFlag,
  type PayQuartile,
  type PayUnit,
  workGroupKey,
} from './pay-statistics';
import type { PaySurvey } from './pay-survey';

const leafOf = (u: Pick<PayUnit, 'workGroup' | 'level'>) => JSON.stringify([u.workGroup, u.level]);

/** The organisation, its work groups and its levels, over the leaves work group × level. */
export function categoryDimension(units: readonly PayUnit[]): Dimension {
  const membersBy = (key: (u: PayUnit) => CategoryKey) => {
    const members = new Map<CategoryKey, string[]>();
    for (const u of units) members.set(key(u), [...(members.get(key(u)) ?? []), leafOf(u)]);
    return members;
  };
  const groups = membersBy((u) => workGroupKey(u.workGroup));
  const levels = membersBy((u) => levelKey(u.level));
  return {
    members: [
      { id: allEmployees, leaves: units.map(leafOf) },
      ...[...groups, ...levels].map(([id, leaves]) => ({ id, leaves })),
    ],
    partitions: [
      { parent: allEmployees, children: [...groups.keys()] },
      { parent: allEmployees, children: [...levels.keys()] },
    ],
  };
}

function protectCategories(units: readonly PayUnit[], threshold: number, measures: (u: PayUnit) => number[]) {
  return protectTable({
    threshold,
    dimensions: [categoryDimension(units)],
    units: new Map(units.map((u) => [unitKey([leafOf(u)]), measures(u)])),
  });
}

export type PublishedFigures = { n: number | null; mean: number | null; median: number | null };

export type PublishedComparison = {
  women: PublishedFigures;
  men: PublishedFigures;
  meanGap: number | null;
  medianGap: number | null;
  /** Why the comparison is hidden; null when it is shown. */
  reason: HiddenReason | null;
};

export type PublishedCategory = {
  key: CategoryKey;
  basic: PublishedComparison;
  variable: PublishedComparison;
  receivingVariable: { women: number | null; men: number | null };
  /** Null unless every figure the flag is read from is shown (HR sees every flag in the survey itself). */
  flag: PayGapFlag | null;
};

const hiddenFigures: PublishedFigures = { n: null, mean: null, median: null };

function publishFigures(f: GenderFigures): PublishedFigures {
  const round = (v: number | null) => (v === null ? null : roundMean(v, f.n));
  return { n: f.n, mean: round(f.mean), median: round(f.median) };
}

function publishComparison(c: Comparison, reason: HiddenReason | null): PublishedComparison {
  if (reason) return { women: hiddenFigures, men: hiddenFigures, meanGap: null, medianGap: null, reason };
  const n = c.women.n + c.men.n;
  const round = (gap: number | null) => (gap === null ? null : roundShare(gap, n));
  return {
    women: publishFigures(c.women),
    men: publishFigures(c.men),
    meanGap: round(c.meanGap),
    medianGap: round(c.medianGap),
    reason: null,
  };
}

function publishCategory(
  c: CategoryFigures,
  basicTable: ProtectedTable,
  variableTable: ProtectedTable,
): PublishedCategory {
  const basicReason = basicTable.hiddenReason([c.key]);
  const variableReason = basicReason ?? variableTable.hiddenReason([c.key]);
  const share = (value: number | null, n: number) =>
    variableReason || value === null ? null : roundShare(value, n);
  return {
    key: c.key,
    basic: publishComparison(c.basic, basicReason),
    variable: publishComparison(c.variable, variableReason),
    receivingVariable: {
      women: share(c.receivingVariable.women, c.basic.women.n),
      men: share(c.receivingVariable.men, c.basic.men.n),
    },
    flag: variableReason ? null : c.flag,
  };
}

export type PublishedQuartile = {
  quartile: PayQuartile['quartile'];
  womenShare: number | null;
  menShare: number | null;
  ofAllWomen: number | null;
  ofAllMen: number | null;
  reason: HiddenReason | null;
};

function publishQuartiles(quartiles: readonly PayQuartile[], threshold: number): PublishedQuartile[] {
  const id = (q: PayQuartile) => `Q${q.quartile}`;
  const table = protectTable({
    threshold,
    dimensions: [flatDimension(allEmployees, quartiles.map(id))],
    units: new Map(quartiles.map((q) => [unitKey([id(q)]), [q.women, q.men]])),
  });
  const women = quartiles.reduce((s, q) => s + q.women, 0);
  const men = quartiles.reduce((s, q) => s + q.men, 0);
  return quartiles.map((q) => {
    const reason = table.hiddenReason([id(q)]) ?? table.hiddenReason([allEmployees]);
    const round = (v: number | null, n: number) => (reason || v === null ? null : roundShare(v, n));
    return {
      quartile: q.quartile,
      womenShare: round(q.womenShare, q.women + q.men),
      menShare: round(q.menShare, q.women + q.men),
      ofAllWomen: round(q.ofAllWomen, women),
      ofAllMen: round(q.ofAllMen, men),
      reason,
    };
  });
}

export type PublishedEqualValue = Omit<EqualValueComparison, 'womenGroupMean' | 'otherGroupMean'> & {
  womenGroupMean: number;
  otherGroupMean: number;
};

export type PublishedAdjustedGap = {
  value: number | null;
  low: number | null;
  high: number | null;
  n: number | null;
  reason: HiddenReason | null;
};

export type PublishedPaySurvey = {
  year: number;
  /** The pay threshold in force: fewer women or men than this in a category hide it. */
  threshold: number;
  overall: PublishedCategory;
  workGroups: (PublishedCategory & { workGroup: string; level: number })[];
  levels: (PublishedCategory & { level: number })[];
  /**
   * The comparisons whose two groups are both shown; one with a hidden group is left out (even its
   * presence would tell that a hidden group is women-dominated).
   */
  equalValue: PublishedEqualValue[];
  quartiles: PublishedQuartile[];
  adjusted: PublishedAdjustedGap;
};

/** The survey as it may be shown to anyone without access to salaries (docs/pay-survey.md). */
export function publishPaySurvey(
  survey: PaySurvey,
  thresholds: Pick<DisclosureThresholds, 'pay'>,
): PublishedPaySurvey {
  const threshold = thresholds.pay;
  const basicTable = protectCategories(survey.units, threshold, (u) => [u.women, u.men]);
  const variableTable = protectCategories(survey.units, threshold, (u) => [u.womenReceiving, u.menReceiving]);
  const publish = (c: CategoryFigures) => publishCategory(c, basicTable, variableTable);
  const shown = (workGroup: string) => basicTable.hiddenReason([workGroupKey(workGroup)]) === null;
  const sizeOf = new Map(survey.groupProfiles.map((p) => [p.workGroup, p.women + p.men]));
  const overallReason = basicTable.hiddenReason([allEmployees]);
  const adjusted = survey.adjusted;
  const roundGap = (v: number) => (adjusted ? roundShare(v, adjusted.n) : null);
  return {
    year: survey.year,
    threshold,
    overall: publish(survey.overall),
    workGroups: survey.workGroups.map((g) => ({ ...publish(g), workGroup: g.workGroup, level: g.level })),
    levels: survey.levels.map((l) => ({ ...publish(l), level: l.level })),
    equalValue: survey.equalValue
      .filter((c) => shown(c.womenGroup) && shown(c.otherGroup))
      .map((c) => ({
        ...c,
        womenGroupMean: roundMean(c.womenGroupMean, sizeOf.get(c.womenGroup)!),
        otherGroupMean: roundMean(c.otherGroupMean, sizeOf.get(c.otherGroup)!),
      })),
    quartiles: publishQuartiles(survey.quartiles, threshold),
    adjusted:
      overallReason || !adjusted
        ? { value: null, low: null, high: null, n: null, reason: overallReason }
        : {
            value: roundGap(adjusted.value),
            // Rounded outwards, not cut at 0: a pay gap's interval may lie below 0.
            ...roundInterval(adjusted.low, adjusted.high, adjusted.n, { signed: true }),
            n: adjusted.n,
            reason: null,
          },
  };
}
