import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setUpTestApp, testDriver } from '../../../test/harness';
import { auditLog } from '../../core/audit.table';
import { createOrganisation } from '../../core/organisations';
import { ensureDefaults, loadCategories, loadLevels } from './config.service';
import { defaultCategories } from './defaults';
import { gradeLevels, incidentCategories, partnerOrganisations } from './situation.table';
import { file, signIn, week, world } from './test-world';

const t = setUpTestApp();

/**
 * PostgreSQL: holds inserts into the categories for 300 ms from another connection (reads go on),
 * so the call that claims the defaults is caught between its claim and its categories, the
 * moment a second caller used to slip through. Resolves once the hold is over. PGlite serves one
 * query at a time and interleaves the callers at every await without help.
 */
async function slowCategoryInserts(): Promise<void> {
  if (testDriver !== 'postgres') return;
  let held: () => void = () => {};
  const holding = new Promise<void>((resolve) => {
    held = resolve;
  });
  const hold = t.db.transaction(async (tx) => {
    await tx.execute(sql`lock table situation_categories in share mode`);
    held();
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  await holding;
  return hold;
}

describe('configuration per organisation', () => {
  it('starts with the issue’s default categories and four-level scale, and lets the admin change them', async () => {
    const w = await world(t);
    const categories = (await w.admin.get('/api/v1/situation/categories')).json();
    expect(categories.map((c: { code: string }) => c.code)).toEqual([
      'vandalism',
      'graffiti',
      'littering',
      'fire',
      'burglary',
      'robbery',
      'assault_threat',
      'drug_dealing',
      'gatherings',
      'illegal_driving',
      'unsafe_place',
      'staff_incident',
      'positive',
    ]);
    const levels = (await w.admin.get('/api/v1/situation/levels')).json();
    expect(levels.map((l: { level: number; nameSv: string }) => `${l.level} ${l.nameSv}`)).toEqual([
      '1 Normalläge',
      '2 Förhöjd oro',
      '3 Oroligt',
      '4 Allvarligt läge',
    ]);
    const added = await w.admin.post('/api/v1/situation/categories', {
      code: 'e_scooters',
      nameSv: 'Elsparkcyklar på fel plats',
      nameEn: 'E-scooters left in the way',
    });
    expect(added.statusCode).toBe(201);
    const scale = await w.admin.request('PUT', '/api/v1/situation/levels', {
      levels: [
        { nameSv: 'Lugnt', nameEn: 'Calm', colour: '#2f9e44' },
        { nameSv: 'Oro', nameEn: 'Concern', colour: '#f76707' },
        { nameSv: 'Allvarligt', nameEn: 'Serious', colour: '#e03131' },
      ],
    });
    expect(scale.statusCode).toBe(200);
    // A grade above the new top level is refused.
    const tooHigh = await w.coordinator.request('PUT', `/api/v1/situation/weeks/${week}/grades`, {
      areaId: w.areas[0].id,
      level: 4,
      rationale: 'Test',
    });
    expect(tooHigh.statusCode).toBe(400);
    // Partners cannot change the configuration.
    expect((await w.kommun.get('/api/v1/situation/settings')).statusCode).toBe(403);
  });

  it('creates the defaults once when asked for side by side, and each caller then sees all', async () => {
    // Eight at once, as a start-up's backfill and an organisation being made can ask. A call that
    // returned while another was still creating the defaults read no categories (the incident
    // table then had other categories than its caller: a 500, 'not a cell'). Each must find the 13
    // categories and 4 levels, made once. The organisations are made without the modules' hooks.
    for (const slug of ['alfa', 'beta', 'gamma']) {
      const org = (await createOrganisation(t.db, slug, `Bostäder ${slug}`, [])).id;
      const slowed = await slowCategoryInserts();
      const categoriesAfter = () => ensureDefaults(t.db, org).then(() => loadCategories(t.db, org));
      const [seen] = await Promise.all([Promise.all(Array.from({ length: 8 }, categoriesAfter)), slowed]);
      const codes = defaultCategories.map((c) => c.code);
      for (const categories of seen) expect(categories.map((c) => c.code)).toEqual(codes);
      expect((await loadLevels(t.db, org)).map((l) => l.level)).toEqual([1, 2, 3, 4]);
      expect(await t.db.$count(incidentCategories, eq(incidentCategories.organisationId, org))).toBe(13);
      expect(await t.db.$count(gradeLevels, eq(gradeLevels.organisationId, org))).toBe(4);
      const partners = await t.db
        .select({ name: partnerOrganisations.name, kind: partnerOrganisations.kind })
        .from(partnerOrganisations)
        .where(eq(partnerOrganisations.organisationId, org));
      expect(partners).toEqual([{ name: `Bostäder ${slug}`, kind: 'housing_company' }]);
    }
  });

  it('keeps 24 months by default and lets the admin set another retention', async () => {
    const w = await world(t);
    expect((await w.admin.get('/api/v1/situation/settings')).json()).toEqual({
      retentionMonths: 24,
      retentionMode: 'reduce',
      reportingWindowDays: 3,
      gridMetres: 50,
    });
    const res = await w.admin.request('PUT', '/api/v1/situation/settings', {
      retentionMonths: 12,
      retentionMode: 'delete',
      reportingWindowDays: 2,
      gridMetres: 100,
    });
    expect(res.statusCode).toBe(200);
    expect((await w.admin.get('/api/v1/situation/settings')).json().retentionMonths).toBe(12);
  });

  it('lets a user listed as coordinator act as one', async () => {
    const w = await world(t);
    const host = await signIn(t, 'host@alfa.test');
    expect((await host.get(`/api/v1/situation/weeks/${week}/status`)).statusCode).toBe(403);
    const put = await w.admin.request('PUT', `/api/v1/situation/coordinators/${w.seed.users.host.id}`, {
      coordinator: true,
    });
    expect(put.statusCode).toBe(204);
    expect((await host.get(`/api/v1/situation/weeks/${week}/status`)).statusCode).toBe(200);
  });

  it('lets the admin list the municipality’s reporter as coordinator, who then sees restricted reports', async () => {
    const w = await world(t);
    const restricted = (
      await file(w.police, w, { restricted: true, description: 'Försäljning vid garaget' })
    ).json();
    expect((await w.kommun.get(`/api/v1/situation/reports/${restricted.id}`)).statusCode).toBe(404);
    // Candidates are hosts and partner users; admins and analysts coordinate by role, viewers never.
    const candidates = (await w.admin.get('/api/v1/situation/coordinator-candidates')).json();
    expect(candidates.map((c: { email: string }) => c.email).sort()).toEqual([
      'host@alfa.test',
      'kommun@alfa.test',
      'partner@alfa.test',
    ]);
    const kommunId = candidates.find((c: { email: string }) => c.email === 'kommun@alfa.test').userId;
    await w.admin.request('PUT', `/api/v1/situation/coordinators/${kommunId}`, { coordinator: true });
    expect((await w.kommun.get('/api/v1/situation/me')).json()).toMatchObject({
      coordinator: true,
      seesRestricted: true,
    });
    expect((await w.kommun.get(`/api/v1/situation/reports/${restricted.id}`)).statusCode).toBe(200);
    const listed = (await w.admin.get('/api/v1/situation/coordinator-candidates')).json();
    expect(listed.find((c: { userId: string }) => c.userId === kommunId).coordinator).toBe(true);
    const grants = await t.db.select().from(auditLog).where(eq(auditLog.action, 'grant'));
    expect(grants.map((g) => g.entityId)).toEqual([kommunId]);
  });
});
