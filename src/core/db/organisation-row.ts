import { and, eq, type InferSelectModel } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { AppError } from '../errors';
import type { Db } from './client';

/** A table of one organisation's rows, each with an id. */
export type OrganisationTable = PgTable & { id: PgColumn; organisationId: PgColumn };

/**
 * The organisation's row with this id, or not_found (another organisation's row is not found
 * either): the look-up every service makes before it shows, checks or changes one row.
 */
export async function organisationRow<T extends OrganisationTable>(
  db: Db,
  table: T,
  id: string,
  organisationId: string,
): Promise<InferSelectModel<T>> {
  const [row] = (await db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), eq(table.organisationId, organisationId)))) as InferSelectModel<T>[];
  if (!row) throw new AppError('not_found');
  return row;
}
