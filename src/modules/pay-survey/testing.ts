/**
 * This module's part of the test world, for tests outside it, and its tables for tests that look at
 * what the service or an import wrote. Not for production code (the dependency lint rule lets only
 * tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { swedishYear } from '../../shared/time';
import { createAction } from './pay-actions.service';
import { setFinding } from './pay-survey.service';
import { salariesImport } from './salaries.import';
import { workedGroups, workedRows } from './worked-example.fixture';

export { payActions, payFindings, salaryRecords } from './pay-survey.table';
export { workedRows } from './worked-example.fixture';

/**
 * Last year's pay survey, imported by the admin: the worked example's 38 employees
 * (worked-example.fixture.ts), a finding on Uthyrare and one action in the plan.
 */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const year = swedishYear(org.now) - 1;
  const { admin } = org;
  const rows = workedRows.map((r) => ({ ...r, year }));
  await ctx.db.transaction((tx) =>
    salariesImport.commit!(tx, admin, rows, { seen: new Set() }, async () => {}),
  );
  await setFinding(ctx, admin, {
    year,
    categoryKind: 'work_group',
    categoryKey: workedGroups.letting,
    explained: false,
    explanation: 'Analys pågår.',
  });
  await createAction(ctx, admin, {
    year,
    description: 'Se över lönerna i Uthyrare.',
    owner: 'HR',
    dueOn: `${year + 1}-06-30`,
  });
}
