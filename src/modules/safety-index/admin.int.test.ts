import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp, testConfig } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { buildAnnualReport } from '../../core/report';
import { addMonths, swedishToday } from '../../shared/time';
import { addAreas, addDistrict } from '../areas/testing';
import { drawMonthlySample } from './invitations';
import { recomputeFromAnswers, storedRollups } from './rollups';
import { surveyResponsesImport } from './survey-responses.import';

const t = setUpTestApp();

const csv = (header: string, lines: string[]) => ({
  bytes: new TextEncoder().encode([header, ...lines].join('\n')),
  name: 'svar.csv',
});

describe('the question set', () => {
  it('makes a new version for a change of index questions, and old answers keep their version', async () => {
    const seed = await seedOrganisation(t.db);
    const actor = systemActor(seed.organisation.id);
    // Version 1 (default index): 12 respondents, evening 2 and contact 5 → index 50 %.
    const header = 'response_id,area_code,answered_on,evening,contact,lighting';
    const first = Array.from({ length: 12 }, (_, i) => `a${i},alfa-N,2025-01-10,2,5,5`);
    await runImport(t.db, actor, surveyResponsesImport, csv(header, first));
    const admin = await signIn(t.app, 'admin@alfa.test');
    const instrument = (await admin.get('/api/v1/safety-index/instrument')).json();
    expect(instrument.version).toBe(1);
    const created = await admin.post('/api/v1/safety-index/instrument', {
      questions: instrument.questions,
      indexCodes: ['lighting', 'contact'],
      comment: true,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().version).toBe(2);
    // Version 2 (index: lighting, contact): 12 respondents all 5 → 100 % in February.
    const second = Array.from({ length: 12 }, (_, i) => `b${i},alfa-N,2025-02-10,2,5,5`);
    await runImport(t.db, actor, surveyResponsesImport, csv(header, second));
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const jan = (await analyst.get('/api/v1/safety-index/summary?period=2025-01')).json().groups[0];
    const feb = (await analyst.get('/api/v1/safety-index/summary?period=2025-02')).json().groups[0];
    expect(jan.value).toBeCloseTo(0.5, 10);
    expect(feb.value).toBeCloseTo(1, 10);
    expect(await storedRollups(t.db, seed.organisation.id)).toEqual(
      await recomputeFromAnswers(t.db, seed.organisation.id),
    );
    expect((await analyst.post('/api/v1/safety-index/instrument', { ...instrument })).statusCode).toBe(403);
  });

  it('refuses index codes that are not questions', async () => {
    await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const instrument = (await admin.get('/api/v1/safety-index/instrument')).json();
    const res = await admin.post('/api/v1/safety-index/instrument', {
      questions: instrument.questions,
      indexCodes: ['nope'],
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('access', () => {
  it("holds a host to their own area's figures and keeps comments from hosts", async () => {
    const seed = await seedOrganisation(t.db);
    const header = 'response_id,area_code,answered_on,evening,comment';
    const lines = [
      ...Array.from({ length: 12 }, (_, i) => `n${i},alfa-N,2025-03-01,4,`),
      ...Array.from({ length: 12 }, (_, i) => `s${i},alfa-S,2025-03-01,2,`),
    ];
    await runImport(t.db, systemActor(seed.organisation.id), surveyResponsesImport, csv(header, lines));
    const host = await signIn(t.app, 'host@alfa.test');
    const groups = (await host.get('/api/v1/safety-index/summary?period=2025')).json().groups;
    expect(
      groups.filter((g: { level: string }) => g.level === 'area').map((g: { id: string }) => g.id),
    ).toEqual([seed.areas[0].id]);
    // Only the area: no "organisation" row that would in fact be the host's areas under the company's name.
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ level: 'area', respondents: 12, value: 1 });
    expect(
      (await host.get('/api/v1/safety-index/trend?group=organisation&from=2025-01&to=2025-12')).statusCode,
    ).toBe(404);
    // The export of the table on screen: the host's areas side by side. 12 of 12 top answers: the
    // Wilson interval over 12 respondents (75.75 %–100 %, published outwards in whole points: 75 %),
    // not a zero-width one; 12 respondents of 20 households answered (60 %). Swedish Excel CSV.
    const csvText = (await host.get('/api/v1/safety-index/export?period=2025&view=groups&group=organisation'))
      .body;
    expect(csvText.trim().split('\n').slice(1)).toEqual(['område;Bäckby norra;alfa-N;12;1;0,75;1;0,6;;;']);
    expect((await host.get('/api/v1/safety-index/comments?period=2025')).statusCode).toBe(403);
    const partner = await signIn(t.app, 'partner@alfa.test');
    expect((await partner.get('/api/v1/safety-index/summary?period=2025')).statusCode).toBe(403);
  });

  it('hides from a host what it hides from the analyst, so the two views cannot be subtracted', async () => {
    const seed = await seedOrganisation(t.db);
    const lines = [
      ...Array.from({ length: 12 }, (_, i) => `n${i},alfa-N,2025-03-01,4,`),
      ...Array.from({ length: 6 }, (_, i) => `s${i},alfa-S,2025-03-01,2,`),
    ];
    await runImport(
      t.db,
      systemActor(seed.organisation.id),
      surveyResponsesImport,
      csv('response_id,area_code,answered_on,evening,comment', lines),
    );
    // Södra (6) is too small; norra (12) is hidden with it, or the district (18) minus norra gives södra.
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const all = (await analyst.get('/api/v1/safety-index/summary?period=2025')).json().groups;
    // 12 of 18 = 66.67 %, published in whole points: 67 %.
    expect(all.find((g: { level: string }) => g.level === 'district')).toMatchObject({
      respondents: 18,
      value: 0.67,
    });
    // The host of norra sees norra hidden too: its figure set against the analyst's district would give södra.
    const host = await signIn(t.app, 'host@alfa.test');
    const mine = (await host.get('/api/v1/safety-index/summary?period=2025')).json().groups;
    expect(mine).toEqual([
      expect.objectContaining({
        id: seed.areas[0].id,
        respondents: null,
        suppressed: true,
        reason: 'protects_another',
        value: null,
      }),
    ]);
  });

  it('takes its targets from the goals page, where analysts set them and viewers only read', async () => {
    const seed = await seedOrganisation(t.db);
    const goal = { indicatorId: 'safety_index', year: 2025, areaId: null, target: 0.82 };
    // The module's own target routes are gone: the goals page sets every indicator's goals.
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    expect((await analyst.request('PUT', '/api/v1/safety-index/targets', goal)).statusCode).toBe(404);
    const viewer = await signIn(t.app, 'viewer@alfa.test');
    expect((await viewer.request('PUT', '/api/v1/goals', goal)).statusCode).toBe(403);
    await analyst.request('PUT', '/api/v1/goals', { ...goal, target: 0.8 });
    await analyst.request('PUT', '/api/v1/goals', goal);
    await analyst.request('PUT', '/api/v1/goals', { ...goal, areaId: seed.areas[1].id, target: 0.7 });
    const groups = (await viewer.get('/api/v1/safety-index/summary?period=2025')).json().groups;
    const target = (id: string) => groups.find((g: { id: string }) => g.id === id).target;
    // An area without a goal of its own has the organisation's.
    expect([target('organisation'), target(seed.areas[0].id), target(seed.areas[1].id)]).toEqual([
      0.82, 0.82, 0.7,
    ]);
  });
});

describe('comments', () => {
  it("gives the drilled-down group's comments, masked: organisation, district, area", async () => {
    const seed = await seedOrganisation(t.db);
    const raby = await addDistrict(t.db, seed.organisation.id, 'Råby');
    await addAreas(t.db, [
      { organisationId: seed.organisation.id, districtId: raby.id, code: 'alfa-R', name: 'Råby' },
    ]);
    const lines = ['N', 'S', 'R'].flatMap((code) =>
      Array.from({ length: 10 }, (_, i) => `${code}${i},alfa-${code},2025-04-02,4,`),
    );
    lines[0] = 'N0,alfa-N,2025-04-02,4,Ring mig på 070-123 45 67';
    lines[10] = 'S0,alfa-S,2025-04-02,4,Mejla anna.berg@exempel.se';
    lines[20] = 'R0,alfa-R,2025-04-02,4,Lampan i porten är trasig';
    const report = await runImport(
      t.db,
      systemActor(seed.organisation.id),
      surveyResponsesImport,
      csv('response_id,area_code,answered_on,evening,comment', lines),
    );
    expect(report.status).toBe('done');
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const texts = async (group: string) =>
      (await analyst.get(`/api/v1/safety-index/comments?period=2025&group=${group}`))
        .json()
        .map((c: { comment: string }) => c.comment)
        .sort();
    expect(await texts('organisation')).toEqual([
      'Lampan i porten är trasig',
      'Mejla [e-post]',
      'Ring mig på [telefon]',
    ]);
    expect(await texts(seed.district.id)).toEqual(['Mejla [e-post]', 'Ring mig på [telefon]']);
    expect(await texts(seed.areas[1].id)).toEqual(['Mejla [e-post]']);
  });
});

describe('the plan', () => {
  it('expects 10 invitations and, at an assumed 50 % response, 5 answers a year from an area of 20 households', async () => {
    const seed = await seedOrganisation(t.db);
    await drawMonthlySample(t.jobContext, seed.organisation.id, '2025-01');
    const admin = await signIn(t.app, 'admin@alfa.test');
    const plan = (await admin.get('/api/v1/safety-index/plan')).json();
    expect(plan.marginBasis).toBe('assumed');
    expect(plan.areas).toHaveLength(2);
    expect(plan.areas[0]).toMatchObject({ households: 20, expectedInvitationsPerYear: 10 });
    // No invitations in the last 12 months: an assumed response rate of 50 % → 5 answers a year,
    // margin 1.96·√(0.25/5) = 0.4383.
    expect(plan.areas[0]).toMatchObject({ responseRate: 0.5, expectedAnswersPerYear: 5 });
    expect(plan.areas[0].marginOfError).toBeCloseTo(0.4383, 4);
  });

  it("gives the index's margin from the spread observed in the last 12 months", async () => {
    const seed = await seedOrganisation(t.db);
    // Last month: 40 respondents answering evening and stairwell, 20 with 4 and 4 (y = 2 of m = 2),
    // 20 with 4 and 2 (y = 1). p = 60/80 = 0.75; Σ(y − 1.5)² = 40 · 0.25 = 10;
    // Var = 40/39 · 10 / 80² = 0.00160256; one respondent brings v = 40 · Var = 0.0641026.
    // Bäckby norra: 10 invitations a year, none sent yet → 50 % → 5 answers: 1.96·√(v/5) = 0.221924
    // (one question at p = 0.5 would have said 0.4383).
    // The 10th of last month, in Sweden: the plan's window ends with last month.
    const last = `${addMonths(swedishToday(testConfig.clock()), -1).slice(0, 7)}-10`;
    const lines = Array.from({ length: 40 }, (_, i) => `o${i},alfa-N,${last},4,${i < 20 ? 4 : 2}`);
    await runImport(
      t.db,
      systemActor(seed.organisation.id),
      surveyResponsesImport,
      csv('response_id,area_code,answered_on,evening,stairwell', lines),
    );
    const plan = (await (await signIn(t.app, 'analyst@alfa.test')).get('/api/v1/safety-index/plan')).json();
    expect(plan.marginBasis).toBe('observed');
    expect(plan.areas[0]).toMatchObject({ areaCode: 'alfa-N', expectedAnswersPerYear: 5 });
    expect(plan.areas[0].marginOfError).toBeCloseTo(0.221924, 5);
  });
});

describe('the annual report', () => {
  it('carries safety_index with value, n, interval, target and status, and hides 6 respondents', async () => {
    const seed = await seedOrganisation(t.db);
    const actor = systemActor(seed.organisation.id);
    // 20 respondents answering evening and contact, 10 in each area of 20 households: 30 of 40 → 75 %.
    // Per area d = y − 1.5·... = ±0.5, Σd² = 2.5, × (1 − 10/20)·10/9 = 1.38889; both 2.77778 →
    // se = 1.666667/40 = 0.0416667; t(18) = 2.100922; logit 3 = 1.098612 ± 0.466871 → 65.29 %–82.71 %,
    // published outwards in whole points (20 respondents): 65 %–83 %, which holds 82 %.
    const header = 'response_id,area_code,answered_on,evening,contact';
    const lines = Array.from(
      { length: 20 },
      (_, i) => `p${i},${i % 2 ? 'alfa-N' : 'alfa-S'},2025-05-05,${i < 10 ? 5 : 2},4`,
    );
    await runImport(t.db, actor, surveyResponsesImport, csv(header, lines));
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    await analyst.request('PUT', '/api/v1/goals', {
      indicatorId: 'safety_index',
      year: 2025,
      areaId: null,
      target: 0.82,
    });
    const report = await buildAnnualReport(t.db, seed.organisation, 2025, 'sv', t.context.config.clock());
    const safety = report.indicators.find((i) => i.id === 'safety_index')!;
    expect(safety).toMatchObject({
      n: 20,
      target: 0.82,
      status: 'too close to call',
      suppressed: false,
      unit: 'fraction',
    });
    expect(safety).toMatchObject({ value: 0.75, ci_low: 0.65, ci_high: 0.83 });

    const six = Array.from({ length: 6 }, (_, i) => `q${i},alfa-N,2024-05-05,5,4`);
    await runImport(t.db, actor, surveyResponsesImport, csv(header, six));
    const small = (
      await buildAnnualReport(t.db, seed.organisation, 2024, 'sv', t.context.config.clock())
    ).indicators.find((i) => i.id === 'safety_index')!;
    // Hidden: no value and no count (issue 10), and why.
    expect(small).toMatchObject({
      value: null,
      ci_low: null,
      ci_high: null,
      n: null,
      suppressed: true,
      suppressed_reason: 'small_group',
    });
  });
});
