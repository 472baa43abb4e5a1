import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/core/db/client';
import { lockPaths } from '../src/core/db/data-dir-lock';
import { createOrganisation } from '../src/core/organisations';
import { modules } from '../src/modules';
import { migratedDump } from './global-pglite';

// The embedded database's owner, with real processes: `./bin/grannskap` children on a PGlite
// directory copied from one migrated template (made in this process, not by a child). PGlite only —
// PostgreSQL has its own server and needs no lock. Each child start costs a few seconds (tsx, then
// PGlite), so the cases are few. An unexpected exit code fails with what the child wrote.

const bin = new URL('../bin/grannskap', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'grannskap-owner-'));
const template = join(root, 'template');
const webRoot = join(root, 'web');
let copies = 0;

type Child = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
};

/** The last lines of what a child wrote, for the message of a failed expectation. */
function told(process: Pick<Child, 'stdout' | 'stderr'>): string {
  const tail = (text: string) => (text.length > 4_000 ? `…${text.slice(-4_000)}` : text);
  return `the child's stderr:\n${tail(process.stderr())}\nits stdout:\n${tail(process.stdout())}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function spawnGrannskap(dataDir: string, args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      GRANNSKAP_DATA_DIR: dataDir,
      GRANNSKAP_WEB_ROOT: webRoot,
      LOG_LEVEL: 'info',
      LANG: 'en_GB.UTF-8',
      LC_ALL: '',
      ...env,
    },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    err += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function run(dataDir: string, args: string[], env: Record<string, string> = {}) {
  const started = spawnGrannskap(dataDir, args, env);
  const code = await started.exited;
  return { code, stdout: started.stdout(), stderr: started.stderr(), told: told(started) };
}

/** Waits for what the child writes; fails at once, with its output, when it exits first. */
async function until(child: Child, condition: () => boolean, what: string, timeoutMs = 90_000) {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    const { exitCode, signalCode } = child.child;
    if (exitCode !== null || signalCode !== null) {
      throw new Error(`the child exited (${exitCode ?? signalCode}) before ${what}; ${told(child)}`);
    }
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}; ${told(child)}`);
    await sleep(25);
  }
}

async function startServer(dataDir: string, command: 'serve' | 'start' = 'serve'): Promise<Child> {
  const server = spawnGrannskap(dataDir, [command, '--port', '0']);
  await until(server, () => server.stdout().includes('Grannskap is running at'), 'the server to start');
  return server;
}

/** Sends the signal and returns the exit code and how long the process took to exit. */
async function stop(process: Child, signal: NodeJS.Signals) {
  const sent = performance.now();
  process.child.kill(signal);
  const code = await process.exited;
  return { code, ms: performance.now() - sent };
}

function freshCopy(): string {
  const dir = join(root, `db-${++copies}`);
  cpSync(template, dir, { recursive: true });
  return dir;
}

