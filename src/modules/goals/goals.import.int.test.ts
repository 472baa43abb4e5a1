import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signInDirect } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { goalsImport } from './goals.import';
import { indicatorGoals } from './testing';

const t = setUpTestApp();

const file = (text: string, name = 'mal.csv') => ({ bytes: new TextEncoder().encode(text), name });

async function storedGoals(organisationId: string) {
  const rows = await t.db
    .select()
    .from(indicatorGoals)
    .where(eq(indicatorGoals.organisationId, organisationId));
  return rows
    .map((r) => ({
      indicatorId: r.indicatorId,
      year: r.year,
      areaId: r.areaId,
      target: r.target,
      baselineYear: r.baselineYear,
    }))
    .sort((a, b) =>
      `${a.indicatorId}${a.year}${a.areaId}`.localeCompare(`${b.indicatorId}${b.year}${b.areaId}`),
    );
}

describe('the goals import', () => {
  it('imports goals for the whole organisation (empty area_code) and per area, and upserts on re-import', async () => {
    const seed = await seedOrganisation(t.db);
    const org = seed.organisation.id;
    const [north] = seed.areas;
    const actor = systemActor(org);
    const first = [
      'indicator_id,year,area_code,target,baseline_year',
      'safety_index,2026,,0.82,2024',
      `safety_index,2026,${north.code},0.7,`,
      'incidents_per_1000_households,2026,,300,2025',
      'activity_participants,2025,,7500,',
    ].join('\n');
    const report = await runImport(t.db, actor, goalsImport, file(first));
    expect(report).toMatchObject({
      status: 'done',
      totalRows: 4,
      summary: { created: 4, updated: 0, unchanged: 0 },
    });
    expect(await storedGoals(org)).toEqual(
      [
        { indicatorId: 'activity_participants', year: 2025, areaId: null, target: 7500, baselineYear: null },
        {
          indicatorId: 'incidents_per_1000_households',
          year: 2026,
          areaId: null,
          target: 300,
          baselineYear: 2025,
        },
        { indicatorId: 'safety_index', year: 2026, areaId: north.id, target: 0.7, baselineYear: null },
        { indicatorId: 'safety_index', year: 2026, areaId: null, target: 0.82, baselineYear: 2024 },
      ].sort((a, b) =>
        `${a.indicatorId}${a.year}${a.areaId}`.localeCompare(`${b.indicatorId}${b.year}${b.areaId}`),
      ),
    );
    // The same file again changes nothing.
    expect((await runImport(t.db, actor, goalsImport, file(first))).summary).toEqual({
      created: 0,
      updated: 0,
      unchanged: 4,
    });
    // Semicolons, decimal commas, Swedish headers, an area code in another case, no baseline column
    // (the stored baseline stays): the organisation's goal is replaced, the area's is new.
    const swedish = [
      'indikator;år;områdeskod;mål',
      'safety_index;2026;;0,84',
      `Safety_Index;2025;${north.code.toUpperCase()};0,75`,
    ].join('\r\n');
    const again = await runImport(t.db, actor, goalsImport, file(swedish));
    expect(again).toMatchObject({ status: 'done', summary: { created: 1, updated: 1, unchanged: 0 } });
    const [goal] = await t.db
      .select()
      .from(indicatorGoals)
      .where(
        and(
          eq(indicatorGoals.organisationId, org),
          eq(indicatorGoals.indicatorId, 'safety_index'),
          eq(indicatorGoals.year, 2026),
        ),
      )
      .then((rows) => rows.filter((r) => r.areaId === null));
    expect(goal).toMatchObject({ target: 0.84, baselineYear: 2024 });
    expect(await storedGoals(org)).toContainEqual({
      indicatorId: 'safety_index',
      year: 2025,
      areaId: north.id,
      target: 0.75,
      baselineYear: null,
    });
  });

  it('refuses the whole file with a report per row, in the user’s language', async () => {
    const seed = await seedOrganisation(t.db);
    const other = await seedOrganisation(t.db, 'beta');
    const lines = [
      'indicator_id,year,area_code,target,baseline_year',
      'safety_index,2026,,0.8,2025', // fine, but the file is refused: nothing is written
      'happiness,2026,,0.5,', // unknown indicator
      `safety_index,2026,${other.areas[0].code},0.7,`, // another organisation's area
      'safety_index,1999,,0.7,', // bad year
      'safety_index,2026,alfa-N,82,', // a share given in per cent
      'activity_participants,2026,,-5,', // a count below 0
      'safety_index,2025,,0.8,2026', // baseline after the year
      'safety_index,2026,,0.81,', // the same goal as row 2
      'activity_participants,2026,,abc,', // not a number
    ];
    const report = await runImport(
      t.db,
      systemActor(seed.organisation.id),
      goalsImport,
      file(lines.join('\n')),
      {
        language: 'en',
      },
    );
    expect(report.status).toBe('refused');
    expect(report.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'indicator_id', 'Unknown indicator "happiness".'],
      [4, 'area_code', `Unknown area code "${other.areas[0].code}".`],
      [5, 'year', 'Must be between 2000 and 2100, was "1999".'],
      [
        6,
        'target',
        'The indicator is a share: the target must lie between 0 and 1 (e.g. 0.82 for 82 %), was 82.',
      ],
      [7, 'target', 'The target must be at least 0, was -5.'],
      [8, 'baseline_year', "The baseline year must not come after the goal's year (2025)."],
      [9, 'indicator_id', 'The same indicator, year 2026 and area – already appear on an earlier row.'],
      [10, 'target', 'Must be a number, was "abc".'],
    ]);
    expect(await storedGoals(seed.organisation.id)).toEqual([]);
  });

  it('runs from the web import for analysts, not for viewers', async () => {
    await seedOrganisation(t.db);
    const viewer = await signInDirect(t.app, t.db, 'viewer@alfa.test');
    const kinds = async (session: typeof viewer) => {
      const res = await session.get('/api/v1/imports/kinds');
      return res.statusCode === 200 ? res.json().map((k: { kind: string }) => k.kind) : [];
    };
    expect(await kinds(viewer)).not.toContain('goals');
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    expect((await analyst.get('/api/v1/imports/kinds')).json()).toContainEqual({
      kind: 'goals',
      columns: ['indicator_id', 'year', 'area_code', 'target', 'baseline_year'],
      maxBytes: 5 * 2 ** 20,
      maxRows: 20_000,
    });
  });
});
