import type { Db } from '../../core/db/client';
import type { IndicatorDefinition } from '../../core/indicators';
import type { GrannskapModule } from '../../core/module';
import { seedIndicatorsDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { indicatorRoutes } from './indicators.routes';
import { manualDefinition, manualIndicatorRows } from './manual-indicators';

export { indicatorPermissions } from './indicators.policy';

/**
 * The framework of material areas, focus areas and indicators with their UN goals; the
 * organisation's own indicators entered by hand; and how each figure was computed.
 */
export const indicatorsModule: GrannskapModule = {
  name: 'indicators',
  dependsOn: ['areas'],
  routes: indicatorRoutes,
  messages: { sv, en },
  errorCodes: {
    focus_area_mismatch: 400,
    unknown_sdg_goal: 400,
    unknown_sdg_target: 400,
    sdg_target_goal: 400,
    entry_future_year: 400,
    entry_fraction_range: 400,
    entry_negative: 400,
    entry_not_whole: 400,
    entry_exists: 409,
    manual_indicator_has_entries: 409,
    attachment_type: 415,
    attachment_too_large: 413,
  },
  seedDemo: seedIndicatorsDemo,
};

/**
 * The organisation's hand-entered indicators as definitions the report can compute: `compute`
 * gives the organisation-wide entry of a year and `computeForArea` an area's, a share resting on
 * people with its Wilson interval and hidden by the publication layer when its group is small.
 */
export async function organisationIndicators(db: Db, organisationId: string): Promise<IndicatorDefinition[]> {
  return (await manualIndicatorRows(db, organisationId)).map((row) => manualDefinition(row, organisationId));
}
