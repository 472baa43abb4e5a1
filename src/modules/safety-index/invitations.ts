/**
 * The monthly draw and its invitations: letters (one printable PDF a month), e-mail where an
 * address is known, and one reminder with a fresh token. Tokens are 128 random bits; only their
 * hashes are stored.
 */
import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { systemActor } from '../../core/auth/access';
import { hashToken, newToken } from '../../core/auth/tokens';
import type { Config } from '../../core/config';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import type { Mailer } from '../../core/mail/mailer';
import type { JobContext, ScheduledJob } from '../../core/scheduler';
import { swedishMonth, swedishToday } from '../../shared/time';
import {
  activeHouseholds,
  areaRegister,
  householdInOrganisation,
  householdRegister,
  propertyRegister,
} from '../areas';
import { eraseEmailsOfMovedOut, invitationEmails } from './invitation-emails';
import { type Letter, lettersPdf, mailBody } from './letters';
import {
  surveyInvitationEmails,
  surveyInvitations,
  surveyLetters,
  surveySampling,
} from './safety-index.table';
import {
  assignSlots,
  cycleMonths,
  dueInMonth,
  monthIndex,
  monthOfIndex,
  type SamplingState,
} from './sampling';
import { settingsOf } from './settings';

/** 16 bytes = 128 bits of randomness, 22 characters in the link. */
export const tokenBytes = 16;

/** What sending invitations needs: the database, the mailer and the public URL the links point to. */
export type SurveyDelivery = { db: Db; mailer: Mailer; config: Pick<Config, 'publicUrl' | 'clock'> };

export const surveyLink = (publicUrl: string, token: string) => `${publicUrl.replace(/\/$/, '')}/s/${token}`;

type Frame = { id: string; areaId: string; ref: string; address: string; areaName: string };

async function frameOf(db: Db, organisationId: string): Promise<Frame[]> {
  return activeHouseholds(db, organisationId);
}

/** Gives new households of the frame their slot in the 24-month cycle; returns the state of the frame. */
export async function syncSamplingFrame(
  db: Db,
  organisationId: string,
  frame: readonly Frame[],
  seed: string,
) {
  const rows = await db
    .select()
    .from(surveySampling)
    .where(eq(surveySampling.organisationId, organisationId));
  const byId = new Map(rows.map((r) => [r.householdId, r]));
  const areaOf = new Map(frame.map((h) => [h.id, h.areaId]));
  // Slots held by households still in the frame (those who moved out leave theirs free).
  const held = rows
    .filter((r) => areaOf.has(r.householdId))
    .map((r) => ({ areaId: areaOf.get(r.householdId)!, slot: r.slot }));
  const newcomers = frame.filter((h) => !byId.has(h.id));
  const slots = assignSlots(seed, newcomers, held);
  const inserts = newcomers.map((h) => ({
    organisationId,
    householdId: h.id,
    slot: slots.get(h.id)!,
    lastInvitedMonth: null,
  }));
  for (let i = 0; i < inserts.length; i += 2000)
    await db.insert(surveySampling).values(inserts.slice(i, i + 2000));
  const state: SamplingState[] = frame.map((h) => {
    const r = byId.get(h.id);
    return {
      householdId: h.id,
      areaId: h.areaId,
      slot: r ? r.slot : slots.get(h.id)!,
      lastInvitedMonth: r?.lastInvitedMonth ?? null,
    };
  });
  return state;
}

/** Draws a month's sample and creates its invitations, letters and e-mails. Safe to call twice. */
export async function drawMonthlySample(
  { db, mailer, config }: SurveyDelivery,
  organisationId: string,
  month: string,
  now = config.clock(),
) {
  const settings = await settingsOf(db, organisationId);
  const frame = await frameOf(db, organisationId);
  const { rows, letters, mails } = await againIfTaken(month, async () => {
    // The frame's newcomers get their slots on their own: any later draw would give them the same.
    const state = await db.transaction(async (tx) => {
      const synced = await syncSamplingFrame(tx, organisationId, frame, settings.seed);
      await eraseEmailsOfMovedOut(tx, organisationId);
      return synced;
    });
    const due = dueInMonth(state, monthIndex(month));
    const expiresAt = expiryOf(now, settings.validDays);
    const batch = await invitationBatch(
      db,
      organisationId,
      month,
      due,
      frame,
      config.publicUrl,
      expiresAt,
      now,
    );
    const rendered = await renderLetters(batch.letters, 'invitation');
    await db.transaction(async (tx) => {
      await claimDue(
        tx,
        organisationId,
        month,
        due.map((d) => d.householdId),
      );
      for (let i = 0; i < batch.rows.length; i += 1000)
        await tx.insert(surveyInvitations).values(batch.rows.slice(i, i + 1000));
      // The letters are the only copy of the tokens: stored with the invitations, or neither.
      await storeLetters(tx, organisationId, month, 'invitation', rendered);
    });
    return batch;
  });
  await sendSurveyMails({ db, mailer }, organisationId, mails, 'invitation');
  return { invitations: rows.length, letters: letters.length, emails: mails.length };
}

