import { writeAudit } from '../audit';
import { type Actor, assertCan } from '../auth/access';
import type { Db } from '../db/client';
import { type Language, translate } from '../i18n/i18n';
import type { ImportRowError } from '../jobs.table';
import type { ColumnSpec, ImportKind, RowProblem } from './import-kind';

/** Told how far an import has come, from 0 to total. */
export type ProgressListener = (processed: number, total: number) => void;

import { readTable, type Table, UnreadableFileError } from './read-table';

export type ImportReport = {
  status: 'done' | 'refused';
  kind: string;
  fileName: string;
  totalRows: number;
  /** All problems found; the list in `errors` is capped, this is not. */
  errorCount: number;
  errors: ImportRowError[];
  summary: Record<string, number>;
};

const maxReportedErrors = 1000;
const headerRow = 1;

/** Lower-case, no accents, words joined by underscores: "Område kod" → "omrade_kod". */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

function messageFor(language: Language, problem: { code: string; params?: Record<string, unknown> }): string {
  const key = problem.code.includes(':') ? problem.code : `import.${problem.code}`;
  return translate(language, key, problem.params ?? {});
}

/** Maps header cells to column specs; returns the column index of each spec or header problems. */
function mapHeader(header: string[], columns: ColumnSpec[]) {
  const index = new Map<string, number>();
  const problems: RowProblem[] = [];
  header.forEach((raw, i) => {
    const name = normaliseHeader(raw);
    if (!name) return;
    const spec = columns.find((c) => c.name === name || c.aliases?.some((a) => normaliseHeader(a) === name));
    if (!spec) problems.push({ column: raw, code: 'unknown_column', params: { column: raw } });
    else index.set(spec.name, i);
  });
  for (const spec of columns) {
    if (spec.required && !index.has(spec.name)) {
      problems.push({ column: spec.name, code: 'missing_column', params: { column: spec.name } });
    }
  }
  return { index, problems };
}

type Validated<Row> = { rows: Row[]; errors: ImportRowError[]; errorCount: number };

/** Lets the event loop answer other requests (progress polls) during long validations. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function validate<Row, Ctx>(
  table: Table,
  kind: ImportKind<Row, Ctx>,
  ctx: Ctx,
  language: Language,
  progress: ProgressListener,
): Promise<Validated<Row>> {
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const report = (row: number, problem: RowProblem) => {
    errorCount++;
    if (errors.length < maxReportedErrors) {
      errors.push({
        row,
        column: problem.column,
        code: problem.code,
        message: messageFor(language, problem),
      });
    }
  };
  const columns = typeof kind.columns === 'function' ? kind.columns(table.header, ctx) : kind.columns;
  const { index, problems } = mapHeader(table.header, columns);
  for (const p of problems) report(headerRow, p);
  if (problems.length) return { rows: [], errors, errorCount };
  if (table.rows.length === 0) report(headerRow, { column: null, code: 'empty' });

  const rows: Row[] = [];
  const seenKeys = new Map<string, number>();
  for (const [i, cellsOfRow] of table.rows.entries()) {
    const rowNumber = i + 2;
    const values: Record<string, unknown> = {};
    let rowOk = true;
    for (const spec of columns) {
      const at = index.get(spec.name);
      const result = spec.cell(at === undefined ? '' : (cellsOfRow[at] ?? ''));
      if (result.ok) values[spec.name] = result.value;
      else {
        rowOk = false;
        report(rowNumber, { column: spec.name, ...result.error });
      }
    }
    if (rowOk && kind.key) {
      const key = String(values[kind.key] ?? '');
      const other = seenKeys.get(key);
      if (key && other) {
        rowOk = false;
        report(rowNumber, { column: kind.key, code: 'duplicate_key', params: { column: kind.key, other } });
      } else seenKeys.set(key, rowNumber);
    }
    if (rowOk) {
      const row = kind.toRow(values, ctx);
      if (Array.isArray(row)) for (const p of row as RowProblem[]) report(rowNumber, p);
      else rows.push(row);
    }
    if (i % 5000 === 0) {
      progress(i, table.rows.length * 2);
      await yieldToEventLoop();
    }
  }
  return { rows, errors, errorCount };
}

/**
 * The one import pipeline: read, map the header, check every row, then write all rows in one
 * transaction — or nothing when any row is wrong. CLI and UI both come here.
 */
export async function runImport<Row, Ctx>(
  db: Db,
  actor: Actor,
  kind: ImportKind<Row, Ctx>,
  file: { bytes: Uint8Array; name: string },
  options: { language?: Language; onProgress?: ProgressListener; requestId?: string } = {},
): Promise<ImportReport> {
  assertCan(actor, kind.permission);
  const language = options.language ?? actor.language;
  const progress = options.onProgress ?? (() => {});
  const base = { kind: kind.kind, fileName: file.name, summary: {} };
  let table: Table;
  try {
    table = await readTable(file.bytes);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    const problem = {
      row: headerRow,
      column: null,
      code: 'unreadable',
      message: messageFor(language, { code: 'unreadable' }),
    };
    return { ...base, status: 'refused', totalRows: 0, errorCount: 1, errors: [problem] };
  }
  const total = table.rows.length;
  const ctx = await kind.prepare(db, actor);
  const { rows, errors, errorCount } = await validate(table, kind, ctx, language, progress);
  if (errorCount > 0) return { ...base, status: 'refused', totalRows: total, errorCount, errors };

  const summary = await db.transaction(async (tx) => {
    const counts = await kind.commit(tx as unknown as Db, actor, rows, ctx, (done) => {
      progress(total + done, total * 2);
      return yieldToEventLoop();
    });
    await writeAudit(
      tx as unknown as Db,
      actor,
      { action: 'import', entity: kind.kind, after: { fileName: file.name, rows: total, ...counts } },
      options.requestId,
    );
    return counts;
  });
  progress(total * 2, total * 2);
  return { ...base, status: 'done', totalRows: total, errorCount: 0, errors: [], summary };
}
