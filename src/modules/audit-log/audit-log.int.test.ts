import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type Session, seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { updateUserFields } from '../../core/auth/users';

const t = setUpTestApp();

/** Three writes by the admin: a district and an area created, the area renamed. */
async function threeChanges(admin: Session) {
  const district = (await admin.post('/api/v1/districts', { name: 'Vallby' })).json();
  const area = (
    await admin.post('/api/v1/areas', { districtId: district.id, code: 'VAL-C', name: 'Vallby c' })
  ).json();
  await admin.patch(`/api/v1/areas/${area.id}`, { name: 'Vallby centrum' });
  return { district, area };
}

describe('the audit log', () => {
  it('filters by entity, action, actor and day, naming entities and actions in Swedish', async () => {
    await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const { area } = await threeChanges(admin);

    const areaRows = (await admin.get('/api/v1/audit?entity=area')).json();
    expect(
      areaRows.map((r: { actionLabel: string; entityLabel: string }) => [r.actionLabel, r.entityLabel]),
    ).toEqual([
      ['Ändrade', 'Område'],
      ['Skapade', 'Område'],
    ]);
    expect(areaRows[0]).toMatchObject({
      entityId: area.id,
      before: { name: 'Vallby c' },
      after: { name: 'Vallby centrum' },
    });
    // The seed's own writes (organisation, users) are the system's; the admin's are these.
    const created = (await admin.get('/api/v1/audit?action=create&actor=admin')).json();
    expect(created.map((r: { entity: string }) => r.entity)).toEqual(['area', 'district']);
    expect((await admin.get('/api/v1/audit?actor=ADMIN%20al')).json()).toHaveLength(3);
    expect((await admin.get('/api/v1/audit?actor=analyst')).json()).toHaveLength(0);
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await admin.get(`/api/v1/audit?actor=admin&from=${today}&to=${today}`)).json()).toHaveLength(3);
    expect((await admin.get(`/api/v1/audit?actor=admin&to=${yesterday}`)).json()).toHaveLength(0);
  });

  it('offers the entities and actions that occur, named and sorted in the user’s language', async () => {
    await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    await threeChanges(admin);
    // The seed created the organisation (with the default checklists) and its users; the admin
    // created and changed the rest. Swedish order puts Ä after S.
    expect((await admin.get('/api/v1/audit/facets')).json()).toEqual({
      entities: [
        { code: 'user', label: 'Användare' },
        { code: 'checklist_template', label: 'Checklista' },
        { code: 'area', label: 'Område' },
        { code: 'organisation', label: 'Organisation' },
        { code: 'district', label: 'Stadsdel' },
      ],
      actions: [
        { code: 'create', label: 'Skapade' },
        { code: 'create_defaults', label: 'Skapade standardmallar' },
        { code: 'update', label: 'Ändrade' },
      ],
    });
    await admin.request('PUT', '/api/v1/auth/me/language', { language: 'en' });
    expect((await admin.get('/api/v1/audit/facets')).json().entities).toEqual([
      { code: 'area', label: 'Area' },
      { code: 'checklist_template', label: 'Checklist' },
      { code: 'district', label: 'District' },
      { code: 'organisation', label: 'Organisation' },
      { code: 'user', label: 'User' },
    ]);
  });

  it('exports the filtered log as semicolon CSV with a BOM, Swedish headers and the codes', async () => {
    await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const { area } = await threeChanges(admin);
    const res = await admin.get('/api/v1/audit/export?entity=area');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d\d-\d\d\.csv"$/,
    );
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(res.body.slice(1), { delimiter: ';' }) as string[][];
    expect(header).toEqual([
      'Tid (UTC)',
      'Vem',
      'Händelse',
      'Vad',
      'Id',
      'Före',
      'Efter',
      'Begäran',
      'Händelsekod',
      'Vad (kod)',
    ]);
    expect(rows.map((r) => [r[1], r[2], r[3], r[4], r[8], r[9]])).toEqual([
      ['admin alfa', 'Ändrade', 'Område', area.id, 'update', 'area'],
      ['admin alfa', 'Skapade', 'Område', area.id, 'create', 'area'],
    ]);
    expect(JSON.parse(rows[0][6])).toMatchObject({ name: 'Vallby centrum', code: 'VAL-C' });
  });

  it('writes formulas in names inert: =HYPERLINK, +cmd, -1+1 and @SUM come out as text', async () => {
    const seed = await seedOrganisation(t.db);
    const evil = '=HYPERLINK("http://evil","klick")';
    await updateUserFields(t.db, seed.users.admin.id, { name: evil });
    const admin = await signIn(t.app, 'admin@alfa.test');
    const district = (await admin.post('/api/v1/districts', { name: 'Formeldistrikt' })).json();
    for (const [code, name] of [
      ['F-1', '+cmd|calc'],
      ['F-2', '-1+1'],
      ['F-3', '@SUM(A1:A9)'],
    ])
      await admin.post('/api/v1/areas', { districtId: district.id, code, name });
    const res = await admin.get('/api/v1/audit/export');
    const rows = parse(res.body.slice(1), { delimiter: ';', relax_column_count: true }) as string[][];
    const after = rows.slice(1).map((r) => r[6]);
    // The JSON of each created thing is one cell; none may start with a formula character.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
    // The admin's name, =HYPERLINK(…), is the "who" of every row: written as text.
    expect(rows.slice(1).map((r) => r[1])).toContain(`'${evil}`);
    expect(after.some((c) => c.includes('@SUM(A1:A9)'))).toBe(true);
  });

  it("shows an admin nothing of another organisation's log", async () => {
    await seedOrganisation(t.db, 'alfa');
    await seedOrganisation(t.db, 'beta');
    await threeChanges(await signIn(t.app, 'admin@alfa.test'));
    const beta = await signIn(t.app, 'admin@beta.test');
    // Beta's log holds its own seed (organisation, default checklists, users), none of alfa's areas.
    const log = await beta.get('/api/v1/audit?limit=500');
    expect(log.json().map((r: { actorName: string }) => r.actorName)).not.toContain('admin alfa');
    expect(log.body).not.toContain('VAL-C');
    const facets = (await beta.get('/api/v1/audit/facets')).json();
    expect(facets.entities.map((e: { code: string }) => e.code).sort()).toEqual([
      'checklist_template',
      'organisation',
      'user',
    ]);
    const csv = (await beta.get('/api/v1/audit/export')).body;
    expect(csv).not.toContain('VAL-C');
    expect(csv).not.toContain('admin alfa');
  });
});
