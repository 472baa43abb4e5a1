/**
 * This module's part of the test world, for tests outside it. Not for production code (the
 * dependency lint rule lets only tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { updateThreshold } from './privacy.service';

/** The survey threshold raised from 10 to 12 (the others stay at their defaults). */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  await updateThreshold(ctx.db, org.admin, 'survey', 12);
}