/** When an invitation made now stops working. */
const expiryOf = (now: Date, validDays: number) => new Date(now.getTime() + validDays * 86_400_000);

/** A fresh token's survey link, and the hash stored in its place (the token itself is not kept). */
function freshLink(publicUrl: string) {
  const token = newToken(tokenBytes);
  return { link: surveyLink(publicUrl, token), tokenHash: hashToken(token) };
}

/** The invitations of the households due: a row each, a letter each, an e-mail where an address is known. */
async function invitationBatch(
  db: Db,
  organisationId: string,
  month: string,
  due: { householdId: string; areaId: string }[],
  frame: Awaited<ReturnType<typeof frameOf>>,
  publicUrl: string,
  expiresAt: Date,
  now: Date,
) {
  const emailOf = await invitationEmails(
    db,
    organisationId,
    due.map((d) => d.householdId),
  );
  const frameById = new Map(frame.map((h) => [h.id, h]));
  const letters: Letter[] = [];
  const mails: { to: string; link: string }[] = [];
  const rows = due.map((d) => {
    const { link, tokenHash } = freshLink(publicUrl);
    const h = frameById.get(d.householdId)!;
    letters.push({ address: h.address, areaName: h.areaName, ref: h.ref, link });
    const email = emailOf.get(d.householdId);
    if (email) mails.push({ to: email, link });
    const emailedAt = email ? now : null;
    return {
      organisationId,
      householdId: d.householdId,
      areaId: d.areaId,
      month,
      tokenHash,
      expiresAt,
      emailedAt,
    };
  });
  return { rows, letters, mails };
}

/**
 * Marks the households invited this month, in the draw's transaction. A draw of the month that ran
 * meanwhile has invited some of them (and printed their links): then nothing of this one is kept.
 */
async function claimDue(tx: Db, organisationId: string, month: string, ids: string[]) {
  const stillDue = or(
    isNull(surveySampling.lastInvitedMonth),
    lte(surveySampling.lastInvitedMonth, monthIndex(month) - cycleMonths),
  );
  let claimed = 0;
  for (let i = 0; i < ids.length; i += 5000) {
    const invited = await tx
      .update(surveySampling)
      .set({ lastInvitedMonth: monthIndex(month) })
      .where(
        and(
          eq(surveySampling.organisationId, organisationId),
          inArray(surveySampling.householdId, ids.slice(i, i + 5000)),
          stillDue,
        ),
      )
      .returning({ householdId: surveySampling.householdId });
    claimed += invited.length;
  }
  if (claimed !== ids.length) throw new TakenMeanwhile();
}

/** Another run of the month (a draw by hand beside the job) took some of the households meanwhile. */
class TakenMeanwhile extends Error {}

/** Runs a draw or a reminder run again, from what is left, when another run took its households. */
async function againIfTaken<T>(month: string, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof TakenMeanwhile)) throw error;
      if (attempt === 3) throw new AppError('conflict', { what: month });
    }
  }
}

/**
 * The letters' PDF, made before the transaction that stores it with their tokens: hundreds of pages
 * take seconds, and a transaction held open that long would hold the database with it (on PGlite
 * every other query waits, and a server asked to stop could not close it and roll the draw back).
 */
async function renderLetters(letters: readonly Letter[], kind: 'invitation' | 'reminder') {
  return letters.length === 0 ? null : { letters: letters.length, pdf: await lettersPdf(letters, kind) };
}

async function storeLetters(
  db: Db,
  organisationId: string,
  month: string,
  kind: 'invitation' | 'reminder',
  rendered: Awaited<ReturnType<typeof renderLetters>>,
) {
  if (!rendered) return;
  const { letters, pdf } = rendered;
  await db
    .insert(surveyLetters)
    .values({ organisationId, month, kind, letters, pdf })
    .onConflictDoUpdate({
      target: [surveyLetters.organisationId, surveyLetters.month, surveyLetters.kind],
      // A second draw in a month (only by hand) replaces the batch: print before drawing again.
      set: { letters, pdf, createdAt: new Date() },
    });
}

/**
 * One reminder for a month's unanswered, unexpired invitations: a fresh token (the first cannot be
 * recovered from its hash), by e-mail where known, otherwise in the month's reminder letters.
 */
export async function sendReminders(
  { db, mailer, config }: SurveyDelivery,
  organisationId: string,
  month: string,
  now = config.clock(),
) {
  const { open, letters, mails } = await againIfTaken(month, async () => {
    const open = await toRemind(db, organisationId, month, now);
    const letters: Letter[] = [];
    const mails: { to: string; link: string }[] = [];
    const reminders = open.map((inv) => {
      const { link, tokenHash } = freshLink(config.publicUrl);
      if (inv.email) mails.push({ to: inv.email, link });
      else letters.push({ address: inv.address, areaName: inv.areaName, ref: inv.ref, link });
      return { id: inv.id, tokenHash };
    });
    const rendered = await renderLetters(letters, 'reminder');
    await db.transaction(async (tx) => {
      for (const reminder of reminders) {
        const [reminded] = await tx
          .update(surveyInvitations)
          .set({ reminderTokenHash: reminder.tokenHash, reminderSentAt: now })
          // Not reminded meanwhile by another run, whose letter or mail holds the valid link then.
          .where(and(eq(surveyInvitations.id, reminder.id), isNull(surveyInvitations.reminderSentAt)))
          .returning({ id: surveyInvitations.id });
        if (!reminded) throw new TakenMeanwhile();
      }
      await storeLetters(tx, organisationId, month, 'reminder', rendered);
    });
    return { open, letters, mails };
  });
  await sendSurveyMails({ db, mailer }, organisationId, mails, 'reminder');
  return { reminders: open.length, letters: letters.length, emails: mails.length };
}

