/**
 * What makes a goal valid, the same for the page, the API and the import: a known indicator (one a
 * module registers, or one the organisation keeps by hand), a plausible year, a baseline year not
 * after it, and a target the indicator's unit can hold (a share 0–1, anything else at least 0).
 */
import type { Db } from '../../core/db/client';
import { type IndicatorDefinition, indicators } from '../../core/indicators';
import { organisationIndicators } from '../indicators';

/** The years a goal and its baseline may be for (as the API's `?year=`). */
export const firstGoalYear = 2000;
export const lastGoalYear = 2100;

/** The most any goal may be, whatever its unit (amounts in SEK included). */
const largestTarget = 1e12;

export type KnownIndicator = { definition: IndicatorDefinition; handEntered: boolean };

/**
 * Every indicator the organisation can set a goal for: the modules' registered ones, then its own
 * hand-entered ones (one with a registered indicator's id is the registered one).
 */
export async function knownIndicators(db: Db, organisationId: string): Promise<KnownIndicator[]> {
  const registered = indicators();
  const ids = new Set(registered.map((i) => i.id));
  const own = (await organisationIndicators(db, organisationId)).filter((i) => !ids.has(i.id));
  return [
    ...registered.map((definition) => ({ definition, handEntered: false })),
    ...own.map((definition) => ({ definition, handEntered: true })),
  ];
}

/** The range a target must lie in, by unit: a share 0–1, any other figure from 0. */
export function targetRange(unit: IndicatorDefinition['unit']): { min: number; max: number } {
  return unit === 'fraction' ? { min: 0, max: 1 } : { min: 0, max: largestTarget };
}

export const targetFits = (unit: IndicatorDefinition['unit'], target: number) => {
  const { min, max } = targetRange(unit);
  return Number.isFinite(target) && target >= min && target <= max;
};

export const yearFits = (year: number) =>
  Number.isInteger(year) && year >= firstGoalYear && year <= lastGoalYear;
