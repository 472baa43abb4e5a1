/**
 * This module's part of the test world, for tests outside it. Not for production code (the
 * dependency lint rule lets only tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { swedishYear } from '../../shared/time';
import type { ManualIndicatorInput } from './indicators.contract';
import { createEntry, createManualIndicator, setAttachment } from './manual.service';

/** A hand-entered share (tenants satisfied with safety in a customer survey) as a test defines it. */
export const surveyShareIndicator: ManualIndicatorInput = {
  code: 'manual_survey_safety',
  nameSv: 'Andel nöjda med tryggheten (kundenkät)',
  nameEn: 'Share satisfied with safety (customer survey)',
  unit: 'fraction',
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'trygghet',
  sdg: [11],
  sdgTargets: ['11.7'],
  higherIsBetter: true,
  frequency: 'yearly',
  owner: 'analyst',
  definitionSv: 'Andel svarande i kundenkäten som känner sig trygga i sitt bostadsområde.',
  definitionEn: 'Share of respondents in the customer survey who feel safe in their neighbourhood.',
};

/**
 * A hand-entered share with last year's value for the organisation (0.75 of 200) and the first
 * area (0.8 of 120), the organisation's with a small CSV attached.
 */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const year = swedishYear(org.now) - 1;
  const indicator = await createManualIndicator(ctx, org.analyst, surveyShareIndicator);
  const whole = await createEntry(
    ctx,
    org.analyst,
    indicator.id,
    { year, areaId: null, value: 0.75, n: 200, sourceNote: `Kundenkät ${year}, leverantörens rapport` },
    org.now,
  );
  await setAttachment(ctx, org.analyst, whole.id, {
    name: 'kundenkat.csv',
    bytes: Buffer.from('svar;andel\n200;0,75\n'),
  });
  await createEntry(
    ctx,
    org.analyst,
    indicator.id,
    { year, areaId: org.areas[0].id, value: 0.8, n: 120, sourceNote: `Kundenkät ${year}, områdesrapport` },
    org.now,
  );
}
