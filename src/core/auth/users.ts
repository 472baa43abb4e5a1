/**
 * The users of an organisation as modules see them: functions, never the users and user_areas
 * tables. Lists that join user names in SQL (to sort by them) join the read-only `userDirectory`.
 */
import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import { passwordResets, userAreas, users } from './auth.table';
import { hashToken, newToken } from './tokens';

/** A user as stored (with the password hash: for core and the users module, never for a response). */
export type User = typeof users.$inferSelect;

/** What creating a user sets. */
export type NewUser = Pick<
  typeof users.$inferInsert,
  'organisationId' | 'email' | 'name' | 'role' | 'partnerOrganisation' | 'language' | 'passwordHash'
>;

/** What the users module may change of a user. */
export type UserFields = Partial<
  Pick<User, 'email' | 'name' | 'role' | 'partnerOrganisation' | 'language' | 'disabled' | 'passwordHash'>
>;

// ——— reading ———

/** The user if they belong to the organisation, else null. */
export async function userInOrganisation(
  db: Db,
  organisationId: string,
  userId: string,
): Promise<User | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)));
  return row ?? null;
}

/** The user with this e-mail address (the sign-in name, unique over all organisations), or null. */
export async function userByEmail(db: Db, email: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row ?? null;
}

/** Every user of the organisation, by name. */
export async function usersOfOrganisation(db: Db, organisationId: string): Promise<User[]> {
  return db.select().from(users).where(eq(users.organisationId, organisationId)).orderBy(asc(users.name));
}

/** The enabled users of the organisation among the ids (a disabled or unknown id is left out). */
export async function enabledUsers(db: Db, organisationId: string, ids: readonly string[]): Promise<User[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(users)
    .where(
      and(eq(users.organisationId, organisationId), inArray(users.id, [...ids]), eq(users.disabled, false)),
    );
}

/** How many enabled administrators the organisation has besides this user. */
export async function otherActiveAdmins(db: Db, organisationId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.role, 'admin'),
        eq(users.disabled, false),
        ne(users.id, userId),
      ),
    );
  return row?.n ?? 0;
}

/** The areas given to a user (hosts and partners; the other roles see all areas). */
export async function areaIdsOfUser(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ areaId: userAreas.areaId })
    .from(userAreas)
    .where(eq(userAreas.userId, userId));
  return rows.map((r) => r.areaId);
}

/** Every area given to a user of the organisation, as user–area pairs. */
export async function userAreaLinks(db: Db, organisationId: string) {
  return db
    .select({ userId: userAreas.userId, areaId: userAreas.areaId })
    .from(userAreas)
    .where(eq(userAreas.organisationId, organisationId));
}

// ——— writing (the users module) ———

/** Creates a user; null when the e-mail address is taken. */
export async function insertUser(db: Db, values: NewUser): Promise<User | null> {
  const [row] = await db.insert(users).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** Changes a user's fields and returns the user as stored now. */
export async function updateUserFields(db: Db, userId: string, fields: UserFields): Promise<User> {
  const [row] = await db.update(users).set(fields).where(eq(users.id, userId)).returning();
  return row;
}

/** Gives a user exactly these areas (none: none). */
export async function setUserAreas(
  db: Db,
  organisationId: string,
  userId: string,
  areaIds: readonly string[],
): Promise<void> {
  await db.delete(userAreas).where(eq(userAreas.userId, userId));
  if (areaIds.length) {
    await db.insert(userAreas).values(areaIds.map((areaId) => ({ organisationId, userId, areaId })));
  }
}

/** Reporters of a partner organisation follow its new name. */
export async function renamePartnerOrganisation(
  db: Db,
  organisationId: string,
  from: string,
  to: string,
): Promise<void> {
  await db
    .update(users)
    .set({ partnerOrganisation: to })
    .where(and(eq(users.organisationId, organisationId), eq(users.partnerOrganisation, from)));
}

/**
 * A single-use token for choosing a password (the reset page takes it), valid for `validMs`. Only
 * its hash is stored; the token itself goes into the link that is mailed.
 */
export async function issuePasswordToken(
  db: Db,
  user: { id: string; organisationId: string },
  validMs: number,
): Promise<string> {
  const token = newToken();
  await db.insert(passwordResets).values({
    tokenHash: hashToken(token),
    organisationId: user.organisationId,
    userId: user.id,
    expiresAt: new Date(Date.now() + validMs),
  });
  return token;
}

// ——— for other modules' lists ———

/**
 * The organisation's users as a subquery to join (`user_directory`): id, name, email, role,
 * language, partnerOrganisation, disabled — never a password hash or sign-in counters.
 */
export function userDirectory(db: Db, organisationId: string) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      language: users.language,
      partnerOrganisation: users.partnerOrganisation,
      disabled: users.disabled,
    })
    .from(users)
    .where(eq(users.organisationId, organisationId))
    .as('user_directory');
}
