/**
 * This module's part of the test world, for tests outside it. Not for production code (the
 * dependency lint rule lets only tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { swedishYear } from '../../shared/time';
import { saveReportText } from './texts.service';

/** The Swedish text of Hållbara stadsdelar in last year's report, as the organisation's analyst wrote it. */
export const testReportText = (org: TestOrganisation) =>
  `Tryggheten i ${org.slug} följs varje månad; EST-samverkan med polisen rapporterar varje vecka.`;

/** One text block: last year's Hållbara stadsdelar in Swedish, written by the analyst. */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  await saveReportText(
    { db: ctx.db },
    org.analyst,
    swedishYear(org.now) - 1,
    { material_area: 'sustainable_neighbourhoods', language: 'sv', body: testReportText(org) },
    org.now,
  );
}
