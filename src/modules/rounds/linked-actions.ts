import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { actions } from './rounds.table';
import type { ActionStatus } from './vocabulary';

/** What another module shows of an action it started (a dialogue point, a budget winner, a tenant's feedback). */
export type LinkedAction = {
  id: string;
  areaId: string;
  title: string;
  status: ActionStatus;
  dueOn: string | null;
  closedOn: string | null;
  /** The plain public wording (no names), when written. */
  publicText: string | null;
  publicTextEn: string | null;
};

/**
 * The actions of the given ids within one organisation, by id. Not authorised here: the caller
 * decides what of it a reader may see (the public pages show only the status and public wording).
 */
export async function linkedActions(db: Db, organisationId: string, ids: readonly string[]) {
  const found = new Map<string, LinkedAction>();
  if (ids.length === 0) return found;
  const rows = await db
    .select({
      id: actions.id,
      areaId: actions.areaId,
      title: actions.title,
      status: actions.status,
      dueOn: actions.dueOn,
      closedOn: actions.closedOn,
      publicText: actions.publicText,
      publicTextEn: actions.publicTextEn,
    })
    .from(actions)
    .where(and(eq(actions.organisationId, organisationId), inArray(actions.id, [...new Set(ids)])));
  for (const row of rows) found.set(row.id, row as LinkedAction);
  return found;
}
