import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishPaySurvey } from './pay-publication';
import type { CategoryFigures } from './pay-statistics';
import { paySurvey } from './pay-survey';
import type { Gender, SalaryRow } from './salary-row';

const year = 2025;

/** A job: everything about an employee but the gender and the reference. */
const job = fc.record({
  workGroup: fc.constantFrom('A', 'B', 'C', 'D'),
  jobValueLevel: fc.integer({ min: 1, max: 4 }),
  monthlySalary: fc.integer({ min: 20_000, max: 60_000 }),
  fte: fc.constantFrom(0.5, 0.75, 1),
  birthYear: fc.integer({ min: 1960, max: 2000 }),
  hiredYear: fc.integer({ min: 1990, max: 2025 }),
  variablePay: fc.option(fc.integer({ min: 1_000, max: 20_000 })),
});
type Job = typeof job extends fc.Arbitrary<infer T> ? T : never;

const employee = ({ hiredYear, ...j }: Job, gender: Gender, i: number): SalaryRow => ({
  ...j,
  year,
  employeeRef: `E-${i}`,
  gender,
  jobTitle: j.workGroup,
  hiredOn: `${hiredYear}-03-01`,
});

const staff = fc
  .array(fc.tuple(job, fc.constantFrom<Gender>('woman', 'man', 'other')), { minLength: 1, maxLength: 80 })
  .map((list) => list.map(([j, gender], i) => employee(j, gender, i)));

const categories = (s: ReturnType<typeof paySurvey>): CategoryFigures[] => [
  s.overall,
  ...s.workGroups,
  ...s.levels,
];

describe('pay survey properties', () => {
  it('finds no gap anywhere when women and men hold the same jobs at the same pay', () => {
    fc.assert(
      fc.property(fc.array(job, { minLength: 1, maxLength: 40 }), (jobs) => {
        const rows = jobs.flatMap((j, i) => [employee(j, 'woman', 2 * i), employee(j, 'man', 2 * i + 1)]);
        const survey = paySurvey(year, rows);
        for (const c of categories(survey))
          for (const gap of [c.basic.meanGap, c.basic.medianGap, c.variable.meanGap, c.variable.medianGap])
            expect(gap === null || gap === 0).toBe(true);
        if (survey.adjusted) expect(Math.abs(survey.adjusted.value)).toBeLessThan(1e-9);
      }),
    );
  });

  it('leaves every gap, the adjusted one included, unchanged when all pay is scaled by a constant', () => {
    fc.assert(
      fc.property(staff, fc.double({ min: 0.5, max: 20, noNaN: true }), (rows, factor) => {
        const scaled = rows.map((r) => ({
          ...r,
          monthlySalary: r.monthlySalary * factor,
          variablePay: r.variablePay === null ? null : r.variablePay * factor,
        }));
        const [before, after] = [paySurvey(year, rows), paySurvey(year, scaled)];
        const gaps = (s: typeof before) =>
          categories(s).flatMap((c) => [
            c.basic.meanGap,
            c.basic.medianGap,
            c.variable.meanGap,
            c.variable.medianGap,
          ]);
        gaps(after).forEach((gap, i) => {
          const expected = gaps(before)[i];
          if (expected === null) expect(gap).toBeNull();
          else expect(gap).toBeCloseTo(expected, 9);
        });
        expect(after.adjusted === null).toBe(before.adjusted === null);
        if (before.adjusted) expect(after.adjusted!.value).toBeCloseTo(before.adjusted.value, 8);
        expect(after.quartiles).toEqual(before.quartiles);
      }),
    );
  });

  it('cuts four bands as equal as possible, each gender’s shares of them adding up to 1', () => {
    fc.assert(
      fc.property(staff, (rows) => {
        const { quartiles } = paySurvey(year, rows);
        const sizes = quartiles.map((q) => q.employees);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(rows.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect([...sizes].sort((a, b) => b - a)).toEqual(sizes); // the larger bands lowest
        const sum = (key: 'ofAllWomen' | 'ofAllMen') => quartiles.reduce((s, q) => s + (q[key] ?? 0), 0);
        if (rows.some((r) => r.gender === 'woman')) expect(sum('ofAllWomen')).toBeCloseTo(1, 12);
        if (rows.some((r) => r.gender === 'man')) expect(sum('ofAllMen')).toBeCloseTo(1, 12);
        for (const q of quartiles)
          if (q.women + q.men > 0) expect(q.womenShare! + q.menShare!).toBeCloseTo(1, 12);
      }),
    );
  });

  it('publishes no category with 1–4 of a gender, and hides none that the shown ones give by subtraction', () => {
    fc.assert(
      fc.property(staff, (rows) => {
        const survey = paySurvey(year, rows);
        const published = publishPaySurvey(survey, { pay: 5 });
        const small = (n: number) => n > 0 && n < 5;
        const raw = new Map(categories(survey).map((c) => [c.key, c.basic]));
        const all = [published.overall, ...published.workGroups, ...published.levels];
        for (const c of all) {
          if (c.basic.reason) {
            expect([c.basic.women.n, c.basic.men.n, c.basic.women.mean, c.basic.men.mean]).toEqual([
              null,
              null,
              null,
              null,
            ]);
            continue;
          }
          expect(small(c.basic.women.n!) || small(c.basic.men.n!)).toBe(false);
        }
        if (published.overall.basic.reason) return;
        // Under the shown organisation, the hidden groups (and the hidden levels) hold, together,
        // none or at least 5 of each gender: the organisation minus the shown ones gives no small group.
        for (const list of [published.workGroups, published.levels]) {
          const hidden = list.filter((c) => c.basic.reason).map((c) => raw.get(c.key)!);
          for (const gender of ['women', 'men'] as const)
            expect(small(hidden.reduce((s, c) => s + c[gender].n, 0))).toBe(false);
        }
      }),
    );
  });
});
