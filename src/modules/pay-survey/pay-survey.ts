/**
 * One year's pay survey from HR's salary rows, as docs/pay-survey.md defines it: equal work (per
 * work group), work of equal value (per job-value level, and women-dominated groups against the
 * groups valued the same or lower), the EU Pay Transparency metrics (Art. 9(1) a–g) and the adjusted
 * gap. Unpublished: every figure in here goes out through `publishPaySurvey`.
 */
import { type AdjustedGap, adjustedPayGap } from './adjusted-gap';
import {
  type EqualValueComparison,
  type WorkGroupProfile,
  womenDominatedComparisons,
  workGroupProfiles,
} from './equal-value';
import {
  allEmployees,
  type CategoryFigures,
  type CategoryKey,
  categoryFigures,
  levelKey,
  type PayQuartile,
  type PayUnit,
  payQuartiles,
  payUnits,
  workGroupKey,
} from './pay-statistics';
import type { SalaryRow } from './salary-row';

export type PaySurvey = {
  year: number;
  /** Every employee of the year, gender `other` included. */
  employees: number;
  /** The whole organisation: EU metrics (a)–(e) are its figures. */
  overall: CategoryFigures;
  /** Equal work, and EU metric (g) by work group (`level`: the group's, see WorkGroupProfile). */
  workGroups: (CategoryFigures & { workGroup: string; level: number })[];
  /** Work of equal value by level, and EU metric (g) by level. */
  levels: (CategoryFigures & { level: number })[];
  /** Each work group's level, gender mix and mean pay level. */
  groupProfiles: WorkGroupProfile[];
  /** Women-dominated groups against the groups at the same or a lower level. */
  equalValue: EqualValueComparison[];
  /** EU metric (f). */
  quartiles: PayQuartile[];
  adjusted: AdjustedGap | null;
  /** Women and men per work group × level: what the publication layer protects. */
  units: PayUnit[];
};

export type PaySurveyOptions = {
  /** Categories HR has explained with objective, gender-neutral reasons (keys as `workGroupKey`, `levelKey`). */
  explained?: Iterable<CategoryKey>;
};

/** The year's survey from the rows of that year (rows of other years are left out). */
export function paySurvey(
  year: number,
  rows: readonly SalaryRow[],
  options: PaySurveyOptions = {},
): PaySurvey {
  const inYear = rows.filter((r) => r.year === year);
  const explained = new Set(options.explained ?? []);
  const levels = [...new Set(inYear.map((r) => r.jobValueLevel))].sort((a, b) => a - b);
  const groupProfiles = workGroupProfiles(inYear);
  return {
    year,
    employees: inYear.length,
    overall: categoryFigures(allEmployees, inYear, explained),
    workGroups: groupProfiles.map(({ workGroup, level }) => ({
      workGroup,
      level,
      ...categoryFigures(
        workGroupKey(workGroup),
        inYear.filter((r) => r.workGroup === workGroup),
        explained,
      ),
    })),
    levels: levels.map((level) => ({
      level,
      ...categoryFigures(
        levelKey(level),
        inYear.filter((r) => r.jobValueLevel === level),
        explained,
      ),
    })),
    groupProfiles,
    equalValue: womenDominatedComparisons(groupProfiles),
    quartiles: payQuartiles(inYear),
    adjusted: adjustedPayGap(inYear),
    units: payUnits(inYear),
  };
}
