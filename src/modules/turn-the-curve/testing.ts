/**
 * This module's part of the test world, for tests outside it. Not for production code (the
 * dependency lint rule lets only tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { saveStory } from './story.service';

/** The story behind the safety index's curve, written by the organisation's analyst. */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  await saveStory(
    ctx,
    org.analyst,
    {
      indicatorId: 'safety_index',
      story: `Tryggheten i ${org.slug} sjönk när belysningen på gårdarna var trasig; den lagades under hösten.`,
    },
    org.now,
  );
}
