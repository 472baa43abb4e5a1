/**
 * Work of equal value: the Equality Ombudsman's (DO) comparison of women-dominated work groups with
 * the other groups whose work is valued the same or lower. A women-dominated group paid less on
 * average than such a group is flagged for analysis — its work is worth at least as much, yet it is
 * paid less (docs/pay-survey.md).
 */
import { payLevel } from './pay-statistics';
import type { SalaryRow } from './salary-row';

/** A work group is women-dominated when at least this share of its women and men are women (DO: 60 %). */
export const womenDominatedFrom = 0.6;

export type WorkGroupProfile = {
  workGroup: string;
  /**
   * The group's job-value level: the highest its rows hold (a group should have one; where the file
   * gives several, the highest compares the group with more groups, never fewer).
   */
  level: number;
  women: number;
  men: number;
  /** Women of the group's women and men; null when it has neither. */
  womenShare: number | null;
  /** Mean pay level of the group's women and men; null when it has neither. */
  meanPay: number | null;
  womenDominated: boolean;
};

/** Every work group of the rows, by level and then name. */
export function workGroupProfiles(rows: readonly SalaryRow[]): WorkGroupProfile[] {
  const groups = new Map<string, SalaryRow[]>();
  for (const r of rows) groups.set(r.workGroup, [...(groups.get(r.workGroup) ?? []), r]);
  const profiles = [...groups].map(([workGroup, members]) => {
    const compared = members.filter((r) => r.gender !== 'other');
    const women = compared.filter((r) => r.gender === 'woman').length;
    const womenShare = compared.length ? women / compared.length : null;
    return {
      workGroup,
      level: Math.max(...members.map((r) => r.jobValueLevel)),
      women,
      men: compared.length - women,
      womenShare,
      meanPay: compared.length ? compared.reduce((s, r) => s + payLevel(r), 0) / compared.length : null,
      womenDominated: womenShare !== null && womenShare >= womenDominatedFrom,
    };
  });
  return profiles.sort((a, b) => a.level - b.level || a.workGroup.localeCompare(b.workGroup, 'sv'));
}

export type EqualValueComparison = {
  womenGroup: string;
  womenGroupLevel: number;
  womenGroupMean: number;
  otherGroup: string;
  otherGroupLevel: number;
  otherGroupMean: number;
  /** The women-dominated group is paid less on average: to be analysed and explained. */
  lowerPaid: boolean;
};

/** Each women-dominated group against each other group at the same or a lower level. */
export function womenDominatedComparisons(profiles: readonly WorkGroupProfile[]): EqualValueComparison[] {
  const others = profiles.filter((p) => !p.womenDominated && p.meanPay !== null);
  return profiles
    .filter((p) => p.womenDominated)
    .flatMap((w) =>
      others
        .filter((o) => o.level <= w.level)
        .map((o) => ({
          womenGroup: w.workGroup,
          womenGroupLevel: w.level,
          womenGroupMean: w.meanPay!,
          otherGroup: o.workGroup,
          otherGroupLevel: o.level,
          otherGroupMean: o.meanPay!,
          lowerPaid: w.meanPay! < o.meanPay!,
        })),
    );
}
