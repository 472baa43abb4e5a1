/**
 * The pay survey's descriptive figures, exactly as docs/pay-survey.md defines them: pay level, the
 * gender pay gap of means and of medians, women's and men's figures per category of workers, the
 * flag that prompts a joint pay assessment (Directive 2023/970 Art. 10), and the pay quartiles.
 * Employees of gender `other` are left out of every figure split or compared by gender — a
 * comparison of two genders has no place for them, and a total with them would reveal their pay by
 * subtraction — but they count among the employees and in the quartile cuts.
 */
import { median } from '../../core/statistics';
import type { Gender, SalaryRow } from './salary-row';

/** Pay level: the monthly salary for full time (monthly_salary / fte). */
export const payLevel = (r: Pick<SalaryRow, 'monthlySalary' | 'fte'>) => r.monthlySalary / r.fte;

/** Age in the survey year: year − birth_year. */
export const ageOf = (r: Pick<SalaryRow, 'year' | 'birthYear'>) => r.year - r.birthYear;

/** Tenure in whole years: year − the year of hired_on. */
export const tenureOf = (r: Pick<SalaryRow, 'year' | 'hiredOn'>) => r.year - Number(r.hiredOn.slice(0, 4));

/** Variable pay as compared: only those who received some (> 0); null for everyone else. */
export const variablePayOf = (r: Pick<SalaryRow, 'variablePay'>) =>
  r.variablePay !== null && r.variablePay > 0 ? r.variablePay : null;

/** (men's figure − women's figure) / men's figure; null when either is missing or men's is 0. */
export function payGap(men: number | null, women: number | null): number | null {
  if (men === null || women === null || men === 0) return null;
  return (men - women) / men;
}

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;

export type GenderFigures = { n: number; mean: number | null; median: number | null };

export type Comparison = {
  women: GenderFigures;
  men: GenderFigures;
  meanGap: number | null;
  medianGap: number | null;
};

function figuresOf(values: readonly number[]): GenderFigures {
  return { n: values.length, mean: mean(values), median: median(values) };
}

const valuesOf = (rows: readonly SalaryRow[], gender: Gender, value: (r: SalaryRow) => number | null) =>
  rows.filter((r) => r.gender === gender).flatMap((r) => value(r) ?? []);

/** Women's and men's figures of a value over the rows that have it, and the gaps between them. */
export function compareGenders(
  rows: readonly SalaryRow[],
  value: (r: SalaryRow) => number | null,
): Comparison {
  const women = figuresOf(valuesOf(rows, 'woman', value));
  const men = figuresOf(valuesOf(rows, 'man', value));
  return {
    women,
    men,
    meanGap: payGap(men.mean, women.mean),
    medianGap: payGap(men.median, women.median),
  };
}

/** The gap in average pay at and above which an unexplained category needs a joint pay assessment. */
export const assessmentGap = 0.05;
// A gap of exactly 5 % can come out of the division a hair under 0.05; it still counts as 5 %.
const atLeastAssessmentGap = (gap: number | null) => gap !== null && Math.abs(gap) >= assessmentGap - 1e-12;

export type PayGapFlag = {
  /** |mean gap in pay level| ≥ 5 %. */
  basic: boolean;
  /** |mean gap in variable pay| ≥ 5 %. */
  variable: boolean;
  /** HR has given an objective, gender-neutral explanation for the category. */
  explained: boolean;
  /** A gap of 5 % or more that is not explained: a joint pay assessment is due. */
  assessment: boolean;
};

/** The key of a category of workers (the id HR's explanations name). */
export type CategoryKey = string;
export const allEmployees: CategoryKey = 'all';
export const workGroupKey = (workGroup: string): CategoryKey => `work_group:${workGroup}`;
export const levelKey = (level: number): CategoryKey => `job_value_level:${level}`;

export type CategoryFigures = {
  key: CategoryKey;
  /** Pay level (monthly_salary / fte). */
  basic: Comparison;
  /** Variable pay of those who received any. */
  variable: Comparison;
  /** Of the category's women (men), the share who received variable pay; null without any. */
  receivingVariable: { women: number | null; men: number | null };
  flag: PayGapFlag;
};

