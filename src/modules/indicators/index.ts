import type { GrannskapModule } from '../../core/module';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { indicatorRoutes } from './indicators.routes';

export { indicatorPermissions } from './indicators.policy';

/** The framework of material areas, focus areas and indicators with their UN goals, read-only. */
export const indicatorsModule: GrannskapModule = {
  name: 'indicators',
  dependsOn: ['areas'],
  routes: indicatorRoutes,
  messages: { sv, en },
};

/**
 * The organisation's hand-entered indicators as definitions the report can compute (their values
 * are the entries). (To be filled in by the entries service.)
 */
export async function organisationIndicators(
  _db: import('../../core/db/client').Db,
  _organisationId: string,
): Promise<import('../../core/indicators').IndicatorDefinition[]> {
  return [];
}
