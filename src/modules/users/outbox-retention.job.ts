import { writeAudit } from '../../core/audit';
import { systemActor } from '../../core/auth/access';
import { pruneOutbox } from '../../core/mail/outbox';
import type { ScheduledJob } from '../../core/scheduler';
import { addDays, localDate, startOfLocalDay } from '../../shared/time';

/** Daily: mail older than the retention period leaves the outbox, with its addresses and links. */
export const outboxRetentionJob: ScheduledJob = {
  name: 'users.outbox-retention',
  cron: '30 2 * * *',
  periodKey: (now) => localDate(now),
  run: async ({ db, config }, organisationId, periodKey) => {
    const cutoff = startOfLocalDay(addDays(periodKey, -config.outboxRetentionDays));
    const mails = await pruneOutbox(db, organisationId, cutoff);
    if (mails === 0) return;
    await writeAudit(db, systemActor(organisationId, 'retention'), {
      action: 'retention_delete',
      entity: 'outbox',
      after: { cutoff: cutoff.toISOString(), mails },
    });
  },
};
