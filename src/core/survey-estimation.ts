/**
 * The safety index's share and its interval, from additive sums per area (stratum).
 *
 * A respondent r in area h gives m_r ≥ 1 valid index answers, y_r of them 4–5. The index is a ratio
 * Σy/Σm over answers, but answers of one person go together, so the respondent is the cluster: the
 * variance comes from the respondents' residuals d_r = y_r − R·m_r (Taylor linearisation of a ratio,
 * e.g. Lohr, Sampling: Design and Analysis, §4.1 and §9.1), stratified by area, with each area's
 * finite-population correction (respondents against households). The interval is built on the logit
 * scale with t(respondents − areas) degrees of freedom, so it stays inside 0–1 and is honest for
 * small areas; Wilson is the fallback only where that variance does not exist.
 */
import { tQuantile, wilsonInterval } from './statistics';

/** An area's additive sums: n = respondents, sy = Σy, sm = Σm, syy = Σy², sym = Σy·m, smm = Σm²; N_h households. */
export type StratumSums = {
  n: number;
  sy: number;
  sm: number;
  syy: number;
  sym: number;
  smm: number;
  households: number;
};

export type ShareEstimate = {
  value: number;
  low: number;
  high: number;
  se: number;
  /** Contributing respondents. */
  n: number;
  /** Degrees of freedom of the t interval (respondents − areas with respondents); null under Wilson. */
  df: number | null;
  method: 'logit-t' | 'wilson';
};

const defaultConfidence = 0.95;

/** f_h = n_h / N_h, capped at 1; without a household count there is no correction (f_h = 0). */
function samplingFraction(s: StratumSums): number {
  if (!Number.isFinite(s.households) || s.households <= 0) return 0;
  return Math.min(1, s.n / s.households);
}

/** Σ_{r∈h} (d_r − c)² with d_r = y_r − ratio·m_r, expanded so that it needs the sums only. */
function residualSquares(s: StratumSums, ratio: number, centre: number): number {
  const sumD = s.sy - ratio * s.sm;
  const sumD2 = s.syy - 2 * ratio * s.sym + ratio * ratio * s.smm;
  // Rounding can take an exact zero a hair below it.
  return Math.max(0, sumD2 - 2 * centre * sumD + s.n * centre * centre);
}

/**
 * One stratum's contribution (1 − f_h)·n_h/(n_h − 1)·Σ(d_r − d̄_h)² to the variance of Σd.
 *
 * A stratum with a single respondent has no spread of its own to measure. Dropping it would claim
 * that its respondent is known without error; instead its residual is centred at `lonelyCentre`,
 * the grand mean of the residuals, and no n/(n−1) factor is applied — as R's survey package does with
 * options(survey.lonely.psu = "adjust") (survey::onestrat: the lonely PSU is not swept by its own
 * mean, scale = 1 − f).
 */
function stratumResidualVariance(s: StratumSums, ratio: number, lonelyCentre: number): number {
  const fpc = 1 - samplingFraction(s);
  if (fpc <= 0 || s.n <= 0) return 0;
  if (s.n === 1) return fpc * residualSquares(s, ratio, lonelyCentre);
  const mean = (s.sy - ratio * s.sm) / s.n;
  return ((fpc * s.n) / (s.n - 1)) * residualSquares(s, ratio, mean);
}

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * logit(R) ± t_df · se / (R(1 − R)), back-transformed (the delta method on the logit scale, as
 * svyciprop(method = "logit") in R's survey package). Wilson over the n respondents — as if each were
 * one answer — only where that interval does not exist: R at 0 or 1, no spread, or no degrees of freedom.
 */
function shareInterval(value: number, se: number, n: number, df: number, confidence: number): ShareEstimate {
  const undefinedVariance = value <= 0 || value >= 1 || !(se > 0) || !Number.isFinite(se) || df < 1;
  if (undefinedVariance) {
    const z = tQuantile(1 - (1 - confidence) / 2, Number.POSITIVE_INFINITY);
    const { low, high } = wilsonInterval(value * n, n, z);
    return { value, low, high, se, n, df: null, method: 'wilson' };
  }
  const t = tQuantile(1 - (1 - confidence) / 2, df);
  const half = (t * se) / (value * (1 - value));
  const centre = logit(value);
  return { value, low: expit(centre - half), high: expit(centre + half), se, n, df, method: 'logit-t' };
}

function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must lie in (0, 1), got ${confidence}`);
}

/** The strata with answers, and how many respondents they hold, once the confidence is checked. */
function answering(strata: readonly StratumSums[], confidence: number) {
  checkConfidence(confidence);
  const used = strata.filter((s) => s.n > 0 && s.sm > 0);
  return { used, n: used.reduce((sum, s) => sum + s.n, 0) };
}

/** Pooled ratio Σy/Σm over all strata; linearised variance, respondent as cluster, stratified by area with FPC. */
export function pooledShare(
  strata: readonly StratumSums[],
  confidence = defaultConfidence,
): ShareEstimate | null {
  const { used, n } = answering(strata, confidence);
  const sy = used.reduce((sum, s) => sum + s.sy, 0);
  const sm = used.reduce((sum, s) => sum + s.sm, 0);
  if (n <= 0 || sm <= 0) return null;
  const ratio = sy / sm;
  // Σ_r d_r = Σy − R·Σm = 0, so the grand mean of the residuals is zero; computed, not assumed.
  const grandMean = (sy - ratio * sm) / n;
  const varianceOfSum = used.reduce((sum, s) => sum + stratumResidualVariance(s, ratio, grandMean), 0);
  const se = Math.sqrt(varianceOfSum) / sm;
  return shareInterval(ratio, se, n, n - used.length, confidence);
}

/** Household-weighted (post-stratified) share Σ W_h R_h, W_h = N_h / Σ N; same variance machinery per stratum. */
export function weightedShare(
  strata: readonly StratumSums[],
  confidence = defaultConfidence,
): ShareEstimate | null {
  const { used, n } = answering(strata, confidence);
  if (n <= 0) return null;
  // Weighting needs every answering area's size; silently giving one weight 0 would drop its people.
  if (used.some((s) => !Number.isFinite(s.households) || s.households <= 0)) return null;
  const households = used.reduce((sum, s) => sum + s.households, 0);
  const weights = used.map((s) => s.households / households);
  const ratios = used.map((s) => s.sy / s.sm);
  const value = used.reduce((sum, _, h) => sum + weights[h] * ratios[h], 0);
  // Var(R_h) = stratum residual variance / (Σm_h)², residuals about R_h. A one-respondent area has
  // none about its own ratio; as in the pooled case it is centred at the overall figure instead, i.e.
  // its residual is y − R_w·m (the analogue of lonely.psu = "adjust": its deviation from the whole).
  const variance = used.reduce((sum, s, h) => {
    const own =
      s.n === 1
        ? (1 - samplingFraction(s)) * residualSquares(s, value, 0)
        : stratumResidualVariance(s, ratios[h], 0);
    return sum + (weights[h] * weights[h] * own) / (s.sm * s.sm);
  }, 0);
  return shareInterval(value, Math.sqrt(variance), n, n - used.length, confidence);
}
