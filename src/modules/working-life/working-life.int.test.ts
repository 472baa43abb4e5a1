/**
 * Headcount by body and gender and the work environment through the API, as HR enters them. The
 * seeds' 2022 figures: whole company 74 women and 92 men, management team 4 and 5, board 7 and 6,
 * managers 11 and 13.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signInDirect, testPassword } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { auditLog } from '../../core/audit.table';
import { systemActor } from '../../core/auth/access';
import { createUser } from '../users';

const t = setUpTestApp();

/** The seeded organisation with an HR user, hr@alfa.test, signed in. */
async function withHr() {
  const seed = await seedOrganisation(t.db);
  await createUser({ db: t.db }, systemActor(seed.organisation.id), {
    email: 'hr@alfa.test',
    name: 'Helena HR',
    role: 'hr',
    language: 'sv',
    partnerOrganisation: null,
    areaIds: [],
    password: testPassword,
  });
  return { seed, hr: await signInDirect(t.app, t.db, 'hr@alfa.test') };
}

const seeds2022 = {
  company: { women: 74, men: 92 },
  management: { women: 4, men: 5 },
  board: { women: 7, men: 6 },
  managers: { women: 11, men: 13 },
};

describe('headcount by body and gender', () => {
  it('takes a year’s bodies from HR and gives the women’s share of each as published', async () => {
    const { hr } = await withHr();
    for (const [body, counts] of Object.entries(seeds2022)) {
      const res = await hr.request('PUT', `/api/v1/working-life/headcounts/2022/${body}`, counts);
      expect(res.statusCode).toBe(200);
    }
    const res = await hr.get('/api/v1/working-life/headcounts?year=2022');
    expect(res.statusCode).toBe(200);
    const rows = res.json() as {
      body: string;
      bodyName: string;
      total: number;
      womenShare: number;
      changedBy: { name: string };
    }[];
    expect(rows.map((r) => [r.body, r.bodyName, r.total, r.womenShare])).toEqual([
      // 74 / (74 + 92) = 74 / 166 = 0.44578… → 44.6 %
      ['company', 'Hela bolaget', 166, 0.446],
      // 4 / 9 = 0.44444… → 44.4 %
      ['management', 'Ledningsgruppen', 9, 0.444],
      // 7 / 13 = 0.53846… → 53.8 %
      ['board', 'Styrelsen', 13, 0.538],
      // 11 / 24 = 0.45833… → 45.8 %
      ['managers', 'Chefer', 24, 0.458],
    ]);
    expect(rows[0].changedBy.name).toBe('Helena HR');

    // Others count in the base: 74 / (74 + 92 + 2) = 74 / 168 = 0.44047… → 44.0 %.
    const changed = await hr.request('PUT', '/api/v1/working-life/headcounts/2022/company', {
      women: 74,
      men: 92,
      other: 2,
    });
    expect(changed.json()).toMatchObject({ total: 168, womenShare: 0.44 });
    const audits = await t.db
      .select({ action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'workforce_headcount'), eq(auditLog.action, 'update')));
    expect(audits).toEqual([
      { action: 'update', after: expect.objectContaining({ body: 'company', other: 2 }) },
    ]);
  });

  it('refuses a body the organisation does not have, naming those it has, and takes one it added', async () => {
    const { hr } = await withHr();
    const unknown = await hr.request('PUT', '/api/v1/working-life/headcounts/2022/kundtjanst', {
      women: 5,
      men: 3,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe(
      'Det finns ingen grupp "kundtjanst". Organisationens grupper: company, management, board, managers.',
    );
    const added = await hr.post('/api/v1/working-life/bodies', { code: 'Kundtjanst', name: 'Kundtjänst' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ code: 'kundtjanst', name: 'Kundtjänst', known: false });
    expect(
      (await hr.post('/api/v1/working-life/bodies', { code: 'board', name: 'Styrelse 2' })).statusCode,
    ).toBe(409);
    const entered = await hr.request('PUT', '/api/v1/working-life/headcounts/2022/kundtjanst', {
      women: 5,
      men: 3,
    });
    // 5 / (5 + 3 + 0) = 0.625 → 62.5 %
    expect(entered.json()).toMatchObject({ bodyName: 'Kundtjänst', other: 0, total: 8, womenShare: 0.625 });
    const bodies = (await hr.get('/api/v1/working-life/bodies')).json() as { code: string }[];
    expect(bodies.map((b) => b.code)).toEqual(['company', 'management', 'board', 'managers', 'kundtjanst']);
  });

  it('lets the board (viewers) and analysts read, HR and admins write, and keeps hosts out', async () => {
    await withHr();
    const counts = { women: 7, men: 6 };
    const put = (s: Awaited<ReturnType<typeof signInDirect>>) =>
      s.request('PUT', '/api/v1/working-life/headcounts/2022/board', counts);
    const [admin, analyst, host, viewer] = await Promise.all(
      ['admin', 'analyst', 'host', 'viewer'].map((r) => signInDirect(t.app, t.db, `${r}@alfa.test`)),
    );
    expect((await put(admin)).statusCode).toBe(200);
    expect((await put(analyst)).statusCode).toBe(403);
    expect((await put(viewer)).statusCode).toBe(403);
    expect((await put(host)).statusCode).toBe(403);
    expect((await host.get('/api/v1/working-life/headcounts')).statusCode).toBe(403);
    expect((await host.get('/api/v1/working-life/work-environment')).statusCode).toBe(403);
    const read = await viewer.get('/api/v1/working-life/headcounts');
    expect(read.statusCode).toBe(200);
    // 7 / 13 = 0.53846… → 53.8 %
    expect(read.json()).toEqual([expect.objectContaining({ year: 2022, body: 'board', womenShare: 0.538 })]);
    expect((await analyst.get('/api/v1/working-life/work-environment')).statusCode).toBe(200);
  });
});

describe('the work environment', () => {
  const figures = {
    sickLeaveShare: 0.0471,
    promotiveShare: 0.8,
    iso45001Certified: true,
    iso45001ValidUntil: '2023-03-14',
    sourceNote: 'Lönesystemets rapport',
  };

  it('keeps a year’s sick leave, promotive share and certificate, the shares as published', async () => {
    const { hr } = await withHr();
    const res = await hr.request('PUT', '/api/v1/working-life/work-environment/2022', figures);
    expect(res.statusCode).toBe(200);
    // 0.0471 carries no base: published to 0.1 point, 4.7 %.
    expect(res.json()).toMatchObject({
      year: 2022,
      sickLeaveShare: 0.047,
      promotiveShare: 0.8,
      iso45001Certified: true,
    });
    const again = await hr.request('PUT', '/api/v1/working-life/work-environment/2022', {
      ...figures,
      promotiveShare: 0.75,
    });
    expect(again.json()).toMatchObject({ promotiveShare: 0.75, changedBy: { name: 'Helena HR' } });
    const list = (await hr.get('/api/v1/working-life/work-environment')).json();
    expect(list).toEqual([
      expect.objectContaining({
        year: 2022,
        iso45001ValidUntil: '2023-03-14',
        sourceNote: 'Lönesystemets rapport',
      }),
    ]);
    const actions = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entity, 'work_environment_year'));
    expect(actions.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('refuses a certificate without its date, a date without a certificate and one run out before the year', async () => {
    const { hr } = await withHr();
    const put = (body: object) =>
      hr.request('PUT', '/api/v1/working-life/work-environment/2024', { ...figures, ...body });
    const noDate = await put({ iso45001ValidUntil: null });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.message).toBe(
      'Ett ISO 45001-certifikat för 2024 behöver sitt sista giltighetsdatum.',
    );
    expect((await put({ iso45001Certified: false })).json().error.code).toBe(
      'working_life_date_without_certificate',
    );
    const expired = await put({ iso45001ValidUntil: '2023-12-31' });
    expect(expired.json().error.message).toBe(
      'Certifikatet gick ut 2023-12-31, före 2024: det omfattar inte året.',
    );
    expect((await put({ sickLeaveShare: 4.7 })).statusCode).toBe(400);
    expect((await hr.get('/api/v1/working-life/work-environment')).json()).toEqual([]);
  });
});
