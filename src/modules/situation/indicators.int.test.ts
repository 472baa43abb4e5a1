import { describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { type Actor, systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { ensureDefaults } from './config.service';
import { incidentsImport } from './incidents.import';
import { incidentsPer1000Indicator, weeksReportedIndicator } from './indicators';
import { nothingToReport, partnerOrganisations } from './situation.table';

const t = setUpTestApp();

/** Two external partners: Polisen reports, the municipality only says it has nothing to report. */
async function setup() {
  const seed = await seedOrganisation(t.db);
  const organisationId = seed.organisation.id;
  const actor: Actor = { ...systemActor(organisationId), role: 'analyst', userId: seed.users.analyst.id };
  await ensureDefaults(t.db, organisationId);
  const [police, municipality] = await t.db
    .insert(partnerOrganisations)
    .values([
      { organisationId, name: 'Polisen', kind: 'police' },
      { organisationId, name: 'Kommunen', kind: 'municipality_unit' },
    ])
    .returning();
  const csv = [
    'week,date,area_code,category,count,description,source,restricted',
    '2025-W10,2025-03-03,alfa-N,graffiti,3,Klotter på tre portar,Polisen,nej',
    '2025-W10,2025-03-05,alfa-N,graffiti,1,Klotter på förrådet,Polisen,nej',
  ].join('\n');
  await runImport(t.db, actor, incidentsImport, { bytes: new TextEncoder().encode(csv), name: 'v10.csv' });
  await t.db.insert(nothingToReport).values([
    // Polisen's "nothing" in week 10 is the same (partner, week) pair as its two reports.
    { organisationId, week: '2025-W10', sourceId: police.id },
    { organisationId, week: '2025-W11', sourceId: police.id },
    { organisationId, week: '2025-W12', sourceId: municipality.id },
  ]);
  return organisationId;
}

describe('the EST indicators, counted in the database', () => {
  it('weeks reported: a report and a "nothing to report" in one week are one pair, (2 + 1) / (2 × 52) = 3/104', async () => {
    const organisationId = await setup();
    const now = t.context.config.clock();
    const value = await weeksReportedIndicator.compute(t.db, organisationId, 2025, 'sv', now);
    // Polisen: weeks 10 and 11; Kommunen: week 12. Two external partners × 2025's 52 weeks.
    expect(value).toMatchObject({ value: 3 / 104, n: 104 });
    // Partners by name; 2/52 = 0.038 and 1/52 = 0.019, under a base of 100 in whole points.
    expect(value.breakdowns?.[0]?.rows).toEqual([
      ['Kommunen', 1, 52, 0.02],
      ['Polisen', 2, 52, 0.04],
    ]);
  });

  it('gives the same figures without breakdowns, as the report’s trend years and the goals page ask', async () => {
    const organisationId = await setup();
    const now = t.context.config.clock();
    const plain = { breakdowns: false };
    const weeks = await weeksReportedIndicator.compute(t.db, organisationId, 2025, 'sv', now, plain);
    expect(weeks).toEqual({ value: 3 / 104, n: 104, ciLow: null, ciHigh: null });
    // 3 + 1 = 4 graffiti incidents over the 40 households of the two areas: 4 / 40 × 1000 = 100.
    const incidents = await incidentsPer1000Indicator.compute(t.db, organisationId, 2025, 'sv', now, plain);
    expect(incidents).toEqual({ value: 100, n: 40, ciLow: null, ciHigh: null, breakdowns: [] });
    const full = await incidentsPer1000Indicator.compute(t.db, organisationId, 2025, 'sv', now);
    expect(full.value).toBe(100);
    expect(full.breakdowns).toHaveLength(2);
  });
});
