/**
 * The pay survey through its import and API: all-or-nothing import, a year replaced on re-import,
 * the worked example (worked-example.fixture.ts) giving the API the figures of the unit tests
 * (pay-survey.test.ts, pay-publication.test.ts), HR's findings feeding the flags, the action plan,
 * and access: salary data is HR's and admins' only, and every view of it is audited.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signInDirect, testPassword } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { auditLog } from '../../core/audit.table';
import { systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { createUser } from '../users';
import { payIndicators } from './pay-survey.indicators';
import { salariesImport } from './salaries.import';
import type { SalaryRow } from './salary-row';
import { salaryRecords } from './testing';
import { workedGroups as g, workedRows } from './worked-example.fixture';

const t = setUpTestApp();

const header =
  'year,employee_ref,gender,job_title,work_group,job_value_level,monthly_salary,fte,birth_year,hired_on,variable_pay';
const line = (r: SalaryRow) =>
  [
    r.year,
    r.employeeRef,
    { woman: 'kvinna', man: 'man', other: 'annat' }[r.gender],
    r.jobTitle,
    r.workGroup,
    r.jobValueLevel,
    r.monthlySalary,
    r.fte,
    r.birthYear,
    r.hiredOn,
    r.variablePay ?? '',
  ].join(',');
const csv = (rows: readonly SalaryRow[]) => [header, ...rows.map(line)].join('\n');
const file = (text: string) => ({ bytes: new TextEncoder().encode(text), name: 'loner.csv' });

/** The seeded organisation with an HR user (`hr@alfa.test`) besides one of every other role. */
async function seedWithHr() {
  const seed = await seedOrganisation(t.db);
  const org = seed.organisation.id;
  await createUser({ db: t.db }, systemActor(org), {
    email: 'hr@alfa.test',
    name: 'Hanna HR',
    role: 'hr',
    language: 'sv',
    partnerOrganisation: null,
    areaIds: [],
    password: testPassword,
  });
  return { seed, org, hr: await signInDirect(t.app, t.db, 'hr@alfa.test') };
}

async function storedRows(org: string, year: number) {
  return t.db
    .select({ ref: salaryRecords.employeeRef })
    .from(salaryRecords)
    .where(and(eq(salaryRecords.organisationId, org), eq(salaryRecords.year, year)));
}

