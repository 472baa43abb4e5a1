import { and, eq, isNull, lt } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import type { ScheduledJob } from '../../core/scheduler';
import { addMonths, swedishToday } from '../../shared/time';
import { incidentReports, situationSettings } from './situation.table';

/** The first day still kept: the Swedish today minus the retention months (YYYY-MM-DD). */
export function retentionCutoff(today: Date, months: number): string {
  return addMonths(swedishToday(today), -months);
}

/**
 * Applies the organisation's retention: reports dated before the cut-off are deleted, or reduced
 * to counts (text, place and point removed; area, week, category and count kept for the statistics).
 */
export async function applyRetention(db: Db, organisationId: string, today: Date) {
  const [settings] = await db
    .select()
    .from(situationSettings)
    .where(eq(situationSettings.organisationId, organisationId));
  const months = settings?.retentionMonths ?? 24;
  const mode = settings?.retentionMode ?? 'reduce';
  const cutoff = retentionCutoff(today, months);
  const old = and(eq(incidentReports.organisationId, organisationId), lt(incidentReports.date, cutoff));
  return db.transaction(async (tx) => {
    const affected =
      mode === 'delete'
        ? await tx.delete(incidentReports).where(old).returning({ id: incidentReports.id })
        : await tx
            .update(incidentReports)
            .set({
              description: '',
              placeType: null,
              lat: null,
              lon: null,
              reportedBy: null,
              reducedAt: new Date(),
            })
            .where(and(old, isNull(incidentReports.reducedAt)))
            .returning({ id: incidentReports.id });
    if (affected.length) {
      await writeAudit(tx, systemActor(organisationId, 'retention'), {
        action: mode === 'delete' ? 'retention_delete' : 'retention_reduce',
        entity: 'situation_report',
        after: { cutoff, reports: affected.length },
      });
    }
    return { cutoff, mode, reports: affected.length };
  });
}

export const retentionJob: ScheduledJob = {
  name: 'situation.retention',
  cron: '30 2 * * *',
  periodKey: (now) => swedishToday(now),
  run: async ({ db, config }, organisationId) => {
    await applyRetention(db, organisationId, config.clock());
  },
};
