import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { issuePasswordToken, userInOrganisation } from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { translate } from '../../core/i18n/i18n';
import type { Mailer } from '../../core/mail/mailer';
import { organisationName } from '../../core/organisations';
import { userPermissions as p } from './users.policy';

/**
 * How long an invitation link works. Longer than a password reset's hour: the colleague may open
 * the mail days later; the link is single-use and a new invitation can be sent at any time.
 */
export const invitationDays = 7;

export type Invite = { mailer: Mailer; publicUrl: string };
type Invitee = { id: string; organisationId: string; email: string; name: string; language: 'sv' | 'en' };

/**
 * Writes a single-use link to choose a password (it uses the password-reset tokens, so the reset
 * page and its rules apply) and mails it in the invitee's language; without SMTP it stays in the outbox.
 */
export async function mailInvitation(db: Db, invite: Invite, user: Invitee): Promise<void> {
  const token = await issuePasswordToken(db, user, invitationDays * 86_400_000);
  const organisation = await organisationName(db, user.organisationId);
  const link = `${invite.publicUrl.replace(/\/$/, '')}/reset-password?token=${token}&invitation=1`;
  const params = { name: user.name, link, organisation: organisation ?? '', days: invitationDays };
  await invite.mailer.send(db, {
    organisationId: user.organisationId,
    to: user.email,
    subject: translate(user.language, 'users:mail.invitation_subject', params),
    body: translate(user.language, 'users:mail.invitation_body', params),
  });
}

/** Sends a new invitation to a user who has not chosen a password yet (the old link may have expired). */
export async function resendInvitation(
  { db, requestId }: { db: Db; requestId?: string },
  actor: Actor,
  id: string,
  invite: Invite,
): Promise<void> {
  assertCan(actor, p['users.manage']);
  const user = await userInOrganisation(db, actor.organisationId, id);
  if (!user) throw new AppError('not_found');
  if (user.disabled) throw new AppError('user_disabled', {}, 409, 'users:errors.disabled');
  if (user.passwordHash) throw new AppError('user_active', {}, 409, 'users:errors.already_active');
  await writeAudit(
    db,
    actor,
    { action: 'invite', entity: 'user', entityId: user.id, after: { email: user.email } },
    requestId,
  );
  await mailInvitation(db, invite, user);
}
