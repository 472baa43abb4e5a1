/**
 * The valuation table through the API, and the year's result from programme participants entered
 * through the programmes' API. The test clock stands in December 2026; the participants threshold is
 * the default 10.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Session, seedOrganisation, signInDirect } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { auditLog } from '../../core/audit.table';

const t = setUpTestApp();

/** Jobbpunkt, entered by the admin, with exits in 2026: `work` to work, and so on. */
async function seedProgramme(admin: Session, exits: Record<string, number>) {
  const program = await admin.post('/api/v1/programs', {
    code: 'jobbpunkt',
    name: 'Jobbpunkt',
    focusArea: 'arbete',
  });
  expect(program.statusCode).toBe(201);
  let n = 0;
  for (const [outcome, count] of Object.entries(exits)) {
    for (let i = 0; i < count; i++) {
      const res = await admin.post(`/api/v1/programs/${program.json().id}/participants`, {
        ref: `d-${++n}`,
        consentOn: '2026-01-12',
        enrolledOn: '2026-01-12',
        exitedOn: '2026-06-30',
        outcome,
      });
      expect(res.statusCode).toBe(201);
    }
  }
}

/** 100,000 × (1 − 0.25) × (1 − 0.2) × (1 + 0.5) = 90,000 SEK per person. */
const work = {
  outcome: 'work',
  programCode: null,
  label: 'Försörjningsstöd som inte betalas ut',
  valuePerPersonYear: 100_000,
  deadweight: 0.25,
  attribution: 0.2,
  durationYears: 2,
  dropOff: 0.5,
  source: 'Kommunens egen uppgift',
  validFromYear: 2025,
};
/** 40,000 × 0.5 × 1 × 1 = 20,000 SEK per person (drop-off left out: 0). */
const internship = {
  outcome: 'internship',
  programCode: 'JOBBPUNKT',
  label: 'Praktik',
  valuePerPersonYear: 40_000,
  deadweight: 0.5,
  attribution: 0,
  durationYears: 1,
  source: 'Egen uppskattning',
  validFromYear: 2026,
};
/** 50,000 × 1 × 0.5 × 1 = 25,000 SEK per person. */
const studies = {
  ...work,
  outcome: 'studies',
  label: 'Studier',
  valuePerPersonYear: 50_000,
  deadweight: 0,
  attribution: 0.5,
  durationYears: 1,
  dropOff: 0,
};

