/**
 * This module's part of the test world, for tests outside it, and its table for tests that look at
 * what the service or an import wrote. Not for production code (the dependency lint rule lets only
 * tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { swedishYear } from '../../shared/time';
import { createValuation } from './social-value.service';

export { socialValuations } from './social-value.table';

/** One valuation of exits to work in every programme, from last year, set by the analyst. */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  await createValuation(ctx, org.analyst, {
    outcome: 'work',
    programCode: null,
    label: 'Försörjningsstöd som inte betalas ut',
    valuePerPersonYear: 100_000,
    deadweight: 0.25,
    attribution: 0.2,
    durationYears: 2,
    dropOff: 0.5,
    source: 'Testvärde',
    validFromYear: swedishYear(org.now) - 1,
  });
}
