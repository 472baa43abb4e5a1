/**
 * E-mail addresses for survey invitations, set by an admin against a household reference (the
 * household register holds a reference, never a name). Kept in this module's own table and used
 * only for invitations and reminders. The audit log records who set or erased which household's
 * address, with the address masked.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan, systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { forgetRecipient } from '../../core/mail/outbox';
import type { ServiceContext } from '../../core/module';
import { householdRegister, movedOutHouseholdIds, householdByRef as registeredHousehold } from '../areas';
import { safetyPermissions as p } from './safety-index.policy';
import { surveyInvitationEmails } from './safety-index.table';

/** "anna.berg@exempel.se" → "a***@e***.se": enough to tell two apart, not enough to write to. */
export function maskEmail(email: string | null): string | null {
  if (email === null) return null;
  const at = email.lastIndexOf('@');
  const local = at > 0 ? email.slice(0, at) : email;
  const domain = at > 0 ? email.slice(at + 1) : '';
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${local.slice(0, 1)}***@${host.slice(0, 1)}***${tld}`;
}

const maxLength = 254;
const addressPattern = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u;

/** The address as stored (trimmed, domain in lower case), or null when it is not an e-mail address. */
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim();
  if (email.length > maxLength || !addressPattern.test(email)) return null;
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}`;
}

/** The addresses of some households, by household id (for the monthly draw). */
export async function invitationEmails(
  db: Db,
  organisationId: string,
  householdIds: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < householdIds.length; i += 5000) {
    const rows = await db
      .select({ householdId: surveyInvitationEmails.householdId, email: surveyInvitationEmails.email })
      .from(surveyInvitationEmails)
      .where(
        and(
          eq(surveyInvitationEmails.organisationId, organisationId),
          inArray(surveyInvitationEmails.householdId, householdIds.slice(i, i + 5000)),
        ),
      );
    for (const r of rows) out.set(r.householdId, r.email);
  }
  return out;
}

/** A household that has moved out has no use for the survey any more: its address goes. */
export async function eraseEmailsOfMovedOut(db: Db, organisationId: string): Promise<number> {
  const erased = await db
    .delete(surveyInvitationEmails)
    .where(
      and(
        eq(surveyInvitationEmails.organisationId, organisationId),
        inArray(surveyInvitationEmails.householdId, movedOutHouseholdIds(db, organisationId)),
      ),
    )
    .returning({ householdId: surveyInvitationEmails.householdId, email: surveyInvitationEmails.email });
  for (const { email } of erased) await forgetRecipient(db, organisationId, email);
  if (erased.length > 0) {
    await writeAudit(db, systemActor(organisationId, 'safety-index.invitations'), {
      action: 'erase',
      entity: 'survey_invitation_email',
      after: { reason: 'moved_out', households: erased.length },
    });
  }
  return erased.length;
}

/** How many active households have an address. */
export async function invitationEmailCounts({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['safety-index.admin']);
  const households = householdRegister(db, actor.organisationId);
  const [row] = await db
    .select({
      households: sql<number>`count(*)::int`,
      withEmail: sql<number>`count(${surveyInvitationEmails.email})::int`,
    })
    .from(households)
    .leftJoin(
      surveyInvitationEmails,
      and(
        eq(surveyInvitationEmails.organisationId, actor.organisationId),
        eq(surveyInvitationEmails.householdId, households.id),
      ),
    )
    .where(eq(households.active, true));
  return { households: row?.households ?? 0, withEmail: row?.withEmail ?? 0 };
}

async function householdByRef(db: Db, organisationId: string, ref: string) {
  const h = await registeredHousehold(db, organisationId, ref);
  if (!h) {
    throw new AppError('not_found', { ref }, 404, 'safety-index:errors.unknown_household');
  }
  return h;
}

async function storedEmail(db: Db, organisationId: string, householdId: string) {
  const [row] = await db
    .select({ email: surveyInvitationEmails.email })
    .from(surveyInvitationEmails)
    .where(
      and(
        eq(surveyInvitationEmails.organisationId, organisationId),
        eq(surveyInvitationEmails.householdId, householdId),
      ),
    );
  return row?.email ?? null;
}

export type InvitationEmailView = {
  householdRef: string;
  areaName: string;
  active: boolean;
  /** Masked: the full address is never sent back. */
  email: string | null;
};

/** Whether a household has an address (masked), to check before changing it. */
export async function invitationEmailOf(
  { db }: ServiceContext,
  actor: Actor,
  ref: string,
): Promise<InvitationEmailView> {
  assertCan(actor, p['safety-index.admin']);
  const h = await householdByRef(db, actor.organisationId, ref);
  const email = await storedEmail(db, actor.organisationId, h.id);
  return { householdRef: h.ref, areaName: h.areaName, active: h.active, email: maskEmail(email) };
}

/**
 * Writes one household's address (null erases it), audited with masked values. Unchanged input
 * writes nothing. Used by the admin form and, row by row, by the `survey-emails` import.
 */
export async function writeInvitationEmail(
  tx: Db,
  actor: Actor,
  household: { id: string; ref: string },
  email: string | null,
  requestId?: string,
): Promise<'set' | 'erased' | 'unchanged'> {
  const before = await storedEmail(tx, actor.organisationId, household.id);
  if (before === email) return 'unchanged';
  // Mail already kept for the old address goes with it.
  if (before !== null) await forgetRecipient(tx, actor.organisationId, before);
  if (email === null) {
    await tx
      .delete(surveyInvitationEmails)
      .where(
        and(
          eq(surveyInvitationEmails.organisationId, actor.organisationId),
          eq(surveyInvitationEmails.householdId, household.id),
        ),
      );
  } else {
    await tx
      .insert(surveyInvitationEmails)
      .values({ organisationId: actor.organisationId, householdId: household.id, email })
      .onConflictDoUpdate({
        target: [surveyInvitationEmails.organisationId, surveyInvitationEmails.householdId],
        set: { email, updatedAt: new Date() },
      });
  }
  await writeAudit(
    tx,
    actor,
    {
      action: email === null ? 'erase' : 'set',
      entity: 'survey_invitation_email',
      entityId: household.id,
      before: { householdRef: household.ref, email: maskEmail(before) },
      after: { householdRef: household.ref, email: maskEmail(email) },
    },
    requestId,
  );
  return email === null ? 'erased' : 'set';
}

/** Sets (or, with null, erases) one household's address; refuses what is not an e-mail address. */
export async function setInvitationEmail(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: { householdRef: string; email: string | null },
): Promise<InvitationEmailView> {
  assertCan(actor, p['safety-index.admin']);
  const raw = input.email?.trim() ?? '';
  const email = raw === '' ? null : normaliseEmail(raw);
  if (raw !== '' && email === null) {
    throw new AppError('validation', {}, 400, 'safety-index:errors.not_email');
  }
  const h = await householdByRef(db, actor.organisationId, input.householdRef);
  if (email !== null && !h.active) {
    throw new AppError('validation', { ref: h.ref }, 400, 'safety-index:errors.moved_out');
  }
  await db.transaction((tx) => writeInvitationEmail(tx, actor, h, email, requestId));
  return { householdRef: h.ref, areaName: h.areaName, active: h.active, email: maskEmail(email) };
}
