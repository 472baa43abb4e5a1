/**
 * Grannskap's grade proposal: the week's incident count against the area's own baseline, the mean
 * of its previous 12 weeks. Under a Poisson model with that mean, a count whose upper tail
 * probability P(X ≥ observed) is small is more than ordinary week-to-week variation allows.
 * A person sets the grade; this only proposes one.
 */

/** Tail probabilities that raise the proposal one level each: < 5 %, < 1 %, < 0.1 %. */
export const gradeThresholds = [0.05, 0.01, 0.001] as const;

/** Weeks in the baseline. */
export const baselineWeeks = 12;

/** P(X = k) for X ~ Poisson(lambda). */
export function poissonPmf(k: number, lambda: number): number {
  if (lambda === 0) return k === 0 ? 1 : 0;
  // In logs, so large k does not overflow k!.
  let logFactorial = 0;
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
  return Math.exp(k * Math.log(lambda) - lambda - logFactorial);
}

/** P(X ≥ k) for X ~ Poisson(lambda): one minus the sum of P(X = i) for i < k. */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  let below = 0;
  for (let i = 0; i < k; i++) below += poissonPmf(i, lambda);
  return Math.max(0, 1 - below);
}

export type GradeProposal = {
  /** Proposed level on the organisation's scale (1 = normal). */
  level: number;
  observed: number;
  /** Mean weekly count of the baseline weeks (before the floor). */
  baselineMean: number;
  /** The Poisson mean used: the baseline mean, at least half an event over the baseline. */
  lambda: number;
  /** P(X ≥ observed | lambda). */
  pValue: number;
  /** Whether the count is above what the baseline allows (p below the first threshold). */
  flagged: boolean;
};

/**
 * Proposes a level from the week's count and the previous weeks' counts (missing weeks count 0).
 * An area with no incidents at all in its baseline would make any single event "impossible"; the
 * mean is therefore floored at half an event over the baseline period (0.5 / 12 per week).
 */
export function proposeGrade(observed: number, baseline: readonly number[], levels = 4): GradeProposal {
  const weeks = Math.max(baseline.length, 1);
  const baselineMean = baseline.reduce((s, n) => s + n, 0) / weeks;
  const lambda = Math.max(baselineMean, 0.5 / weeks);
  const pValue = observed <= lambda ? 1 : poissonUpperTail(observed, lambda);
  const raised = gradeThresholds.filter((alpha) => pValue < alpha).length;
  return {
    level: Math.min(levels, 1 + raised),
    observed,
    baselineMean,
    lambda,
    pValue,
    flagged: raised > 0,
  };
}

export type Trend = 'up' | 'down' | 'same' | null;

/** Direction of the grade against the week before (higher level = worse). */
export function trendOf(level: number | null, previous: number | null): Trend {
  if (level === null || previous === null) return null;
  return level > previous ? 'up' : level < previous ? 'down' : 'same';
}
