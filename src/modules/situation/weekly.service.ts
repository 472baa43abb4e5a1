import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { writeAudit } from '../../core/audit';
import type { Actor } from '../../core/auth/access';
import { userDirectory } from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { translate } from '../../core/i18n/i18n';
import type { Mailer } from '../../core/mail/mailer';
import type { ServiceContext } from '../../core/module';
import { localDate } from '../../shared/time';
import { requireAreaInOrganisation } from '../areas';
import { assertNoPersonalData } from './checks';
import { getSettings, loadLevels } from './config.service';
import { reportingDeadline } from './reports.service';
import type { gradeInput } from './situation.contract';
import { assertCoordinator } from './situation.policy';
import {
  counted,
  estWeeks,
  incidentReports,
  nothingToReport,
  partnerOrganisations,
  weeklyGrades,
} from './situation.table';

/** Per partner organisation: how many reports this week, or an explicit nothing to report. */
export async function partnerReporting(db: Db, organisationId: string, week: string) {
  const partners = await db
    .select({
      id: partnerOrganisations.id,
      name: partnerOrganisations.name,
      kind: partnerOrganisations.kind,
      contactEmail: partnerOrganisations.contactEmail,
    })
    .from(partnerOrganisations)
    .where(
      and(eq(partnerOrganisations.organisationId, organisationId), eq(partnerOrganisations.active, true)),
    )
    .orderBy(asc(partnerOrganisations.name));
  const counts = await db
    .select({ sourceId: incidentReports.sourceId, n: sql<number>`count(*)::int` })
    .from(incidentReports)
    .where(and(eq(incidentReports.organisationId, organisationId), eq(incidentReports.week, week)))
    .groupBy(incidentReports.sourceId);
  const nothing = await db
    .select({ sourceId: nothingToReport.sourceId })
    .from(nothingToReport)
    .where(and(eq(nothingToReport.organisationId, organisationId), eq(nothingToReport.week, week)));
  const nothingSet = new Set(nothing.map((n) => n.sourceId));
  return partners.map((partner) => {
    const reports = counts.find((c) => c.sourceId === partner.id)?.n ?? 0;
    const nothingFlag = nothingSet.has(partner.id);
    return { ...partner, reports, nothingToReport: nothingFlag, reported: reports > 0 || nothingFlag };
  });
}

export async function weekState(db: Db, organisationId: string, week: string) {
  const [row] = await db
    .select()
    .from(estWeeks)
    .where(and(eq(estWeeks.organisationId, organisationId), eq(estWeeks.week, week)));
  return row ?? null;
}

/** Who has and hasn't reported the week, and whether its window is still open. */
export async function reportingStatus({ db }: ServiceContext, actor: Actor, week: string, now: Date) {
  await assertCoordinator(db, actor);
  const settings = await getSettings(db, actor.organisationId);
  const deadline = reportingDeadline(week, settings.reportingWindowDays);
  const partners = await partnerReporting(db, actor.organisationId, week);
  const state = await weekState(db, actor.organisationId, week);
  return {
    week,
    open: now.getTime() <= deadline.getTime(),
    deadline: deadline.toISOString(),
    compiled: Boolean(state?.compiledAt),
    remindersSentAt: state?.remindersSentAt?.toISOString() ?? null,
    partners: partners.map(({ contactEmail: _c, ...rest }) => rest),
  };
}

