import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signInDirect } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { valuationsImport } from './social-value.import';
import { socialValuations } from './testing';

const t = setUpTestApp();

const file = (text: string, name = 'varden.csv') => ({ bytes: new TextEncoder().encode(text), name });
const header =
  'outcome,label,value_per_person_year,deadweight,attribution,duration_years,drop_off,source,valid_from_year,program_code';

async function stored(organisationId: string) {
  const rows = await t.db
    .select()
    .from(socialValuations)
    .where(eq(socialValuations.organisationId, organisationId));
  return rows
    .map((r) => [
      r.outcome,
      r.programCode,
      r.validFromYear,
      r.valuePerPersonYear,
      r.deadweight,
      r.attribution,
      r.durationYears,
      r.dropOff,
    ])
    .sort((a, b) => String(a).localeCompare(String(b)));
}

describe('the valuations import', () => {
  it('imports valuations, with Swedish decimal commas, and upserts on re-import', async () => {
    const seed = await seedOrganisation(t.db);
    const org = seed.organisation.id;
    const admin = await signInDirect(t.app, t.db, 'admin@alfa.test');
    expect(
      (await admin.post('/api/v1/programs', { code: 'jobbpunkt', name: 'Jobbpunkt', focusArea: 'arbete' }))
        .statusCode,
    ).toBe(201);
    const actor = systemActor(org);
    const text = [
      'utfall;benämning;värde_per_person_och_år;dödvikt;tillskrivning;varaktighet_år;avtagande;källa;gäller_från_år;programkod',
      'work;Försörjningsstöd;120 000;0,4;0,3;3;0,5;Egen uppgift;2025;',
      'internship;Praktik;40000,50;0,5;0;1;;Egen uppskattning;2026;JOBBPUNKT',
    ].join('\r\n');
    const report = await runImport(t.db, actor, valuationsImport, file(text));
    expect(report).toMatchObject({
      status: 'done',
      totalRows: 2,
      summary: { created: 2, updated: 0, unchanged: 0 },
    });
    expect(await stored(org)).toEqual([
      ['internship', 'jobbpunkt', 2026, 40_000.5, 0.5, 0, 1, 0],
      ['work', null, 2025, 120_000, 0.4, 0.3, 3, 0.5],
    ]);
    expect((await runImport(t.db, actor, valuationsImport, file(text))).summary).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    const changed = `${header}\nwork,Försörjningsstöd,130000,0.4,0.3,3,0.5,Egen uppgift,2025,\n`;
    expect((await runImport(t.db, actor, valuationsImport, file(changed))).summary).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
  });

  it('refuses the whole file with a report per row, in the user’s language', async () => {
    const seed = await seedOrganisation(t.db);
    const lines = [
      header,
      'work,Försörjningsstöd,120000,0.4,0.3,3,0.5,Egen uppgift,2025,', // fine, but nothing is written
      'work,Igen,100000,0.4,0.3,3,0.5,Egen uppgift,2025,', // the same key as row 2
      'studies,Studier,50000,1.5,0,1,,Egen uppgift,2025,', // deadweight above 1
      'studies,Studier,50000,0.5,0,0,,Egen uppgift,2026,', // duration 0
      'internship,Praktik,40000,0.5,0,1,,Egen uppgift,2025,saknas', // unknown programme
      'happiness,Lycka,1000,0,0,1,,Egen uppgift,2025,', // not an outcome
      'other,Annat,1000,0,0,1,,,2025,', // no source
    ];
    const report = await runImport(
      t.db,
      systemActor(seed.organisation.id),
      valuationsImport,
      file(lines.join('\n')),
      {
        language: 'en',
      },
    );
    expect(report.status).toBe('refused');
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'outcome'],
      [4, 'deadweight'],
      [5, 'duration_years'],
      [6, 'program_code'],
      [7, 'outcome'],
      [8, 'source'],
    ]);
    expect(report.errors.find((e) => e.row === 3)?.message).toBe(
      'The outcome work, programme – and year 2025 already appear on an earlier row.',
    );
    expect(report.errors.find((e) => e.row === 6)?.message).toBe(
      'Unknown programme code "saknas" (empty = every programme).',
    );
    expect(await stored(seed.organisation.id)).toEqual([]);
  });
});
