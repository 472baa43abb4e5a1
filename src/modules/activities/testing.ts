/**
 * This module's part of the test world, for tests outside it. Not for production code (the
 * dependency lint rule lets only tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { addDays, swedishYear } from '../../shared/time';
import { activityInput, eventInput, sessionInput } from './activities.contract';
import { createActivity } from './activities.service';
import { createEvent } from './events.service';
import { setFinances } from './finances.service';
import { createSession } from './sessions.service';

/** The activities table, for tests that look up what the demo or an import wrote. */
export { activities } from './activities.table';

/** A public homework club in the first area with a session last week, an event and this year's finances. */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const { admin, today } = org;
  const areaId = org.areas[0].id;
  const activity = await createActivity(
    ctx,
    admin,
    activityInput.parse({
      name: 'Läxhjälp',
      focusArea: 'gemenskap',
      areaIds: [areaId],
      public: true,
      targetGroups: ['youths'],
    }),
  );
  await createSession(
    ctx,
    admin,
    sessionInput.parse({
      activityId: activity.id,
      areaId,
      date: addDays(today, -7),
      startTime: '16:00',
      endTime: '18:00',
      participants: 12,
      women: 7,
      men: 5,
    }),
  );
  await createEvent(
    ctx,
    admin,
    eventInput.parse({
      activityId: activity.id,
      areaId,
      name: 'Höstfest',
      date: addDays(today, -3),
      counters: { besökare: 80 },
    }),
  );
  await setFinances(ctx, admin, activity.id, swedishYear(org.now), { budget: 20_000, cost: 15_500 });
}
