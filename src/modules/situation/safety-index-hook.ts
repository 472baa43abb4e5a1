import type { Db } from '../../core/db/client';
import { safetyIndexForYear } from '../safety-index';

/**
 * THE HOOK for showing the safety index next to the situation picture in the analysis views.
 *
 * The safety-index module (src/modules/safety-index) exports, through its index.ts, only the
 * organisation's index for a calendar year (safetyIndexForYear). That is shown beside the yearly
 * analysis. Per area and per quarter/tertial it exports nothing yet: once it does, return its values
 * from safetyIndexForAreas and the analysis table fills its "Trygghetsindex" column.
 */
export type SafetyIndexByArea = { available: boolean; values: Map<string, number | null> };

export async function safetyIndexForAreas(
  _db: Db,
  _organisationId: string,
  areaIds: readonly string[],
  _period: { from: string; to: string },
): Promise<SafetyIndexByArea> {
  return { available: false, values: new Map(areaIds.map((id) => [id, null])) };
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