/** One category's figures; `explained` holds the keys of the categories HR has explained. */
export function categoryFigures(
  key: CategoryKey,
  rows: readonly SalaryRow[],
  explained: ReadonlySet<CategoryKey>,
): CategoryFigures {
  const basic = compareGenders(rows, payLevel);
  const variable = compareGenders(rows, variablePayOf);
  const share = (receiving: number, all: number) => (all > 0 ? receiving / all : null);
  const flag = {
    basic: atLeastAssessmentGap(basic.meanGap),
    variable: atLeastAssessmentGap(variable.meanGap),
    explained: explained.has(key),
  };
  return {
    key,
    basic,
    variable,
    receivingVariable: {
      women: share(variable.women.n, basic.women.n),
      men: share(variable.men.n, basic.men.n),
    },
    flag: { ...flag, assessment: (flag.basic || flag.variable) && !flag.explained },
  };
}

export type PayQuartile = {
  /** 1 is the lowest-paid quarter. */
  quartile: 1 | 2 | 3 | 4;
  /** Everyone in the band, gender `other` included. */
  employees: number;
  women: number;
  men: number;
  /** Women's (men's) share of the band's women and men; null when it has neither. */
  womenShare: number | null;
  menShare: number | null;
  /** The share of all women (men) who are in this band; null when there are none. */
  ofAllWomen: number | null;
  ofAllMen: number | null;
};

/**
 * The four pay quartile bands over every employee: sorted by pay level, ties by employee_ref (so the
 * cut does not depend on the file's order), then cut into four consecutive bands of ⌊n / 4⌋, the
 * n mod 4 lowest bands one larger (13 → 4, 3, 3, 3; 38 → 10, 10, 9, 9).
 */
export function payQuartiles(rows: readonly SalaryRow[]): PayQuartile[] {
  const sorted = [...rows].sort(
    (a, b) =>
      payLevel(a) - payLevel(b) ||
      (a.employeeRef < b.employeeRef ? -1 : a.employeeRef > b.employeeRef ? 1 : 0),
  );
  let start = 0;
  const bands = [0, 1, 2, 3].map((q) => {
    const size = Math.floor(sorted.length / 4) + (q < sorted.length % 4 ? 1 : 0);
    start += size;
    return sorted.slice(start - size, start);
  });
  const count = (list: readonly SalaryRow[], g: Gender) => list.filter((r) => r.gender === g).length;
  const allWomen = count(rows, 'woman');
  const allMen = count(rows, 'man');
  const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  return bands.map((band, i) => {
    const women = count(band, 'woman');
    const men = count(band, 'man');
    return {
      quartile: (i + 1) as PayQuartile['quartile'],
      employees: band.length,
      women,
      men,
      womenShare: ratio(women, women + men),
      menShare: ratio(men, women + men),
      ofAllWomen: ratio(women, allWomen),
      ofAllMen: ratio(men, allMen),
    };
  });
}

/** The counts of one work group × level: what the publication layer protects (a leaf of its table). */
export type PayUnit = {
  workGroup: string;
  level: number;
  women: number;
  men: number;
  /** Women (men) who received variable pay. */
  womenReceiving: number;
  menReceiving: number;
};

/** The year's employees counted per work group × level (gender `other` is in no measure). */
export function payUnits(rows: readonly SalaryRow[]): PayUnit[] {
  const units = new Map<string, PayUnit>();
  for (const r of rows) {
    const key = JSON.stringify([r.workGroup, r.jobValueLevel]);
    const unit = units.get(key) ?? {
      workGroup: r.workGroup,
      level: r.jobValueLevel,
      women: 0,
      men: 0,
      womenReceiving: 0,
      menReceiving: 0,
    };
    const receiving = variablePayOf(r) !== null ? 1 : 0;
    if (r.gender === 'woman') {
      unit.women++;
      unit.womenReceiving += receiving;
    } else if (r.gender === 'man') {
      unit.men++;
      unit.menReceiving += receiving;
    }
    units.set(key, unit);
  }
  return [...units.values()];
}
