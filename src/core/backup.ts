import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from './db/client';

const format = 'grannskap-backup';
const chunkRows = 2000;

/**
 * A backup must not open accounts or surveys: it is copied, mailed and kept for years. Left out:
 * sign-ins (`sessions`) and pending password resets (`password_resets`) — after a restore
 * everyone signs in again and asks for a new link. Blanked: the single-use links in kept mail
 * (`outbox.body`, token replaced by "[token]") and the printable survey letters' PDFs
 * (`survey_letters.pdf` and `budget_code_letters.pdf`, the only copies of their tokens and voting
 * codes: print them before a restore). Kept: the
 * survey invitations' token hashes, so that letters already delivered still open their survey.
 */
export const leftOutTables = ['sessions', 'password_resets'];

/**
 * Replaces the token of a survey link (/s/<token>), of a participatory budget's voting link
 * (/boendebudget/rosta/<code>) and of a password or invitation link (token=…).
 */
export function blankLinks(text: string): string {
  return text
    .replace(/\/s\/[\w-]{16,}/g, '/s/[token]')
    .replace(/(\/boendebudget\/rosta\/)[0-9A-Za-z]{16}\b/g, '$1[code]')
    .replace(/([?&]token=)[^&\s"'<>]+/g, '$1[token]');
}

type Row = Record<string, unknown>;
const blankers: Record<string, (row: Row) => Row> = {
  outbox: (row) => ({ ...row, body: typeof row.body === 'string' ? blankLinks(row.body) : row.body }),
  survey_letters: (row) => ({ ...row, pdf: null }),
  budget_code_letters: (row) => ({ ...row, pdf: null }),
};

type Rows<T> = { rows: T[] };

async function query<T>(db: Db, statement: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(statement)) as unknown as Rows<T>).rows;
}

async function tableNames(db: Db): Promise<string[]> {
  const rows = await query<{ name: string }>(
    db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  return rows.map((r) => r.name);
}

/**
 * Writes every table of the database as gzipped JSON lines: a header line, then chunks of rows.
 * Logical, not physical, so a PGlite backup restores into PostgreSQL and back. Without sign-ins
 * and live single-use links (leftOutTables, blankers).
 */
export async function backupDatabase(db: Db, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tables = await tableNames(db);
  async function* lines() {
    const createdAt = new Date().toISOString();
    yield `${JSON.stringify({ format, version: 2, createdAt, tables, leftOut: leftOutTables })}\n`;
    for (const table of tables) {
      if (leftOutTables.includes(table)) continue;
      const rows = await query<{ row: Row }>(db, sql.raw(`select row_to_json(t) as row from "${table}" t`));
      const blank = blankers[table] ?? ((row: Row) => row);
      counts[table] = rows.length;
      for (let i = 0; i < rows.length; i += chunkRows) {
        yield `${JSON.stringify({ table, rows: rows.slice(i, i + chunkRows).map((r) => blank(r.row)) })}\n`;
      }
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
  return counts;
}

/**
 * Replaces the whole database content with a backup, in one transaction: either all of it is
 * restored or nothing changes. Triggers and foreign keys are held off while loading.
 */
export async function restoreDatabase(db: Db, file: string): Promise<Record<string, number>> {
  const reader = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const counts: Record<string, number> = {};
  let header: { format?: string; tables?: string[] } | null = null;
  const chunks: { table: string; rows: unknown[] }[] = [];
  for await (const line of reader) {
    if (!line.trim()) continue;
    const parsed = JSON.parse(line);
    if (!header) {
      header = parsed;
      if (header?.format !== format) throw new Error('Not a Grannskap backup file');
      continue;
    }
    chunks.push(parsed);
  }
  if (!header) throw new Error('Empty backup file');
  const existing = new Set(await tableNames(db));
  const unknown = (header.tables ?? []).filter((t) => !existing.has(t));
  if (unknown.length) throw new Error(`Backup has tables this version does not know: ${unknown.join(', ')}`);
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.execute(sql.raw('set local session_replication_role = replica'));
    await t.execute(
      sql.raw(`truncate ${[...existing].map((n) => `"${n}"`).join(', ')} restart identity cascade`),
    );
    for (const chunk of chunks) {
      if (!existing.has(chunk.table)) continue;
      await t.execute(
        sql`insert into ${sql.identifier(chunk.table)} select * from json_populate_recordset(null::${sql.identifier(chunk.table)}, ${JSON.stringify(chunk.rows)}::json)`,
      );
      counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    }
    const serials = await query<{ table_name: string; column_name: string }>(
      t,
      sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and column_default like 'nextval%'`,
    );
    for (const s of serials) {
      await t.execute(
        sql.raw(
          `select setval(pg_get_serial_sequence('"${s.table_name}"', '${s.column_name}'), coalesce((select max("${s.column_name}") from "${s.table_name}"), 0) + 1, false)`,
        ),
      );
    }
  });
  return counts;
}
