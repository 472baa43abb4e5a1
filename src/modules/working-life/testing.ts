/**
 * This module's part of the test world, for tests outside it, and its tables for tests that look at
 * what the service or an import wrote. Not for production code (the dependency lint rule lets only
 * tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { swedishYear } from '../../shared/time';
import { addBody, setHeadcount } from './headcount.service';
import { setWorkEnvironment } from './work-environment.service';

export { workEnvironmentYears, workforceBodies, workforceHeadcounts } from './working-life.table';

/**
 * Last year's headcount of the whole company and the board, a body of the organisation's own with
 * its headcount, and last year's work environment, entered by the admin.
 */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const year = swedishYear(org.now) - 1;
  const { admin } = org;
  await setHeadcount(ctx, admin, year, 'company', { women: 74, men: 92, other: 0 });
  await setHeadcount(ctx, admin, year, 'board', { women: 7, men: 6, other: 0 });
  await addBody(ctx, admin, { code: 'kundservice', name: 'Kundservice' });
  await setHeadcount(ctx, admin, year, 'kundservice', { women: 9, men: 3, other: 1 });
  await setWorkEnvironment(ctx, admin, year, {
    sickLeaveShare: 0.047,
    promotiveShare: 0.8,
    iso45001Certified: true,
    iso45001ValidUntil: `${year + 2}-03-14`,
    sourceNote: 'Lönesystemet',
  });
}
