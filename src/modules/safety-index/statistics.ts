/**
 * Pure statistics of the safety survey. Everything is computed from additive sums, so a group
 * (area, district, organisation) × period (month, quarter, year, rolling 12 months) is obtained by
 * adding the monthly roll-ups of its parts — never by re-reading raw answers.
 */
import { normalCdf, wilsonInterval, z95 } from '../../core/statistics';
import { pooledShare } from '../../core/survey-estimation';

/** A stored answer: 1–5 on the scale, 0 = don't know. A missing key means no answer. */
export type AnswerValue = 0 | 1 | 2 | 3 | 4 | 5;
export type Answers = Record<string, AnswerValue>;

/** The answers 4 and 5 ("good" / "very good", "safe" / "very safe") count as the top of the scale. */
export const isTop = (value: AnswerValue) => value >= 4;
export const isValid = (value: AnswerValue | undefined | null): value is 1 | 2 | 3 | 4 | 5 =>
  typeof value === 'number' && value >= 1 && value <= 5;

// ── Question tallies ─────────────────────────────────────────────────────────

/**
 * One question's additive tally in a group. The pair sums (x = this question, o = `overall`, over
 * respondents who gave valid answers to both) let the driver correlation come from roll-ups too.
 */
export type QuestionTally = {
  valid: number;
  top: number;
  dontKnow: number;
  pairN: number;
  sumX: number;
  sumO: number;
  sumXX: number;
  sumOO: number;
  sumXO: number;
};

export const emptyTally = (): QuestionTally => ({
  valid: 0,
  top: 0,
  dontKnow: 0,
  pairN: 0,
  sumX: 0,
  sumO: 0,
  sumXX: 0,
  sumOO: 0,
  sumXO: 0,
});

export function addTally(a: QuestionTally, b: QuestionTally, sign: 1 | -1 = 1): QuestionTally {
  const out = emptyTally();
  for (const key of Object.keys(out) as (keyof QuestionTally)[]) out[key] = a[key] + sign * b[key];
  return out;
}

/** The code of the question every other question is correlated with. */
export const overallCode = 'overall';

/** One respondent's contribution to each question's tally. */
export function respondentTallies(answers: Answers, codes: readonly string[]): Map<string, QuestionTally> {
  const out = new Map<string, QuestionTally>();
  const overall = answers[overallCode];
  for (const code of codes) {
    const value = answers[code];
    if (value === undefined) continue;
    const t = emptyTally();
    if (value === 0) t.dontKnow = 1;
    else if (isValid(value)) {
      t.valid = 1;
      t.top = isTop(value) ? 1 : 0;
      if (isValid(overall)) {
        t.pairN = 1;
        t.sumX = value;
        t.sumO = overall;
        t.sumXX = value * value;
        t.sumOO = overall * overall;
        t.sumXO = value * overall;
      }
    }
    out.set(code, t);
  }
  return out;
}

export type ShareResult = { value: number; low: number; high: number; valid: number };

/** A question's result: share of 4–5 among valid answers, with a Wilson 95 % interval. */
export function questionResult(tally: Pick<QuestionTally, 'valid' | 'top'>): ShareResult | null {
  if (tally.valid <= 0) return null;
  const { low, high } = wilsonInterval(tally.top, tally.valid);
  return { value: tally.top / tally.valid, low, high, valid: tally.valid };
}

/** Pearson correlation of a question with `overall`, from the pair sums; null when undefined. */
export function driverCorrelation(t: QuestionTally): number | null {
  const n = t.pairN;
  if (n < 3) return null;
  const sxx = t.sumXX - (t.sumX * t.sumX) / n;
  const soo = t.sumOO - (t.sumO * t.sumO) / n;
  const sxo = t.sumXO - (t.sumX * t.sumO) / n;
  if (sxx <= 1e-12 || soo <= 1e-12) return null;
  return Math.max(-1, Math.min(1, sxo / Math.sqrt(sxx * soo)));
}

export type Driver = { code: string; result: ShareResult | null; correlation: number | null };

/**
 * Drivers: each question's result and how strongly it goes with `overall`. Sorted so that the
 * questions pulling the index down come first: strong correlation and a low result.
 */
