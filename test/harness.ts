import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { registerModules } from '../src/app';
import { loadConfig } from '../src/core/config';
import { type Database, openDatabase } from '../src/core/db/client';
import { buildApp } from '../src/core/http/app';
import type { Mail, Mailer } from '../src/core/mail/mailer';
import { createMailer } from '../src/core/mail/mailer';
import type { AppContext } from '../src/core/module';
import { modules } from '../src/modules';

/** Which database this test run uses: set per Vitest project. */
export const testDriver = (process.env.TEST_DB_DRIVER ?? 'pglite') as 'pglite' | 'postgres';

/**
 * One migrated database for a test file: in-memory PGlite, or a fresh database on the throw-away
 * PostgreSQL server, dropped again by close().
 */
export async function openTestDatabase(): Promise<Database> {
  registerModules();
  if (testDriver === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    await database.migrate();
    return database;
  }
  const serverUrl = inject('postgresUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
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

export const testConfig = loadConfig({}, { logLevel: 'silent', publicUrl: 'http://grannskap.test' });

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The whole application on a test database, driven with app.inject. */
export async function createTestApp() {
  const database = await openTestDatabase();
  const mailer = capturingMailer();
  const app = await buildApp({ config: testConfig, database, mailer, modules });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    mailer,
    /** What scheduled jobs get, as the server hands it to them. */
    jobContext: { db: database.db, mailer, config: testConfig, log: app.log },
    /** What routes and module hooks (area profile sections, …) get, as the server hands it to them. */
    context: { db: database.db, database, mailer, config: testConfig, log: app.log } satisfies AppContext,
    reset: () => resetDatabase(database),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
