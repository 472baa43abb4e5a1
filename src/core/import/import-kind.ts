import type { Actor } from '../auth/access';
import type { Db } from '../db/client';
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
 * Reports progress. During commit it returns a promise that lets the server answer other requests
 * (progress polls): await it every few hundred rows — on the embedded database a loop of queries
 * otherwise never hands the event loop back until the transaction ends.
 */
export type ImportProgress = (processed: number, total: number) => Promise<void>;

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
  prepare: (db: Db, actor: Actor) => Promise<Ctx>;
  /** Cross-field checks and look-ups; returns the row or its problems. */
  toRow: (values: Record<string, unknown>, ctx: Ctx) => Row | RowProblem[];
  /** Writes all rows inside the import's single transaction; returns counts for the report. */
  commit: (
    tx: Db,
    actor: Actor,
    rows: Row[],
    ctx: Ctx,
    progress: ImportProgress,
  ) => Promise<Record<string, number>>;
};

/** Helps a module declare a kind with its Row and Ctx types inferred. */
export function defineImportKind<Row, Ctx>(kind: ImportKind<Row, Ctx>): ImportKind<Row, Ctx> {
  return kind;
}
