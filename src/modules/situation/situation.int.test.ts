import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testPassword } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { pdfText } from '../../../test/pdf-text';
import { auditLog } from '../../core/audit.table';
import { allPermissions, rolesGranted, systemActor } from '../../core/auth/access';
import { addDays } from '../../shared/time';
import { createUser } from '../users';
import { file, signIn, today, week, world } from './test-world';

const t = setUpTestApp();

describe('filing reports', () => {
  it('refuses a description with a personal identity number and says what to remove; nothing is saved', async () => {
    const w = await world(t);
    const res = await file(w.kommun, w, { description: 'Ungdom med pnr 811218-9876 och bil ABC 123' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('personal_data');
    expect(res.json().error.message).toContain('personnummer (811218-****)');
    expect(res.json().error.message).toContain('registreringsnummer (ABC ***)');
    expect(res.json().error.details.map((d: { kind: string }) => d.kind)).toEqual([
      'personal_identity_number',
      'licence_plate',
    ]);
    expect((await w.coordinator.get(`/api/v1/situation/reports?week=${week}`)).json()).toEqual([]);
  });

  it('files a partner report for its own organisation, with the week from the date', async () => {
    const w = await world(t);
    const res = await file(w.kommun, w, { count: 10, description: '10 personer samlades 2026-11-20' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      week,
      sourceName: 'Västerås stad, fritid',
      status: 'submitted',
      own: true,
    });
  });

  it('closes the reporting window 3 days after the week for partners, not for the coordinator', async () => {
    const w = await world(t);
    const old = addDays(today, -21);
    const res = await file(w.kommun, w, { date: old });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('reporting_closed');
    expect((await file(w.coordinator, w, { date: old })).statusCode).toBe(201);
    const tomorrow = addDays(today, 1);
    expect((await file(w.kommun, w, { date: tomorrow })).json().error.code).toBe('future_date');
  });

  it('refuses a partner whose organisation is not registered', async () => {
    const w = await world(t);
    await createUser({ db: t.db }, systemActor(w.seed.organisation.id), {
      email: 'vakt@alfa.test',
      name: 'vakt',
      role: 'partner',
      language: 'sv',
      partnerOrganisation: 'Okänt vaktbolag',
      areaIds: [],
      password: testPassword,
    });
    const vakt = await signIn(t, 'vakt@alfa.test');
    const res = await file(vakt, w);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('partner_unknown');
  });

  it('shows the exact point to the coordinator and a 50 m grid point to everyone else', async () => {
    const w = await world(t);
    const id = (await file(w.kommun, w, { lat: 59.62352, lon: 16.49601 })).json().id;
    const own = (await w.kommun.get(`/api/v1/situation/reports/${id}`)).json();
    expect(own.pointSnapped).toBe(true);
    expect(own.lat).not.toBe(59.62352);
    expect(Math.abs(own.lat - 59.62352)).toBeLessThan(0.00045);
    const exact = (await w.coordinator.get(`/api/v1/situation/reports/${id}`)).json();
    expect(exact).toMatchObject({ lat: 59.62352, lon: 16.49601, pointSnapped: false });
  });
});

describe('restricted reports', () => {
  it('are seen by the coordinator and the police, never by the municipality partner; every view is audited', async () => {
    const w = await world(t);
    const restricted = (
      await file(w.police, w, {
        categoryId: w.cat('drug_dealing'),
        description: 'Misstänkt försäljning vid garaget',
        restricted: true,
      })
    ).json();
    const ordinary = (await file(w.kommun, w)).json();

    const kommunList = (await w.kommun.get(`/api/v1/situation/reports?week=${week}`)).json();
    expect(kommunList.map((r: { id: string }) => r.id)).toEqual([ordinary.id]);
    expect((await w.kommun.get(`/api/v1/situation/reports/${restricted.id}`)).statusCode).toBe(404);
    // A host (staff, not coordinator) does not see it either.
    const host = await signIn(t, 'host@alfa.test');
    expect((await host.get(`/api/v1/situation/reports/${restricted.id}`)).statusCode).toBe(404);
    expect(
      (await host.get(`/api/v1/situation/reports?week=${week}`)).json().map((r: { id: string }) => r.id),
    ).toEqual([ordinary.id]);

    const coordinatorList = (await w.coordinator.get(`/api/v1/situation/reports?week=${week}`)).json();
    expect(coordinatorList.map((r: { id: string }) => r.id).sort()).toEqual(
      [restricted.id, ordinary.id].sort(),
    );
    expect((await w.police.get(`/api/v1/situation/reports/${restricted.id}`)).statusCode).toBe(200);

    const views = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'view_restricted'), eq(auditLog.entityId, restricted.id)));
    // The police's own view after filing, the coordinator's list, the police's detail view.
    expect(views.map((v) => v.actorName).sort()).toEqual(['analyst alfa', 'partner alfa', 'partner alfa']);
  });
});

