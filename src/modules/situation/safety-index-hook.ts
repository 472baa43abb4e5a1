import type { Db } from '../../core/db/client';
import { safetyIndexByArea, safetyIndexForYear } from '../safety-index';

/**
 * The safety index beside the situation picture in the analysis views: each area's index for the
 * analysis period (a quarter, tertial or year as dates), from the safety-index module. Values are
 * fractions 0–1; null where the area had too few answers to show ("för få svar") or none at all.
 */
export type SafetyIndexByArea = { available: boolean; values: Map<string, number | null> };

export async function safetyIndexForAreas(
  db: Db,
  organisationId: string,
  areaIds: readonly string[],
  period: { from: string; to: string },
): Promise<SafetyIndexByArea> {
  const byArea = await safetyIndexByArea(db, organisationId, period);
  return { available: true, values: new Map(areaIds.map((id) => [id, byArea.get(id)?.value ?? null])) };
}

export type OrganisationSafetyIndex = {
  value: number | null;
  n: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
};

/** The organisation's safety index for a year, from the safety-index module; null when it has none. */
export async function organisationSafetyIndex(
  db: Db,
  organisationId: string,
  year: number,
): Promise<OrganisationSafetyIndex | null> {
  try {
    const figure = await safetyIndexForYear(db, organisationId, year);
    return {
      value: figure.value,
      n: figure.n,
      ciLow: figure.ciLow,
      ciHigh: figure.ciHigh,
      suppressed: Boolean(figure.suppressed),
    };
  } catch {
    // No survey data for the year (or the module not set up): the analysis shows the incidents alone.
    return null;
  }
}
