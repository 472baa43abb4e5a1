/**
 * Paired before/after tests for answers on a 1–5 scale (programmes' follow-up). The differences are
 * small integers with many ties and zeros, so the tests are exact wherever that is affordable:
 * the sign test and McNemar as exact binomials, Wilcoxon's signed-rank test with Pratt's treatment
 * of zeros by its exact permutation distribution, conditional on the tied ranks.
 */
import { normalUpperTail } from './statistics';

export type SignTest = { positive: number; negative: number; zeros: number; pValue: number };
export type Wilcoxon = {
  /** W+, the sum of the ranks of the positive differences (R's V; SciPy reports min(W+, W−)). */
  statistic: number;
  nonZero: number;
  pValue: number;
  method: 'exact' | 'normal';
};
export type McNemar = {
  /** Pairs at the top (true) before, and after. */
  before: number;
  after: number;
  /** false → true, and true → false. */
  discordantUp: number;
  discordantDown: number;
  pValue: number;
};

function checkFinite(differences: readonly number[]): void {
  if (differences.some((d) => !Number.isFinite(d)))
    throw new RangeError('differences must be finite numbers');
}

/**
 * Two-sided exact binomial p for k of n under p = ½: 2·P(X ≤ min(k, n − k)), at most 1 (for p = ½
 * this equals R's binom.test, which sums the outcomes no more likely than the one seen). Summed
 * from the small tail in log space, so large n neither overflows C(n, i) nor underflows 2⁻ⁿ.
 */
function binomialHalfTwoSided(k: number, n: number): number {
  if (n === 0) return 1;
  const tail = Math.min(k, n - k);
  const logHalfN = n * Math.log(0.5);
  let logChoose = 0;
  let total = 0;
  for (let i = 0; i <= tail; i++) {
    if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i);
    total += Math.exp(logChoose + logHalfN);
  }
  // Never 0: a p that underflows is still a probability above zero.
  return Math.min(1, Math.max(Number.MIN_VALUE, 2 * total));
}

/** Two-sided exact sign test: the non-zero differences' signs against Binomial(n, ½); zeros dropped. */
export function exactSignTest(differences: readonly number[]): SignTest {
  checkFinite(differences);
  const positive = differences.filter((d) => d > 0).length;
  const negative = differences.filter((d) => d < 0).length;
  const zeros = differences.length - positive - negative;
  return { positive, negative, zeros, pValue: binomialHalfTwoSided(positive, positive + negative) };
}

/**
 * Ranks of |d| over ALL differences, zeros included (average ranks for ties), doubled so that they
 * are integers. Pratt (1959): the zeros take the lowest ranks and are then dropped, so a zero still
 * pushes every non-zero difference's rank up.
 */
function doubledPrattRanks(differences: readonly number[]): { rank2: number; positive: boolean }[] {
  const order = differences.map((d, i) => ({ abs: Math.abs(d), i })).sort((a, b) => a.abs - b.abs);
  const rank2 = new Array<number>(differences.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].abs === order[start].abs) end++;
    // Ranks start+1 … end+1 share their mean; doubled: (start + 1) + (end + 1).
    for (let k = start; k <= end; k++) rank2[order[k].i] = start + end + 2;
    start = end + 1;
  }
  return differences.flatMap((d, i) => (d === 0 ? [] : [{ rank2: rank2[i], positive: d > 0 }]));
}

/**
 * Exact two-sided p: under H0 every non-zero difference is as likely positive as negative, so W+
 * is a sum of independent "rank or nothing" terms. Its distribution (in doubled ranks) by
 * convolution; symmetric about half the total, hence p = 2·P(W+ ≤ min(w, total − w)).
 */
function exactWilcoxonP(ranks: readonly { rank2: number }[], w2: number): number {
  const total = ranks.reduce((sum, r) => sum + r.rank2, 0);
  const dist = new Float64Array(total + 1);
  dist[0] = 1;
  let reach = 0;
  for (const { rank2 } of ranks) {
    reach += rank2;
    // In place, from the top down, so dist[s − rank2] is still the previous step's value.
    for (let s = reach; s >= 0; s--) dist[s] = (dist[s] + (s >= rank2 ? dist[s - rank2] : 0)) / 2;
  }
  const lower = Math.min(w2, total - w2);
  let tail = 0;
  for (let s = 0; s <= lower; s++) tail += dist[s];
  return Math.min(1, Math.max(Number.MIN_VALUE, 2 * tail));
}

/**
 * Normal approximation with the actual (tied, Pratt-shifted) ranks: E = Σr/2, Var = Σr²/4. This is
 * SciPy's wilcoxon(zero_method="pratt", method="approx") with its tie and Cureton zero corrections,
 * no continuity correction.
 */
function normalWilcoxonP(ranks: readonly { rank2: number }[], w2: number): number {
  const mean2 = ranks.reduce((sum, r) => sum + r.rank2, 0) / 2;
  const sd2 = Math.sqrt(ranks.reduce((sum, r) => sum + r.rank2 * r.rank2, 0) / 4);
  if (sd2 === 0) return 1;
  const z = Math.abs(w2 - mean2) / sd2;
  return Math.min(1, Math.max(Number.MIN_VALUE, 2 * normalUpperTail(z)));
}

/** Beyond this many pairs the exact distribution costs more than it adds; the normal one is then close. */
const exactLimit = 200;

/** Wilcoxon signed-rank test, two-sided, Pratt's treatment of zeros: zeros are ranked, then dropped. */
export function wilcoxonSignedRank(
  differences: readonly number[],
  options: { method?: 'auto' | 'exact' | 'normal' } = {},
): Wilcoxon {
  checkFinite(differences);
  const ranks = doubledPrattRanks(differences);
  const w2 = ranks.reduce((sum, r) => sum + (r.positive ? r.rank2 : 0), 0);
  const choice = options.method ?? 'auto';
  const method = choice === 'auto' ? (differences.length <= exactLimit ? 'exact' : 'normal') : choice;
  const pValue =
    ranks.length === 0 ? 1 : method === 'exact' ? exactWilcoxonP(ranks, w2) : normalWilcoxonP(ranks, w2);
  return { statistic: w2 / 2, nonZero: ranks.length, pValue, method };
}

/** McNemar's test for a paired yes/no (e.g. answering 4–5 before and after): exact binomial on the discordant pairs. */
export function mcNemarExact(pairs: readonly { before: boolean; after: boolean }[]): McNemar {
  const before = pairs.filter((p) => p.before).length;
  const after = pairs.filter((p) => p.after).length;
  const discordantUp = pairs.filter((p) => !p.before && p.after).length;
  const discordantDown = pairs.filter((p) => p.before && !p.after).length;
  const pValue = binomialHalfTwoSided(discordantUp, discordantUp + discordantDown);
  return { before, after, discordantUp, discordantDown, pValue };
}

/** p as a reader sees it; never "0": "< 0,001" / "< 0.001" under 0.001, else 3 significant decimals, sv or en. */
export function formatPValue(p: number, language: 'sv' | 'en'): string {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a p-value lies in [0, 1], got ${p}`);
  const text = p < 0.001 ? '< 0.001' : p.toPrecision(3);
  return language === 'sv' ? text.replace('.', ',') : text;
}
