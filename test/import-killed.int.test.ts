import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, isNotNull, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { registerModules } from '../src/app';
import { systemActor } from '../src/core/auth/access';
import { type Database, openDatabase } from '../src/core/db/client';
import { recoverStoppedImports } from '../src/core/import/import.service';
import { runImport } from '../src/core/import/run-import';
import { importPublications } from '../src/core/jobs.table';
import {
  currentInstrument,
  recomputeFromAnswers,
  storedRollups,
  surveyResponses,
  surveyResponsesImport,
  visibleResponses,
} from '../src/modules/safety-index/testing';
import { seedOrganisation } from './fixtures';
import { testDriver } from './harness';

/**
 * A survey import whose process is SIGKILLed in the middle of its publish (test/import-killed-
 * child.ts, inside the third slice): two slices are stored, nothing rolled back or cleared up.
 * Nobody may see any of it, and the next start must clear it away — on PGlite (a directory, as
 * the server keeps it) and on PostgreSQL.
 */
registerModules();
const dir = mkdtempSync(join(tmpdir(), 'grannskap-killed-'));
const created: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (created.length === 0) return;
  const dropper = new pg.Client({ connectionString: inject('postgresUrl') });
  await dropper.connect();
  for (const name of created) await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await dropper.end();
});

/**
 * A new migrated database, for this process and the child: a PGlite directory or a PostgreSQL URL,
 * opened. Both start from the run's migrated template (global set-up), as openTestDatabase's do: a
 * new directory's initdb and migrations cost ~8 s of CPU per test.
 */
async function createTarget(): Promise<{ target: string; database: Database }> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  if (testDriver === 'pglite') {
    const target = join(dir, name);
    const loadDataDir = new Blob([readFileSync(inject('pgliteTemplate'))]);
    return { target, database: await openDatabase({ dataDir: target, loadDataDir }) };
  }
  const server = inject('postgresUrl');
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  await admin.end();
  created.push(name);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const target = url.toString();
  return { target, database: await open(target) };
}

const open = (target: string) =>
  openDatabase(target.startsWith('postgres') ? { databaseUrl: target, dataDir: '' } : { dataDir: target });

const header =
  'response_id,area_code,answered_on,overall,evening,stairwell,basement,laundry,courtyard,lighting,burglary,neighbours,contact,comment';
const line = (id: string, i: number, answer: number) =>
  `${id},${i % 2 ? 'alfa-N' : 'alfa-S'},2025-0${(i % 6) + 1}-10,${answer},${(i % 5) + 1},,vet ej,,,,,,3,${i % 9 ? '' : 'Bra'}`;
const file = (lines: string[]) => new TextEncoder().encode([header, ...lines].join('\n'));

/** What readers see: answers, roll-ups, the count of rows they are given. */
async function seen(database: Database, organisationId: string) {
  return {
    answers: await recomputeFromAnswers(database.db, organisationId),
    rollups: await storedRollups(database.db, organisationId),
    responses: await database.db.$count(surveyResponses, visibleResponses),
  };
}

