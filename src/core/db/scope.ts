import { inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Actor, visibleAreaIds } from '../auth/access';

/** A where-clause holding a query to the actor's areas (undefined: all areas). */
export function areaScope(column: AnyPgColumn, actor: Actor): SQL | undefined {
  const ids = visibleAreaIds(actor);
  if (!ids) return undefined;
  return ids.length ? inArray(column, [...ids]) : sql`false`;
}
