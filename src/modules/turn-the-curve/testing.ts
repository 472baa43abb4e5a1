/**
 * This module's part of the test world, for tests outside it. Not for production code (the
 * dependency lint rule lets only tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';

/** To be filled in: rows of this module's tables for the organisation, through its services. */
export async function seedTestData(_ctx: AppContext, _org: TestOrganisation) {}
