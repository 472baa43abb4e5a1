import { systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import type { IndicatorDefinition, IndicatorValue } from '../../core/indicators';
import type { TargetStatus } from '../../core/statistics';
import { summary } from './safety-index.service';

export type SafetyIndexFigure = IndicatorValue & { target: number | null; status: TargetStatus | null };

/**
 * The organisation's safety index for a calendar year with its target and status, as the report
 * contract wants it: value and bounds as fractions, n = respondents; null figures when suppressed.
 */
export async function safetyIndexForYear(
  db: Db,
  organisationId: string,
  year: number,
): Promise<SafetyIndexFigure> {
  const result = await summary({ db }, systemActor(organisationId), String(year));
  const org = result.groups.find((g) => g.level === 'organisation')!;
  return {
    value: org.value,
    n: org.respondents,
    ciLow: org.low,
    ciHigh: org.high,
    suppressed: org.suppressed,
    target: org.target,
    status: org.status,
  };
}

export const safetyIndexIndicator: IndicatorDefinition = {
  id: 'safety_index',
  name: { sv: 'Trygghetsindex', en: 'Safety index' },
  unit: 'fraction',
  sdg: [11, 3],
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'trygghet',
  compute: (db, organisationId, year) => safetyIndexForYear(db, organisationId, year),
};
