import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Session, seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { auditLog } from '../../core/audit.table';
import { systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { indicators } from '../../core/indicators';
import { applyRetention } from './erasure.service';
import { participantsImport } from './participants.import';
import { participantIdentities, participants } from './programs.table';

/** The app as the server runs it with GRANNSKAP_PARTICIPANT_KEY set: core config carries the key. */
const t = setUpTestApp({ config: { participantKey: Buffer.from(randomBytes(32)) } });

const csv = (text: string) => ({ bytes: new TextEncoder().encode(text), name: 'participants.csv' });

async function setUp() {
  const seed = await seedOrganisation(t.db);
  const admin = await signIn(t.app, 'admin@alfa.test');
  const program = await admin.post('/api/v1/programs', {
    code: 'jobbpunkt',
    name: 'Jobbpunkt',
    focusArea: 'arbete',
    reportsJobOutcome: true,
  });
  expect(program.statusCode).toBe(201);
  return { seed, admin, program: program.json() };
}

/** "En frisk generation" (gemenskap, no job outcome) with a questionnaire of one question. */
async function friskWithQuestionnaire(admin: Session, name: string, question: Record<string, unknown>) {
  const program = await admin.post('/api/v1/programs', {
    code: 'frisk',
    name: 'En frisk generation',
    focusArea: 'gemenskap',
  });
  const questionnaire = await admin.post(`/api/v1/programs/${program.json().id}/questionnaires`, {
    name,
    questions: [question],
  });
  return { program: program.json(), questionnaire: questionnaire.json() };
}

/** Jobbpunkt 2020: 60 exits, 28 to work, 12 to studies, 20 with no job; satisfaction 5 for 55 of them. */
function jobbpunkt2020(): string {
  const lines = ['program,participant_ref,enrolled_on,exited_on,outcome,satisfaction'];
  for (let i = 1; i <= 60; i++) {
    const outcome = i <= 28 ? 'work' : i <= 40 ? 'studies' : 'none';
    lines.push(
      `jobbpunkt,JP-${String(i).padStart(3, '0')},2020-01-${String(1 + (i % 28)).padStart(2, '0')},2020-11-30,${outcome},${i <= 55 ? 5 : 2}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('programs', () => {
  it('Jobbpunkt 2020: 60 exits, 28 with work → 47 % (34–60 %), rounded by the publication layer, in follow-up and report', async () => {
    const { seed, admin, program } = await setUp();
    const actor = systemActor(seed.organisation.id);
    const report = await runImport(t.db, actor, participantsImport, csv(jobbpunkt2020()));
    expect(report).toMatchObject({ status: 'done', summary: { created: 60 } });
    // Idempotent: the same file again changes nothing.
    expect(await runImport(t.db, actor, participantsImport, csv(jobbpunkt2020()))).toMatchObject({
      status: 'done',
      summary: { created: 0, updated: 0, unchanged: 60 },
    });

    const followUp = (await admin.get(`/api/v1/programs/${program.id}/follow-up?year=2020`)).json();
    expect(followUp.current.howMuch).toEqual({ enrolled: 60, active: 60, exited: 60 });
    // 28/60 = 46.67 %, Wilson 34.63 %–59.10 % (Mimer's 2020 figures; worked in rba history and
    // below). Under 100 exits the layer publishes whole points, bounds rounded outwards: 47 (34–60).
    expect(followUp.current.betterOff.atExit.work).toEqual({
      value: 0.47,
      low: 0.34,
      high: 0.6,
      n: 60,
      suppressed: false,
      reason: null,
    });
    // Every exit had an outcome and a satisfaction answer: no non-response to show, but it is counted.
    expect(followUp.current.missing).toMatchObject({ outcome: 0, satisfaction: 0 });

    const byId = new Map(indicators().map((i) => [i.id, i]));
    const rate = await byId.get('job_outcome_rate')?.compute(t.db, seed.organisation.id, 2020);
    expect(rate).toMatchObject({ value: 0.47, n: 60, ciLow: 0.34, ciHigh: 0.6, suppressed: false });
    const satisfied = await byId.get('program_satisfied_share')?.compute(t.db, seed.organisation.id, 2020);
    // 55/60 = 91.67 %, Wilson 81.94 %–96.39 % → 92 (81–97).
    expect(satisfied).toMatchObject({ value: 0.92, n: 60, ciLow: 0.81, ciHigh: 0.97 });
    // Per programme: exits, without a recorded outcome, the base, and the share and its interval as
    // published (fractions 0–1, whole points under 100 exits: the same 0.47 (0.34–0.6) as above).
    expect(rate?.breakdowns?.[0].rows).toEqual([['Jobbpunkt', 60, 0, 60, 0.47, 0.34, 0.6, '']]);
    expect(rate?.breakdowns?.[0].units).toEqual([
      'text',
      'count',
      'count',
      'count',
      'fraction',
      'fraction',
      'fraction',
      'text',
    ]);
    expect(satisfied?.breakdowns?.[0].rows).toEqual([['Jobbpunkt', 60, 0, 60, 0.92, 0.81, 0.97, '']]);
  });

  it('shows exits without a recorded outcome and satisfaction non-response instead of leaving them out', async () => {
    const { seed, admin, program } = await setUp();
    // Jobbpunkt 2020 again, and 4 more exits with nothing recorded: 64 exits, 60 with an outcome.
    const extra = [1, 2, 3, 4].map((i) => `jobbpunkt,JP-X${i},2020-02-01,2020-12-01,,`);
    const text = `${jobbpunkt2020()}${extra.join('\n')}\n`;
    await runImport(t.db, systemActor(seed.organisation.id), participantsImport, csv(text));
    const current = (await admin.get(`/api/v1/programs/${program.id}/follow-up?year=2020`)).json().current;
    expect(current.howMuch.exited).toBe(64);
    expect(current.missing).toMatchObject({ outcome: 4, satisfaction: 4 });
    // The share stays over the exits with an outcome: 28 of 60.
    expect(current.betterOff.atExit.work).toMatchObject({ value: 0.47, n: 60 });
    const rate = await indicators()
      .find((i) => i.id === 'job_outcome_rate')
      ?.compute(t.db, seed.organisation.id, 2020, 'en');
    expect(rate?.breakdowns?.[0].columns.slice(1, 4)).toEqual([
      'Exits',
      'No recorded outcome',
      'With an outcome (base)',
    ]);
    expect(rate?.breakdowns?.[0].rows).toEqual([['Jobbpunkt', 64, 4, 60, 0.47, 0.34, 0.6, '']]);
  });

  it('refuses an import with a personal number or an unknown program, writing nothing', async () => {
    const { seed } = await setUp();
    const text = [
      'program,participant_ref,enrolled_on,exited_on,outcome,satisfaction,consent_on',
      'jobbpunkt,JP-1,2021-01-10,,,,',
      'jobbpunkt,19800101-1234,2021-01-10,,,,',
      'okänt,JP-2,2021-01-10,2021-03-01,arbete,4,',
      'jobbpunkt,JP-3,2021-01-10,,,4,',
      'jobbpunkt,JP-4,2021-01-10,,,,2021-01-12',
    ].join('\n');
    const report = await runImport(t.db, systemActor(seed.organisation.id), participantsImport, csv(text));
    expect(report.status).toBe('refused');
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'participant_ref'],
      [4, 'program'],
      [5, 'satisfaction'],
      [6, 'consent_on'],
    ]);
    expect(await t.db.select().from(participants)).toHaveLength(0);
  });

  it('erasing a participant removes their personal data and keeps the yearly counts', async () => {
    const { admin, program, seed } = await setUp();
    expect(
      (
        await admin.request('PUT', '/api/v1/programs/settings', {
          identityEnabled: true,
          retentionMonths: 36,
        })
      ).statusCode,
    ).toBe(200);
    expect((await admin.get('/api/v1/programs/identity-storage')).json()).toEqual({ enabled: true });
    await runImport(t.db, systemActor(seed.organisation.id), participantsImport, csv(jobbpunkt2020()));
    const created = await admin.post(`/api/v1/programs/${program.id}/participants`, {
      ref: 'JP-900',
      birthYear: 1988,
      gender: 'woman',
      consentOn: '2020-02-01',
      enrolledOn: '2020-02-03',
      exitedOn: '2020-10-15',
      completed: true,
      outcome: 'work',
      satisfaction: 5,
      name: 'Fiktiva Testperson',
      personalNumber: '19880203-1234',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    // Stored encrypted, apart from the participant row.
    const [sealed] = await t.db
      .select()
      .from(participantIdentities)
      .where(eq(participantIdentities.participantId, id));
    expect(sealed.nameSealed).not.toContain('Fiktiva');
    expect((await admin.get(`/api/v1/program-participants/${id}/identity`)).json()).toEqual({
      name: 'Fiktiva Testperson',
      personalNumber: '19880203-1234',
    });
    const before = (await admin.get(`/api/v1/programs/${program.id}/follow-up?year=2020`)).json().current;
    expect(before.howMuch).toEqual({ enrolled: 61, active: 61, exited: 61 });

    const erase = await admin.post(`/api/v1/program-participants/${id}/erase`);
    expect(erase.statusCode).toBe(204);

    const [row] = await t.db.select().from(participants).where(eq(participants.id, id));
    expect(row).toMatchObject({
      ref: null,
      birthYear: null,
      gender: null,
      consentOn: null,
      enrolledOn: '2020-02-01',
      exitedOn: '2020-10-01',
    });
    expect(row.erasedAt).not.toBeNull();
    expect(
      await t.db.select().from(participantIdentities).where(eq(participantIdentities.participantId, id)),
    ).toHaveLength(0);
    expect((await admin.get(`/api/v1/program-participants/${id}/identity`)).statusCode).toBe(404);
    // The audit log never held the name, personal number, reference or birth year.
    const audit = await t.db
      .select({ text: sql<string>`${auditLog.before}::text || ' ' || ${auditLog.after}::text` })
      .from(auditLog);
    const auditText = audit.map((a) => a.text ?? '').join('\n');
    for (const secret of ['Fiktiva', '19880203', 'JP-900', '1988']) expect(auditText).not.toContain(secret);

    const after = (await admin.get(`/api/v1/programs/${program.id}/follow-up?year=2020`)).json().current;
    expect(after.howMuch).toEqual(before.howMuch);
    expect(after.betterOff.atExit.work).toEqual(before.betterOff.atExit.work);
    expect(after.howWell).toEqual(before.howWell);
  });

  it('deletes the stored names and personal numbers when identity storage is turned off', async () => {
    const { admin, program } = await setUp();
    const settings = (identityEnabled: boolean) =>
      admin.request('PUT', '/api/v1/programs/settings', { identityEnabled, retentionMonths: 36 });
    await settings(true);
    const created = (
      await admin.post(`/api/v1/programs/${program.id}/participants`, {
        ref: 'JP-901',
        consentOn: '2025-03-01',
        enrolledOn: '2025-03-01',
        name: 'Fiktiv Person',
      })
    ).json();
    expect(created.hasIdentity).toBe(true);
    expect((await settings(false)).statusCode).toBe(200);
    expect(await t.db.select().from(participantIdentities)).toHaveLength(0);
    const [listed] = (await admin.get(`/api/v1/programs/${program.id}/participants`)).json();
    expect(listed).toMatchObject({ ref: 'JP-901', hasIdentity: false });
    const [entry] = (await admin.get('/api/v1/audit?entity=program_settings')).json();
    expect(entry.after).toMatchObject({ identityEnabled: false, identitiesDeleted: 1 });
  });

  it('anonymises participants after the retention period, keeping the counts', async () => {
    const { admin, program, seed } = await setUp();
    await admin.request('PUT', '/api/v1/programs/settings', { identityEnabled: false, retentionMonths: 24 });
    await runImport(t.db, systemActor(seed.organisation.id), participantsImport, csv(jobbpunkt2020()));
    await admin.post(`/api/v1/programs/${program.id}/participants`, {
      ref: 'JP-NY',
      consentOn: '2022-06-01',
      enrolledOn: '2022-06-01',
      exitedOn: '2022-12-01',
      outcome: 'work',
    });
    // 24 months before 2023-01-15 is 2021-01-15: the 2020 exits go, the 2022 exit stays.
    expect(await applyRetention(t.db, seed.organisation.id, '2023-01-15')).toBe(60);
    const list = (await admin.get(`/api/v1/programs/${program.id}/participants`)).json();
    expect(list.filter((p: { erased: boolean }) => !p.erased).map((p: { ref: string }) => p.ref)).toEqual([
      'JP-NY',
    ]);
    const work = (await admin.get(`/api/v1/programs/${program.id}/follow-up?year=2020`)).json().current
      .betterOff.atExit.work;
    expect([work.value, work.n]).toEqual([0.47, 60]);
  });

  it('refuses names when the organisation has not turned identity storage on', async () => {
    const { admin, program } = await setUp();
    expect((await admin.get('/api/v1/programs/identity-storage')).json()).toEqual({ enabled: false });
    const res = await admin.post(`/api/v1/programs/${program.id}/participants`, {
      ref: 'JP-1',
      consentOn: '2024-01-01',
      enrolledOn: '2024-01-01',
      name: 'Någon Fiktiv',
    });
    expect(res.statusCode).toBe(400);
    expect(await t.db.select().from(participants)).toHaveLength(0);
  });

  it('pairs start and end answers per participant: 8 pairs hidden by the layer, 30 pairs show the change and the exact tests', async () => {
    const { admin, seed } = await setUp();
    const { program, questionnaire } = await friskWithQuestionnaire(admin, 'Hälsoenkät', {
      code: 'outdoor_days',
      label: 'Dagar i veckan med utomhuslek',
      min: 0,
      max: 7,
      higherIsBetter: true,
    });
    async function family(i: number, before: number, after: number) {
      const p = await admin.post(`/api/v1/programs/${program.id}/participants`, {
        ref: `EFG-${i}`,
        areaId: seed.areas[i % 2].id,
        consentOn: '2025-01-10',
        enrolledOn: '2025-01-10',
      });
      const participantId = p.json().id;
      for (const [phase, value, on] of [
        ['start', before, '2025-01-10'],
        ['end', after, '2025-06-10'],
      ] as const) {
        const res = await admin.request('PUT', `/api/v1/program-questionnaires/${questionnaire.id}/answers`, {
          participantId,
          phase,
          answeredOn: on,
          values: { outdoor_days: value },
        });
        expect(res.statusCode).toBe(200);
      }
    }
    for (let i = 0; i < 8; i++) await family(i, 3, i % 2 ? 4 : 3);
    const small = (await admin.get(`/api/v1/program-questionnaires/${questionnaire.id}/comparison`)).json();
    // 8 people: hidden through the layer, with its reason and without a count.
    expect(small.questions[0]).toMatchObject({
      n: null,
      suppressed: true,
      reason: 'small_group',
      meanChange: null,
      wilcoxon: null,
    });

    // 22 more: in all 30 pairs 15 went from 3 to 4 days and 15 stayed at 3.
    for (let i = 8; i < 30; i++) await family(i, 3, i % 2 ? 4 : 3);
    const large = (await admin.get(`/api/v1/program-questionnaires/${questionnaire.id}/comparison`)).json();
    // The mean change stays as a description; the tests are Wilcoxon (Pratt) and the exact sign
    // test: 15 of 15 non-zero differences up → 2 · 2⁻¹⁵ = 0.0000610, printed "< 0,001", never 0.
    expect(large.questions[0]).toMatchObject({
      n: 30,
      suppressed: false,
      meanBefore: 3,
      meanAfter: 3.5,
      up: 15,
      same: 15,
      down: 0,
      sign: { text: '< 0,001' },
      wilcoxon: { text: '< 0,001' },
    });
    expect(large.questions[0].sign.value).toBeCloseTo(2 / 32768, 12);
    const followUp = (await admin.get(`/api/v1/programs/${program.id}/follow-up?year=2025`)).json();
    expect(followUp.questionnaires[0]).toMatchObject({ year: 2025, questions: [{ n: 30 }] });
    // The follow-up of a year pairs those who finished in it: nobody answered at the end in 2026.
    const next = (await admin.get(`/api/v1/programs/${program.id}/follow-up?year=2026`)).json();
    expect(next.questionnaires[0].questions[0]).toMatchObject({ n: 0, suppressed: false, meanChange: null });
  });

  it('10 pairs, every one up by one step on 1–5: exact p = 0.00195, shown as such', async () => {
    const { admin } = await setUp();
    const { program, questionnaire } = await friskWithQuestionnaire(admin, 'Trygghet', {
      code: 'safe',
      label: 'Känner mig trygg',
      min: 1,
      max: 5,
      higherIsBetter: true,
    });
    for (let i = 0; i < 10; i++) {
      const participantId = (
        await admin.post(`/api/v1/programs/${program.id}/participants`, {
          ref: `EFG-${i}`,
          consentOn: '2025-01-10',
          enrolledOn: '2025-01-10',
        })
      ).json().id;
      for (const [phase, value, on] of [
        ['start', 3, '2025-01-10'],
        ['end', 4, '2025-06-10'],
      ] as const) {
        await admin.request('PUT', `/api/v1/program-questionnaires/${questionnaire.id}/answers`, {
          participantId,
          phase,
          answeredOn: on,
          values: { safe: value },
        });
      }
    }
    const [q] = (
      await admin.get(`/api/v1/program-questionnaires/${questionnaire.id}/comparison?year=2025`)
    ).json().questions;
    // Sign test 10 of 10: 2 · 2⁻¹⁰ = 0.001953; Wilcoxon exact the same (W+ = 55, the maximum);
    // McNemar on 4–5: 10 cross into the top, none out: 0.001953. The old t-test printed p = 0.
    for (const test of ['sign', 'wilcoxon', 'mcNemar']) {
      expect(q[test].value).toBeCloseTo(0.001953125, 12);
      expect(q[test].text).toBe('0,00195');
    }
    expect(q).toMatchObject({ n: 10, meanChange: 1, topBefore: 0, topAfter: 1, top: { from: 4, to: 5 } });
  });

  it('shows a host only participants of their areas and keeps viewers to the aggregates', async () => {
    const { admin, program, seed } = await setUp();
    for (const [ref, area] of [
      ['JP-N', seed.areas[0].id],
      ['JP-S', seed.areas[1].id],
    ]) {
      await admin.post(`/api/v1/programs/${program.id}/participants`, {
        ref,
        areaId: area,
        consentOn: '2025-01-01',
        enrolledOn: '2025-01-01',
      });
    }
    const host = await signIn(t.app, 'host@alfa.test');
    const seen = (await host.get(`/api/v1/programs/${program.id}/participants`)).json();
    expect(seen.map((p: { ref: string }) => p.ref)).toEqual(['JP-N']);
    const viewer = await signIn(t.app, 'viewer@alfa.test');
    expect((await viewer.get(`/api/v1/programs/${program.id}/participants`)).statusCode).toBe(403);
    expect((await viewer.get(`/api/v1/programs/${program.id}/follow-up?year=2025`)).statusCode).toBe(200);
    expect((await host.post(`/api/v1/program-participants/${seen[0].id}/erase`)).statusCode).toBe(403);
  });
});

describe('programs without a participant key in the configuration', () => {
  const bare = setUpTestApp({ reset: false });

  it('refuses to turn identity storage on and keeps the settings as they were', async () => {
    await seedOrganisation(bare.db);
    const admin = await signIn(bare.app, 'admin@alfa.test');
    const res = await admin.request('PUT', '/api/v1/programs/settings', {
      identityEnabled: true,
      retentionMonths: 12,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('GRANNSKAP_PARTICIPANT_KEY');
    expect((await admin.get('/api/v1/programs/settings')).json()).toEqual({
      identityEnabled: false,
      retentionMonths: 36,
    });
    expect((await admin.get('/api/v1/programs/identity-storage')).json()).toEqual({ enabled: false });
  });
});
