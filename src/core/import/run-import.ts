import { writeAudit } from '../audit';
import { type Actor, assertCan } from '../auth/access';
import type { Db } from '../db/client';
import { type Language, translate } from '../i18n/i18n';
import type { ImportRowError } from '../jobs.table';
import {
  type ColumnSpec,
  type ImportKind,
  type ImportLimits,
  importLimits,
  type RowProblem,
} from './import-kind';
import { megabytes } from './messages';
import { type ProgressListener, ProgressTracker } from './progress';
import { publishInSlices } from './publication';
import { readRows, UnreadableFileError, ZipRefusedError } from './read-table';
import { analyseStaging, createStaging, dropStaging, insertStaged, type StagingTable } from './staging';

export type { ImportProgressReport, ProgressListener } from './progress';

export type ImportReport = {
  status: 'done' | 'refused';
  kind: string;
  fileName: string;
  totalRows: number;
  /** Rows that passed every check. */
  rowsValidated: number;
  /** All problems found; the list in `errors` is capped, this is not. */
  errorCount: number;
  errors: ImportRowError[];
  summary: Record<string, number>;
};

export { ChangedMeanwhileError } from './import-kind';

const maxReportedErrors = 1000;
const headerRow = 1;
// Rows per staging write: each database call stays short, so a read waits at most one of them.
const batchSize = 1000;
// Parsing and checking run on the server's only thread: hand it back this often.
const sliceMs = 12;

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

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The per-row checks of one file: cells, the key's uniqueness, the kind's own rules. */
class RowChecker<Row, Ctx> {
  readonly errors: ImportRowError[] = [];
  errorCount = 0;
  private readonly seenKeys = new Map<string, number>();

  constructor(
    private readonly kind: ImportKind<Row, Ctx>,
    private readonly ctx: Ctx,
    private readonly language: Language,
    private readonly columns: ColumnSpec[],
    private readonly index: Map<string, number>,
  ) {}

  report(row: number, problem: RowProblem): void {
    this.errorCount++;
    if (this.errors.length < maxReportedErrors) {
      const message = messageFor(this.language, problem);
      this.errors.push({ row, column: problem.column, code: problem.code, message });
    }
  }

  check(rowNumber: number, cellsOfRow: string[]): Row | null {
    const values: Record<string, unknown> = {};
    let rowOk = true;
    for (const spec of this.columns) {
      const at = this.index.get(spec.name);
      const result = spec.cell(at === undefined ? '' : (cellsOfRow[at] ?? ''));
      if (result.ok) values[spec.name] = result.value;
      else {
        rowOk = false;
        this.report(rowNumber, { column: spec.name, ...result.error });
      }
    }
    const keyColumn = this.kind.key;
    if (rowOk && keyColumn) {
      const key = String(values[keyColumn] ?? '');
      const other = this.seenKeys.get(key);
      if (key && other) {
        this.report(rowNumber, {
          column: keyColumn,
          code: 'duplicate_key',
          params: { column: keyColumn, other },
        });
        return null;
      }
      this.seenKeys.set(key, rowNumber);
    }
    if (!rowOk) return null;
    const row = this.kind.toRow(values, this.ctx);
    if (!Array.isArray(row)) return row;
    for (const p of row as RowProblem[]) this.report(rowNumber, p);
    return null;
  }
}

type Loaded<Row> = { rows: Row[]; checker: RowChecker<Row, unknown> | null };

type Run<Row, Ctx> = {
  db: Db;
  actor: Actor;
  kind: ImportKind<Row, Ctx>;
  ctx: Ctx;
  limits: ImportLimits;
  language: Language;
  tracker: ProgressTracker;
  staging: StagingTable | null;
};

/**
 * Reads, checks and stages the file in one pass, outside any transaction. Valid rows go to the
 * staging table (or stay in memory for small kinds) in batches until the first error; after it the
 * rest is still checked, for a complete report, but nothing more is written.
 */
async function readCheckAndStage<Row, Ctx>(run: Run<Row, Ctx>, bytes: Uint8Array): Promise<Loaded<Row>> {
  const { kind, ctx, limits, tracker, staging } = run;
  const kept: Row[] = [];
  let batch: Row[] = [];
  let checker: RowChecker<Row, Ctx> | null = null;
  const flush = async () => {
    if (staging && kind.staged && batch.length) {
      const stagedRows = await kind.staged.stage(run.db, run.actor, batch, ctx);
      await insertStaged(run.db, staging, tracker.report.rowsWritten, stagedRows);
      tracker.report.rowsWritten += batch.length;
    } else kept.push(...batch);
    batch = [];
  };
  let slice = performance.now();
  const rows = readRows(bytes, {
    maxUnpackedBytes: limits.maxUnpackedBytes,
    onBytes: (consumed, total) => tracker.bytes(consumed, total),
  });
  for await (const cells of rows) {
    if (!checker) {
      const columns = typeof kind.columns === 'function' ? kind.columns(cells, ctx) : kind.columns;
      const { index, problems } = mapHeader(cells, columns);
      checker = new RowChecker(kind, ctx, run.language, columns, index);
      for (const p of problems) checker.report(headerRow, p);
      if (problems.length) break;
      continue;
    }
    const progress = tracker.report;
    if (progress.rowsRead >= limits.maxRows) {
      checker.report(progress.rowsRead + 2, {
        column: null,
        code: 'imports:too_many_rows',
        params: { max: limits.maxRows.toLocaleString(run.language === 'sv' ? 'sv-SE' : 'en-GB') },
      });
      break;
    }
    progress.rowsRead++;
    const row = checker.check(progress.rowsRead + 1, cells);
    progress.errorCount = checker.errorCount;
    if (row !== null) {
      progress.rowsValidated++;
      if (checker.errorCount === 0) batch.push(row);
    }
    // After the first error nothing more is staged: the file will be refused.
    if (checker.errorCount > 0) batch = [];
    else if (batch.length >= batchSize) await flush();
    if (performance.now() - slice > sliceMs) {
      tracker.tell();
      await yieldToEventLoop();
      slice = performance.now();
    }
  }
  if (checker && checker.errorCount === 0) await flush();
  return { rows: kept, checker: checker as RowChecker<Row, unknown> | null };
}

