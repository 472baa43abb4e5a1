import { eq, isNotNull, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { ChangedMeanwhileError, type ImportProgressReport, runImport } from '../../core/import/run-import';
import { resultRows } from '../../core/import/staging';
import { importPublications } from '../../core/jobs.table';
import { recomputeFromAnswers, storedRollups } from './rollups';
import { surveyResponses } from './safety-index.table';
import { surveyResponsesImport } from './survey-responses.import';

type Sliced = NonNullable<NonNullable<typeof surveyResponsesImport.staged>['sliced']>;
type SliceArgs = Parameters<Sliced['writeSlice']>;

const t = setUpTestApp();

const header =
  'response_id,area_code,answered_on,overall,evening,stairwell,basement,laundry,courtyard,lighting,burglary,neighbours,contact,comment';

function csv(lines: string[]) {
  return { bytes: new TextEncoder().encode([header, ...lines].join('\n')), name: 'svar.csv' };
}

async function importFile(organisationId: string, file: { bytes: Uint8Array; name: string }) {
  return runImport(t.db, systemActor(organisationId), surveyResponsesImport, file);
}

describe('survey-responses import', () => {
  it("imports answers with don't know and blanks, and importing the same file twice changes nothing", async () => {
    const seed = await seedOrganisation(t.db);
    const file = csv([
      'v1,alfa-N,2025-03-04,5,4,vet ej,,1,2,3,4,5,0,',
      'v2,alfa-N,2025-03-20,4,2,5,5,5,5,5,5,5,5,Bra område',
      'v3,ALFA-S,2025-04-01,,,,,,,,,,,',
    ]);
    const first = await importFile(seed.organisation.id, file);
    expect(first).toMatchObject({ status: 'done', summary: { created: 3, updated: 0, unchanged: 0 } });
    const second = await importFile(seed.organisation.id, file);
    expect(second).toMatchObject({ status: 'done', summary: { created: 0, updated: 0, unchanged: 3 } });
    const rows = await t.db.select().from(surveyResponses);
    expect(rows).toHaveLength(3);
    const v1 = rows.find((r) => r.externalId === 'v1')!;
    expect(v1.answers).toEqual({
      overall: 5,
      evening: 4,
      stairwell: 0,
      laundry: 1,
      courtyard: 2,
      lighting: 3,
      burglary: 4,
      neighbours: 5,
      contact: 0,
    });
    expect(v1.month).toBe('2025-03');
    expect(await storedRollups(t.db, seed.organisation.id)).toEqual(
      await recomputeFromAnswers(t.db, seed.organisation.id),
    );
  });

  it('refuses a file with one bad row and changes nothing, reporting the row and column', async () => {
    const seed = await seedOrganisation(t.db);
    const lines = Array.from({ length: 50 }, (_, i) => `r${i},alfa-N,2025-05-02,4,4,4,4,4,4,4,4,4,4,`);
    lines[30] = 'r30,alfa-N,2025-05-02,4,7,4,4,4,4,4,4,4,4,';
    const report = await importFile(seed.organisation.id, csv(lines));
    expect(report.status).toBe('refused');
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 32, column: 'evening', code: 'safety-index:import.not_answer' }),
    ]);
    expect(report.errors[0].message).toContain('7');
    expect(await t.db.select().from(surveyResponses)).toHaveLength(0);
    const unknownArea = await importFile(seed.organisation.id, csv(['x1,NOPE,2025-05-02,4,,,,,,,,,,']));
    expect(unknownArea.errors[0]).toMatchObject({
      column: 'area_code',
      code: 'safety-index:import.unknown_area',
    });
  });

  it('keeps the roll-ups equal to a recomputation from raw answers after random imports and re-imports', async () => {
    const seed = await seedOrganisation(t.db);
    const answer = fc.constantFrom('', '0', 'vet ej', '1', '2', '3', '4', '5');
    const row = fc.record({
      id: fc.integer({ min: 0, max: 60 }),
      area: fc.constantFrom('alfa-N', 'alfa-S'),
      month: fc.constantFrom('2024-12', '2025-01', '2025-02'),
      answers: fc.array(answer, { minLength: 10, maxLength: 10 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(row, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        async (files) => {
          await t.reset();
          const { organisation } = await seedOrganisation(t.db);
          for (const file of files) {
            // One row per response_id within a file (the format's key).
            const unique = [...new Map(file.map((r) => [r.id, r])).values()];
            const lines = unique.map((r) => `id${r.id},${r.area},${r.month}-15,${r.answers.join(',')},`);
            const report = await importFile(organisation.id, csv(lines));
            expect(report.status).toBe('done');
          }
          expect(await storedRollups(t.db, organisation.id)).toEqual(
            await recomputeFromAnswers(t.db, organisation.id),
          );
        },
      ),
      { numRuns: 8 },
    );
    expect(seed.organisation.id).toBeTruthy();
  });

  it('shows an area of 6 respondents as "too few answers" in the API and the export, and hides its sibling too', async () => {
    const seed = await seedOrganisation(t.db);
    const lines = [
      ...Array.from({ length: 6 }, (_, i) => `n${i},alfa-N,2025-06-10,4,4,5,5,4,4,4,4,2,4,`),
      ...Array.from(
        { length: 30 },
        (_, i) => `s${i},alfa-S,2025-06-10,${(i % 5) + 1},4,5,3,4,4,4,${(i % 5) + 1},2,4,`,
      ),
    ];
    expect((await importFile(seed.organisation.id, csv(lines))).status).toBe('done');
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const res = await analyst.get('/api/v1/safety-index/summary?period=2025');
    expect(res.statusCode).toBe(200);
    const groups = res.json().groups as {
      id: string;
      level: string;
      suppressed: boolean;
      value: number | null;
      respondents: number | null;
    }[];
    const north = groups.find((g) => g.id === seed.areas[0].id)!;
    const south = groups.find((g) => g.id === seed.areas[1].id)!;
    // Hidden figures carry no count either (the publication layer): 6 would say who is in the 36.
    expect(north).toMatchObject({ suppressed: true, value: null, respondents: null, reason: 'small_group' });
    // Otherwise Bäckby (36) minus södra (30) would give norra.
    expect(south).toMatchObject({ suppressed: true, value: null });
    const district = groups.find((g) => g.level === 'district')!;
    expect(district).toMatchObject({ suppressed: false, respondents: 36 });

    const questions = (
      await analyst.get(`/api/v1/safety-index/questions?period=2025&group=${seed.areas[0].id}`)
    ).json();
    expect(questions.suppressed).toBe(true);
    expect(questions.questions.every((q: { value: number | null }) => q.value === null)).toBe(true);

    const exported = await analyst.get(
      `/api/v1/safety-index/export?period=2025&view=groups&group=${seed.district.id}&format=csv&lang=sv`,
    );
    expect(exported.headers['content-type']).toContain('text/csv');
    const northLine = exported.body.split('\n').find((l) => l.includes('Bäckby norra'))!;
    expect(northLine).toContain('för få svar');
    expect(northLine).not.toMatch(/0\.\d/);
    const xlsx = await analyst.get(
      `/api/v1/safety-index/export?period=2025&view=groups&group=${seed.district.id}&format=xlsx&lang=en`,
    );
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
      'Level',
      'Name',
      'Code',
      'Respondents',
    ]);
    let northRow: unknown[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'Bäckby norra') northRow = (row.values as unknown[]).slice(1);
    });
    // Hidden: the reason where respondents and result would be, no bounds.
    expect(northRow.slice(1, 5)).toEqual(['Bäckby norra', 'alfa-N', 'too few answers', 'too few answers']);
    expect(northRow.slice(5, 7).filter((v) => typeof v === 'number')).toEqual([]);
  });

  it('gives the organisation index with its interval, the target status and a trend', async () => {
    const seed = await seedOrganisation(t.db);
    // 20 respondents, each answering evening and contact; 30 of the 40 index answers are 4–5 → 75 %.
    const lines = Array.from({ length: 20 }, (_, i) => {
      const evening = i < 10 ? '5' : '2';
      return `p${i},${i % 2 ? 'alfa-N' : 'alfa-S'},2025-0${(i % 3) + 1}-05,,${evening},,,,,,,,4,`;
    });
    await importFile(seed.organisation.id, csv(lines));
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    expect(
      (
        await analyst.request('PUT', '/api/v1/goals', {
          indicatorId: 'safety_index',
          year: 2025,
          areaId: null,
          target: 0.82,
        })
      ).statusCode,
    ).toBe(200);
    const org = (await analyst.get('/api/v1/safety-index/summary?period=2025')).json().groups[0];
    // y_r = 2 for ten respondents and 1 for ten, m_r = 2: p = 30/40 = 0.75. Each area (N, S) has
    // 10 respondents of its 20 households (f = 0.5), five with y = 2 and five with y = 1, so d = ±0.5
    // and Σ(d − d̄)² = 2.5 per area. Var = (1/40²)·2·(1 − 0.5)·(10/9)·2.5 = 0.0017361, se = 0.041667;
    // on the logit scale se/(p(1−p)) = 0.22222, t(0.975; 20 − 2 = 18) = 2.100922, so
    // logit 1.098612 ± 0.466872 → 0.65289–0.82714, published outwards to whole points (n < 100):
    // 0.65–0.83, which crosses 0.82: too close to call.
    expect(org.value).toBe(0.75);
    expect(org.low).toBe(0.65);
    expect(org.high).toBe(0.83);
    expect(org).toMatchObject({
      target: 0.82,
      status: 'too close to call',
      respondents: 20,
      interval: 'logit-t',
    });

    const trend = (
      await analyst.get(
        '/api/v1/safety-index/trend?group=organisation&granularity=quarter&from=2025-01&to=2025-06',
      )
    ).json();
    expect(
      trend.points.map((p: { period: string; respondents: number }) => [p.period, p.respondents]),
    ).toEqual([
      ['2025-Q1', 20],
      ['2025-Q2', 0],
    ]);
    const csvTrend = await analyst.get(
      '/api/v1/safety-index/export?period=2025&view=trend&group=organisation&granularity=quarter&from=2025-01&to=2025-06&lang=en',
    );
    expect(csvTrend.body.split('\n').slice(0, 3)).toEqual([
      // Every CSV opens in columns in Swedish Excel (semicolons, decimal commas), as published.
      '\uFEFFPeriod;Respondents;Result;Lower bound (95 %);Upper bound (95 %);Target',
      '2025-Q1;20;0,75;0,65;0,83;0,82',
      '2025-Q2;0;;;;0,82',
    ]);
  });

  it('reports rows read, checked and written as it goes, all 12,000 staged before the publish, and ends at 100 %', async () => {
    const seed = await seedOrganisation(t.db);
    const lines = Array.from(
      { length: 12_000 },
      (_, i) => `g${i},${i % 2 ? 'alfa-N' : 'alfa-S'},2025-07-01,4,3,,,,,,,,,`,
    );
    const seen: ImportProgressReport[] = [];
    const report = await runImport(
      t.db,
      systemActor(seed.organisation.id),
      surveyResponsesImport,
      csv(lines),
      { onProgress: (_done, _total, progress) => seen.push(progress) },
    );
    expect(report).toMatchObject({ status: 'done', totalRows: 12_000, summary: { created: 12_000 } });
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i].fraction).toBeGreaterThanOrEqual(seen[i - 1].fraction);
      expect(seen[i].rowsWritten).toBeGreaterThanOrEqual(seen[i - 1].rowsWritten);
      expect(seen[i].rowsRead).toBeGreaterThanOrEqual(seen[i].rowsValidated);
    }
    // Staged in batches while reading: every row is written before the publish starts.
    expect(seen.find((p) => p.phase === 'publishing')).toMatchObject({
      rowsRead: 12_000,
      rowsValidated: 12_000,
      rowsWritten: 12_000,
    });
    expect(seen.at(-1)).toMatchObject({ phase: 'done', fraction: 1, secondsLeft: 0, rowsWritten: 12_000 });
    expect(await t.db.select().from(surveyResponses)).toHaveLength(12_000);
  });

  it('refuses the publish and writes nothing when a replaced response changed after it was staged', async () => {
    const seed = await seedOrganisation(t.db);
    const actor = systemActor(seed.organisation.id);
    await importFile(seed.organisation.id, csv(['c1,alfa-N,2025-03-04,5,5,,,,,,,,,']));
    // Someone edits the stored response between staging and publishing.
    const kind = withSliceHook(async (tx) => {
      await tx.update(surveyResponses).set({ answers: { overall: 1 } });
    });
    const before = await seen(seed.organisation.id);
    await expect(runImport(t.db, actor, kind, csv(['c1,alfa-N,2025-03-04,2,2,,,,,,,,,']))).rejects.toThrow(
      ChangedMeanwhileError,
    );
    const [row] = await t.db.select().from(surveyResponses);
    expect(row.answers).toEqual({ overall: 5, evening: 5 });
    expect(await seen(seed.organisation.id)).toEqual(before);
  });

  it('publishes in slices nobody sees until the end, and a publish refused in a later slice leaves nothing behind', async () => {
    const seed = await seedOrganisation(t.db);
    const org = seed.organisation.id;
    const actor = systemActor(org);
    const row = (id: string, i: number, answer: number) =>
      `${id},${i % 2 ? 'alfa-N' : 'alfa-S'},2025-0${(i % 6) + 1}-10,${answer},${(i % 5) + 1},,vet ej,,,,,,3,${i % 7 ? '' : 'Fint'}`;
    const first = Array.from({ length: 1000 }, (_, i) => row(`b${i}`, i, 4));
    expect((await importFile(org, csv(first))).summary).toMatchObject({ created: 1000 });
    const before = await seen(org);
    // 1,000 changed (replacements) between 1,000 new: the first slice is 500 rows, so there are more.
    const second = Array.from({ length: 1000 }, (_, i) => [row(`b${i}`, i, 1), row(`n${i}`, i, 2)]).flat();
    const slices: number[] = [];
    const kind = withSliceHook(async (tx, table, slice, ctx) => {
      slices.push(slice.to - slice.from);
      if (slices.length < 2) return;
      // The first slice is stored, and readers see none of it: neither answers nor roll-ups.
      expect(await tx.$count(surveyResponses)).toBeGreaterThan(before.stored);
      expect(await recomputeFromAnswers(tx, org)).toEqual(before.answers);
      expect(await storedRollups(tx, org)).toEqual(before.rollups);
      // Then another writer stores a response_id of this slice before the slice does.
      const [taken] = resultRows<{ external_id: string }>(
        await tx.execute(sql`select external_id from ${table} where seq > ${slice.from} and seq <= ${slice.to}
          and action = 'insert' order by seq desc limit 1`),
      );
      await tx.insert(surveyResponses).values({
        organisationId: org,
        areaId: seed.areas[0].id,
        month: '2025-01',
        instrumentId: ctx.instrument.id,
        answers: { overall: 3 },
        source: 'import',
        externalId: taken.external_id,
      });
    });
    await expect(runImport(t.db, actor, kind, csv(second))).rejects.toThrow(ChangedMeanwhileError);
    expect(slices.length).toBe(2);
    // The first slice's rows are deleted and the replaced rows unmarked: as before, row for row.
    expect(await seen(org)).toEqual(before);
    expect(await t.db.$count(surveyResponses, isNotNull(surveyResponses.replacedBy))).toBe(0);

    // The same file then goes in whole: the replaced versions are cleared away.
    const report = await importFile(org, csv(second));
    expect(report.summary).toEqual({ created: 1000, updated: 1000, unchanged: 0 });
    expect(await t.db.$count(surveyResponses)).toBe(2000);
    expect(await t.db.$count(importPublications)).toBe(0);
    expect(await storedRollups(t.db, org)).toEqual(await recomputeFromAnswers(t.db, org));
    const b7 = await t.db.select().from(surveyResponses).where(eq(surveyResponses.externalId, 'b7'));
    expect(b7.map((r) => r.answers.overall)).toEqual([1]);
  });
});

/** The survey kind, with `before` run in each slice's transaction before the slice is written. */
function withSliceHook(before: (...args: SliceArgs) => Promise<void>) {
  const sliced = surveyResponsesImport.staged!.sliced!;
  const hooked: Sliced = {
    ...sliced,
    writeSlice: async (...args) => {
      await before(...args);
      return sliced.writeSlice(...args);
    },
  };
  return { ...surveyResponsesImport, staged: { ...surveyResponsesImport.staged!, sliced: hooked } };
}

/** What readers see of an organisation's answers, and how many rows and publications are stored. */
async function seen(organisationId: string) {
  return {
    answers: await recomputeFromAnswers(t.db, organisationId),
    rollups: await storedRollups(t.db, organisationId),
    stored: await t.db.$count(surveyResponses),
    publications: await t.db.$count(importPublications),
  };
}
