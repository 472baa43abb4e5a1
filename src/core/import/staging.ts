import { randomBytes } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';

/** An import's own staging table: unlogged (a crash empties it, which is what staging wants). */
export type StagingTable = { name: string; ref: SQL; columns: Record<string, string> };

const prefix = 'import_staging_';
const stalePrefixAfterMs = 24 * 3600 * 1000;
const identifier = /^[a-z_][a-z0-9_]*$/;
const sqlType = /^[a-z ]+$/;

/** Rows of a `select` through either driver (node-postgres gives { rows }, PGlite too; drizzle may unwrap). */
export function resultRows<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/**
 * Creates the staging table of one import. Its name carries the time it was made, so a later
 * import can drop tables a killed process left behind without touching a running one's.
 */
export async function createStaging(db: Db, columns: Record<string, string>): Promise<StagingTable> {
  for (const [name, type] of Object.entries(columns)) {
    if (!identifier.test(name) || !sqlType.test(type)) throw new Error(`bad staging column ${name} ${type}`);
  }
  await dropStaleStaging(db);
  const name = `${prefix}${Date.now()}_${randomBytes(4).toString('hex')}`;
  const list = Object.entries(columns).map(([c, type]) => `"${c}" ${type}`);
  // seq is the key a sliced publish walks the rows by (publication.ts).
  await db.execute(sql.raw(`create unlogged table "${name}" (seq integer primary key, ${list.join(', ')})`));
  return { name, ref: sql.raw(`"${name}"`), columns };
}

/**
 * Appends rows in one statement with one JSON parameter (far fewer bind parameters to parse than
 * a multi-row VALUES list, and the same on PGlite and node-postgres).
 */
export async function insertStaged(
  db: Db,
  table: StagingTable,
  firstSeq: number,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(table.columns);
  const record = names.map((c) => `"${c}" ${table.columns[c]}`).join(', ');
  const json = JSON.stringify(rows.map((r, i) => ({ ...r, seq: firstSeq + i })));
  await db.execute(sql`
    insert into ${table.ref} (seq, ${sql.raw(names.map((c) => `"${c}"`).join(', '))})
    select seq, ${sql.raw(names.map((c) => `r."${c}"`).join(', '))}
    from jsonb_to_recordset(${json}::jsonb) as r(seq integer, ${sql.raw(record)})`);
}

/** Gives the planner the staging table's real size before the publish joins it. */
export async function analyseStaging(db: Db, table: StagingTable): Promise<void> {
  await db.execute(sql.raw(`analyze "${table.name}"`));
}

export async function dropStaging(db: Db, table: StagingTable): Promise<void> {
  await db.execute(sql.raw(`drop table if exists "${table.name}"`));
}

async function dropStaleStaging(db: Db): Promise<void> {
  const found = resultRows<{ tablename: string }>(
    await db.execute(sql`select tablename from pg_tables where schemaname = current_schema()
      and tablename like ${`${prefix}%`}`),
  );
  const cutoff = Date.now() - stalePrefixAfterMs;
  for (const { tablename } of found) {
    const made = Number(tablename.slice(prefix.length).split('_')[0]);
    if (Number.isFinite(made) && made < cutoff) {
      await db.execute(sql.raw(`drop table if exists "${tablename}"`));
    }
  }
}