/** Opens the directory in this process, as the next start would, and reads what is there. */
async function contents(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    const read = async (query: ReturnType<typeof sql>) =>
      ((await database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
    const slugs = (await read(sql`select slug from organisations order by slug`)).map((r) => r.slug);
    const [{ n: properties }] = await read(sql`select count(*)::int as n from properties`);
    return { slugs, properties };
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  mkdirSync(webRoot, { recursive: true });
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Grannskap</title>');
  // As `grannskap org add acme 'Acme AB'` would make it, without a child's start-up, and from the
  // migrated dump the integration tests start from (a new directory's initdb and migrations: ~8 s).
  const loadDataDir = new Blob([readFileSync(await migratedDump(root))]);
  const database = await openDatabase({ dataDir: template, loadDataDir });
  try {
    await database.migrate();
    await createOrganisation(database.db, 'acme', 'Acme AB', modules);
  } finally {
    await database.close();
  }
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

describe('one owner of the embedded database', { timeout: 180_000 }, () => {
  it('runs a CLI command inside the running server, and after SIGTERM every row is there', async () => {
    const dir = freshCopy();
    const server = await startServer(dir);
    const added = await run(dir, ['org', 'add', 'beta', 'Beta AB']);
    expect(added.code, added.told).toBe(0);
    expect(added.stdout).toContain('Created organisation beta');
    expect(added.stderr).toContain(`Run inside the Grannskap server, pid ${server.child.pid}`);
    const duplicate = await run(dir, ['org', 'add', 'beta', 'Beta igen']);
    expect(duplicate.code, duplicate.told).toBe(1);

    const stopped = await stop(server, 'SIGTERM');
    expect(stopped.code, told(server)).toBe(0);
    expect(stopped.ms).toBeLessThan(10_000);
    expect(server.stdout()).toMatch(/stopped in \d+ ms: requests finished, jobs stopped, database closed/);
    const paths = lockPaths(dir);
    expect([
      existsSync(paths.lock),
      existsSync(paths.owner),
      existsSync(join(dir, '.grannskap.sock')),
    ]).toEqual([false, false, false]);
    expect((await contents(dir)).slugs).toEqual(['acme', 'beta']);
  });

  it('refuses a second process with who holds the directory, in English and Swedish', async () => {
    const dir = freshCopy();
    const held = await openDatabase({ dataDir: dir });
    try {
      const en = await run(dir, ['org', 'add', 'gamma', 'Gamma AB']);
      expect(en.code, en.told).toBe(1);
      expect(en.stderr).toContain(`The database in ${dir} is already in use by another process`);
      expect(en.stderr).toContain(`(pid ${process.pid} on `);
      expect(en.stderr).toContain(`kill ${process.pid}`);
      const sv = await run(dir, ['org', 'add', 'gamma', 'Gamma AB'], { LANG: 'sv_SE.UTF-8' });
      expect(sv.code, sv.told).toBe(1);
      expect(sv.stderr).toContain(`Databasen i ${dir} används redan av en annan process`);
      expect(sv.stderr).toContain(`(process ${process.pid} på `);
    } finally {
      await held.close();
    }
    expect((await contents(dir)).slugs).toEqual(['acme']);
  });

  it('takes over the lock of a SIGKILLed server at once', async () => {
    const dir = freshCopy();
    const server = await startServer(dir);
    expect((await stop(server, 'SIGKILL')).code).toBeNull();
    // The dead server's lock and owner record are still there…
    expect([existsSync(lockPaths(dir).lock), existsSync(lockPaths(dir).owner)]).toEqual([true, true]);
    // …and do not stop the next process (no minute-long wait for staleness either).
    const added = await run(dir, ['org', 'add', 'delta', 'Delta AB']);
    expect(added.stderr).toBe('');
    expect(added.code, added.told).toBe(0);
    expect((await contents(dir)).slugs).toEqual(['acme', 'delta']);
  });

  it('stops the demo load of a first start on SIGTERM within 10 s, leaving no half demo', async () => {
    const dir = freshCopy();
    const starting = spawnGrannskap(dir, ['start', '--port', '0']);
    await until(starting, () => starting.stdout().includes('Loading the demo organisation'), 'the demo load');
    await sleep(1_500);
    const stopped = await stop(starting, 'SIGTERM');
    expect(starting.stdout()).not.toContain('Demo organisation loaded');
    expect(stopped.code, told(starting)).toBe(0);
    expect(stopped.ms).toBeLessThan(10_000);
    expect(starting.stdout()).toContain('SIGTERM: interrupting start-up');
    expect((await contents(dir)).slugs).toEqual(['acme']);
  });
});

describe('SIGTERM during an import', { timeout: 240_000 }, () => {
  // 2,000 properties of 10 households: reading takes a second or two, writing them longer.
  const csv = join(root, 'properties.csv');
  const rows = 2_000;
  beforeAll(() => {
    const lines = ['district,area_code,area_name,property_code,address,households'];
    for (let i = 0; i < rows; i++) {
      const area = Math.floor(i / 200);
      lines.push(`Distrikt ${area % 3},OMR${area},Område ${area},P${i},Testgatan ${i + 1},10`);
    }
    writeFileSync(csv, `${lines.join('\n')}\n`);
  });
  const importArgs = ['import', 'properties', csv, '--org', 'acme', '--lang', 'en'];
  /** The progress line of the import's last phase, the one that writes (publishes) the rows. */
  const writing = (importing: Child) => /^saving /m.test(importing.stderr());
  /** What the watchdog says when one long statement held the main thread past the limit (SIGKILL). */
  const killedByWatchdog = 'shutdown blocked by a long database statement';

  // Whether the import finished before the signal reached it depends on the machine; what may
  // never happen is a part of it, or a database the next start cannot open.
  const allOrNothing = async (dir: string, completed: boolean) =>
    expect(await contents(dir)).toEqual({ slugs: ['acme'], properties: completed ? rows : 0 });

  it('of the CLI rolls all of it back, and the next start works', async () => {
    const dir = freshCopy();
    const importing = spawnGrannskap(dir, importArgs);
    await until(importing, () => writing(importing), 'the import to write');
    const stopped = await stop(importing, 'SIGTERM');
    expect(stopped.ms).toBeLessThan(10_000);
    const completed = importing.stdout().includes(`Imported ${rows} rows`);
    if (completed) {
      // It had finished before the signal reached its database: everything is saved, and it says so.
      expect(stopped.code, told(importing)).toBe(0);
      expect(importing.stderr()).toContain('The command had finished before SIGTERM took effect');
    } else if (stopped.code === null) {
      expect(importing.stderr(), told(importing)).toContain(killedByWatchdog);
    } else {
      // Rolled back at its next query.
      expect(stopped.code, told(importing)).toBe(143);
      expect(importing.stderr()).toContain('Interrupted (SIGTERM): the unfinished work was not saved');
    }
    await allOrNothing(dir, completed);
    // The next start (which draws the month's survey sample when the import was saved) stops cleanly.
    const next = await startServer(dir);
    const nextStopped = await stop(next, 'SIGTERM');
    expect(nextStopped.code, told(next)).toBe(0);
    expect(nextStopped.ms).toBeLessThan(10_000);
  });

  it('run inside the server is finished or rolled back when the server is stopped', async () => {
    const dir = freshCopy();
    const server = await startServer(dir);
    const importing = spawnGrannskap(dir, importArgs);
    await until(importing, () => writing(importing), 'the import to write in the server');
    const stopped = await stop(server, 'SIGTERM');
    expect(server.stdout()).toContain('SIGTERM: shutting down');
    const importCode = await importing.exited;
    const completed = importCode === 0;
    expect(importing.stdout().includes(`Imported ${rows} rows`), told(importing)).toBe(completed);
    if (stopped.code === null) {
      // One long statement held the main thread: the watchdog killed the server (SIGKILL).
      expect(server.stderr(), told(server)).toContain(killedByWatchdog);
    } else {
      // A clean stop: within the limit, and an import not done in the grace period was rolled back.
      expect(stopped.code, told(server)).toBe(0);
      expect(stopped.ms).toBeLessThan(10_000);
      if (!completed)
        expect(importing.stderr()).toContain('The server stopped before the command had finished');
    }
    await allOrNothing(dir, completed);
  });
});