describe('the weekly cycle', () => {
  it('reviews, merges a duplicate, compiles, and then partners see the picture without restricted counts', async () => {
    const w = await world(t);
    const a = (
      await file(w.kommun, w, {
        categoryId: w.cat('graffiti'),
        count: 3,
        description: 'Klotter på tre portar',
      })
    ).json();
    const dup = (
      await file(w.police, w, { categoryId: w.cat('vandalism'), count: 3, description: 'Klotter på portar' })
    ).json();
    await file(w.police, w, {
      categoryId: w.cat('drug_dealing'),
      count: 2,
      description: 'Försäljning vid garaget',
      restricted: true,
    });

    expect((await w.kommun.get(`/api/v1/situation/weeks/${week}/picture`)).json().error.code).toBe(
      'not_compiled',
    );
    // The duplicate's category is corrected; then it is merged into the first report.
    const corrected = await w.coordinator.patch(`/api/v1/situation/reports/${dup.id}`, {
      categoryId: w.cat('graffiti'),
    });
    expect(corrected.json()).toMatchObject({ status: 'reviewed' });
    const merged = await w.coordinator.post('/api/v1/situation/reports/merge', {
      keepId: a.id,
      duplicateIds: [dup.id],
    });
    expect(merged.statusCode).toBe(200);
    const compileTooEarly = await w.coordinator.post(`/api/v1/situation/weeks/${week}/compile`);
    expect(compileTooEarly.statusCode).toBe(409);
    expect(compileTooEarly.json().error.message).toContain('1 rapporter');
    const list = (await w.coordinator.get(`/api/v1/situation/reports?week=${week}&status=submitted`)).json();
    for (const r of list)
      await w.coordinator.patch(`/api/v1/situation/reports/${r.id}`, { status: 'reviewed' });
    expect((await w.coordinator.post(`/api/v1/situation/weeks/${week}/compile`)).json()).toEqual({
      week,
      compiled: 3,
    });

    const forCoordinator = (await w.coordinator.get(`/api/v1/situation/weeks/${week}/picture`)).json();
    const north = (p: { areas: { id: string; total: number }[] }) =>
      p.areas.find((x) => x.id === w.areas[0].id)!;
    // 3 graffiti (the duplicate merged away) + 2 restricted drug-dealing reports.
    expect(north(forCoordinator).total).toBe(5);
    const forKommun = (await w.kommun.get(`/api/v1/situation/weeks/${week}/picture`)).json();
    expect(forKommun.includesRestricted).toBe(false);
    expect(north(forKommun).total).toBe(3);

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'merge'));
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toEqual({ keepId: a.id, merged: [dup.id] });
    const review = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'review'), eq(auditLog.entityId, dup.id)));
    expect((review[0].before as { categoryId: string }).categoryId).toBe(w.cat('vandalism'));
    expect((review[0].after as { categoryId: string }).categoryId).toBe(w.cat('graffiti'));
  });

  it('shows who has reported and e-mails reminders to the partners who have not', async () => {
    const w = await world(t);
    await file(w.police, w);
    const status = (await w.coordinator.get(`/api/v1/situation/weeks/${week}/status`)).json();
    const byName = Object.fromEntries(
      status.partners.map((x: { name: string; reported: boolean }) => [x.name, x.reported]),
    );
    expect(byName).toMatchObject({ Polisen: true, 'Västerås stad, fritid': false });
    // A security firm with neither reporters nor a contact address cannot be reminded by e-mail.
    await w.admin.post('/api/v1/situation/partners', { name: 'Trygga Vakter AB', kind: 'security_firm' });
    const res = await w.coordinator.post(`/api/v1/situation/weeks/${week}/reminders`);
    expect(res.json()).toEqual({
      sent: 2,
      partners: ['Trygga Vakter AB', 'Västerås stad, fritid'],
      unreachable: ['Trygga Vakter AB'],
    });
    expect(t.mailer.sent.map((m) => m.to).sort()).toEqual(['fritid@vasteras.test', 'kommun@alfa.test']);
    expect(t.mailer.sent[0].subject).toBe(`Påminnelse: EST-rapport för vecka ${week}`);
    expect(t.mailer.sent[0].body).toContain(
      'Vi har ännu inte fått någon EST-rapport från Västerås stad, fritid',
    );
    expect(t.mailer.sent[0].body).toContain('/situation/report');
    // "Nothing to report" counts as a report.
    await w.kommun.post('/api/v1/situation/nothing-to-report', { week });
    const after = (await w.coordinator.get(`/api/v1/situation/weeks/${week}/status`)).json();
    expect(
      Object.fromEntries(
        after.partners.map((x: { name: string; reported: boolean }) => [x.name, x.reported]),
      ),
    ).toMatchObject({ Polisen: true, 'Västerås stad, fritid': true, 'Trygga Vakter AB': false });
  });

  it('lets partners do none of the coordinator work', async () => {
    const w = await world(t);
    const id = (await file(w.kommun, w)).json().id;
    expect((await w.kommun.patch(`/api/v1/situation/reports/${id}`, { status: 'reviewed' })).statusCode).toBe(
      403,
    );
    expect((await w.kommun.post(`/api/v1/situation/weeks/${week}/compile`)).statusCode).toBe(403);
    expect(
      (
        await w.kommun.request('PUT', `/api/v1/situation/weeks/${week}/grades`, {
          areaId: w.areas[0].id,
          level: 2,
          rationale: 'Oro',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('grades and the picture', () => {
  it('stores the grade with its rationale and the proposal, and prints the week as a PDF', async () => {
    const w = await world(t);
    for (let i = 0; i < 3; i++)
      await file(w.kommun, w, { categoryId: w.cat('fire'), description: `Brand i soprum ${i + 1}` });
    const put = await w.coordinator.request('PUT', `/api/v1/situation/weeks/${week}/grades`, {
      areaId: w.areas[0].id,
      level: 3,
      rationale: 'Tre bränder i soprum på en vecka',
    });
    expect(put.statusCode).toBe(200);
    // No incidents in the 12 weeks before: λ = 0.5/12, three fires has P ≈ 1.2e-5 → proposal 4.
    expect(put.json()).toMatchObject({ level: 3, proposedLevel: 4 });
    await w.coordinator.post(`/api/v1/situation/weeks/${week}/priorities`, {
      kind: 'hotspot',
      areaId: w.areas[0].id,
      placeType: 'waste_room',
      description: 'Soprummen på norra gården',
      owner: 'Trygghetsvärdar',
    });
    const picture = (await w.coordinator.get(`/api/v1/situation/weeks/${week}/picture`)).json();
    const north = picture.areas.find((a: { id: string }) => a.id === w.areas[0].id);
    expect(north).toMatchObject({ level: 3, rationale: 'Tre bränder i soprum på en vecka', total: 3 });
    expect(north.proposal).toMatchObject({ level: 4, observed: 3, flagged: true });
    expect(picture.hotspots[0]).toMatchObject({ owner: 'Trygghetsvärdar', areaName: 'Bäckby norra' });
    const pdf = await w.coordinator.get(`/api/v1/situation/weeks/${week}/picture.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Bäckby norra');
    expect(text).toContain('Tre bränder i soprum på en vecka');
  });

  it('gives partners the area list through the module, while the areas module stays closed to them', async () => {
    const w = await world(t);
    expect((await w.kommun.get('/api/v1/areas')).statusCode).toBe(403);
    const res = await w.kommun.get('/api/v1/situation/areas');
    expect(res.json().map((a: { code: string }) => a.code)).toEqual(['alfa-N', 'alfa-S']);
  });

  it('analyses the year: incidents per 1,000 households per area, restricted ones only for those allowed', async () => {
    const w = await world(t);
    await file(w.kommun, w, { categoryId: w.cat('graffiti'), count: 2 });
    await file(w.police, w, { categoryId: w.cat('drug_dealing'), count: 1, restricted: true });
    await file(w.kommun, w, { categoryId: w.cat('positive'), count: 5, description: 'Gårdsfest' });
    const year = Number(today.slice(0, 4));
    const res = await w.coordinator.get(`/api/v1/situation/analysis?year=${year}`);
    expect(res.statusCode).toBe(200);
    const north = res.json().areas.find((a: { id: string }) => a.id === w.areas[0].id);
    // 2 + 1 incidents (the positive event not counted) in 20 households: 3 / 20 × 1000 = 150.
    // No survey answers in the test organisation: no safety index beside the incidents.
    expect(north).toMatchObject({ incidents: 3, previousIncidents: 0, per1000: 150, safetyIndex: null });
    // The municipality counts what the coordinator has reviewed, and never the restricted report.
    const before = (await w.kommun.get(`/api/v1/situation/analysis?year=${year}`)).json();
    expect(before.areas.find((a: { id: string }) => a.id === w.areas[0].id).incidents).toBe(0);
    for (const r of (await w.coordinator.get(`/api/v1/situation/reports?week=${week}`)).json())
      await w.coordinator.patch(`/api/v1/situation/reports/${r.id}`, { status: 'reviewed' });
    // Reviewed, the restricted report sits alone in its area, category and year: a count holding
    // it would give it away (count − the week pictures' 2), so the municipality's counts that
    // would hold it are hidden; the graffiti count holds no restricted report and is shown.
    const forKommun = (await w.kommun.get(`/api/v1/situation/analysis?year=${year}`)).json();
    const kommunNorth = forKommun.areas.find((a: { id: string }) => a.id === w.areas[0].id);
    expect(kommunNorth).toMatchObject({ incidents: null, incidentsHidden: 'small_group', per1000: null });
    const byCategory = (rows: { categoryId: string }[], code: string) =>
      rows.find((c) => c.categoryId === w.cat(code));
    expect(byCategory(kommunNorth.byCategory, 'graffiti')).toMatchObject({ count: 2, hidden: null });
    expect(byCategory(kommunNorth.byCategory, 'drug_dealing')).toMatchObject({
      count: null,
      hidden: 'small_group',
    });
    // The police may see the restricted report: their counts hold it (2 + 1 = 3).
    const forPolice = (await w.police.get(`/api/v1/situation/analysis?year=${year}`)).json();
    expect(forPolice.restricted).toBe('included');
    expect(forPolice.areas.find((a: { id: string }) => a.id === w.areas[0].id).incidents).toBe(3);
  });

  it('does not let a read-only viewer be listed as coordinator', async () => {
    const w = await world(t);
    const viewerId = (await w.admin.get('/api/v1/users'))
      .json()
      .find((u: { role: string }) => u.role === 'viewer').id;
    const res = await w.admin.request('PUT', `/api/v1/situation/coordinators/${viewerId}`, {
      coordinator: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('viewer_cannot_coordinate');
  });

  it('grants partners nothing outside this module', () => {
    // Architecture: a partner sees only the situation picture module (checked over every module's permissions).
    const granted = allPermissions().filter((permission) => rolesGranted(permission).includes('partner'));
    // Core's own: reading one's profile, and the import route (each import kind checks its own
    // permission; `incidents` needs situation.coordinate).
    // situation.coordinator-routes lets a partner listed as coordinator reach those routes.
    expect(granted.sort()).toEqual([
      'imports.run',
      'self.read',
      'situation.coordinator-routes',
      'situation.read',
      'situation.report',
    ]);
  });
});
