import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import { gateQueries } from './pglite-gate';

// biome-ignore lint/suspicious/noExplicitAny: both drivers' HKTs collapse to this common base
export type Db = PgDatabase<PgQueryResultHKT, Record<string, any>>;

export type Database = {
  db: Db;
  driver: 'pglite' | 'postgres';
  migrate: () => Promise<void>;
  /**
   * Shutdown: every later query fails (DatabaseClosingError), so an open transaction rolls back
   * and close() does not wait for it. PGlite only; PostgreSQL rolls back what a closed
   * connection left open.
   */
  interrupt: () => void;
  /** PGlite: transactions still open (after interrupt(), held by code that makes no query); else 0. */
  openTransactions: () => number;
  /** The lock on an embedded database directory (not for memory:// or PostgreSQL). */
  lock?: DataDirLock;
  /** Closes the database and releases its lock. */
  close: () => Promise<void>;
};

export const migrationsFolder = new URL('../../../drizzle', import.meta.url).pathname;

const oneConnection = new WeakSet<Db>();
/**
 * Whether every query of `db` takes turns on one connection (PGlite): a transaction holds up every
 * other request until it ends, so long work must go in short pieces and hand the connection back.
 */
export const sharesOneConnection = (db: Db): boolean => oneConnection.has(db);

/**
 * Opens PostgreSQL when a URL is given, otherwise PGlite in dataDir ('memory://' for tests). A
 * PGlite directory is locked first: a second process gets DataDirInUseError, not a broken database.
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  /** Told when an idle PostgreSQL connection is lost (logged by the server; tests ignore it). */
  onIdleError?: (error: Error) => void;
  /** Told when the directory lock could not be refreshed or was taken away. */
  onLockCompromised?: (error: Error) => void;
  /** PGlite, in memory or a new directory: start from this dumped data directory (tests start migrated). */
  loadDataDir?: Blob;
}): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server drops (restart, failover, admin shutdown) is an error event on
    // the pool; unhandled it would crash the process. The pool replaces it on the next query.
    pool.on('error', (error) => options.onIdleError?.(error));
    const db = drizzlePg(pool) as unknown as Db;
    return {
      db,
      driver: 'postgres',
      migrate: () => migratePg(drizzlePg(pool), { migrationsFolder }),
      interrupt: () => {},
      openTransactions: () => 0,
      close: () => pool.end(),
    };
  }
  const inMemory = options.dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(options.dataDir, { recursive: true });
  const lock = inMemory
    ? undefined
    : await lockDataDir(options.dataDir, { onCompromised: options.onLockCompromised });
  let raw: PGlite;
  try {
    raw = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const gate = gateQueries(raw);
  const db = drizzlePglite({ client: gate.client }) as unknown as Db;
  oneConnection.add(db);
  return {
    db,
    driver: 'pglite',
    migrate: () => migratePglite(drizzlePglite({ client: gate.client }), { migrationsFolder }),
    interrupt: gate.refuse,
    openTransactions: gate.openTransactions,
    lock,
    close: async () => {
      try {
        if (!raw.closed) await raw.close();
      } finally {
        await lock?.release();
      }
    },
  };
}