/** A month's invitations to remind: unanswered, unexpired, not reminded yet, the household still there. */
async function toRemind(db: Db, organisationId: string, month: string, now: Date) {
  const households = householdRegister(db, organisationId);
  const properties = propertyRegister(db, organisationId);
  const areas = areaRegister(db, organisationId);
  return db
    .select({
      id: surveyInvitations.id,
      householdId: surveyInvitations.householdId,
      email: surveyInvitationEmails.email,
      ref: households.ref,
      address: properties.address,
      areaName: areas.name,
    })
    .from(surveyInvitations)
    .innerJoin(households, eq(households.id, surveyInvitations.householdId))
    .innerJoin(properties, eq(properties.id, households.propertyId))
    .innerJoin(areas, eq(areas.id, surveyInvitations.areaId))
    .leftJoin(
      surveyInvitationEmails,
      and(
        eq(surveyInvitationEmails.organisationId, organisationId),
        eq(surveyInvitationEmails.householdId, surveyInvitations.householdId),
      ),
    )
    .where(
      and(
        eq(surveyInvitations.organisationId, organisationId),
        eq(surveyInvitations.month, month),
        // A household that has moved out since is not reminded (someone else lives there now).
        eq(households.active, true),
        isNull(surveyInvitations.usedAt),
        isNull(surveyInvitations.reminderSentAt),
        sql`${surveyInvitations.expiresAt} > ${now}`,
      ),
    );
}

/** Creates one invitation for a household now and returns its link (tests, and an admin's preview). */
export async function inviteHousehold(
  { db, config }: Pick<SurveyDelivery, 'db' | 'config'>,
  organisationId: string,
  householdId: string,
  now = config.clock(),
) {
  const settings = await settingsOf(db, organisationId);
  const h = await householdInOrganisation(db, organisationId, householdId);
  if (!h) throw new Error('household not found');
  const token = newToken(tokenBytes);
  await db.insert(surveyInvitations).values({
    organisationId,
    householdId,
    areaId: h.areaId,
    month: swedishMonth(now),
    tokenHash: hashToken(token),
    expiresAt: expiryOf(now, settings.validDays),
  });
  return { token, link: surveyLink(config.publicUrl, token) };
}

/** What a scheduled run did, in the audit log and the server log (an admin's run is audited by its route). */
async function recordRun(
  ctx: JobContext,
  organisationId: string,
  job: string,
  action: 'draw' | 'remind',
  after: Record<string, unknown>,
) {
  await writeAudit(ctx.db, systemActor(organisationId, job), {
    action,
    entity: 'survey_sample',
    after,
  });
  ctx.log.info({ organisationId, job, ...after }, 'safety survey');
}

export const invitationsJob: ScheduledJob = {
  name: 'safety-index.invitations',
  cron: '0 3 1 * *',
  periodKey: (now) => swedishMonth(now),
  run: async (ctx, organisationId, periodKey) => {
    const result = await drawMonthlySample(ctx, organisationId, periodKey);
    await recordRun(ctx, organisationId, invitationsJob.name, 'draw', { month: periodKey, ...result });
  },
};

/**
 * Reminders go out from the 15th for the month's invitations (at boot, for last month's until then);
 * the 15th and the month are Swedish.
 */
export const remindersJob: ScheduledJob = {
  name: 'safety-index.reminders',
  cron: '0 4 15 * *',
  periodKey: (now) => {
    const today = swedishToday(now);
    const month = today.slice(0, 7);
    return Number(today.slice(8, 10)) >= 15 ? month : monthOfIndex(monthIndex(month) - 1);
  },
  run: async (ctx, organisationId, periodKey) => {
    const result = await sendReminders(ctx, organisationId, periodKey);
    await recordRun(ctx, organisationId, remindersJob.name, 'remind', { month: periodKey, ...result });
  },
};

const mailSubjects = {
  invitation: 'Hur trygg känner du dig? / Safety survey',
  reminder: 'Påminnelse: trygghetsenkät / Reminder: safety survey',
} as const;

/** The e-mails of a draw or a reminder run, after their transaction: one per household with an address. */
async function sendSurveyMails(
  { db, mailer }: Pick<SurveyDelivery, 'db' | 'mailer'>,
  organisationId: string,
  mails: { to: string; link: string }[],
  kind: keyof typeof mailSubjects,
) {
  for (const m of mails)
    await mailer.send(db, {
      organisationId,
      to: m.to,
      subject: mailSubjects[kind],
      body: mailBody(m.link, kind),
    });
}
