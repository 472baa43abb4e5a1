import { and, eq, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { forgetRecipient } from '../../core/mail/outbox';
import type { ScheduledJob } from '../../core/scheduler';
import { swedishToday } from '../../shared/time';
import { feedbackReports } from './feedback.table';
import { contactRetentionDays } from './vocabulary';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Erases the tenant's e-mail and phone from reports closed `contactRetentionDays` or more before
 * `now`, and the answer mails to those addresses from the outbox. The report, its text, category,
 * area and dates stay: the counts and the indicators do not change.
 */
export async function eraseOldContacts(db: Db, organisationId: string, now: Date) {
  const cutoff = new Date(now.getTime() - contactRetentionDays * dayMs);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: feedbackReports.id, email: feedbackReports.contactEmail })
      .from(feedbackReports)
      .where(
        and(
          eq(feedbackReports.organisationId, organisationId),
          lte(feedbackReports.closedAt, cutoff),
          isNull(feedbackReports.contactErasedAt),
          or(isNotNull(feedbackReports.contactEmail), isNotNull(feedbackReports.contactPhone)),
        ),
      );
    if (!due.length) return { reports: 0 };
    await tx
      .update(feedbackReports)
      .set({ contactEmail: null, contactPhone: null, contactErasedAt: now })
      .where(
        inArray(
          feedbackReports.id,
          due.map((r) => r.id),
        ),
      );
    for (const email of new Set(due.flatMap((r) => (r.email ? [r.email] : []))))
      await forgetRecipient(tx, organisationId, email);
    await writeAudit(tx, systemActor(organisationId, 'retention'), {
      action: 'retention_erase_contact',
      entity: 'feedback_report',
      after: { cutoff: cutoff.toISOString(), reports: due.length },
    });
    return { reports: due.length };
  });
}

export const contactRetentionJob: ScheduledJob = {
  name: 'feedback.contact-retention',
  cron: '40 2 * * *',
  periodKey: (now) => swedishToday(now),
  run: async ({ db, config }, organisationId) => {
    await eraseOldContacts(db, organisationId, config.clock());
  },
};
