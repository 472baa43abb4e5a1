/**
 * What tests outside core may use to look at sign-in data that has no function of its own. Not for
 * production code.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { passwordResets } from './auth.table';

/** A user's password links (resets and invitations): when made, until when, when used; oldest first. */
export async function passwordLinksOf(db: Db, userId: string) {
  return db
    .select({
      createdAt: passwordResets.createdAt,
      expiresAt: passwordResets.expiresAt,
      usedAt: passwordResets.usedAt,
    })
    .from(passwordResets)
    .where(eq(passwordResets.userId, userId))
    .orderBy(asc(passwordResets.createdAt));
}
