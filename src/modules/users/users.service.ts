import { and, asc, count, desc, eq, ilike, inArray, ne, or } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { userAreas, users } from '../../core/auth/auth.table';
import { hashPassword } from '../../core/auth/passwords';
import { forgetCachedSessions } from '../../core/auth/sessions';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { redactTokens } from '../../core/http/app';
import { outbox } from '../../core/mail/outbox.table';
import type { ServiceContext } from '../../core/module';
import { areas } from '../areas';
import { type Invite, mailInvitation } from './invitation';
import type { UserInput, UserPatch } from './users.contract';
import { userPermissions as p } from './users.policy';

function present(user: typeof users.$inferSelect, areaIds: string[]) {
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
  const rows = await db
    .select()
    .from(users)
    .where(eq(users.organisationId, actor.organisationId))
    .orderBy(asc(users.name));
  const links = await db.select().from(userAreas).where(eq(userAreas.organisationId, actor.organisationId));
  return rows.map((u) =>
    present(
      u,
      links.filter((l) => l.userId === u.id).map((l) => l.areaId),
    ),
  );
}

async function checkAreas(db: Db, actor: Actor, areaIds: string[]) {
  if (!areaIds.length) return;
  const found = await db
    .select({ id: areas.id })
    .from(areas)
    .where(and(eq(areas.organisationId, actor.organisationId), inArray(areas.id, areaIds)));
  if (found.length !== new Set(areaIds).size) throw new AppError('not_found');
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
    const [row] = await tx
      .insert(users)
      .values({
        organisationId: actor.organisationId,
        email: input.email,
        name: input.name,
        role: input.role,
        partnerOrganisation: input.partnerOrganisation ?? null,
        language: input.language,
        passwordHash,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('conflict', { what: input.email });
    if (input.areaIds.length) {
      await tx
        .insert(userAreas)
        .values(
          input.areaIds.map((areaId) => ({ organisationId: actor.organisationId, userId: row.id, areaId })),
        );
    }
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
    const [before] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, id), eq(users.organisationId, actor.organisationId)));
    if (!before) throw new AppError('not_found');
    const beforeAreas = (await tx.select().from(userAreas).where(eq(userAreas.userId, id))).map(
      (l) => l.areaId,
    );
    await keepAnAdmin(tx, before, patch);
    const { areaIds, ...fields } = patch;
    const [row] = Object.keys(fields).length
      ? await tx.update(users).set(fields).where(eq(users.id, id)).returning()
      : [before];
    if (areaIds) {
      await checkAreas(tx, actor, areaIds);
      await tx.delete(userAreas).where(eq(userAreas.userId, id));
      if (areaIds.length) {
        await tx
          .insert(userAreas)
          .values(areaIds.map((areaId) => ({ organisationId: actor.organisationId, userId: id, areaId })));
      }
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
async function keepAnAdmin(db: Db, before: typeof users.$inferSelect, patch: UserPatch) {
  const wasActiveAdmin = before.role === 'admin' && !before.disabled;
  const staysActiveAdmin = (patch.role ?? before.role) === 'admin' && !(patch.disabled ?? before.disabled);
  if (!wasActiveAdmin || staysActiveAdmin) return;
  const [others] = await db
    .select({ n: count() })
    .from(users)
    .where(
      and(
        eq(users.organisationId, before.organisationId),
        eq(users.role, 'admin'),
        eq(users.disabled, false),
        ne(users.id, before.id),
      ),
    );
  if (others.n === 0) throw new AppError('last_admin', {}, 409, 'users:errors.last_admin');
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
