import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Language } from '../i18n/i18n';
import { type Actor, seesAllAreas } from './access';
import { sessions, userAreas, users } from './auth.table';
import { hashToken, newToken } from './tokens';

export const sessionCookie = 'grannskap_session';

export async function createSession(db: Db, user: { id: string; organisationId: string }, hours: number) {
  const token = newToken();
  const csrfToken = newToken(24);
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    organisationId: user.organisationId,
    userId: user.id,
    csrfToken,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export type SessionActor = { actor: Actor; csrfToken: string; email: string };

/** The signed-in actor for a cookie value, or null when absent, expired or disabled. */
export async function actorForSession(db: Db, token: string): Promise<SessionActor | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date())));
  if (!row || row.user.disabled) return null;
  return { actor: await actorForUser(db, row.user), csrfToken: row.session.csrfToken, email: row.user.email };
}

export async function actorForUser(db: Db, user: typeof users.$inferSelect): Promise<Actor> {
  let areaIds: readonly string[] | 'all' = 'all';
  if (!seesAllAreas(user.role)) {
    const rows = await db
      .select({ areaId: userAreas.areaId })
      .from(userAreas)
      .where(eq(userAreas.userId, user.id));
    areaIds = rows.map((r) => r.areaId);
  }
  return {
    userId: user.id,
    organisationId: user.organisationId,
    name: user.name,
    role: user.role,
    areaIds,
    partnerOrganisation: user.partnerOrganisation,
    language: user.language as Language,
  };
}
