import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';

const t = setUpTestApp();

describe('areas', () => {
  it('lists areas with their household counts', async () => {
    await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const res = await admin.get('/api/v1/areas');
    expect(res.statusCode).toBe(200);
    expect(res.json().map((a: { code: string; households: number }) => [a.code, a.households])).toEqual([
      ['alfa-N', 20],
      ['alfa-S', 20],
    ]);
  });

  it('shows a host only the areas given to them', async () => {
    const seed = await seedOrganisation(t.db);
    const host = await signIn(t.app, 'host@alfa.test');
    expect((await host.get('/api/v1/areas')).json().map((a: { id: string }) => a.id)).toEqual([
      seed.areas[0].id,
    ]);
    expect((await host.get(`/api/v1/areas/${seed.areas[1].id}`)).statusCode).toBe(403);
  });

  it('creates an area and writes the change to the audit log', async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const res = await admin.post('/api/v1/areas', {
      districtId: seed.district.id,
      code: 'NY-1',
      name: 'Nytt område',
    });
    expect(res.statusCode).toBe(201);
    const audit = (await admin.get('/api/v1/audit?entity=area')).json();
    expect(audit[0]).toMatchObject({ action: 'create', entity: 'area', actorName: 'admin alfa' });
    expect(audit[0].after).toMatchObject({ code: 'NY-1', name: 'Nytt område' });
  });

  it('refuses a write without the CSRF token', async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const res = await admin.request(
      'POST',
      '/api/v1/areas',
      { districtId: seed.district.id, code: 'X', name: 'X' },
      { 'x-csrf-token': 'wrong' },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
  });

  it("keeps the household register in step with a property's household count", async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    await admin.patch(`/api/v1/properties/${seed.properties[0].id}`, { households: 25 });
    const res = await admin.get('/api/v1/areas');
    expect(res.json()[0].households).toBe(25);
  });

  it("sets an area's outline, refuses an open polygon in the user's language, and audits the change", async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const ring = [
      [16.46, 59.61],
      [16.47, 59.61],
      [16.47, 59.62],
      [16.46, 59.62],
    ];
    const open = await admin.patch(`/api/v1/areas/${seed.areas[0].id}`, {
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    expect(open.statusCode).toBe(400);
    expect(open.json().error.message).toBe(
      'Polygonen är inte sluten: den sista punkten ska vara lika med den första.',
    );
    const sweref = await admin.patch(`/api/v1/districts/${seed.district.id}`, {
      geometry: { type: 'Polygon', coordinates: [[[590_000, 6_610_000], ...ring, [590_000, 6_610_000]]] },
    });
    expect(sweref.json().error.message).toContain('utanför WGS 84');
    expect((await admin.get(`/api/v1/areas/${seed.areas[0].id}`)).json().geometry).toBeNull();

    const closed = { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
    const res = await admin.patch(`/api/v1/areas/${seed.areas[0].id}`, { geometry: closed });
    expect(res.statusCode).toBe(200);
    expect((await admin.get(`/api/v1/areas/${seed.areas[0].id}`)).json().geometry).toEqual(closed);
    const [entry] = (await admin.get('/api/v1/audit?entity=area&action=update')).json();
    expect(entry.before.geometry).toBeNull();
    expect(entry.after.geometry).toEqual(closed);
  });
});