describe('social value', () => {
  it('multiplies the organisation’s valuations with the year’s exits, hiding a line on too few exits', async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signInDirect(t.app, t.db, 'admin@alfa.test');
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    await seedProgramme(admin, { work: 12, internship: 11, studies: 3 });
    const created = await analyst.post('/api/v1/social-value/valuations', work);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ...work, updatedBy: seed.users.analyst.id });
    const withCode = await analyst.post('/api/v1/social-value/valuations', internship);
    // The programme's code as the programme spells it; drop-off 0 when left out.
    expect(withCode.json()).toMatchObject({ programCode: 'jobbpunkt', dropOff: 0 });
    expect((await analyst.post('/api/v1/social-value/valuations', studies)).statusCode).toBe(201);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'social_valuation'), eq(auditLog.entityId, created.json().id)));
    expect(audit).toMatchObject({
      action: 'create',
      after: { outcome: 'work', valuePerPersonYear: 100_000 },
    });

    const viewer = await signInDirect(t.app, t.db, 'viewer@alfa.test');
    const res = await viewer.get('/api/v1/social-value/result?year=2026');
    expect(res.statusCode).toBe(200);
    const result = res.json();
    const line = (outcome: string) =>
      result.lines.find((l: { valuation: { outcome: string } }) => l.valuation.outcome === outcome);
    // Work: 12 exits × 90,000 = 1,080,000.
    expect(line('work')).toMatchObject({
      programmes: ['Jobbpunkt'],
      participants: 12,
      durationFactor: 1.5,
      suppressed: false,
    });
    expect(line('work').value).toBeCloseTo(1_080_000, 6);
    // Studies: 3 exits, under 10: hidden with its value. Internship (11), the smallest shown line,
    // is hidden too, or the total less work would give studies away; 3 + 11 = 14 reaches 10.
    expect(line('studies')).toMatchObject({
      participants: null,
      value: null,
      reason: 'small_group',
      valuePerPerson: 25_000,
    });
    expect(line('internship')).toMatchObject({ participants: null, value: null, reason: 'protects_another' });
    // Total: 1,080,000 + 11 × 20,000 + 3 × 25,000 = 1,080,000 + 220,000 + 75,000 = 1,375,000.
    expect(result.total.suppressed).toBe(false);
    expect(result.total.value).toBeCloseTo(1_375_000, 6);
    expect(result.threshold).toBe(10);

    // 2025: only the work valuation is in force (internship's starts in 2026), and nobody left then.
    const earlier = (await viewer.get('/api/v1/social-value/result?year=2025')).json();
    expect(earlier.lines.map((l: { valuation: { outcome: string } }) => l.valuation.outcome).sort()).toEqual([
      'studies',
      'work',
    ]);
    expect(earlier.total).toEqual({ value: 0, suppressed: false, reason: null });

    // The annual report carries the same total as `social_value`, whole kronor, and one row of
    // assumptions per valuation, the hidden lines without participants or value.
    const report = (await analyst.get('/api/v1/annual-report/2026?lang=sv')).json();
    const indicator = report.indicators.find((i: { id: string }) => i.id === 'social_value');
    expect(indicator).toMatchObject({ value: 1_375_000, unit: 'sek', suppressed: false });
    const [table] = indicator.breakdowns;
    expect(table.units).toEqual([
      'text',
      'text',
      'count',
      'sek',
      'fraction',
      'fraction',
      'number',
      'fraction',
      'text',
      'sek',
    ]);
    expect(table.rows).toEqual([
      ['Praktik', 'Jobbpunkt', null, 40_000, 0.5, 0, 1, 0, 'Egen uppskattning', null],
      ['Studier', 'Jobbpunkt', null, 50_000, 0, 0.5, 1, 0, 'Kommunens egen uppgift', null],
      [
        'Försörjningsstöd som inte betalas ut',
        'Jobbpunkt',
        12,
        100_000,
        0.25,
        0.2,
        2,
        0.5,
        'Kommunens egen uppgift',
        1_080_000,
      ],
    ]);
  });

  it('gives no social value in the report of an organisation without valuations', async () => {
    await seedOrganisation(t.db);
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const report = (await analyst.get('/api/v1/annual-report/2026?lang=sv')).json();
    expect(report.indicators.find((i: { id: string }) => i.id === 'social_value')).toMatchObject({
      value: null,
      suppressed: false,
    });
  });

  it('changes and deletes valuations, refusing an unknown programme and a second valuation of the same key', async () => {
    await seedOrganisation(t.db);
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const id = (await analyst.post('/api/v1/social-value/valuations', work)).json().id;
    const unknown = await analyst.post('/api/v1/social-value/valuations', { ...work, programCode: 'saknas' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe(
      'Det finns inget program med koden "saknas": lämna programmet tomt för alla program, eller använd någon av organisationens programkoder.',
    );
    const again = await analyst.post('/api/v1/social-value/valuations', { ...work, label: 'Igen' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      'Det finns redan en värdering av utfallet work för program – (– = alla program) från 2025: ändra den i stället.',
    );
    const badShare = await analyst.post('/api/v1/social-value/valuations', { ...work, deadweight: 1.5 });
    expect(badShare.statusCode).toBe(400);
    expect(badShare.json().error.message).toMatch(/deadweight/);

    const changed = await analyst.request('PUT', `/api/v1/social-value/valuations/${id}`, {
      ...work,
      valuePerPersonYear: 110_000,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id, valuePerPersonYear: 110_000 });
    expect((await analyst.request('DELETE', `/api/v1/social-value/valuations/${id}`)).statusCode).toBe(204);
    expect((await analyst.get('/api/v1/social-value/valuations')).json()).toEqual([]);
    const actions = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, id));
    expect(actions.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('lets viewers read but not write, and hosts not read', async () => {
    await seedOrganisation(t.db);
    const viewer = await signInDirect(t.app, t.db, 'viewer@alfa.test');
    const host = await signInDirect(t.app, t.db, 'host@alfa.test');
    expect((await viewer.post('/api/v1/social-value/valuations', work)).statusCode).toBe(403);
    expect((await viewer.get('/api/v1/social-value/valuations')).statusCode).toBe(200);
    expect((await host.get('/api/v1/social-value/result')).statusCode).toBe(403);
  });
});