function refusal(language: Language, code: string, params: Record<string, unknown> = {}): ImportRowError {
  return { row: headerRow, column: null, code, message: messageFor(language, { code, params }) };
}

/** Reads and checks the file; a file that cannot be read or is over a cap is one refusal. */
async function load<Row, Ctx>(
  run: Run<Row, Ctx>,
  bytes: Uint8Array,
): Promise<ImportRowError[] | Loaded<Row>> {
  try {
    return await readCheckAndStage(run, bytes);
  } catch (error) {
    if (error instanceof ZipRefusedError && error.reason === 'too_large') {
      return [
        refusal(run.language, 'imports:zip_too_large', { max: megabytes(run.limits.maxUnpackedBytes) }),
      ];
    }
    if (error instanceof ZipRefusedError || error instanceof UnreadableFileError) {
      return [refusal(run.language, 'unreadable')];
    }
    throw error;
  }
}

/**
 * The kind's rows into place with the audit entry: in one short transaction, or for a sliced kind
 * in short slices made visible by one short final transaction.
 */
async function publish<Row, Ctx>(run: Run<Row, Ctx>, rows: Row[], fileName: string, requestId?: string) {
  const { kind, actor, ctx, tracker, staging } = run;
  const totalRows = tracker.report.rowsRead;
  const audit = (tx: Db, counts: Record<string, number>) =>
    writeAudit(
      tx,
      actor,
      { action: 'import', entity: kind.kind, after: { fileName, rows: totalRows, ...counts } },
      requestId,
    );
  const sliced = kind.staged?.sliced;
  if (sliced && staging) {
    return publishInSlices(run.db, actor, { kind: kind.kind, sliced }, staging, ctx, {
      audit,
      progress: (done, total) => tracker.published(done, total),
    });
  }
  return run.db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const counts =
      kind.staged?.publish && staging
        ? await kind.staged.publish(tx, actor, staging.ref, ctx)
        : // defineImportKind insists on one of them.
          await kind.commit!(tx, actor, rows, ctx, () => yieldToEventLoop());
    await audit(tx, counts);
    return counts;
  });
}

/**
 * The one import pipeline. Parse and check the whole file row by row outside any transaction,
 * loading valid rows in batches into a staging table; then publish them in one short transaction
 * (or in short slices made visible at once: publication.ts) — or nothing when any row is wrong.
 * CLI and UI both come here.
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
  const limits = importLimits(kind);
  // A sliced publish takes about as long as reading the file; a one-transaction publish is short.
  const tracker = new ProgressTracker(options.onProgress, Boolean(kind.staged?.sliced));
  const base = { kind: kind.kind, fileName: file.name, summary: {} };
  const refused = (errors: ImportRowError[], errorCount = errors.length) => {
    tracker.phase('done');
    const { rowsRead: totalRows, rowsValidated } = tracker.report;
    return { ...base, status: 'refused' as const, totalRows, rowsValidated, errorCount, errors };
  };
  if (file.bytes.length > limits.maxBytes) {
    return refused([refusal(language, 'imports:too_large', { max: megabytes(limits.maxBytes) })]);
  }
  const ctx = await kind.prepare(db, actor);
  const staging = kind.staged ? await createStaging(db, kind.staged.columns) : null;
  const run: Run<Row, Ctx> = { db, actor, kind, ctx, limits, language, tracker, staging };
  try {
    const loaded = await load(run, file.bytes);
    if (Array.isArray(loaded)) return refused(loaded);
    const { checker } = loaded;
    if (checker && checker.errorCount > 0) return refused(checker.errors, checker.errorCount);
    if (!checker || tracker.report.rowsRead === 0) return refused([refusal(language, 'empty')]);
    if (staging) await analyseStaging(db, staging);
    tracker.phase('publishing');
    // Let a progress poll see the phase before the embedded database goes quiet for the publish.
    await yieldToEventLoop();
    const summary = await publish(run, loaded.rows, file.name, options.requestId);
    tracker.report.rowsWritten = tracker.report.rowsRead;
    tracker.phase('done');
    const totalRows = tracker.report.rowsRead;
    return {
      ...base,
      status: 'done',
      totalRows,
      rowsValidated: totalRows,
      errorCount: 0,
      errors: [],
      summary,
    };
  } finally {
    if (staging) await dropStaging(db, staging);
  }
}
