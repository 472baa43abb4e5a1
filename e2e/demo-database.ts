import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { sql } from 'drizzle-orm';
import { createServer, registerModules } from '../src/app';
import { type Config, loadConfig } from '../src/core/config';
import { openDatabase } from '../src/core/db/client';
import { lockPaths } from '../src/core/db/data-dir-lock';
import { createMailer } from '../src/core/mail/mailer';
import { loadDemo } from '../src/demo/load-demo';
import { migratedDump } from '../test/global-pglite';

// The browser suite's demo database, clock and Chromium, without vitest: global setup uses them too.

/** Debian's Chromium, headless, with the flags this closed network needs (started once per test worker). */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/**
 * The browser suite's "now": 09:00 on Monday 16 November 2026 in Sweden. The demo is seeded around
 * it, every server's clock starts there and every browser context's too, so a run on any day (or
 * at any hour) sees the same weeks, months, due dates and badges.
 */
export const e2eClockStart = '2026-11-16T09:00:00+01:00';

/** The configuration of a browser-suite server: the clock started at e2eClockStart, quiet logs. */
export function e2eConfig(overrides: Partial<Config> = {}): Config {
  return loadConfig({ GRANNSKAP_CLOCK_START: e2eClockStart }, { logLevel: 'warn', ...overrides });
}

/**
 * Seeds the demo organisation once into an embedded database directory (global setup) for every
 * spec file to start from a copy: migrating and seeding were most of each spec's start-up. The
 * directory starts from the server tests' migrated dump (PGlite's initdb is the slow part of a new
 * directory), made here when that run has not made it.
 */
export async function seedDemoTemplate(dataDir: string): Promise<void> {
  registerModules();
  const runDir = mkdtempSync(join(tmpdir(), 'grannskap-e2e-dump-'));
  try {
    const dump = new Blob([readFileSync(await migratedDump(runDir))]);
    const database = await openDatabase({ dataDir, loadDataDir: dump });
    try {
      await database.migrate();
      const config = e2eConfig({ dataDir });
      const mailer = createMailer({ from: config.mailFrom });
      const app = await createServer(config, database, mailer);
      // The demo's rows refer to rows it has just made, and the demo tests load it with foreign keys
      // checked; unchecked here (PGlite runs as superuser) its bulk inserts take about half as long.
      await database.db.execute(sql`set session_replication_role = replica`);
      await loadDemo({ db: database.db, database, config, log: app.log, mailer });
      await app.close();
    } finally {
      await database.close();
    }
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}

/**
 * A fresh copy of the closed template directory, for one server to own. A lock or owner record
 * (there is none once the template is closed, unless a run was killed) is not copied.
 */
export function copyDemoTemplate(template: string): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'grannskap-e2e-db-'));
  const { lock, owner } = lockPaths(template);
  const leftOut = new Set([basename(lock), basename(owner)]);
  cpSync(template, dataDir, { recursive: true, filter: (source) => !leftOut.has(basename(source)) });
  return dataDir;
}
