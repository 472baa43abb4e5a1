import type { Db } from '../../core/db/client';

/**
 * THE HOOK for showing the safety index next to the situation picture in the analysis views.
 * The Trygghetsindex module (src/modules/safety-index) is being built in parallel; once its index.ts
 * exports a function giving an area's index for a period, call it here and return its values.
 * Until then every area gets null and the analysis says the index is not available.
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