/** E-mails every reporter (and the contact address) of each organisation that has not reported. */
export async function sendReminders(
  { db, requestId, mailer, publicUrl }: ServiceContext & { mailer: Mailer; publicUrl: string },
  actor: Actor,
  week: string,
) {
  await assertCoordinator(db, actor);
  const settings = await getSettings(db, actor.organisationId);
  const deadline = localDate(reportingDeadline(week, settings.reportingWindowDays));
  const missing = (await partnerReporting(db, actor.organisationId, week)).filter(
    (partner) => !partner.reported && partner.kind !== 'housing_company',
  );
  const people = userDirectory(db, actor.organisationId);
  const reporters = missing.length
    ? await db
        .select({
          email: people.email,
          language: people.language,
          partnerOrganisation: people.partnerOrganisation,
        })
        .from(people)
        .where(
          and(
            eq(people.role, 'partner'),
            eq(people.disabled, false),
            inArray(
              people.partnerOrganisation,
              missing.map((m) => m.name),
            ),
          ),
        )
    : [];
  let sent = 0;
  // Partners with neither a reporter account nor a contact address: the coordinator must call them.
  const unreachable: string[] = [];
  for (const partner of missing) {
    const recipients = new Map<string, 'sv' | 'en'>();
    for (const r of reporters)
      if (r.partnerOrganisation === partner.name) recipients.set(r.email, r.language);
    if (partner.contactEmail && !recipients.has(partner.contactEmail))
      recipients.set(partner.contactEmail, 'sv');
    if (!recipients.size) unreachable.push(partner.name);
    for (const [to, language] of recipients) {
      const params = { week, partner: partner.name, deadline, url: `${publicUrl}/situation/report` };
      await mailer.send(db, {
        organisationId: actor.organisationId,
        to,
        subject: translate(language, 'situation:mail.reminder_subject', params),
        body: translate(language, 'situation:mail.reminder_body', params),
      });
      sent++;
    }
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(estWeeks)
      .values({ organisationId: actor.organisationId, week, remindersSentAt: new Date() })
      .onConflictDoUpdate({
        target: [estWeeks.organisationId, estWeeks.week],
        set: { remindersSentAt: new Date() },
      });
    await writeAudit(
      tx,
      actor,
      {
        action: 'remind',
        entity: 'situation_week',
        entityId: null,
        after: { week, partners: missing.map((m) => m.name), sent, unreachable },
      },
      requestId,
    );
  });
  return { sent, partners: missing.map((m) => m.name), unreachable };
}

/** Compiles the week: every reviewed report becomes compiled and partners see the picture. */
export async function compileWeek({ db, requestId }: ServiceContext, actor: Actor, week: string) {
  await assertCoordinator(db, actor);
  const [waiting] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(incidentReports)
    .where(
      and(
        eq(incidentReports.organisationId, actor.organisationId),
        eq(incidentReports.week, week),
        eq(incidentReports.status, 'submitted'),
        counted(),
      ),
    );
  if (waiting.n > 0) {
    throw new AppError(
      'unreviewed_reports',
      { count: waiting.n },
      409,
      'situation:errors.unreviewed_reports',
    );
  }
  return db.transaction(async (tx) => {
    const compiled = await tx
      .update(incidentReports)
      .set({ status: 'compiled', updatedAt: new Date() })
      .where(
        and(
          eq(incidentReports.organisationId, actor.organisationId),
          eq(incidentReports.week, week),
          eq(incidentReports.status, 'reviewed'),
        ),
      )
      .returning({ id: incidentReports.id });
    const now = new Date();
    await tx
      .insert(estWeeks)
      .values({ organisationId: actor.organisationId, week, compiledAt: now, compiledBy: actor.name })
      .onConflictDoUpdate({
        target: [estWeeks.organisationId, estWeeks.week],
        set: { compiledAt: now, compiledBy: actor.name },
      });
    await writeAudit(
      tx,
      actor,
      { action: 'compile', entity: 'situation_week', after: { week, reports: compiled.length } },
      requestId,
    );
    return { week, compiled: compiled.length };
  });
}

/** The coordinator sets an area's grade for the week, with a rationale; the proposal is kept beside it. */
export async function setGrade(
  { db, requestId }: ServiceContext,
  actor: Actor,
  week: string,
  input: z.infer<typeof gradeInput>,
  proposedLevel: number | null,
) {
  await assertCoordinator(db, actor);
  assertNoPersonalData(input.rationale, actor.language, 'rationale');
  const levels = await loadLevels(db, actor.organisationId);
  if (!levels.some((l) => l.level === input.level)) {
    throw new AppError('validation', { details: `level ${input.level}` });
  }
  await requireAreaInOrganisation(db, actor.organisationId, input.areaId);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(weeklyGrades)
      .where(
        and(
          eq(weeklyGrades.organisationId, actor.organisationId),
          eq(weeklyGrades.week, week),
          eq(weeklyGrades.areaId, input.areaId),
        ),
      );
    const values = {
      level: input.level,
      rationale: input.rationale,
      proposedLevel,
      setBy: actor.userId,
      setByName: actor.name,
      setAt: new Date(),
    };
    const [row] = await tx
      .insert(weeklyGrades)
      .values({ organisationId: actor.organisationId, week, areaId: input.areaId, ...values })
      .onConflictDoUpdate({
        target: [weeklyGrades.organisationId, weeklyGrades.week, weeklyGrades.areaId],
        set: values,
      })
      .returning();
    await writeAudit(
      tx,
      actor,
      {
        action: before ? 'update' : 'create',
        entity: 'situation_grade',
        entityId: row.id,
        before: before ?? null,
        after: row,
      },
      requestId,
    );
    return { areaId: row.areaId, week: row.week, level: row.level, rationale: row.rationale, proposedLevel };
  });
}
