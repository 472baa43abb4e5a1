import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { registerModules } from '../src/app';
import { type Config, loadConfig } from '../src/core/config';
import { type Database, openDatabase } from '../src/core/db/client';
import { buildApp } from '../src/core/http/app';
import type { Mail, Mailer } from '../src/core/mail/mailer';
import { createMailer } from '../src/core/mail/mailer';
import type { AppContext } from '../src/core/module';
import { modules } from '../src/modules';
import { clockStartingAt } from '../src/shared/time';

/** Which database this test run uses: set per Vitest project. */
export const testDriver = (process.env.TEST_DB_DRIVER ?? 'pglite') as 'pglite' | 'postgres';

/**
 * One migrated database for a test file: in-memory PGlite, or a fresh database on the throw-away
 * PostgreSQL server, dropped again by close(). Both start as copies of the database the global
 * set-up migrated once (test/global-pglite.ts, test/global-postgres.ts); migrate() then finds
 * nothing to do.
 */
export async function openTestDatabase(): Promise<Database> {
  registerModules();
  if (testDriver === 'pglite') {
    const template = inject('pgliteTemplate');
    const loadDataDir = template ? new Blob([readFileSync(template)]) : undefined;
    const database = await openDatabase({ dataDir: 'memory://', loadDataDir });
    await database.migrate();
    return database;
  }
  const serverUrl = inject('postgresUrl');
  const template = inject('postgresTemplate');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** Empties every table (TRUNCATE does not fire the audit log's row triggers). */
export async function resetDatabase(database: Database): Promise<void> {
  const result = await database.db.execute<{ tablename: string }>(
    sql`select tablename from pg_tables where schemaname = 'public'`,
  );
  const rows =
    (result as unknown as { rows: { tablename: string }[] }).rows ??
    (result as unknown as { tablename: string }[]);
  const names = rows.map((r) => `"${r.tablename}"`).join(', ');
  if (names) await database.db.execute(sql.raw(`TRUNCATE ${names} RESTART IDENTITY CASCADE`));
}

/** A mailer that keeps what it would send, besides writing the outbox. */
export function capturingMailer(): Mailer & { sent: Mail[] } {
  const outbox = createMailer({ from: 'test@grannskap.local' });
  const sent: Mail[] = [];
  return {
    sent,
    async send(db, mail) {
      sent.push(mail);
      await outbox.send(db, mail);
    },
  };
}

/**
 * Where every server test's clock starts: 09:00 on Monday 7 December 2026 in Sweden (ISO week 50),
 * running on from there, so "today", this week and this year do not depend on when a test runs.
 */
export const testClockStart = '2026-12-07T09:00:00+01:00';

let testClock = clockStartingAt(new Date(testClockStart));

/**
 * Starts the test clock at another instant, running on from there (a test that fakes the system
 * time sets the clock to it, and back to testClockStart afterwards).
 */
export function setTestClock(start: Date | string): void {
  testClock = clockStartingAt(new Date(start));
}

export const testConfig = loadConfig(
  {},
  { logLevel: 'silent', publicUrl: 'http://grannskap.test', clock: () => testClock() },
);

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The whole application on a test database, driven with app.inject; `config` overrides parts of
 * testConfig (e.g. the participant key).
 */
export async function createTestApp(options: { config?: Partial<Config> } = {}) {
  const config: Config = options.config ? { ...testConfig, ...options.config } : testConfig;
  const database = await openTestDatabase();
  const mailer = capturingMailer();
  const app = await buildApp({ config, database, mailer, modules });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    mailer,
    /** What scheduled jobs get, as the server hands it to them. */
    jobContext: { db: database.db, mailer, config, log: app.log },
    /** What routes and module hooks (area profile sections, …) get, as the server hands it to them. */
    context: { db: database.db, database, mailer, config, log: app.log } satisfies AppContext,
    /** Empties every table and forgets the mail captured so far. */
    reset: async () => {
      await resetDatabase(database);
      mailer.sent.length = 0;
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * The one way an integration test file sets up: `const t = setUpTestApp();` at the top of the file
 * makes the app on the file's own database before its tests (beforeAll), closes it after them
 * (afterAll) and, unless `reset: false`, empties every table and the captured mail before each
 * test (beforeEach). The handle is filled in by beforeAll, so use it inside hooks and tests only.
 * `timeout` (ms) is for those hooks, in a file outside the integration project's longer limits.
 */
export function setUpTestApp(
  options: { reset?: boolean; config?: Partial<Config>; timeout?: number } = {},
): TestApp {
  const handle = {} as TestApp;
  beforeAll(async () => {
    Object.assign(handle, await createTestApp({ config: options.config }));
  }, options.timeout);
  afterAll(async () => handle.close?.());
  if (options.reset ?? true) beforeEach(async () => handle.reset(), options.timeout);
  return handle;
}
