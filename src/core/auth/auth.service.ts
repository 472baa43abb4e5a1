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

/** Checks e-mail and password; counts failures and locks the account for a while after too many. */
export async function checkCredentials(db: Db, email: string, password: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  if (!user || user.disabled) {
    await verifyPassword(null, password);
    throw new AppError('invalid_credentials');
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000);
    throw new AppError('locked', { minutes });
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failed = user.failedLogins + 1;
    const lockedUntil = failed >= maxFailedLogins ? new Date(Date.now() + lockMinutes * 60_000) : null;
    await db
      .update(users)
      .set({ failedLogins: lockedUntil ? 0 : failed, lockedUntil })
      .where(eq(users.id, user.id));
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

/** Uses a reset token once: sets the password, ends every session of the user. */
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
      .update(users)
      .set({ passwordHash, failedLogins: 0, lockedUntil: null })
      .where(eq(users.id, reset.userId));
    await tx.delete(sessions).where(eq(sessions.userId, reset.userId));
    forgetCachedSessions(reset.userId);
  });
}
