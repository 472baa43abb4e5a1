import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { type Actor, systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { ensureDefaults } from './config.service';
import { incidentsImport } from './incidents.import';
import { incidentsPer1000Indicator, weeksReportedIndicator } from './indicators';
import { applyRetention } from './retention.job';
import { incidentReports, nothingToReport, partnerOrganisations } from './situation.table';

const t = setUpTestApp();

async function setup() {
  const seed = await seedOrganisation(t.db);
  const actor: Actor = {
    ...systemActor(seed.organisation.id),
    role: 'analyst',
    userId: seed.users.analyst.id,
  };
  await ensureDefaults(t.db, seed.organisation.id);
  const [police] = await t.db
    .insert(partnerOrganisations)
    .values({ organisationId: seed.organisation.id, name: 'Polisen', kind: 'police' })
    .returning();
  return { seed, actor, police };
}

const csv = (rows: string[]) =>
  new TextEncoder().encode(
    ['week,date,area_code,category,count,description,source,restricted', ...rows].join('\n'),
  );

const good = [
  '2025-W10,2025-03-03,alfa-N,graffiti,3,Klotter på tre portar,Polisen,nej',
  '2025-W10,2025-03-05,alfa-S,Inbrott,1,Källarförråd uppbrutet,polisen,ja',
  ',2025-03-06,alfa-S,positive,1,Grillkväll på gården,Polisen,',
];

describe('import kind incidents', () => {
  it('imports rows, and a re-import updates instead of duplicating', async () => {
    const { actor } = await setup();
    const first = await runImport(t.db, actor, incidentsImport, { bytes: csv(good), name: 'v10.csv' });
    expect(first).toMatchObject({ status: 'done', summary: { created: 3, updated: 0 } });
    const changed = [good[0].replace(',3,', ',4,'), ...good.slice(1)];
    const second = await runImport(t.db, actor, incidentsImport, { bytes: csv(changed), name: 'v10.csv' });
    expect(second).toMatchObject({ status: 'done', summary: { created: 0, updated: 3 } });
    const rows = await t.db.select().from(incidentReports).orderBy(incidentReports.date);
    expect(rows.map((r) => [r.week, r.count, r.restricted])).toEqual([
      ['2025-W10', 4, false],
      ['2025-W10', 1, true],
      ['2025-W10', 1, false],
    ]);
  });

  it('refuses the whole file when one row holds personal data, naming row and what to remove', async () => {
    const { actor } = await setup();
    const bad = [...good, '2025-W10,2025-03-07,alfa-N,vandalism,1,Ring 070-123 45 67,Polisen,nej'];
    const report = await runImport(t.db, actor, incidentsImport, { bytes: csv(bad), name: 'v10.csv' });
    expect(report.status).toBe('refused');
    expect(report.errors).toEqual([
      {
        row: 5,
        column: 'description',
        code: 'situation:import.personal_data',
        message: 'Innehåller telefonnummer (070-…) som måste tas bort.',
      },
    ]);
    expect(await t.db.select().from(incidentReports)).toEqual([]);
  });

  it('checks week against date, area, category and source', async () => {
    const { actor } = await setup();
    const report = await runImport(t.db, actor, incidentsImport, {
      bytes: csv(['2025-W11,2025-03-03,XX,okänd,1,,Vaktbolaget,']),
      name: 'x.csv',
    });
    expect(report.errors.map((e) => e.code)).toEqual([
      'situation:import.week_mismatch',
      'unknown_area',
      'situation:import.unknown_category',
      'situation:import.unknown_source',
    ]);
  });
});

describe('indicators', () => {
  it('incidents per 1,000 households: the lone restricted burglary is protected, the rest shown (3 / 20 × 1000 = 150)', async () => {
    const { seed, actor } = await setup();
    await runImport(t.db, actor, incidentsImport, { bytes: csv(good), name: 'v10.csv' });
    const value = await incidentsPer1000Indicator.compute(t.db, seed.organisation.id, 2025);
    // 3 + 1 = 4 incidents, one of them a restricted burglary (alone, under the threshold of 3):
    // 4 − the week pictures' 3 would give it away, so the organisation's figure is suppressed.
    expect(value).toMatchObject({ value: null, n: null, suppressed: true, reason: 'small_group' });
    // For the annual report: norra holds no restricted report, 3 / 20 × 1000 = 150, shown; södra's
    // and the burglary's counts would hold it: no count, no rate. Positive events are not counted.
    const [perArea, perCategory] = value.breakdowns ?? [];
    expect(perArea?.rows).toEqual([
      ['Bäckby norra', 20, 3, 150, 0],
      ['Bäckby södra', 20, null, null, 0],
    ]);
    const categories = new Map(perCategory?.rows.map(([name, ...rest]) => [name, rest]));
    expect(categories.get('Klotter')).toEqual([3, 75]);
    expect(categories.get('Inbrott')).toEqual([null, null]);
    expect(categories.has('Positiv händelse')).toBe(false);
    const english = await incidentsPer1000Indicator.compute(t.db, seed.organisation.id, 2025, 'en');
    expect(english.breakdowns?.[1]?.rows.find((r) => r[0] === 'Graffiti')).toEqual(['Graffiti', 3, 75]);
    expect((await incidentsPer1000Indicator.compute(t.db, seed.organisation.id, 2024)).value).toBe(0);
  });

  it('weeks reported: Polisen reported 2 of 2025’s 52 weeks (one report, one "nothing") = 2/52', async () => {
    const { seed, actor, police } = await setup();
    await runImport(t.db, actor, incidentsImport, { bytes: csv(good), name: 'v10.csv' });
    await t.db
      .insert(nothingToReport)
      .values({ organisationId: seed.organisation.id, week: '2025-W11', sourceId: police.id });
    const value = await weeksReportedIndicator.compute(
      t.db,
      seed.organisation.id,
      2025,
      'sv',
      t.context.config.clock(),
    );
    // The housing company itself is not counted: one external partner × 52 weeks.
    expect(value).toMatchObject({ value: 2 / 52, n: 52 });
    // 2 / 52 = 0.0385; a base of 52 (under 100) is given in whole points by the layer → 0.04.
    expect(value.breakdowns?.[0]?.rows).toEqual([['Polisen', 2, 52, 0.04]]);
    expect(value.breakdowns?.[0]?.units).toEqual(['text', 'count', 'count', 'fraction']);
  });
});

describe('retention', () => {
  it('reduces reports older than 24 months to counts and leaves newer ones', async () => {
    const { seed, actor } = await setup();
    const imported = await runImport(t.db, actor, incidentsImport, {
      bytes: csv([
        '2024-W47,2024-11-22,alfa-N,graffiti,2,Klotter vid tvättstugan,Polisen,nej',
        '2024-W47,2024-11-24,alfa-N,graffiti,1,Klotter på porten,Polisen,nej',
      ]),
      name: 'old.csv',
    });
    expect(imported.status).toBe('done');
    // Today 2026-11-23: the cut-off is 2024-11-23.
    const result = await applyRetention(t.db, seed.organisation.id, new Date('2026-11-23T03:00:00Z'));
    expect(result).toEqual({ cutoff: '2024-11-23', mode: 'reduce', reports: 1 });
    const rows = await t.db.select().from(incidentReports).orderBy(incidentReports.date);
    expect(rows.map((r) => [r.date, r.count, r.description, r.reducedAt !== null])).toEqual([
      ['2024-11-22', 2, '', true],
      ['2024-11-24', 1, 'Klotter på porten', false],
    ]);
  });

  it('deletes them when the organisation chose delete', async () => {
    const { seed, actor } = await setup();
    await runImport(t.db, actor, incidentsImport, {
      bytes: csv(['2024-W47,2024-11-22,alfa-N,graffiti,2,Klotter,Polisen,nej']),
      name: 'old.csv',
    });
    const { situationSettings } = await import('./situation.table');
    await t.db
      .update(situationSettings)
      .set({ retentionMode: 'delete', retentionMonths: 12 })
      .where(eq(situationSettings.organisationId, seed.organisation.id));
    expect((await applyRetention(t.db, seed.organisation.id, new Date('2025-12-01'))).reports).toBe(1);
    expect(await t.db.select().from(incidentReports)).toEqual([]);
  });
});
