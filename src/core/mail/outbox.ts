import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { outbox } from './outbox.table';

/**
 * Erases every kept mail to an address, e.g. when a tenant's survey address is erased: the
 * outbox must not keep what the register gave up.
 */
export async function forgetRecipient(db: Db, organisationId: string, address: string): Promise<number> {
  const gone = await db
    .delete(outbox)
    .where(and(eq(outbox.organisationId, organisationId), sql`lower(${outbox.to}) = lower(${address})`))
    .returning({ id: outbox.id });
  return gone.length;
}

/** Erases the organisation's kept mail older than the given instant (the outbox is not an archive). */
export async function pruneOutbox(db: Db, organisationId: string, olderThan: Date): Promise<number> {
  const gone = await db
    .delete(outbox)
    .where(and(eq(outbox.organisationId, organisationId), lt(outbox.createdAt, olderThan)))
    .returning({ id: outbox.id });
  return gone.length;
}
