/**
 * Before/after answers of the same people on a short ordinal scale (1–5, 0–7 days): the differences
 * are small integers with many ties and zeros, so a t-test's interval says little and its p can
 * round to 0. Instead: Wilcoxon's signed-rank test with Pratt's zeros and the exact sign test on the
 * differences, and McNemar's exact test on the share answering at the top of the scale (4–5 on a
 * 1–5 scale). The mean change stays, as a description. Whether a comparison may be shown is the
 * publication layer's (questionnaires.service.ts); this file only computes.
 */
import { exactSignTest, mcNemarExact, wilcoxonSignedRank } from '../../core/paired-tests';

export type Pair = { before: number; after: number };

/** The answers counted as "at the top": the scale's two highest steps (4–5 of 1–5). */
export function topOf(scale: { min: number; max: number }): { from: number; to: number } {
  return { from: Math.max(scale.min, scale.max - 1), to: scale.max };
}

export type PairedComparison = {
  n: number;
  meanBefore: number | null;
  meanAfter: number | null;
  /** Mean of after − before: a description, not a test. */
  meanChange: number | null;
  /** Pairs that went up, stayed, went down. */
  up: number;
  same: number;
  down: number;
  /** Two-sided p of Wilcoxon's signed-rank test (Pratt's zeros; exact up to 200 pairs). */
  wilcoxonP: number;
  /** Two-sided p of the exact sign test. */
  signP: number;
  /** Share at the top of the scale before and after (of the n pairs), and McNemar's exact p. */
  topBefore: number | null;
  topAfter: number | null;
  mcNemarP: number;
};

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;

/** The comparison of one question's pairs, in the scale's own direction (after − before). */
export function pairedComparison(
  pairs: readonly Pair[],
  scale: { min: number; max: number },
): PairedComparison {
  const differences = pairs.map((p) => p.after - p.before);
  const sign = exactSignTest(differences);
  const wilcoxon = wilcoxonSignedRank(differences);
  const top = topOf(scale);
  const atTop = (v: number) => v >= top.from && v <= top.to;
  const mcNemar = mcNemarExact(pairs.map((p) => ({ before: atTop(p.before), after: atTop(p.after) })));
  const n = pairs.length;
  return {
    n,
    meanBefore: mean(pairs.map((p) => p.before)),
    meanAfter: mean(pairs.map((p) => p.after)),
    meanChange: mean(differences),
    up: sign.positive,
    same: sign.zeros,
    down: sign.negative,
    wilcoxonP: wilcoxon.pValue,
    signP: sign.pValue,
    topBefore: n ? mcNemar.before / n : null,
    topAfter: n ? mcNemar.after / n : null,
    mcNemarP: mcNemar.pValue,
  };
}
