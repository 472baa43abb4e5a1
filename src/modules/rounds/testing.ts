/**
 * What tests outside this module (the browser suite) may use: the rows a phone's sync writes, and
 * test photos; and `seedTestData`, this module's part of the test world. Not for production code
 * (the dependency lint rule lets only tests import this file).
 */
import { randomUUID } from 'node:crypto';
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { jpegWithGps } from '../../core/test-photos';
import { addDays } from '../../shared/time';
import { createAction, updateAction } from './actions.service';
import { setAreaManager } from './people.service';
import { syncQueue } from './sync.service';
import { listTemplates } from './templates.service';
import { createWalk } from './walks.service';

export { hasGpsIfd, jpegWithGps } from '../../core/test-photos';
export { actions, findingPhotos, findings, presenceShifts } from './rounds.table';

/**
 * A little of everything, made the way the app makes it: the default checklists, a stairwell round
 * from a phone (two findings, the high one with a photo and its automatic action, a presence
 * shift), a safety walk with a finding, a free-standing action closed once, and the host as the
 * first area's manager.
 */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const { admin, host, today, now } = org;
  const [area, property] = [org.areas[0], org.properties[0]];
  const stairwell = (await listTemplates(ctx, admin)).find((x) => x.key === 'stairwell')!;
  await setAreaManager(ctx, admin, area.id, host.userId!, true);
  const walkedOn = addDays(today, -2);
  const round = randomUUID();
  const [low, high] = [randomUUID(), randomUUID()];
  const photo = (await jpegWithGps(64, 48)).toString('base64');
  await syncQueue(ctx, host, {
    rounds: [
      {
        clientId: round,
        templateId: stairwell.id,
        propertyId: property.id,
        walkedOn,
        answers: { lighting: 'finding', fire_hazards: 'finding', cleanliness: 'ok' },
        completed: true,
      },
    ],
    findings: [
      {
        clientId: low,
        roundClientId: round,
        itemKey: 'lighting',
        severity: 'low',
        note: 'Lampa trasig',
        positive: false,
        foundOn: walkedOn,
      },
      {
        clientId: high,
        roundClientId: round,
        itemKey: 'fire_hazards',
        severity: 'high',
        note: 'Kartonger i trapphuset',
        positive: false,
        foundOn: walkedOn,
      },
    ],
    photos: [{ clientId: randomUUID(), findingClientId: high, data: photo }],
    shifts: [
      {
        clientId: randomUUID(),
        areaId: area.id,
        startsAt: `${walkedOn}T17:00:00+01:00`,
        endsAt: `${walkedOn}T20:00:00+01:00`,
        timeOfDay: 'evening',
        role: 'safety_host',
        activities: ['talks'],
        talks: 6,
        note: '',
      },
    ],
  });
  const walk = await createWalk(ctx, admin, {
    areaId: area.id,
    title: 'Trygghetsvandring runt torget',
    route: 'Torget, gångtunneln, lekplatsen',
    participants: [{ kind: 'tenants', organisation: null, count: 8 }],
    walkOn: addDays(today, -10),
    summary: 'Mörkt i gångtunneln.',
  });
  await syncQueue(ctx, admin, {
    rounds: [],
    findings: [
      {
        clientId: randomUUID(),
        walkId: walk.id,
        areaId: area.id,
        severity: 'medium',
        note: 'Mörkt i gångtunneln',
        positive: false,
        foundOn: walk.walkOn,
      },
    ],
    photos: [],
    shifts: [],
  });
  const action = await createAction(
    ctx,
    admin,
    { areaId: org.areas[1].id, title: 'Byt belysning vid garaget', dueOn: addDays(today, 14) },
    now,
  );
  await updateAction(
    ctx,
    admin,
    action.id,
    { status: 'done', publicText: 'Belysningen är bytt.', note: '' },
    now,
  );
}
