import { and, eq, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { Db } from '../../core/db/client';
import type { areas, districts, households, properties } from './areas.table';

/** The module's tables, each of one organisation's rows. */
type RegisterTable = typeof districts | typeof areas | typeof properties | typeof households;

/**
 * The organisation's rows of one of the module's tables, narrowed by any further conditions: the
 * one place that keeps the module's reads to one organisation (another's rows do not exist).
 */
export function registerRows<S extends SelectedFields>(
  db: Db,
  table: RegisterTable,
  columns: S,
  organisationId: string,
  /** Undefined ones are left out, as `and` leaves them. */
  ...conditions: (SQL | undefined)[]
) {
  return db
    .select(columns)
    .from(table)
    .where(and(eq(table.organisationId, organisationId), ...conditions));
}

/** One of the organisation's rows by id, or null when there is none (or it is another's). */
export async function registerRow<S extends SelectedFields>(
  db: Db,
  table: RegisterTable,
  columns: S,
  organisationId: string,
  id: string,
) {
  const [row] = await registerRows(db, table, columns, organisationId, eq(table.id, id));
  return row ?? null;
}
