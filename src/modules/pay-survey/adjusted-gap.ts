/**
 * The adjusted gender pay gap (docs/pay-survey.md): ordinary least squares of ln(pay level) on a
 * woman indicator, the job-value level as categories (the lowest the reference), age and tenure;
 * adjusted gap = 1 − exp(β_woman), its 95 % interval from HC1 robust standard errors and Student's t
 * with n − k degrees of freedom (t rather than z: a small organisation has few employees per level,
 * and t's wider interval does not claim more than the data bear).
 */
import { inverse, Matrix, QrDecomposition, SingularValueDecomposition } from 'ml-matrix';
import { tQuantile } from '../../core/statistics';
import { ageOf, payLevel, tenureOf } from './pay-statistics';
import type { SalaryRow } from './salary-row';

export type RobustFit = {
  n: number;
  k: number;
  beta: number[];
  /** HC1 standard errors, one per coefficient. */
  se: number[];
};

/**
 * OLS with HC1 (White's heteroscedasticity-consistent covariance with the n / (n − k) correction):
 * HC1 = n/(n−k) · (XᵀX)⁻¹ Xᵀ diag(e²) X (XᵀX)⁻¹. Solved by QR, and (XᵀX)⁻¹ = R⁻¹R⁻ᵀ, so that the
 * condition number is X's, not its square. Null when X has no more rows than columns or is not of
 * full rank (the coefficients would not be determined).
 */
export function olsWithHc1(design: readonly (readonly number[])[], y: readonly number[]): RobustFit | null {
  const n = design.length;
  const k = design[0]?.length ?? 0;
  if (k === 0 || n <= k) return null;
  const x = new Matrix(design.map((row) => [...row]));
  const svd = new SingularValueDecomposition(x, {
    computeLeftSingularVectors: false,
    computeRightSingularVectors: false,
  });
  if (svd.rank < k) return null;
  const qr = new QrDecomposition(x);
  const beta = qr.solve(Matrix.columnVector([...y])).getColumn(0);
  const rInverse = inverse(qr.upperTriangularMatrix);
  const bread = rInverse.mmul(rInverse.transpose());
  const fitted = x.mmul(Matrix.columnVector(beta)).getColumn(0);
  // Xᵀ diag(e²) X = (diag(e) X)ᵀ (diag(e) X).
  const scaled = x.clone();
  for (let i = 0; i < n; i++) scaled.mulRow(i, y[i] - fitted[i]);
  const meat = scaled.transpose().mmul(scaled);
  const covariance = bread
    .mmul(meat)
    .mmul(bread)
    .mul(n / (n - k));
  return { n, k, beta, se: covariance.diag().map((v) => Math.sqrt(v)) };
}

export type AdjustedGap = {
  /** 1 − exp(β_woman). */
  value: number;
  /** The 95 % interval: [1 − exp(β + t·se), 1 − exp(β − t·se)]. */
  low: number;
  high: number;
  n: number;
  k: number;
  betaWoman: number;
  seWoman: number;
  /** t(0.975, n − k). */
  t: number;
  /** The regressors in the design's order, e.g. ['intercept', 'woman', 'level:2', 'age', 'tenure']. */
  terms: string[];
};

/** The design row of one employee: intercept, woman, a dummy per level above the lowest, age, tenure. */
function designOf(rows: readonly SalaryRow[]) {
  const levels = [...new Set(rows.map((r) => r.jobValueLevel))].sort((a, b) => a - b).slice(1);
  const terms = ['intercept', 'woman', ...levels.map((l) => `level:${l}`), 'age', 'tenure'];
  const design = rows.map((r) => [
    1,
    r.gender === 'woman' ? 1 : 0,
    ...levels.map((l) => (r.jobValueLevel === l ? 1 : 0)),
    ageOf(r),
    tenureOf(r),
  ]);
  return { terms, design };
}

/**
 * The adjusted gap over the year's women and men (gender `other` is left out: the indicator
 * compares women with men). Null when the regression cannot be estimated: no women or no men, too
 * few employees for the terms, or terms that are not separable (age and tenure moving together).
 */
export function adjustedPayGap(rows: readonly SalaryRow[]): AdjustedGap | null {
  const compared = rows.filter((r) => r.gender !== 'other');
  if (!compared.some((r) => r.gender === 'woman') || !compared.some((r) => r.gender === 'man')) return null;
  const { terms, design } = designOf(compared);
  const fit = olsWithHc1(
    design,
    compared.map((r) => Math.log(payLevel(r))),
  );
  if (!fit) return null;
  const [betaWoman, seWoman] = [fit.beta[1], fit.se[1]];
  const t = tQuantile(0.975, fit.n - fit.k);
  return {
    value: 1 - Math.exp(betaWoman),
    low: 1 - Math.exp(betaWoman + t * seWoman),
    high: 1 - Math.exp(betaWoman - t * seWoman),
    n: fit.n,
    k: fit.k,
    betaWoman,
    seWoman,
    t,
    terms,
  };
}
