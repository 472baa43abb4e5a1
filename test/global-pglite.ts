import { createHash } from 'node:crypto';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { TestProject } from 'vitest/node';
import { migrationsFolder } from '../src/core/db/client';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data directory, dumped: each test file's database starts from it. */
    pgliteTemplate: string;
  }
}

const root = new URL('..', import.meta.url).pathname;
const cacheDir = join(root, 'node_modules/.cache/grannskap');
const prefix = 'pglite-migrated-';

/** Names the dump by what makes it: the PGlite version and every migration file. */
function dumpKey(): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.parse(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version,
  );
  const files = readdirSync(migrationsFolder, { recursive: true, encoding: 'utf8' }).sort();
  for (const file of files.filter((f) => /\.(sql|json)$/.test(f)))
    hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A tar of an empty, migrated PGlite data directory, linked into `runDir` (so another run replacing
 * the cache cannot take it away). Made once and kept in node_modules/.cache: PGlite's initdb and the
 * migrations take ~8 s of CPU, loading the dump 1–2 s. The server tests make it first in `npm test`,
 * and the browser tests' demo template starts from it too.
 */
export async function migratedDump(runDir: string): Promise<string> {
  const file = join(cacheDir, `${prefix}${dumpKey()}.tar`);
  const own = join(runDir, 'migrated.tar');
  if (linked(file, own)) return own;
  const pglite = await PGlite.create('memory://');
  await migrate(drizzle({ client: pglite }), { migrationsFolder });
  const dump = Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer());
  await pglite.close();
  writeFileSync(own, dump);
  mkdirSync(cacheDir, { recursive: true });
  // Older migrations' dumps are 40 MB each; a run still using one has its own link.
  for (const old of readdirSync(cacheDir))
    if (old.startsWith(prefix)) rmSync(join(cacheDir, old), { force: true });
  // Written whole, then renamed: a run starting meanwhile never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, dump);
  renameSync(partial, file);
  return own;
}

/** Links `file` as `own` (copies it across file systems); false when there is no such file. */
function linked(file: string, own: string): boolean {
  try {
    linkSync(file, own);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    copyFileSync(file, own);
  }
  return true;
}

/**
 * Gives each test file the migrated dump to load instead of creating and migrating its own
 * database, which took most of a short test file's time.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'grannskap-pglite-'));
  project.provide('pgliteTemplate', await migratedDump(dir));
  return () => rmSync(dir, { recursive: true, force: true });
}
