/**
 * This module's part of the test world, for tests outside it. Not for production code (the
 * dependency lint rule lets only tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';

/** Rows in every table of this module for the organisation, written through the services. */
export async function seedTestData(_ctx: AppContext, _org: TestOrganisation) {}
