import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { translate } from '../i18n/i18n';
import type { Mailer } from '../mail/mailer';
import { organisations } from '../organisation.table';
import { passwordResets, sessions, users } from './auth.table';
import { hashPassword, minPasswordLength, verifyPassword } from './passwords';
import { forgetCachedSessions } from './sessions';
import { hashToken, newToken } from './tokens';

export const maxFailedLogins = 5;
export const lockMinutes = 15;

type Attempts = { failed: number; lockedUntil: Date | null };

/*
 * Failed sign-ins to addresses without an (enabled) account, counted in memory the way the users table
 * counts them for accounts: an unknown address locks after the same number of tries and answers 423
 * just as an account does, so "locked" does not tell that an account exists.
 */
const strangerAttempts = new Map<string, Attempts>();
const strangerLimit = 10_000;

function rememberStranger(address: string, attempts: Attempts): void {
  strangerAttempts.delete(address);
  // Oldest first (Map keeps insertion order): a flood of addresses forgets the oldest, never grows.
  if (strangerAttempts.size >= strangerLimit) {
    const oldest = strangerAttempts.keys().next().value;
    if (oldest !== undefined) strangerAttempts.delete(oldest);
  }
  strangerAttempts.set(address, attempts);
}

/** Forgets the failed sign-ins of unknown addresses (tests, and nothing else, need this). */
export function forgetStrangerAttempts(): void {
  strangerAttempts.clear();
}

/**
 * Checks e-mail and password; counts failures and locks for a while after too many. Unknown, wrong
 * and locked answer alike whether or not the account exists: the password hash is checked on every path
 * (against a stand-in hash without an account), and unknown addresses are counted and locked too.
 */
export async function checkCredentials(db: Db, email: string, password: string) {
  const address = email.trim().toLowerCase();
  const [found] = await db.select().from(users).where(eq(users.email, address));
  const user = found && !found.disabled ? found : null;
  const matches = await verifyPassword(user?.passwordHash ?? null, password);
  const before: Attempts = user
    ? { failed: user.failedLogins, lockedUntil: user.lockedUntil }
    : (strangerAttempts.get(address) ?? { failed: 0, lockedUntil: null });
  const now = Date.now();
  if (before.lockedUntil && before.lockedUntil.getTime() > now) {
    throw new AppError('locked', { minutes: Math.ceil((before.lockedUntil.getTime() - now) / 60_000) });
  }
  if (!user || !matches) {
    const failed = before.failed + 1;
    const lockedUntil = failed >= maxFailedLogins ? new Date(now + lockMinutes * 60_000) : null;
    const after = { failed: lockedUntil ? 0 : failed, lockedUntil };
    if (user) {
      await db.update(users).set({ failedLogins: after.failed, lockedUntil }).where(eq(users.id, user.id));
    } else rememberStranger(address, after);
    if (lockedUntil) throw new AppError('locked', { minutes: lockMinutes });
    throw new AppError('invalid_credentials');
  }
  if (user.failedLogins > 0 || user.lockedUntil) {
    await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  }
  return user;
}

/** Mails a single-use reset link valid for an hour; says nothing about whether the address exists. */
export async function requestPasswordReset(
  db: Db,
  mailer: Mailer,
  publicUrl: string,
  email: string,
): Promise<void> {
  const [row] = await db
    .select({ user: users, organisationName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.email, email.trim().toLowerCase()));
  if (!row || row.user.disabled) return;
  const token = newToken();
  await db.insert(passwordResets).values({
    tokenHash: hashToken(token),
    organisationId: row.user.organisationId,
    userId: row.user.id,
    expiresAt: new Date(Date.now() + 3600_000),
  });
  const link = `${publicUrl.replace(/\/$/, '')}/reset-password?token=${token}`;
  const lng = row.user.language;
  const params = { name: row.user.name, link, organisation: row.organisationName };
  await mailer.send(db, {
    organisationId: row.user.organisationId,
    to: row.user.email,
    subject: translate(lng, 'mail.reset_subject', params),
    body: translate(lng, 'mail.reset_body', params),
  });
}

/**
 * Uses a reset token once: sets the password, ends every session of the user and cancels the user's
 * other reset and invitation links, so an older mail cannot change the password again.
 */
export async function resetPassword(db: Db, token: string, password: string): Promise<void> {
  if (password.length < minPasswordLength) throw new AppError('weak_password');
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [reset] = await tx
      .update(passwordResets)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(passwordResets.tokenHash, hashToken(token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!reset) throw new AppError('reset_invalid');
    await tx
      .update(passwordResets)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResets.userId, reset.userId), isNull(passwordResets.usedAt)));
    await tx
      .update(users)
      .set({ passwordHash, failedLogins: 0, lockedUntil: null })
      .where(eq(users.id, reset.userId));
    await tx.delete(sessions).where(eq(sessions.userId, reset.userId));
    forgetCachedSessions(reset.userId);
  });
}
