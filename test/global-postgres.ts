import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrationsFolder } from '../src/core/db/client';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    /** A migrated database on that server: each test file's database is created as a copy of it. */
    postgresTemplate: string;
  }
}

/**
 * Starts a throw-away PostgreSQL cluster for the integration tests (or uses TEST_DATABASE_URL).
 * PostgreSQL refuses to run as root, so as root it runs as the postgres user.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('postgresUrl', process.env.TEST_DATABASE_URL);
    return await createTemplate(project, process.env.TEST_DATABASE_URL);
  }
  const dir = mkdtempSync(join(tmpdir(), 'grannskap-pg-'));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    execFileSync(file, argv, { stdio: 'pipe' });
  };
  const port = 20000 + Math.floor(Math.random() * 20000);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-F -p ${port} -k ${dir} -h 127.0.0.1 -c fsync=off -c max_connections=200`,
    'start',
  ]);
  const serverUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  project.provide('postgresUrl', serverUrl);
  await createTemplate(project, serverUrl);
  return () => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', 'pg_ctl', '-D', data, '-m', 'immediate', 'stop']]
      : ['pg_ctl', ['-D', data, '-m', 'immediate', 'stop']];
    spawnSync(file, argv, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * Migrates one database, once per run; test files create theirs as copies of it (CREATE DATABASE …
 * TEMPLATE), which is much faster than migrating each. Returns how to drop it again.
 */
async function createTemplate(project: TestProject, serverUrl: string) {
  const name = `grannskap_template_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  await migrate(drizzle(pool), { migrationsFolder });
  await pool.end();
  // No connection to the template may stay open: CREATE DATABASE … TEMPLATE refuses a template in use.
  project.provide('postgresTemplate', name);
  return () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

async function onServer(serverUrl: string, statement: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}
