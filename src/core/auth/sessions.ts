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
  cache.delete(hashToken(token));
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/*
 * Signed-in actors are kept in memory for a short while. The embedded database (PGlite) has one
 * connection: while an import holds it in a transaction, a request that needs the database waits.
 * With the cache, progress polls and other requests of signed-in users go on being answered.
 */
const cacheMs = 30_000;
const cacheLimit = 5_000;
const cache = new Map<string, { value: SessionActor; until: number; expiresAt: number }>();

/** Drops cached sessions of a user (after a change of role, areas, language or password), or all. */
export function forgetCachedSessions(userId?: string): void {
  if (!userId) {
    cache.clear();
    return;
  }
  for (const [key, entry] of cache) if (entry.value.actor.userId === userId) cache.delete(key);
}

export type SessionActor = { actor: Actor; csrfToken: string; email: string };

/** The signed-in actor for a cookie value, or null when absent, expired or disabled. */
export async function actorForSession(db: Db, token: string): Promise<SessionActor | null> {
  const key = hashToken(token);
  const now = Date.now();
  const cached = cache.get(key);
  if (cached && cached.until > now && cached.expiresAt > now) return cached.value;
  cache.delete(key);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date())));
  if (!row || row.user.disabled) return null;
  const value = {
    actor: await actorForUser(db, row.user),
    csrfToken: row.session.csrfToken,
    email: row.user.email,
  };
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, { value, until: now + cacheMs, expiresAt: row.session.expiresAt.getTime() });
  return value;
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
