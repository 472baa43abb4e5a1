import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../../test/harness';
import { pdfText } from '../../../test/pdf-text';
import { auditLog } from '../../core/audit.table';
import { hasGpsIfd } from '../../core/test-photos';
import { roundIndicators } from './indicators';
import { presenceHoursPerWeek } from './presence.service';
import { actionHistory, actions, findingPhotos, findings, presenceShifts, rounds } from './rounds.table';
import { roundsWorld, signInDirect, stairwellQueue } from './test-world';

const t = setUpTestApp();

const tableCount = async (
  table: typeof rounds | typeof findings | typeof findingPhotos | typeof actions | typeof presenceShifts,
) => (await t.db.select({ n: count() }).from(table))[0].n;

const signIn = (email: string) => signInDirect(t, email);
const world = () => roundsWorld(t);

describe('checklist templates', () => {
  it('gives an organisation the six default checklists and versions an edit', async () => {
    const { admin, stairwell } = await world();
    const list = (await admin.get('/api/v1/rounds/templates')).json();
    expect(list.map((x: { key: string }) => x.key)).toEqual([
      'basement',
      'courtyard',
      'entrance',
      'laundry',
      'stairwell',
      'waste_room',
    ]);
    const edit = {
      key: 'stairwell',
      name: { sv: 'Trapphus', en: 'Stairwell' },
      items: [{ key: 'lighting', label: { sv: 'Belysning', en: 'Lighting' }, required: true }],
    };
    const v2 = await admin.post('/api/v1/rounds/templates', edit);
    expect(v2.json()).toMatchObject({ key: 'stairwell', version: 2 });
    // The same edit again is not a new version.
    expect((await admin.post('/api/v1/rounds/templates', edit)).json().version).toBe(2);
    const versions = (await admin.get('/api/v1/rounds/templates/stairwell/versions')).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[1].id).toBe(stairwell.id);
  });

  it('lets only admins edit templates', async () => {
    const { host } = await world();
    const res = await host.post('/api/v1/rounds/templates', {
      key: 'x',
      name: { sv: 'X', en: 'X' },
      items: [{ key: 'a', label: { sv: 'A', en: 'A' }, required: true }],
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('offline sync', () => {
  it('stores a round with three findings and a photo, and a replay of the same queue creates nothing new', async () => {
    const { seed, host, stairwell } = await world();
    const queue = await stairwellQueue(stairwell.id, seed.properties[0].id);
    const first = await host.post('/api/v1/rounds/sync', queue);
    expect(first.statusCode).toBe(200);
    expect(
      first.json().results.map((r: { kind: string; status: string }) => `${r.kind}:${r.status}`),
    ).toEqual(['round:created', 'finding:created', 'finding:created', 'finding:created', 'photo:created']);
    const before = {
      rounds: await tableCount(rounds),
      findings: await tableCount(findings),
      photos: await tableCount(findingPhotos),
      actions: await tableCount(actions),
    };
    expect(before).toEqual({ rounds: 1, findings: 3, photos: 1, actions: 1 });
    const auditBefore = (await t.db.select({ n: count() }).from(auditLog))[0].n;

    const second = await host.post('/api/v1/rounds/sync', queue);
    expect(second.json().results.every((r: { status: string }) => r.status === 'existing')).toBe(true);
    expect(second.json().results.map((r: { id: string }) => r.id)).toEqual(
      first.json().results.map((r: { id: string }) => r.id),
    );
    const after = {
      rounds: await tableCount(rounds),
      findings: await tableCount(findings),
      photos: await tableCount(findingPhotos),
      actions: await tableCount(actions),
    };
    expect(after).toEqual(before);
    expect((await t.db.select({ n: count() }).from(auditLog))[0].n).toBe(auditBefore);
  });

  it('turns the high finding, and only it, into an action due in two weeks', async () => {
    const { seed, host, stairwell } = await world();
    await host.post('/api/v1/rounds/sync', await stairwellQueue(stairwell.id, seed.properties[0].id));
    const list = (await host.get('/api/v1/rounds/actions')).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      status: 'open',
      severity: 'high',
      dueOn: '2026-12-04',
      createdOn: '2026-11-20',
    });
    expect(list[0].title).toBe('Brandrisker (saker i trapphuset): Barnvagnar och kartonger i trapphuset');
  });

  it('stores the photo resized and without EXIF or GPS', async () => {
    const { seed, host, stairwell } = await world();
    const queue = await stairwellQueue(stairwell.id, seed.properties[0].id);
    expect(hasGpsIfd((await sharp(Buffer.from(queue.photos[0].data, 'base64')).metadata()).exif!)).toBe(true);
    const res = await host.post('/api/v1/rounds/sync', queue);
    const photoId = res.json().results.find((r: { kind: string }) => r.kind === 'photo').id;
    const [stored] = await t.db.select().from(findingPhotos).where(eq(findingPhotos.id, photoId));
    const meta = await sharp(stored.content).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([1600, 1067]);
    expect(stored.content.includes(Buffer.from('TestCam'))).toBe(false);
    // And what the API serves is the same cleaned file.
    const served = await host.get(`/api/v1/rounds/photos/${photoId}`);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
  });

  it('keeps a photo whose finding has not been sent as an orphan, and stores it once the finding arrives', async () => {
    const { seed, host, stairwell } = await world();
    const queue = await stairwellQueue(stairwell.id, seed.properties[0].id);
    const early = await host.post('/api/v1/rounds/sync', { photos: queue.photos });
    expect(early.json().results[0]).toMatchObject({ kind: 'photo', status: 'orphan' });
    const full = await host.post('/api/v1/rounds/sync', queue);
    expect(full.json().results.filter((r: { status: string }) => r.status === 'created')).toHaveLength(5);
  });

  it('updates the answers of a round sent before it was finished, without a new round', async () => {
    const { seed, host, stairwell } = await world();
    const queue = await stairwellQueue(stairwell.id, seed.properties[0].id);
    await host.post('/api/v1/rounds/sync', {
      rounds: [{ ...queue.rounds[0], answers: { lighting: 'ok' }, completed: false }],
    });
    const res = await host.post('/api/v1/rounds/sync', { rounds: queue.rounds });
    expect(res.json().results[0].status).toBe('updated');
    const list = (await host.get('/api/v1/rounds')).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ completed: true, templateVersion: 1, propertyCode: 'alfa-P1' });
  });

  it("rejects a host's round at a property outside their areas, and writes every stored item to the audit log", async () => {
    const { seed, host, stairwell } = await world();
    const outside = await stairwellQueue(stairwell.id, seed.properties[1].id);
    const res = await host.post('/api/v1/rounds/sync', outside);
    expect(
      res.json().results.map((r: { status: string; error: string | null }) => `${r.status}:${r.error}`),
    ).toEqual([
      'rejected:forbidden',
      'rejected:round_rejected',
      'rejected:round_rejected',
      'rejected:round_rejected',
      'rejected:finding_rejected',
    ]);
    expect(await tableCount(rounds)).toBe(0);
    await host.post('/api/v1/rounds/sync', await stairwellQueue(stairwell.id, seed.properties[0].id));
    const entities = (await t.db.select({ entity: auditLog.entity }).from(auditLog)).map((a) => a.entity);
    expect(entities.filter((e) => e === 'round')).toHaveLength(1);
    expect(entities.filter((e) => e === 'finding')).toHaveLength(3);
    expect(entities.filter((e) => e === 'finding_photo')).toHaveLength(1);
    expect(entities.filter((e) => e === 'action')).toHaveLength(1);
  });
});

describe('access by area', () => {
  it('shows a host only the rounds, findings, photos and actions of their own areas', async () => {
    const { seed, host, admin, stairwell } = await world();
    const other = await stairwellQueue(stairwell.id, seed.properties[1].id);
    const res = (await admin.post('/api/v1/rounds/sync', other)).json();
    const roundId = res.results[0].id;
    const photoId = res.results[4].id;
    expect((await admin.get('/api/v1/rounds/actions')).json()).toHaveLength(1);
    expect((await host.get('/api/v1/rounds/actions')).json()).toEqual([]);
    expect((await host.get('/api/v1/rounds')).json()).toEqual([]);
    expect((await host.get(`/api/v1/rounds/${roundId}`)).statusCode).toBe(403);
    expect((await host.get(`/api/v1/rounds/photos/${photoId}`)).statusCode).toBe(403);
    expect((await host.get(`/api/v1/rounds/actions?areaId=${seed.areas[1].id}`)).statusCode).toBe(403);
    const viewer = await signIn('viewer@alfa.test');
    expect((await viewer.get(`/api/v1/rounds/${roundId}`)).statusCode).toBe(200);
    expect((await viewer.post('/api/v1/rounds/sync', other)).statusCode).toBe(403);
  });
});

describe('actions', () => {
  it("needs a reason for won't do, keeps a history, and shows overdue actions to owner and area manager", async () => {
    const { seed, host, admin, stairwell } = await world();
    await host.post('/api/v1/rounds/sync', await stairwellQueue(stairwell.id, seed.properties[0].id));
    const [action] = (await host.get('/api/v1/rounds/actions')).json();
    // Due 2026-12-04: overdue from 2026-12-05. Make the host the owner and the admin the area manager.
    expect(
      (
        await admin.patch(`/api/v1/rounds/actions/${action.id}`, {
          ownerUserId: seed.users.host.id,
          dueOn: '2020-01-10',
        })
      ).statusCode,
    ).toBe(200);
    await admin.request('PUT', '/api/v1/rounds/area-managers', {
      areaId: seed.areas[0].id,
      userId: seed.users.admin.id,
      manager: true,
    });
    expect((await admin.get('/api/v1/rounds/area-managers')).json()).toEqual([
      { areaId: seed.areas[0].id, userId: seed.users.admin.id, name: 'admin alfa' },
    ]);
    expect(
      (await host.get('/api/v1/rounds/actions/overdue-for-me')).json().map((a: { id: string }) => a.id),
    ).toEqual([action.id]);
    expect(
      (await admin.get('/api/v1/rounds/actions/overdue-for-me')).json().map((a: { id: string }) => a.id),
    ).toEqual([action.id]);
    const analyst = await signIn('analyst@alfa.test');
    expect((await analyst.get('/api/v1/rounds/actions/overdue-for-me')).json()).toEqual([]);

    const refused = await host.patch(`/api/v1/rounds/actions/${action.id}`, { status: 'wont_do' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('reason_required');
    await host.patch(`/api/v1/rounds/actions/${action.id}`, { status: 'in_progress' });
    const closed = await host.patch(`/api/v1/rounds/actions/${action.id}`, {
      status: 'wont_do',
      wontDoReason: 'Ägaren har hämtat sakerna',
    });
    expect(closed.json()).toMatchObject({
      status: 'wont_do',
      overdue: false,
      wontDoReason: 'Ägaren har hämtat sakerna',
    });
    const history = (await host.get(`/api/v1/rounds/actions/${action.id}/history`)).json();
    expect(
      history.map((h: { fromStatus: string | null; toStatus: string }) => `${h.fromStatus}→${h.toStatus}`),
    ).toEqual(['null→open', 'open→open', 'open→in_progress', 'in_progress→wont_do']);
  });
});

describe('safety walks', () => {
  it('has a protocol PDF, a linked repeat walk, and a public page listing only done actions, without names', async () => {
    const { seed, host, admin } = await world();
    const area = seed.areas[0];
    const walkRes = await host.post('/api/v1/rounds/walks', {
      areaId: area.id,
      title: 'Kvällsvandring runt Bäckby torg',
      route: 'Torget – gångtunneln – lekplatsen – garagen',
      participants: [
        { kind: 'tenants', organisation: null, count: 14 },
        { kind: 'police', organisation: 'Polisen Västerås', count: 2 },
        { kind: 'municipality', organisation: 'Västerås stad', count: 1 },
      ],
      introductionOn: '2026-04-02',
      walkOn: '2026-04-16',
      feedbackOn: '2026-05-07',
    });
    expect(walkRes.statusCode).toBe(201);
    const walk = walkRes.json();
    const [good, dark, bush] = [randomUUID(), randomUUID(), randomUUID()];
    await host.post('/api/v1/rounds/sync', {
      findings: [
        {
          clientId: good,
          walkId: walk.id,
          positive: true,
          note: 'Ny belysning vid lekplatsen upplevs trygg',
          foundOn: '2026-04-16',
        },
        {
          clientId: dark,
          walkId: walk.id,
          severity: 'high',
          note: 'Mörk gångtunnel, två armaturer trasiga',
          foundOn: '2026-04-16',
        },
        {
          clientId: bush,
          walkId: walk.id,
          severity: 'medium',
          note: 'Buskar skymmer sikten vid garagen',
          foundOn: '2026-04-16',
        },
      ],
    });
    const detail = (await host.get(`/api/v1/rounds/walks/${walk.id}`)).json();
    expect(detail.findingList).toHaveLength(3);
    const dark1 = detail.findingList.find((f: { clientId: string }) => f.clientId === dark);
    const bush1 = detail.findingList.find((f: { clientId: string }) => f.clientId === bush);
    expect(dark1.actionId).not.toBeNull(); // high → automatic action
    const bushAction = (
      await host.post('/api/v1/rounds/actions', {
        findingId: bush1.id,
        title: 'Beskär buskarna',
        ownerUserId: seed.users.host.id,
      })
    ).json();
    await host.patch(`/api/v1/rounds/actions/${dark1.actionId}`, {
      status: 'done',
      publicText: 'Vi har bytt armaturerna i gångtunneln.',
    });
    await host.patch(`/api/v1/rounds/actions/${bushAction.id}`, { status: 'in_progress' });

    const planRepeat = (title: string, walkOn: string) =>
      host.post('/api/v1/rounds/walks', { areaId: area.id, title, walkOn, repeatOfId: walk.id });
    const repeat = await planRepeat('Uppföljande vandring', '2026-09-17');
    expect(repeat.statusCode).toBe(201);
    const original = (await host.get(`/api/v1/rounds/walks/${walk.id}`)).json();
    expect(original).toMatchObject({
      repeatWalkId: repeat.json().id,
      findings: 3,
      actionsTotal: 2,
      actionsDone: 1,
    });
    expect(repeat.json().repeatOfId).toBe(walk.id);
    // A walk has one repeat walk.
    const second = await planRepeat('Till', '2026-10-01');
    expect(second.statusCode).toBe(409);

    const pdf = await admin.get(`/api/v1/rounds/walks/${walk.id}/protocol.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload).join('\n');
    expect(text).toContain('Protokoll från trygghetsvandring');
    expect(text).toContain('Introduktionsmöte: 2026-04-02');
    expect(text).toContain('Återkopplingsmöte: 2026-05-07');
    expect(text).toContain('Hyresgäster: 14 personer'); // counted, not named
    expect(text).toContain('Polisen, Polisen Västerås: 2 personer');
    expect(text).toContain('Kommunen, Västerås stad: 1 person\n');
    expect(text).toContain('Uppföljande vandring: Uppföljande vandring (2026-09-17)');
    expect(text).toContain('• Ny belysning vid lekplatsen upplevs trygg');
    expect(text).toContain('Mörk gångtunnel, två armaturer trasiga — hög');
    expect(text).not.toContain('host alfa');

    const page = await t.app.inject({ method: 'GET', url: `/ni-sa-vi-gjorde/alfa/${area.code}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Ni sa – vi gjorde');
    expect(page.body).toContain('Vi har bytt armaturerna i gångtunneln.');
    expect(page.body).not.toContain('Beskär buskarna'); // in progress, not done
    expect(page.body).not.toContain('host alfa'); // no names
    expect(page.body).not.toContain('Mörk gångtunnel'); // findings' notes stay internal
    const english = await t.app.inject({ method: 'GET', url: `/ni-sa-vi-gjorde/alfa/${area.code}?lang=en` });
    expect(english.body).toContain('You said – we did');
  });

  it('keeps a host to the walks of their own areas', async () => {
    const { seed, host } = await world();
    const res = await host.post('/api/v1/rounds/walks', {
      areaId: seed.areas[1].id,
      title: 'X',
      walkOn: '2026-04-16',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('presence and follow-up', () => {
  it('sums presence hours per area and week, and reports them as presence_hours', async () => {
    const { seed, host } = await world();
    const areaId = seed.areas[0].id;
    const shift = (startsAt: string, endsAt: string, timeOfDay: 'day' | 'evening') => ({
      clientId: randomUUID(),
      areaId,
      startsAt,
      endsAt,
      timeOfDay,
      role: 'summer_ambassador',
      activities: ['rounds', 'talks'],
      talks: 12,
    });
    const queue = {
      shifts: [
        shift('2026-06-15T18:00:00+02:00', '2026-06-15T22:00:00+02:00', 'evening'), // 4 h, week 25
        shift('2026-06-17T09:00:00+02:00', '2026-06-17T15:30:00+02:00', 'day'), // 6.5 h, week 25
        shift('2026-06-22T18:00:00+02:00', '2026-06-22T21:00:00+02:00', 'evening'), // 3 h, week 26
      ],
    };
    await host.post('/api/v1/rounds/sync', queue);
    await host.post('/api/v1/rounds/sync', queue); // replay: nothing new
    expect(await tableCount(presenceShifts)).toBe(3);
    const weeks = (await host.get(`/api/v1/rounds/presence/weeks?areaId=${areaId}`)).json();
    expect(weeks).toEqual([
      { areaId, week: '2026-W25', hours: 10.5, shifts: 2, eveningHours: 4 },
      { areaId, week: '2026-W26', hours: 3, shifts: 1, eveningHours: 3 },
    ]);
    expect(
      await presenceHoursPerWeek(t.db, seed.organisation.id, { from: '2026-06-22', to: '2026-06-28' }),
    ).toEqual([weeks[1]]);
    const indicator = roundIndicators.find((i) => i.id === 'presence_hours')!;
    expect(await indicator.compute(t.db, seed.organisation.id, 2026)).toMatchObject({ value: 13.5, n: 3 });
  });

  it('gives the follow-up figures and the yearly indicators', async () => {
    const { seed, host, stairwell } = await world();
    await host.post('/api/v1/rounds/sync', await stairwellQueue(stairwell.id, seed.properties[0].id));
    const [action] = (await host.get('/api/v1/rounds/actions')).json();
    // Created 2026-11-20; closing it on a known day gives a known number of days.
    await host.patch(`/api/v1/rounds/actions/${action.id}`, { status: 'done' });
    await t.db.update(actions).set({ closedOn: '2026-11-30' }).where(eq(actions.id, action.id));
    const fu = (await host.get(`/api/v1/rounds/follow-up?areaId=${seed.areas[0].id}`)).json();
    expect(fu.actions).toMatchObject({ open: 0, done: 1, overdue: 0, medianDaysToClose: 10 });
    expect(fu.roundsCompleted).toBe(1);
    expect(fu.findingsByItem).toEqual([
      { itemKey: 'doors_locks', year: 2026, quarter: 4, findings: 1 },
      { itemKey: 'fire_hazards', year: 2026, quarter: 4, findings: 1 },
      { itemKey: 'lighting', year: 2026, quarter: 4, findings: 1 },
    ]);
    const byId = Object.fromEntries(roundIndicators.map((i) => [i.id, i]));
    const org = seed.organisation.id;
    expect((await byId.rounds_completed.compute(t.db, org, 2026)).value).toBe(1);
    expect((await byId.actions_closed_share.compute(t.db, org, 2026)).value).toBe(1);
    expect((await byId.median_days_to_close.compute(t.db, org, 2026)).value).toBe(10);
    expect((await byId.rounds_completed.compute(t.db, org, 2025)).value).toBe(0);
    expect(await t.db.select().from(actionHistory)).toHaveLength(2);
  });
});

describe('API documentation', () => {
  it('describes the rounds routes in the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const path of [
      '/api/v1/rounds/sync',
      '/api/v1/rounds/walks/{id}',
      '/api/v1/rounds/actions/{id}',
      '/api/v1/rounds/follow-up',
    ]) {
      expect(paths).toContain(path);
    }
  });
});
