import type { GrannskapModule } from '../../core/module';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

/** Goals for every module's indicators in one place, with a baseline, status and the turn-the-curve view. */
export const goalsModule: GrannskapModule = {
  name: 'goals',
  dependsOn: ['areas', 'indicators'],
  messages: { sv, en },
};

/**
 * The organisation's organisation-wide goals, as the annual report asks for them: the target of an
 * indicator in a year, or null when none is set. (To be filled in by the goals service.)
 */
export async function organisationGoals(
  _db: import('../../core/db/client').Db,
  _organisationId: string,
): Promise<(indicatorId: string, year: number) => number | null> {
  return () => null;
}
