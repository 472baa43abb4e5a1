/**
 * The social value of a programme outcome, from the organisation's own assumptions
 * (docs/social-value.md):
 *
 *   value = participants × value per person-year × (1 − deadweight) × (1 − attribution)
 *           × Σ_{t=0}^{duration−1} (1 − drop-off)^t
 *
 * Deadweight is the share of the outcome that would have happened anyway; attribution the share due
 * to others, so (1 − attribution) is the organisation's own share. The value of the first year counts
 * in full and each later year keeps (1 − drop-off) of the year before. No discounting: no rate is
 * assumed for the organisation (a social discount rate is a choice it would have to make and cite).
 */

/** What one valuation assumes; shares as 0–1. */
export type Assumptions = {
  valuePerPersonYear: number;
  deadweight: number;
  attribution: number;
  durationYears: number;
  dropOff: number;
};

/** Σ_{t=0}^{duration−1} (1 − drop-off)^t: the person-years one outcome is worth over its duration. */
export function durationFactor(durationYears: number, dropOff: number): number {
  let sum = 0;
  for (let t = 0; t < durationYears; t++) sum += (1 - dropOff) ** t;
  return sum;
}

/** What one person reaching the outcome is worth to the organisation over the whole duration, in SEK. */
export function valuePerPerson(a: Assumptions): number {
  return (
    a.valuePerPersonYear *
    (1 - a.deadweight) *
    (1 - a.attribution) *
    durationFactor(a.durationYears, a.dropOff)
  );
}

/** The value of `participants` reaching the outcome, in SEK. */
export function outcomeValue(participants: number, a: Assumptions): number {
  return participants * valuePerPerson(a);
}
