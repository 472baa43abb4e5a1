import type { SQL } from 'drizzle-orm';
import type { Actor } from '../auth/access';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { Cell, CellError } from './cells';

export type ColumnSpec = {
  /** The documented column name, e.g. area_code. */
  name: string;
  /** Other header spellings accepted (Swedish headers, vendor names). */
  aliases?: string[];
  /** The column must be present in the header (its cells may still be optional). */
  required?: boolean;
  cell: Cell<unknown>;
};

/** A row-level problem found after the cells parsed: which column, and why. */
export type RowProblem = CellError & { column: string | null };

/**
 * Reports progress inside the publish transaction. Await it every few hundred rows: it lets the
 * server answer progress polls, which an embedded database's query loop otherwise never does.
 */
export type ImportProgress = (processed: number, total: number) => Promise<void>;

/** What a file of one kind may hold; an upload over a cap is refused before it is read. */
export type ImportLimits = {
  /** The largest upload, in bytes (CSV or XLSX as sent). */
  maxBytes: number;
  /** The most data rows (the header not counted). */
  maxRows: number;
  /** XLSX: the most its zip entries may unpack to, in bytes (zip bombs stop here). */
  maxUnpackedBytes: number;
};

const mib = 2 ** 20;
export const defaultImportLimits: ImportLimits = {
  maxBytes: 20 * mib,
  maxRows: 100_000,
  maxUnpackedBytes: 160 * mib,
};

/** A kind's caps, its own over the defaults. */
export function importLimits(kind: { limits?: Partial<ImportLimits> }): ImportLimits {
  return { ...defaultImportLimits, ...kind.limits };
}

/** Raised inside a publish when the rows staged no longer match what is stored: nothing is written. */
export class ChangedMeanwhileError extends AppError {
  constructor() {
    super('import_changed_meanwhile', {}, 409, 'imports:changed_meanwhile');
  }
}

/**
 * Clearing up after a sliced publish, a step at a time: each step one short statement on at most
 * `limit` rows, returning how many it touched (0: nothing is left).
 */
export type PublicationClearing = {
  /** What a publication that will never be published wrote: delete it, and undo its marks. */
  discard: (db: Db, publication: string, limit: number) => Promise<number>;
  /** What a published publication left unseen (the rows it replaced): delete it. */
  clearAway: (db: Db, publication: string, limit: number) => Promise<number>;
};

/**
 * Publishing in slices (src/core/import/publication.ts), for kinds whose files are too large for
 * one short transaction: rows written by a slice carry the publication's id, and the kind's
 * readers leave them out until the publication is set published (`unpublishedImports`).
 */
export type SlicedPublish<Ctx> = PublicationClearing & {
  /**
   * In a slice's own transaction: the staged rows with `from` < seq ≤ `to` written unseen under
   * `publication`. Throws ChangedMeanwhileError when the stored rows are no longer what staging
   * saw.
   */
  writeSlice: (
    tx: Db,
    table: SQL,
    slice: { from: number; to: number; publication: string },
    ctx: Ctx,
  ) => Promise<void>;
  /** In the final transaction, with the publication now seen: the rest (roll-ups); the report's counts. */
  finish: (tx: Db, actor: Actor, ctx: Ctx) => Promise<Record<string, number>>;
};

/**
 * Loading through a staging table, for kinds whose files are large: batches of valid rows go to an
 * unlogged table of this import outside any transaction, and then either `publish` moves them into
 * place with a few set-based statements in one short transaction, or `sliced` publishes them a
 * slice at a time without holding the database.
 */
export type StagedLoad<Row, Ctx> = {
  /** The staging table's columns: name → SQL type (e.g. { area_id: 'uuid', answers: 'jsonb' }). */
  columns: Record<string, string>;
  /** Outside any transaction: look-ups for a batch of valid rows and the staging rows to write. */
  stage: (db: Db, actor: Actor, rows: Row[], ctx: Ctx) => Promise<Record<string, unknown>[]>;
  /** Inside the publish transaction; `table` names the staging table. Returns the report's counts. */
  publish?: (tx: Db, actor: Actor, table: SQL, ctx: Ctx) => Promise<Record<string, number>>;
  sliced?: SlicedPublish<Ctx>;
};

/** One import format. Ctx holds look-ups made once per file (area codes, existing keys, …). */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds kinds of every Row and Ctx
export type AnyImportKind = ImportKind<any, any>;

export type ImportKind<Row, Ctx> = {
  kind: string;
  /** Permission needed to import this kind. */
  permission: string;
  /** The columns, or a function of the header for formats with open-ended columns. */
  columns: ColumnSpec[] | ((header: string[], ctx: Ctx) => ColumnSpec[]);
  /** Column whose value must be unique within the file; re-imports upsert on it. */
  key?: string;
  /** Caps over defaultImportLimits (documented in docs/import-formats.md). */
  limits?: Partial<ImportLimits>;
  prepare: (db: Db, actor: Actor) => Promise<Ctx>;
  /** Cross-field checks and look-ups; returns the row or its problems. */
  toRow: (values: Record<string, unknown>, ctx: Ctx) => Row | RowProblem[];
  /**
   * Small kinds: writes all valid rows (held in memory, under maxRows) inside the import's one
   * transaction; returns counts for the report. A kind has either this or `staged`.
   */
  commit?: (
    tx: Db,
    actor: Actor,
    rows: Row[],
    ctx: Ctx,
    progress: ImportProgress,
  ) => Promise<Record<string, number>>;
  staged?: StagedLoad<Row, Ctx>;
};

/** Helps a module declare a kind with its Row and Ctx types inferred. */
export function defineImportKind<Row, Ctx>(kind: ImportKind<Row, Ctx>): ImportKind<Row, Ctx> {
  if (!kind.commit === !kind.staged) throw new Error(`import kind ${kind.kind}: give commit or staged`);
  if (kind.staged && !kind.staged.publish === !kind.staged.sliced) {
    throw new Error(`import kind ${kind.kind}: give staged.publish or staged.sliced`);
  }
  return kind;
}