function runChild(target: string, organisationId: string, csv: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/import-killed-child.ts', target, organisationId, csv],
    { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  child.stdout.on('data', (d) => output.push(String(d)));
  child.stderr.on('data', (d) => output.push(String(d)));
  return new Promise<{ signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('exit', (_code, signal) => resolve({ signal, output: output.join('') })),
  );
}

describe('a survey import killed mid-publish', () => {
  it('leaves nothing anyone sees, and the next start clears away what it stored', async () => {
    const fresh = await createTarget();
    const target = fresh.target;
    let database = fresh.database;
    await database.migrate();
    const seed = await seedOrganisation(database.db);
    const org = seed.organisation.id;
    const actor = systemActor(org);
    const first = Array.from({ length: 2000 }, (_, i) => line(`r${i}`, i, 4));
    const base = await runImport(database.db, actor, surveyResponsesImport, {
      bytes: file(first),
      name: 'a.csv',
    });
    expect(base.status).toBe('done');
    const before = await seen(database, org);

    // 2,000 changed responses between 2,000 new ones: killed after two slices (500 rows, then 250 or more).
    const second = Array.from({ length: 2000 }, (_, i) => [line(`r${i}`, i, 1), line(`n${i}`, i, 2)]).flat();
    const csv = join(dir, 'second.csv');
    writeFileSync(csv, file(second));
    // The embedded database has one owner at a time: the child takes it over.
    if (testDriver === 'pglite') await database.close();
    const child = await runChild(target, org, csv);
    expect(child).toMatchObject({ signal: 'SIGKILL' });

    if (testDriver === 'pglite') database = await open(target);
    // Two slices are stored (rows and marks), under a publication still 'writing'.
    const [left] = await database.db.select().from(importPublications);
    expect(left).toMatchObject({ state: 'writing', kind: 'survey-responses' });
    const stored = await database.db.$count(surveyResponses, eq(surveyResponses.importId, left.id));
    expect(stored).toBeGreaterThan(500);
    expect(await database.db.$count(surveyResponses, isNotNull(surveyResponses.replacedBy))).toBeGreaterThan(
      0,
    );
    // Nobody sees any of it.
    expect(await seen(database, org)).toEqual(before);

    // The next start: the killed process is gone, so its publication is discarded and cleared.
    await recoverStoppedImports(database.db);
    expect(await database.db.$count(importPublications)).toBe(0);
    expect(await database.db.$count(surveyResponses)).toBe(2000);
    expect(await database.db.$count(surveyResponses, isNotNull(surveyResponses.replacedBy))).toBe(0);
    expect(await seen(database, org)).toEqual(before);

    // And the same file then goes in whole.
    const again = await runImport(database.db, actor, surveyResponsesImport, {
      bytes: file(second),
      name: 'b.csv',
    });
    expect(again).toMatchObject({ status: 'done', summary: { created: 2000, updated: 2000, unchanged: 0 } });
    expect(await database.db.$count(surveyResponses)).toBe(4000);
    expect(await storedRollups(database.db, org)).toEqual(await recomputeFromAnswers(database.db, org));
    await database.close();
  }, 300_000);

  it("waits for another host's import until its lease has run out", async () => {
    const { database } = await createTarget();
    await database.migrate();
    const alfa = await seedOrganisation(database.db, 'alfa');
    const beta = await seedOrganisation(database.db, 'beta');
    // Two imports cut off on another host (whose processes cannot be asked): one silent for three
    // minutes, one renewed a moment ago. Each stored a row nobody sees.
    const cutOff = [
      { seed: alfa, owner: 'elsewhere 4242', silentFor: '3 minutes' },
      { seed: beta, owner: 'elsewhere 4343', silentFor: '1 second' },
    ];
    for (const { seed, owner, silentFor } of cutOff) {
      const organisationId = seed.organisation.id;
      const [publication] = await database.db
        .insert(importPublications)
        .values({ organisationId, kind: 'survey-responses', state: 'writing', owner })
        .returning();
      await database.db.execute(
        sql`update import_publications set alive_at = now() - ${silentFor}::interval where id = ${publication.id}`,
      );
      await database.db.insert(surveyResponses).values({
        organisationId,
        areaId: seed.areas[0].id,
        month: '2025-01',
        instrumentId: (await currentInstrument(database.db, organisationId)).id,
        answers: { overall: 4 },
        source: 'import',
        externalId: owner,
        importId: publication.id,
      });
    }
    expect(await database.db.$count(surveyResponses, visibleResponses)).toBe(0);
    await recoverStoppedImports(database.db);
    // The silent one is discarded and cleared away; the other may still be writing.
    const owners = await database.db.select({ owner: importPublications.owner }).from(importPublications);
    expect(owners).toEqual([{ owner: 'elsewhere 4343' }]);
    const rows = await database.db.select({ id: surveyResponses.externalId }).from(surveyResponses);
    expect(rows).toEqual([{ id: 'elsewhere 4343' }]);
    expect(await database.db.$count(surveyResponses, visibleResponses)).toBe(0);
    await database.close();
  });
});
