/**
 * This module's part of the test world, for tests outside it. Not for production code (the
 * dependency lint rule lets only tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { addDays, isoWeekOfDay } from '../../shared/time';
import { createPartner, loadCategories } from './config.service';
import { setCoordinator } from './coordinators.service';
import { createPriority } from './priorities.service';
import { fileReport } from './reports.service';
import { reviewReport } from './review.service';
import { compileWeek, setGrade } from './weekly.service';

/**
 * Polisen as a partner with a report this week; last week a report by the housing company,
 * reviewed and compiled, a grade for the first area and a priority; the analyst as coordinator.
 */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const { admin, partner, today, now } = org;
  await createPartner(ctx, admin, { name: 'Polisen', kind: 'police', contactEmail: null, active: true });
  await setCoordinator(ctx, admin, org.analyst.userId!, true);
  const categories = await loadCategories(ctx.db, admin.organisationId);
  const category = (code: string) => categories.find((c) => c.code === code)!.id;
  await fileReport(
    ctx,
    partner,
    {
      date: today,
      timeOfDay: 'evening',
      areaId: org.areas[0].id,
      categoryId: category('gatherings'),
      count: 2,
      description: 'Grupp vid kiosken',
      restricted: false,
    },
    now,
  );
  const lastWeekDay = addDays(today, -7);
  const lastWeek = isoWeekOfDay(lastWeekDay);
  const report = await fileReport(
    ctx,
    admin,
    {
      date: lastWeekDay,
      timeOfDay: 'night',
      areaId: org.areas[1].id,
      categoryId: category('gatherings'),
      count: 1,
      description: 'Hög musik på gården',
      restricted: false,
    },
    now,
  );
  await reviewReport(ctx, admin, report.id, { status: 'reviewed' });
  await compileWeek(ctx, admin, lastWeek);
  await setGrade(ctx, admin, lastWeek, { areaId: org.areas[0].id, level: 2, rationale: 'Lugn vecka' }, null);
  await createPriority(ctx, admin, lastWeek, {
    kind: 'priority',
    areaId: org.areas[1].id,
    description: 'Belysning vid gården',
    owner: 'Fastighetsskötare',
  });
}
