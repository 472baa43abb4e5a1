import { and, desc, eq, ilike, or } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { hashPassword } from '../../core/auth/passwords';
import { forgetCachedSessions } from '../../core/auth/sessions';
import {
  areaIdsOfUser,
  insertUser,
  otherActiveAdmins,
  setUserAreas,
  type User,
  updateUserFields,
  userAreaLinks,
  userInOrganisation,
  usersOfOrganisation,
} from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { redactTokens } from '../../core/http/app';
import { outbox } from '../../core/mail/outbox.table';
import type { ServiceContext } from '../../core/module';
import { assertAreasInOrganisation } from '../areas';
import { type Invite, mailInvitation } from './invitation';
import type { UserInput, UserPatch } from './users.contract';
import { userPermissions as p } from './users.policy';

function present(user: User, areaIds: string[]) {
  const {
    passwordHash: _h,
    failedLogins: _f,
    lockedUntil: _l,
    createdAt: _c,
    organisationId: _o,
    ...rest
  } = user;
  // Invited: the invitation has not been used yet, so the user cannot sign in.
  return { ...rest, invited: user.passwordHash === null, areaIds };
}

export async function listUsers({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['users.manage']);
  const rows = await usersOfOrganisation(db, actor.organisationId);
  const links = await userAreaLinks(db, actor.organisationId);
  return rows.map((u) =>
    present(
      u,
      links.filter((l) => l.userId === u.id).map((l) => l.areaId),
    ),
  );
}

async function checkAreas(db: Db, actor: Actor, areaIds: string[]) {
  await assertAreasInOrganisation(db, actor.organisationId, areaIds);
}

/** Creates a user; with `password` it is set directly (CLI), otherwise an invitation link is mailed. */
export async function createUser(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: UserInput & { password?: string },
  invite?: Invite,
) {
  assertCan(actor, p['users.manage']);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const created = await db.transaction(async (tx) => {
    await checkAreas(tx, actor, input.areaIds);
    const row = await insertUser(tx, {
      organisationId: actor.organisationId,
      email: input.email,
      name: input.name,
      role: input.role,
      partnerOrganisation: input.partnerOrganisation ?? null,
      language: input.language,
      passwordHash,
    });
    if (!row) throw new AppError('conflict', { what: input.email });
    if (input.areaIds.length) await setUserAreas(tx, actor.organisationId, row.id, input.areaIds);
    const after = present(row, input.areaIds);
    await writeAudit(tx, actor, { action: 'create', entity: 'user', entityId: row.id, after }, requestId);
    return { row, after };
  });
  // After the commit: with SMTP configured, sending must not hold the transaction open.
  if (invite && !passwordHash) await mailInvitation(db, invite, created.row);
  return created.after;
}

export async function updateUser(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  patch: UserPatch,
) {
  assertCan(actor, p['users.manage']);
  return db.transaction(async (tx) => {
    const before = await userInOrganisation(tx, actor.organisationId, id);
    if (!before) throw new AppError('not_found');
    const beforeAreas = await areaIdsOfUser(tx, id);
    await keepAnAdmin(tx, before, patch);
    const { areaIds, ...fields } = patch;
    const row = Object.keys(fields).length ? await updateUserFields(tx, id, fields) : before;
    if (areaIds) {
      await checkAreas(tx, actor, areaIds);
      await setUserAreas(tx, actor.organisationId, id, areaIds);
    }
    const after = present(row, areaIds ?? beforeAreas);
    await writeAudit(
      tx,
      actor,
      { action: 'update', entity: 'user', entityId: id, before: present(before, beforeAreas), after },
      requestId,
    );
    forgetCachedSessions(id);
    return after;
  });
}

/** Refuses a change that would leave the organisation without an active administrator. */
async function keepAnAdmin(db: Db, before: User, patch: UserPatch) {
  const wasActiveAdmin = before.role === 'admin' && !before.disabled;
  const staysActiveAdmin = (patch.role ?? before.role) === 'admin' && !(patch.disabled ?? before.disabled);
  if (!wasActiveAdmin || staysActiveAdmin) return;
  if ((await otherActiveAdmins(db, before.organisationId, before.id)) === 0)
    throw new AppError('last_admin', {}, 409, 'users:errors.last_admin');
}

/**
 * The organisation's latest 200 mails, newest first, optionally those whose recipient or subject
 * contains `search`. Once a mail has gone out over SMTP its single-use links
 * (password, invitation, survey) are hidden here: it reached its recipient, and nobody else needs it.
 */
export async function listOutbox({ db }: ServiceContext, actor: Actor, search?: string) {
  assertCan(actor, p['outbox.read']);
  const pattern = search ? `%${search.replace(/[%_\\]/g, '\\$&')}%` : null;
  const rows = await db
    .select()
    .from(outbox)
    .where(
      and(
        eq(outbox.organisationId, actor.organisationId),
        pattern ? or(ilike(outbox.to, pattern), ilike(outbox.subject, pattern)) : undefined,
      ),
    )
    .orderBy(desc(outbox.createdAt))
    .limit(200);
  return rows.map((mail) => (mail.sentAt ? { ...mail, body: redactTokens(mail.body) } : mail));
}
