import { describe, expect, it } from 'vitest';
import { disclosureKinds } from '../../core/disclosure';
import { publishPaySurvey } from './pay-publication';
import { paySurvey } from './pay-survey';
import type { Gender, SalaryRow } from './salary-row';
import { workedGroups as g, workedRows, workedYear } from './worked-example.fixture';

const pay = { pay: disclosureKinds.pay.threshold };

describe('publishPaySurvey — the worked example at the pay threshold (5 of each gender)', () => {
  const published = publishPaySurvey(paySurvey(workedYear, workedRows), pay);
  const group = (name: string) => published.workGroups.find((w) => w.workGroup === name)!;
  const level = (l: number) => published.levels.find((x) => x.level === l)!;

  it('uses the pay threshold of 5', () => {
    expect(published.threshold).toBe(5);
  });

  it('hides Ekonomer (2 men) and Tekniker (1 woman), with their levels 4 and 1: no mean, median or count', () => {
    for (const hidden of [group(g.finance), group(g.technicians), level(1), level(4)]) {
      expect(hidden.basic).toEqual({
        women: { n: null, mean: null, median: null },
        men: { n: null, mean: null, median: null },
        meanGap: null,
        medianGap: null,
        reason: 'small_group',
      });
      expect(hidden.variable.reason).toBe('small_group');
      expect(hidden.receivingVariable).toEqual({ women: null, men: null });
      expect(hidden.flag).toBeNull();
    }
  });

  it('needs no further hiding: the two hidden groups together hold 6 women and 6 men', () => {
    // Organisation − Fastighetsskötare − Uthyrare = Ekonomer + Tekniker: (5 + 1) women, (2 + 4) men.
    expect(
      published.overall.basic.women.n! - group(g.caretakers).basic.women.n! - group(g.letting).basic.women.n!,
    ).toBe(6);
    expect(
      published.overall.basic.men.n! - group(g.caretakers).basic.men.n! - group(g.letting).basic.men.n!,
    ).toBe(6);
    expect([group(g.caretakers), group(g.letting), level(2), level(3)].map((c) => c.basic.reason)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('shows Uthyrare rounded as the layer rounds: means to one decimal, the gap to whole points under 100', () => {
    expect(group(g.letting).basic).toEqual({
      women: { n: 8, mean: 31_500, median: 31_500 },
      men: { n: 5, mean: 34_000, median: 34_000 },
      meanGap: 0.07, // 0.0735
      medianGap: 0.07,
      reason: null,
    });
    // 5 of 8 women and 5 of 5 men received variable pay.
    expect(group(g.letting).receivingVariable).toEqual({ women: 0.63, men: 1 });
    expect(group(g.letting).flag).toEqual({
      basic: true,
      variable: false,
      explained: false,
      assessment: true,
    });
  });

  it('shows the organisation’s EU metrics a–e', () => {
    const { basic, variable, receivingVariable } = published.overall;
    expect(basic.men.mean).toBe(34_235.3); // 582 000 / 17
    expect(basic.meanGap).toBe(0); // −0.0019
    expect(basic.medianGap).toBe(0.02); // 0.0152
    expect([variable.meanGap, variable.medianGap]).toEqual([0.09, 0.08]); // 0.0923, 0.0833
    expect(receivingVariable).toEqual({ women: 0.5, men: 0.59 }); // 10 / 20, 10 / 17
  });

  it('publishes the equal-value comparison only where both groups are shown', () => {
    // Uthyrare against Tekniker and Ekonomer against either would rest on a hidden group.
    expect(published.equalValue).toEqual([
      {
        womenGroup: g.letting,
        womenGroupLevel: 3,
        womenGroupMean: 32_461.5, // 422 000 / 13
        otherGroup: g.caretakers,
        otherGroupLevel: 2,
        otherGroupMean: 33_083.3, // 397 000 / 12
        lowerPaid: true,
      },
    ]);
  });

  it('hides every quartile band: each has fewer than 5 men (Q1, Q2, Q4) or women (Q3)', () => {
    expect(published.quartiles.map((q) => [q.reason, q.womenShare])).toEqual([
      ['small_group', null],
      ['small_group', null],
      ['small_group', null],
      ['small_group', null],
    ]);
  });

  it('shows the adjusted gap with its interval, to whole points (37 people)', () => {
    // 0.04755 [0.03245, 0.06242]: the value to the nearest point, the bounds outwards.
    expect(published.adjusted).toEqual({ value: 0.05, low: 0.03, high: 0.07, n: 37, reason: null });
  });

  it('hides Uthyrare (5 men) when the organisation raises the threshold to 6', () => {
    const stricter = publishPaySurvey(paySurvey(workedYear, workedRows), { pay: 6 });
    expect(stricter.threshold).toBe(6);
    expect(stricter.workGroups.find((w) => w.workGroup === g.letting)!.basic.reason).toBe('small_group');
    expect(stricter.equalValue).toEqual([]);
  });
});

/** `women` and `men` employees of one work group and level, every one at the same pay. */
function people(
  workGroup: string,
  level: number,
  women: number,
  men: number,
  variablePay: number | null = null,
) {
  const person = (gender: Gender, i: number): SalaryRow => ({
    year: 2025,
    employeeRef: `${workGroup}-${gender}-${i}`,
    gender,
    jobTitle: workGroup,
    workGroup,
    jobValueLevel: level,
    monthlySalary: 30_000 + 1_000 * level + (gender === 'man' ? 500 : 0),
    fte: 1,
    birthYear: 1980 + i,
    hiredOn: `${2000 + i}-01-01`,
    variablePay,
  });
  return [
    ...Array.from({ length: women }, (_, i) => person('woman', i)),
    ...Array.from({ length: men }, (_, i) => person('man', i)),
  ];
}

describe('publishPaySurvey — complementary suppression', () => {
  // P (level 1): 10 women, 10 men; Q (level 1): 8 and 8; R (level 2): 6 women and 3 men.
  const rows = [...people('P', 1, 10, 10), ...people('Q', 1, 8, 8), ...people('R', 2, 6, 3)];
  const published = publishPaySurvey(paySurvey(2025, rows), pay);
  const reason = (key: string) =>
    [published.overall, ...published.workGroups, ...published.levels].find((c) => c.key === key)!.basic
      .reason;

  it('hides a second group, so that the organisation minus the shown groups does not give R', () => {
    expect(reason('work_group:R')).toBe('small_group');
    // Q is the smaller of the two others (8 women against 10): hidden with R, 14 women and 11 men together.
    expect(reason('work_group:Q')).toBe('protects_another');
    expect(reason('work_group:P')).toBeNull();
    expect(reason('all')).toBeNull();
  });

  it('hides level 1 too: the organisation minus level 1 is level 2, which is R', () => {
    expect(reason('job_value_level:2')).toBe('small_group');
    expect(reason('job_value_level:1')).toBe('protects_another');
  });

  it('protects variable pay on its own: a group where 3 men received some hides its variable figures only', () => {
    const withBonus = [
      ...people('P', 1, 10, 10, 5_000),
      ...people('Q', 1, 8, 3, 5_000),
      ...people('Q', 1, 0, 5),
      ...people('S', 1, 6, 6, 4_000),
    ];
    const out = publishPaySurvey(paySurvey(2025, withBonus), pay);
    const q = out.workGroups.find((w) => w.workGroup === 'Q')!;
    expect(q.basic.reason).toBeNull(); // 8 women, 8 men
    expect(q.variable.reason).toBe('small_group'); // 3 men received variable pay
    expect(q.receivingVariable).toEqual({ women: null, men: null });
    expect(q.flag).toBeNull();
    // S (6 and 6 received) is the smaller other: hidden so that the total minus P does not give Q.
    expect(out.workGroups.find((w) => w.workGroup === 'S')!.variable.reason).toBe('protects_another');
    expect(out.overall.variable.reason).toBeNull();
  });

  it('hides the adjusted gap of an organisation with fewer than 5 men', () => {
    const out = publishPaySurvey(paySurvey(2025, people('P', 1, 10, 4)), pay);
    expect(out.adjusted).toEqual({ value: null, low: null, high: null, n: null, reason: 'small_group' });
  });
});
