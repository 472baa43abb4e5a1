/**
 * This module's part of the test world, for tests outside it. Not for production code (the
 * dependency lint rule lets only tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { processPhoto } from '../../core/photos';
import { jpegWithGps } from '../../core/test-photos';
import { triageFeedback } from './feedback.service';
import { emptyForm, storeFeedback } from './submit.service';

export { feedbackPhotos, feedbackReports } from './feedback.table';

/**
 * Two tenants' reports in the first area — one with a photo, answered by the admin — and one in
 * the second area, still open; written as the public form and the triage write them.
 */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const organisationId = org.admin.organisationId;
  const photo = await processPhoto(await jpegWithGps(400, 300));
  const first = await storeFeedback(
    ctx,
    {
      organisationId,
      areaId: org.areas[0].id,
      form: {
        ...emptyForm,
        category: 'lighting',
        place: 'Gången vid tvättstugan',
        description: 'Lampan är trasig.',
        email: 'hyresgast@exempel.se',
      },
      language: 'sv',
      photo,
    },
    org.now,
  );
  await storeFeedback(
    ctx,
    {
      organisationId,
      areaId: org.areas[1].id,
      form: { ...emptyForm, category: 'litter', description: 'Fullt i miljöhuset.' },
      language: 'en',
      photo: null,
    },
    org.now,
  );
  await triageFeedback(
    ctx,
    org.admin,
    first.id,
    { kind: 'answer', answer: 'Lampan är bytt.' },
    org.now,
    ctx.mailer,
  );
}
