/**
 * The working-life figures as indicator values, and as the publication layer lets them out. The
 * page, the API and the annual report all take a share from here, so they cannot disagree.
 *
 * A body's headcount is a census whose counts are public facts (GRI 405-1 asks for them; a board's
 * members are named in the annual report), so no threshold hides a small body. The share carries no
 * base (`n` null): the layer's whole-point rounding for bases under 100 stops a share from giving its
 * fraction away, and here the fraction is published anyway — so the layer rounds it to 0.1 point,
 * as the annual report has always shown it (4 of 9 → 44.4 %). docs/working-life.md.
 */
import type { IndicatorValue } from '../../core/indicators';
import { censusValue } from '../../core/indicators';
import { publishIndicator } from '../../core/report';

/** One body's headcount in a year. */
export type Headcount = { women: number; men: number; other: number };

export const totalOf = (h: Headcount) => h.women + h.men + h.other;

/** The women's share of a body, women / (women + men + other); no figure without a headcount. */
export function womenShareValue(headcount: Headcount | null): IndicatorValue {
  if (!headcount || totalOf(headcount) === 0) return censusValue(null, null);
  return censusValue(headcount.women / totalOf(headcount), null);
}

/** A share entered by hand for the whole organisation (sick leave, the promotive share). */
export function enteredShareValue(share: number | null | undefined): IndicatorValue {
  return censusValue(share ?? null, null);
}

/** A share as it leaves the server: through the report's publication of a fraction. */
export function publishedShare(value: IndicatorValue): number | null {
  return publishIndicator({ unit: 'fraction', higherIsBetter: true }, value).value;
}
