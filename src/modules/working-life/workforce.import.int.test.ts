/**
 * The `workforce` import and what the annual report makes of it. Acceptance (issue 14): the seeds'
 * 2022 headcount imported gives 44.6 %, 44.4 %, 53.8 % and 45.8 % in the report.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { roundShare } from '../../core/disclosure';
import { runImport } from '../../core/import/run-import';
import { buildAnnualReport } from '../../core/report';
import { workforceHeadcounts } from './testing';
import { setWorkEnvironment } from './work-environment.service';
import { workforceImport } from './workforce.import';

const t = setUpTestApp();

const file = (text: string, name = 'personal.csv') => ({ bytes: new TextEncoder().encode(text), name });

/** The seeds' 2022, as Swedish Excel saves it: semicolons, Swedish headers, `annat` left empty. */
const seeds2022 = [
  'år;organ;kvinnor;män;annat',
  '2022;company;74;92;',
  '2022;management;4;5;',
  '2022;board;7;6;0',
  '2022;MANAGERS;11;13;',
].join('\r\n');

async function stored(organisationId: string) {
  const rows = await t.db
    .select()
    .from(workforceHeadcounts)
    .where(eq(workforceHeadcounts.organisationId, organisationId));
  return rows
    .map((r) => [r.year, r.body, r.women, r.men, r.other])
    .sort((a, b) => String(a).localeCompare(String(b)));
}

describe('the workforce import', () => {
  it('imports the seeds’ 2022 and the annual report shows 44.6 %, 44.4 %, 53.8 % and 45.8 %', async () => {
    const seed = await seedOrganisation(t.db);
    const org = seed.organisation;
    const actor = systemActor(org.id);
    const report = await runImport(t.db, actor, workforceImport, file(seeds2022));
    expect(report).toMatchObject({
      status: 'done',
      totalRows: 4,
      summary: { created: 4, updated: 0, unchanged: 0 },
    });
    expect(await stored(org.id)).toEqual([
      [2022, 'board', 7, 6, 0],
      [2022, 'company', 74, 92, 0],
      [2022, 'management', 4, 5, 0],
      [2022, 'managers', 11, 13, 0],
    ]);
    // The same file again changes nothing.
    expect((await runImport(t.db, actor, workforceImport, file(seeds2022))).summary).toEqual({
      created: 0,
      updated: 0,
      unchanged: 4,
    });

    const now = t.context.config.clock();
    const annual = await buildAnnualReport(t.db, org, 2022, 'sv', now);
    const figure = (id: string) => annual.indicators.find((i) => i.id === id);
    const share = (id: string) => figure(id)?.value;
    // 74 / 166 = 0.44578… → 0.446 (44.6 %)
    expect(share('women_share_company')).toBe(0.446);
    // 4 / 9 = 0.44444… → 0.444 (44.4 %)
    expect(share('women_share_management')).toBe(0.444);
    // 7 / 13 = 0.53846… → 0.538 (53.8 %)
    expect(share('women_share_board')).toBe(0.538);
    // 11 / 24 = 0.45833… → 0.458 (45.8 %)
    expect(share('women_share_managers')).toBe(0.458);
    // The company's 166 reach the layer's fine step on their own; the smaller bodies would be
    // rounded to whole points as a base of 9, 13 or 24 (4/9 → 0.44), which is why their public
    // counts go out as the breakdown and the share carries no base (figures.ts, docs/working-life.md).
    expect(roundShare(74 / 166, 166)).toBe(0.446);
    expect(roundShare(4 / 9, 9)).toBe(0.44);
    expect(figure('women_share_board')).toMatchObject({
      n: null,
      ci_low: null,
      suppressed: false,
      material_area: 'sustainable_working_life',
      focus_area: 'equality',
      sdg: [5],
      breakdowns: [
        {
          caption: 'Kvinnor och män: Styrelsen 2022',
          columns: ['Grupp', 'Kvinnor', 'Män', 'Annat', 'Totalt'],
          rows: [['Styrelsen', 7, 6, 0, 13]],
        },
      ],
    });
    // A year without a headcount has no figure.
    expect(annual.indicators.find((i) => i.id === 'women_share_company')?.trend.map((p) => p.value)).toEqual([
      null,
      null,
      null,
      null,
      0.446,
    ]);
  });

  it('refuses the whole file when one row names a body the organisation does not have', async () => {
    const seed = await seedOrganisation(t.db);
    const lines = [
      'year,body,women,men,other',
      '2022,company,74,92,', // fine, but nothing is written
      '2022,styrelse,7,6,', // not a body of the organisation
      '2022,company,75,92,', // the same year and body as row 2
      '2022,board,-1,6,', // a negative count
    ];
    const report = await runImport(
      t.db,
      systemActor(seed.organisation.id),
      workforceImport,
      file(lines.join('\n')),
      {
        language: 'en',
      },
    );
    expect(report.status).toBe('refused');
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'body'],
      [4, 'body'],
      [5, 'women'],
    ]);
    expect(report.errors[0].message).toBe(
      'Unknown body "styrelse". The organisation\'s bodies: company, management, board, managers.',
    );
    expect(report.errors[1].message).toBe('Year 2022 and body company already appear on an earlier row.');
    expect(await stored(seed.organisation.id)).toEqual([]);
  });

  it('brings the work environment to the annual report', async () => {
    const seed = await seedOrganisation(t.db);
    await setWorkEnvironment(t.context, systemActor(seed.organisation.id), 2022, {
      sickLeaveShare: 0.047,
      promotiveShare: 0.8,
      iso45001Certified: true,
      iso45001ValidUntil: '2023-03-14',
      sourceNote: '',
    });
    const annual = await buildAnnualReport(t.db, seed.organisation, 2022, 'en', t.context.config.clock());
    const figure = (id: string) => annual.indicators.find((i) => i.id === id);
    expect(figure('sick_leave_share')).toMatchObject({
      value: 0.047,
      higher_is_better: false,
      focus_area: 'work_environment',
    });
    expect(figure('health_promotion_promotive_share')).toMatchObject({
      value: 0.8,
      name: 'Promotive share of health-promotion spending',
    });
    expect(figure('iso45001_certified')).toMatchObject({ value: 1, unit: 'fraction' });
    // 2021 has no entry: no figure, not a zero.
    expect(figure('iso45001_certified')?.trend.at(-2)).toMatchObject({ year: 2021, value: null });
  });
});