describe('the salaries import', () => {
  it('refuses the whole file for one bad row, and a reference that looks like a personal identity number', async () => {
    const { org } = await seedWithHr();
    const [first, second, third] = workedRows;
    const lines = [
      header,
      line(first), // fine, but the file is refused: nothing is written
      line({ ...second, employeeRef: '19850101-1234' }),
      line({ ...third, fte: 0 }),
      line({ ...first, employeeRef: 'A-W1' }), // the same employee twice in 2025
    ];
    const report = await runImport(t.db, systemActor(org), salariesImport, file(lines.join('\n')), {
      language: 'en',
    });
    expect(report.status).toBe('refused');
    expect(report.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [
        3,
        'employee_ref',
        'The employee reference looks like a personal identity or coordination number. Use a pseudonymous reference (e.g. an employee number).',
      ],
      [4, 'fte', 'The full-time equivalent must be above 0 and at most 1.'],
      [5, 'employee_ref', 'The employee reference A-W1 already appears on an earlier row for 2025.'],
    ]);
    expect(await storedRows(org, 2025)).toEqual([]);
  });

  it('replaces a year on re-import (and says so), leaving the other years alone; analysts may not import', async () => {
    const { org } = await seedWithHr();
    const lastYear = workedRows.slice(0, 3).map((r) => ({ ...r, year: 2024 }));
    const first = await runImport(
      t.db,
      systemActor(org),
      salariesImport,
      file(csv([...workedRows, ...lastYear])),
    );
    // 38 employees of 2025 and 3 of 2024; nothing stored before.
    expect(first).toMatchObject({ status: 'done', summary: { imported: 41, replaced: 0, years: 2 } });
    const again = await runImport(t.db, systemActor(org), salariesImport, file(csv(workedRows.slice(0, 10))));
    // 2025's 38 rows give way to the file's 10; 2024 keeps its 3.
    expect(again).toMatchObject({ status: 'done', summary: { imported: 10, replaced: 38, years: 1 } });
    expect(await storedRows(org, 2025)).toHaveLength(10);
    expect(await storedRows(org, 2024)).toHaveLength(3);

    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const refused = await analyst.request('POST', '/api/v1/imports/salaries', undefined, {
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('the pay survey API', () => {
  it('gives the worked example the figures of the unit tests, published, with every flag for HR', async () => {
    const { org, hr } = await seedWithHr();
    await runImport(t.db, systemActor(org), salariesImport, file(csv(workedRows)));
    const res = await hr.get('/api/v1/pay-survey?year=2025');
    expect(res.statusCode).toBe(200);
    const survey = res.json();
    const group = (name: string) =>
      survey.workGroups.find((w: { workGroup: string }) => w.workGroup === name);
    expect(survey).toMatchObject({ year: 2025, imported: true, threshold: 5 });
    // Women 20, men 17 (A-X1 of gender other in neither); the mean gap −1.1 / 582 = −0.19 % to whole points.
    expect(survey.overall.basic.women.n).toBe(20);
    expect(survey.overall.basic.men.n).toBe(17);
    expect(survey.overall.basic.meanGap).toBe(0);
    // Uthyrare: women 31 500, men 34 000, gap 2.5 / 34 = 7.35 % → 7 %; flagged in pay level.
    expect(group(g.letting).basic).toEqual({
      women: { n: 8, mean: 31_500, median: 31_500 },
      men: { n: 5, mean: 34_000, median: 34_000 },
      meanGap: 0.07,
      medianGap: 0.07,
      reason: null,
    });
    expect(group(g.letting).flag).toEqual({
      basic: true,
      variable: false,
      explained: false,
      assessment: true,
    });
    // Ekonomer (2 men) is hidden, yet HR sees its flag: (46 000 − 42 000) / 46 000 = 8.7 %.
    expect(group(g.finance).basic.reason).toBe('small_group');
    expect(group(g.finance).basic.women.mean).toBeNull();
    expect(group(g.finance).flag).toEqual({
      basic: true,
      variable: false,
      explained: false,
      assessment: true,
    });
    // Uthyrare (women-dominated, level 3) below Fastighetsskötare (level 2): 422 000 / 13 against 397 000 / 12.
    expect(survey.equalValue).toEqual([
      {
        womenGroup: g.letting,
        womenGroupLevel: 3,
        womenGroupMean: 32_461.5,
        otherGroup: g.caretakers,
        otherGroupLevel: 2,
        otherGroupMean: 33_083.3,
        lowerPaid: true,
      },
    ]);
    // 0.04755 [0.03245, 0.06242] (numpy, pay-survey.reference.py), to whole points for 37 people:
    // the value to the nearest, the bounds outwards (so the published interval holds the estimate's).
    expect(survey.adjusted).toEqual({ value: 0.05, low: 0.03, high: 0.07, n: 37, reason: null });
    expect(survey.quartiles.every((q: { reason: string }) => q.reason === 'small_group')).toBe(true);
  });

  it('takes an explanation off the flag, refuses an unknown category or an empty reason, and audits the write', async () => {
    const { org, hr } = await seedWithHr();
    await runImport(t.db, systemActor(org), salariesImport, file(csv(workedRows)));
    const put = (body: object) => hr.request('PUT', '/api/v1/pay-survey/findings', body);
    const finding = { year: 2025, categoryKind: 'work_group', categoryKey: g.letting };
    expect((await put({ ...finding, explained: true, explanation: '' })).statusCode).toBe(400);
    const unknown = await put({ ...finding, categoryKey: 'Vaktmästare', explained: false, explanation: '' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe('Lönekartläggningen 2025 har ingen kategori "Vaktmästare".');
    const saved = await put({ ...finding, explained: true, explanation: 'Marknadstillägg för nyanställda.' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ explained: true, changedBy: { name: 'Hanna HR' } });
    const survey = (await hr.get('/api/v1/pay-survey?year=2025')).json();
    const letting = survey.workGroups.find((w: { workGroup: string }) => w.workGroup === g.letting);
    expect(letting.flag).toEqual({ basic: true, variable: false, explained: true, assessment: false });
    // The group's level 3 is explained separately: still due.
    expect(survey.levels.find((l: { level: number }) => l.level === 3).flag.assessment).toBe(true);
    expect(survey.findings).toHaveLength(1);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, org), eq(auditLog.entity, 'pay_finding')));
    expect(audits.map((a) => a.action)).toEqual(['create']);
  });

  it('keeps an action plan per year and shows last year’s actions for follow-up', async () => {
    const { hr } = await seedWithHr();
    const created = await hr.post('/api/v1/pay-survey/actions', {
      year: 2024,
      description: 'Se över lönerna i Uthyrare.',
      owner: 'HR-chef',
      dueOn: '2025-04-30',
    });
    expect(created.statusCode).toBe(201);
    const followed = await hr.patch(`/api/v1/pay-survey/actions/${created.json().id}`, {
      status: 'done',
      followUp: 'Justerat i lönerevisionen.',
    });
    expect(followed.json()).toMatchObject({
      status: 'done',
      followUp: 'Justerat i lönerevisionen.',
      owner: 'HR-chef',
    });
    await hr.post('/api/v1/pay-survey/actions', {
      year: 2025,
      description: 'Analysera Ekonomer.',
      owner: 'HR',
      dueOn: '2026-03-31',
    });
    const plan = (await hr.get('/api/v1/pay-survey/actions?year=2025')).json();
    expect(plan.actions.map((a: { description: string }) => a.description)).toEqual(['Analysera Ekonomer.']);
    expect(plan.previous.map((a: { status: string }) => a.status)).toEqual(['done']);
  });

  it('lists the salary rows a page at a time, and audits every view of the survey and the rows', async () => {
    const { org, hr } = await seedWithHr();
    await runImport(t.db, systemActor(org), salariesImport, file(csv(workedRows)));
    const page = (await hr.get('/api/v1/pay-survey/salaries?year=2025&page=2&pageSize=10')).json();
    // 38 rows by reference: A-M1…A-M6, A-W1…A-W6, A-X1 (13), B-M1…: the second ten start at the 11th, A-W5.
    expect(page).toMatchObject({ total: 38, page: 2, pageSize: 10 });
    expect(page.rows.map((r: { employeeRef: string }) => r.employeeRef).slice(0, 3)).toEqual([
      'A-W5',
      'A-W6',
      'A-X1',
    ]);
    await hr.get('/api/v1/pay-survey?year=2025');
    await hr.get('/api/v1/pay-survey?year=2024');
    const views = await t.db
      .select({ entity: auditLog.entity, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, org), eq(auditLog.action, 'view')))
      .orderBy(auditLog.id);
    expect(views).toEqual([
      { entity: 'salary_records', after: { year: 2025, page: 2, rows: 10 } },
      { entity: 'pay_survey', after: { year: 2025 } },
      { entity: 'pay_survey', after: { year: 2024 } },
    ]);
  });

  it('refuses analysts, viewers and hosts on every pay-survey route, with a translated message', async () => {
    await seedWithHr();
    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/v1/pay-survey'));
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/v1/pay-survey',
      'GET /api/v1/pay-survey/actions',
      'GET /api/v1/pay-survey/salaries',
      'PATCH /api/v1/pay-survey/actions/:id',
      'POST /api/v1/pay-survey/actions',
      'PUT /api/v1/pay-survey/findings',
    ]);
    for (const role of ['analyst', 'viewer', 'host']) {
      const session = await signInDirect(t.app, t.db, `${role}@alfa.test`);
      for (const route of routes) {
        const url = route.url.replace(':id', '00000000-0000-4000-8000-000000000000');
        const res = await session.request(route.method, url, route.method === 'GET' ? undefined : {});
        expect(res.statusCode, `${role} ${route.method} ${url}`).toBe(403);
        expect(res.json().error.message).toBe('Du har inte behörighet till det här.');
      }
    }
    const none = await t.db.select().from(auditLog).where(eq(auditLog.action, 'view'));
    expect(none).toEqual([]);
  });
});

describe('the pay indicators', () => {
  const compute = (id: string, org: string, year = 2025) =>
    payIndicators.find((i) => i.id === id)!.compute(t.db, org, year);

  it('give the worked example’s published gaps, the adjusted one with its interval', async () => {
    const { org } = await seedWithHr();
    await runImport(t.db, systemActor(org), salariesImport, file(csv(workedRows)));
    // Mean gap −1.1 / 582 = −0.0019 → 0 to whole points (37 women and men); + 0 turns −0 into 0.
    const mean = await compute('gender_pay_gap', org);
    expect([mean.value! + 0, mean.n, mean.suppressed]).toEqual([0, 37, undefined]);
    // The equal-work breakdown shows Uthyrare and hides Ekonomer (2 men).
    expect(mean.breakdowns![0].rows.find((r) => r[0] === g.letting)).toEqual([
      g.letting,
      31_500,
      34_000,
      0.07,
    ]);
    expect(mean.breakdowns![0].rows.find((r) => r[0] === g.finance)).toEqual([g.finance, null, null, null]);
    // Median gap 0.5 / 33 = 0.0152 → 0.02.
    expect((await compute('gender_pay_gap_median', org)).value).toBe(0.02);
    // 0.04755 [0.03245, 0.06242] → 0.05 [0.03, 0.07] (bounds rounded outwards).
    expect(await compute('gender_pay_gap_adjusted', org)).toEqual({
      value: 0.05,
      n: 37,
      ciLow: 0.03,
      ciHigh: 0.07,
    });
    // Variable pay among the 10 women and 10 men who received some: 0.6 / 6.5 = 0.0923 → 0.09.
    expect(await compute('variable_pay_gap', org)).toEqual({ value: 0.09, n: 20, ciLow: null, ciHigh: null });
  });

  it('are hidden for an organisation with fewer than 5 men, and empty for a year without rows', async () => {
    const { org } = await seedWithHr();
    // Fastighetsskötare alone without A-M5 and A-M6: 6 women, 4 men (and A-X1).
    const rows = workedRows.filter(
      (r) => r.workGroup === g.caretakers && !['A-M5', 'A-M6'].includes(r.employeeRef),
    );
    await runImport(t.db, systemActor(org), salariesImport, file(csv(rows)));
    for (const id of [
      'gender_pay_gap',
      'gender_pay_gap_median',
      'gender_pay_gap_adjusted',
      'variable_pay_gap',
    ])
      expect(await compute(id, org), id).toMatchObject({
        value: null,
        n: null,
        suppressed: true,
        reason: 'small_group',
      });
    expect(await compute('gender_pay_gap', org, 2024)).toEqual({
      value: null,
      n: 0,
      ciLow: null,
      ciHigh: null,
    });
  });
});
