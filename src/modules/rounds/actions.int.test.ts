import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../../test/harness';
import { auditLog } from '../../core/audit.table';
import { actions } from './rounds.table';
import { roundsWorld, signInDirect, stairwellQueue } from './test-world';

const t = setUpTestApp();

type FindingRow = {
  id: string;
  itemKey: string;
  itemLabel: { sv: string } | null;
  severity: string;
  propertyCode: string;
  areaName: string;
  photoIds: string[];
  actionId: string | null;
};

describe('findings waiting for a decision', () => {
  it('lists the problems without an action, and every one of them can become an action, once', async () => {
    const { seed, host, admin, stairwell } = await roundsWorld(t);
    // Three findings: low (lighting), medium (doors and locks), high (fire hazards, with a photo).
    await host.post('/api/v1/rounds/sync', await stairwellQueue(stairwell.id, seed.properties[0].id));
    const all = (await host.get('/api/v1/rounds/findings')).json() as FindingRow[];
    expect(all).toHaveLength(3);
    const high = all.find((f) => f.severity === 'high')!;
    expect(high.actionId).not.toBeNull(); // made at once by the sync
    expect(high.photoIds).toHaveLength(1);

    const waiting = () =>
      host.get(`/api/v1/rounds/findings?withoutAction=true&areaId=${seed.areas[0].id}`).then((r) => r.json());
    const open = (await waiting()) as FindingRow[];
    expect(
      open.map((f) => [f.itemKey, f.itemLabel?.sv, f.severity, f.propertyCode, f.areaName]).sort(),
    ).toEqual([
      ['doors_locks', 'Dörrar och lås', 'medium', 'alfa-P1', 'Bäckby norra'],
      ['lighting', 'Belysning', 'low', 'alfa-P1', 'Bäckby norra'],
    ]);

    const lighting = open.find((f) => f.itemKey === 'lighting')!;
    const created = await host.post('/api/v1/rounds/actions', {
      findingId: lighting.id,
      title: 'Byta lampan på plan 3',
      ownerUserId: seed.users.host.id,
      dueOn: '2026-12-01',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      title: 'Byta lampan på plan 3',
      areaId: seed.areas[0].id,
      ownerName: 'host alfa',
      status: 'open',
      severity: 'low',
    });
    expect(((await waiting()) as FindingRow[]).map((f) => f.itemKey)).toEqual(['doors_locks']);
    const again = await admin.post('/api/v1/rounds/actions', { findingId: lighting.id, title: 'Igen' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Det här fyndet har redan en åtgärd.');
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'action'), eq(auditLog.entityId, created.json().id)));
    expect(audited.map((a) => a.action)).toEqual(['create']);
  });

  it("shows a host only their own areas' findings", async () => {
    const { seed, host, admin, stairwell } = await roundsWorld(t);
    await admin.post('/api/v1/rounds/sync', await stairwellQueue(stairwell.id, seed.properties[1].id)); // area S
    expect((await admin.get('/api/v1/rounds/findings')).json()).toHaveLength(3);
    expect((await host.get('/api/v1/rounds/findings')).json()).toEqual([]);
    expect((await host.get(`/api/v1/rounds/findings?areaId=${seed.areas[1].id}`)).statusCode).toBe(403);
  });
});

describe('owners and area managers', () => {
  it('lets only admins and the hosts of the area own its actions', async () => {
    const { seed, host, admin, stairwell } = await roundsWorld(t);
    const [N, S] = seed.areas.map((a) => a.id);
    const names = async (areaId: string) =>
      ((await admin.get(`/api/v1/rounds/actions/owners?areaId=${areaId}`)).json() as { name: string }[]).map(
        (o) => o.name,
      );
    expect(await names(N)).toEqual(['admin alfa', 'host alfa']);
    expect(await names(S)).toEqual(['admin alfa']);
    expect((await host.get(`/api/v1/rounds/actions/owners?areaId=${S}`)).statusCode).toBe(403);

    await admin.post('/api/v1/rounds/sync', await stairwellQueue(stairwell.id, seed.properties[1].id)); // area S
    const [action] = (await admin.get('/api/v1/rounds/actions')).json();
    const refused = await admin.patch(`/api/v1/rounds/actions/${action.id}`, {
      ownerUserId: seed.users.host.id,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'owner_invalid',
      message:
        'host alfa kan inte vara ansvarig för åtgärder i det här området. Välj en administratör eller en trygghetsvärd som har området.',
    });
    const analyst = await admin.patch(`/api/v1/rounds/actions/${action.id}`, {
      ownerUserId: seed.users.analyst.id,
    });
    expect(analyst.json().error.code).toBe('owner_invalid');
    const [unchanged] = await t.db.select().from(actions).where(eq(actions.id, action.id));
    expect(unchanged.ownerUserId).toBeNull();
    const ok = await admin.patch(`/api/v1/rounds/actions/${action.id}`, { ownerUserId: seed.users.admin.id });
    expect(ok.json().ownerName).toBe('admin alfa');
  });

  it('names area managers who can act on the area’s actions: admins and its hosts', async () => {
    const { seed, admin } = await roundsWorld(t);
    const [N, S] = seed.areas.map((a) => a.id);
    const name = (areaId: string, userId: string) =>
      admin.request('PUT', '/api/v1/rounds/area-managers', { areaId, userId, manager: true });
    expect((await name(S, seed.users.partner.id)).json().error.code).toBe('manager_invalid');
    expect((await name(S, seed.users.host.id)).json().error.code).toBe('manager_invalid'); // not the host's area
    expect((await name(N, seed.users.host.id)).statusCode).toBe(200);
    expect((await name(S, seed.users.viewer.id)).json().error.message).toBe(
      'viewer alfa kan inte vara områdeschef här. Välj en administratör eller en trygghetsvärd som har området.',
    );
    expect((await name(S, seed.users.admin.id)).statusCode).toBe(200);
    const viewer = await signInDirect(t, 'viewer@alfa.test');
    expect(
      ((await viewer.get('/api/v1/rounds/area-managers')).json() as { name: string }[])
        .map((m) => m.name)
        .sort(),
    ).toEqual(['admin alfa', 'host alfa']);
  });
});
