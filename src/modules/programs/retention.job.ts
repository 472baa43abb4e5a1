import type { ScheduledJob } from '../../core/scheduler';
import { applyRetention } from './erasure.service';

/** Every night: anonymise participants who left longer ago than the organisation's retention period. */
export const retentionJob: ScheduledJob = {
  name: 'programs.retention',
  cron: '30 2 * * *',
  periodKey: (now) => now.toISOString().slice(0, 10),
  run: async ({ db }, organisationId, periodKey) => {
    await applyRetention(db, organisationId, periodKey);
  },
};