export function drivers(tallies: Map<string, QuestionTally>): Driver[] {
  const list: Driver[] = [];
  for (const [code, tally] of tallies) {
    if (code === overallCode) continue;
    list.push({ code, result: questionResult(tally), correlation: driverCorrelation(tally) });
  }
  const pull = (d: Driver) => (d.correlation ?? 0) * (1 - (d.result?.value ?? 1));
  return list.sort((a, b) => pull(b) - pull(a) || a.code.localeCompare(b.code));
}

// ── The index: pooled over index questions, respondent as cluster ─────────────

/**
 * Additive sums of the index over respondents r with m_r ≥ 1 valid index answers, y_r of them 4–5:
 * n = Σ1, sy = Σy, sm = Σm, syy = Σy², sym = Σy·m, smm = Σm².
 */
export type IndexSums = { n: number; sy: number; sm: number; syy: number; sym: number; smm: number };

export const emptySums = (): IndexSums => ({ n: 0, sy: 0, sm: 0, syy: 0, sym: 0, smm: 0 });

export function addSums(a: IndexSums, b: IndexSums, sign: 1 | -1 = 1): IndexSums {
  return {
    n: a.n + sign * b.n,
    sy: a.sy + sign * b.sy,
    sm: a.sm + sign * b.sm,
    syy: a.syy + sign * b.syy,
    sym: a.sym + sign * b.sym,
    smm: a.smm + sign * b.smm,
  };
}

/** One respondent's contribution to the index sums (all zero when no valid index answer). */
export function respondentIndexSums(answers: Answers, indexCodes: readonly string[]): IndexSums {
  let y = 0;
  let m = 0;
  for (const code of indexCodes) {
    const value = answers[code];
    if (!isValid(value)) continue;
    m++;
    if (isTop(value)) y++;
  }
  if (m === 0) return emptySums();
  return { n: 1, sy: y, sm: m, syy: y * y, sym: y * m, smm: m * m };
}

/**
 * The variance one respondent brings to the index, n·Var(p) from the sums (core pooledShare over one
 * stratum, no finite-population correction): a group of k such respondents has Var(p) ≈ this / k.
 * The plan turns expected answers into a margin of error with it.
 */
export function respondentVariance(s: IndexSums): number | null {
  if (s.n < 2) return null;
  const estimate = pooledShare([{ ...s, households: 0 }]);
  if (!estimate || estimate.method !== 'logit-t') return null;
  return estimate.se * estimate.se * s.n;
}

// ── Change and targets ────────────────────────────────────────────────────────

export type Change = 'up' | 'down' | 'no clear change';

/** Standard error of a share from the normal approximation (for change tests of questions). */
export function shareSe(top: number, valid: number): number {
  if (valid <= 0) return Number.POSITIVE_INFINITY;
  const p = top / valid;
  return Math.sqrt((p * (1 - p)) / valid);
}

/**
 * Two-sided z-test of the difference between two independent estimates (e.g. this period against
 * the previous one): "up"/"down" when p < alpha, otherwise "no clear change".
 */
export function changeBetween(
  current: { value: number; se: number },
  previous: { value: number; se: number },
  alpha = 0.05,
): Change {
  const se = Math.sqrt(current.se ** 2 + previous.se ** 2);
  const diff = current.value - previous.value;
  if (!Number.isFinite(se)) return 'no clear change';
  if (se === 0) return diff > 0 ? 'up' : diff < 0 ? 'down' : 'no clear change';
  const pValue = 2 * (1 - normalCdf(Math.abs(diff / se)));
  if (pValue >= alpha) return 'no clear change';
  return diff > 0 ? 'up' : 'down';
}

/**
 * The standard error a change test uses for an index estimate: its own, or — where core fell back to
 * Wilson because the linearised variance does not exist (no spread) — the Wilson interval's half-width
 * over 1.96, so that a group of identical answers is not taken as known without error.
 */
export function changeSe(estimate: { se: number; low: number; high: number; method: string }): number {
  if (estimate.method === 'wilson' || !(estimate.se > 0)) return (estimate.high - estimate.low) / (2 * z95);
  return estimate.se;
}
