import { describe, expect, it } from 'vitest';
import { levelKey, workGroupKey } from './pay-statistics';
import { paySurvey } from './pay-survey';
import { workedGroups as g, workedRows, workedYear } from './worked-example.fixture';

// The worked example: worked-example.fixture.ts, every row written out there. Pay levels in
// thousands of SEK; gap = (men − women) / men.
describe('pay survey — the worked example (2025, 38 employees in four work groups)', () => {
  const survey = paySurvey(workedYear, workedRows);
  const group = (name: string) => survey.workGroups.find((w) => w.workGroup === name)!;

  it('counts every employee, the one of gender other too, but compares only women and men', () => {
    expect(survey.employees).toBe(38);
    // Women 6 + 8 + 5 + 1 = 20, men 6 + 5 + 2 + 4 = 17; A-X1 (other) is in neither.
    expect(survey.overall.basic.women.n).toBe(20);
    expect(survey.overall.basic.men.n).toBe(17);
  });

  it('equal work, Fastighetsskötare: pay level is salary / fte (24 000 at 75 % is 32 000)', () => {
    const { basic } = group(g.caretakers);
    // Women 30, 31, 32, 33, 34, 35: mean 195 / 6 = 32.5, median (32 + 33) / 2 = 32.5.
    expect(basic.women).toEqual({ n: 6, mean: 32_500, median: 32_500 });
    // Men 31, 32, 33, 34, 35, 37 (18 500 at 50 %): mean 202 / 6 = 33.667, median (33 + 34) / 2 = 33.5.
    expect(basic.men.mean).toBeCloseTo(33_666.667, 3);
    expect(basic.men.median).toBe(33_500);
    // Mean gap (33.667 − 32.5) / 33.667 = 3.5 / 101 = 0.034653; median gap 1 / 33.5 = 0.029851.
    expect(basic.meanGap).toBeCloseTo(3.5 / 101, 12);
    expect(basic.medianGap).toBeCloseTo(1 / 33.5, 12);
  });

  it('equal work, Uthyrare: women 31.5, men 34.0 — a gap of 7.35 %', () => {
    const { basic } = group(g.letting);
    // Women 30, 30, 31, 31, 32, 32, 33, 33: 252 / 8 = 31.5, median (31 + 32) / 2 = 31.5.
    expect(basic.women).toEqual({ n: 8, mean: 31_500, median: 31_500 });
    // Men 32, 33, 34, 35, 36: 170 / 5 = 34, median 34.
    expect(basic.men).toEqual({ n: 5, mean: 34_000, median: 34_000 });
    // (34 − 31.5) / 34 = 2.5 / 34 = 0.073529 for both.
    expect(basic.meanGap).toBeCloseTo(2.5 / 34, 12);
    expect(basic.medianGap).toBeCloseTo(2.5 / 34, 12);
  });

  it('the organisation: no gap in means, though women earn less within every level', () => {
    // Women: 195 + 252 + 210 (Ekonomer 40–44) + 29 (Tekniker) = 686 / 20 = 34.3.
    // Men: 202 + 170 + 92 (Ekonomer 45, 47) + 118 (Tekniker 28–31) = 582 / 17 = 34.235.
    expect(survey.overall.basic.women.mean).toBe(34_300);
    expect(survey.overall.basic.men.mean).toBeCloseTo(582_000 / 17, 6);
    // (582/17 − 34.3) / (582/17) = 1 − 583.1 / 582 = −1.1 / 582 = −0.00189.
    expect(survey.overall.basic.meanGap).toBeCloseTo(-1.1 / 582, 12);
    // Women sorted 29 30 30 30 31 31 31 32 32 [32 33] 33 33 34 35 40 41 42 43 44: median 32.5;
    // men 28 29 30 31 31 32 32 33 [33] 34 34 35 35 36 37 45 47: median 33; gap 0.5 / 33 = 0.01515.
    expect(survey.overall.basic.women.median).toBe(32_500);
    expect(survey.overall.basic.men.median).toBe(33_000);
    expect(survey.overall.basic.medianGap).toBeCloseTo(0.5 / 33, 12);
  });

  it('variable pay (EU b, d, e): the gap among those who received it, and who did', () => {
    const { variable, receivingVariable } = survey.overall;
    // Women 5, 6, 7, 8, 9 (Fastighetsskötare) and 4, 4, 5, 5, 6 (Uthyrare): 59 / 10 = 5.9, median
    // of 4 4 5 5 [5 6] 6 7 8 9 = 5.5. Men 6, 7, 8, 9, 10 and 4, 4, 5, 6, 6: 65 / 10 = 6.5, median 6.
    expect(variable.women).toEqual({ n: 10, mean: 5_900, median: 5_500 });
    expect(variable.men).toEqual({ n: 10, mean: 6_500, median: 6_000 });
    expect(variable.meanGap).toBeCloseTo(0.6 / 6.5, 12); // 0.0923
    expect(variable.medianGap).toBeCloseTo(0.5 / 6, 12); // 0.0833
    // 10 of 20 women and 10 of 17 men received some.
    expect(receivingVariable).toEqual({ women: 0.5, men: 10 / 17 });
  });

  it('flags a category with a gap of 5 % or more, in pay level or variable pay, unless explained', () => {
    // Fastighetsskötare: pay level 3.5 % (no), variable (8 − 7) / 8 = 12.5 % (yes).
    expect(group(g.caretakers).variable.meanGap).toBe(0.125);
    expect(group(g.caretakers).flag).toEqual({
      basic: false,
      variable: true,
      explained: false,
      assessment: true,
    });
    // Uthyrare: pay level 7.35 % (yes), variable (5 − 4.8) / 5 = 4 % (no).
    expect(group(g.letting).variable.meanGap).toBeCloseTo(0.04, 12);
    expect(group(g.letting).flag).toEqual({
      basic: true,
      variable: false,
      explained: false,
      assessment: true,
    });
    const explained = paySurvey(workedYear, workedRows, { explained: [workGroupKey(g.letting)] });
    const letting = explained.workGroups.find((w) => w.workGroup === g.letting)!;
    expect(letting.flag).toEqual({ basic: true, variable: false, explained: true, assessment: false });
    // An explanation of the work group is not one of its level: level 3 is still due.
    expect(explained.levels.find((l) => l.level === 3)!.flag.assessment).toBe(true);
  });

  it('work of equal value: per level, and Uthyrare (women-dominated, level 3) paid below Fastighetsskötare (level 2)', () => {
    expect(survey.levels.map((l) => l.key)).toEqual([1, 2, 3, 4].map(levelKey));
    expect(survey.levels[2].basic).toEqual(group(g.letting).basic);
    // Uthyrare 8 / 13 = 61.5 % women, Ekonomer 5 / 7 = 71.4 %: women-dominated (≥ 60 %);
    // Fastighetsskötare 6 / 12 = 50 % and Tekniker 1 / 5 = 20 % are not.
    expect(survey.groupProfiles.filter((p) => p.womenDominated).map((p) => p.workGroup)).toEqual([
      g.letting,
      g.finance,
    ]);
    // Means of women and men: Uthyrare 422 / 13 = 32.462, Fastighetsskötare 397 / 12 = 33.083,
    // Tekniker 147 / 5 = 29.4, Ekonomer 302 / 7 = 43.143.
    expect(survey.equalValue.map((c) => [c.womenGroup, c.otherGroup, c.lowerPaid])).toEqual([
      [g.letting, g.technicians, false],
      [g.letting, g.caretakers, true],
      [g.finance, g.technicians, false],
      [g.finance, g.caretakers, false],
    ]);
    expect(survey.equalValue[1].womenGroupMean).toBeCloseTo(422_000 / 13, 6);
    expect(survey.equalValue[1].otherGroupMean).toBeCloseTo(397_000 / 12, 6);
  });

  it('pay quartiles (EU f): 38 employees cut 10, 10, 9, 9 by pay level, ties by reference', () => {
    // Sorted: Q1 D-M1 28, D-M2 29, D-W1 29, A-W1 30, B-W1 30, B-W2 30, D-M3 30, A-M1 31, A-W2 31, B-W3 31;
    // Q2 B-W4 31, D-M4 31, A-M2 32, A-W3 32, B-M1 32, B-W5 32, B-W6 32, A-M3 33, A-W4 33, A-X1 33;
    // Q3 B-M2 33, B-W7 33, B-W8 33, A-M4 34, A-W5 34, B-M3 34, A-M5 35, A-W6 35, B-M4 35;
    // Q4 B-M5 36, A-M6 37, C-W1 40, C-W2 41, C-W3 42, C-W4 43, C-W5 44, C-M1 45, C-M2 47.
    expect(survey.quartiles.map((q) => [q.employees, q.women, q.men])).toEqual([
      [10, 6, 4],
      [10, 5, 4],
      [9, 4, 5],
      [9, 5, 4],
    ]);
    // Q2: 5 of its 9 women and men are women; 5 of all 20 women are in Q2, 4 of all 17 men.
    expect(survey.quartiles[1]).toMatchObject({ womenShare: 5 / 9, menShare: 4 / 9, ofAllWomen: 0.25 });
    expect(survey.quartiles[1].ofAllMen).toBeCloseTo(4 / 17, 12);
  });

  it('leaves out rows of other years', () => {
    const other = { ...workedRows[0], year: workedYear - 1, employeeRef: 'OLD-1' };
    expect(paySurvey(workedYear, [...workedRows, other]).employees).toBe(38);
  });
});
