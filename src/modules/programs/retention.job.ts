import type { ScheduledJob } from '../../core/scheduler';
import { swedishToday } from '../../shared/time';
import { applyRetention } from './erasure.service';

/** Every night: anonymise participants who left longer ago than the organisation's retention period. */
export const retentionJob: ScheduledJob = {
  name: 'programs.retention',
  cron: '30 2 * * *',
  // The key is the Swedish day, and it is the "today" the retention counts from.
  periodKey: (now) => swedishToday(now),
  run: async ({ db }, organisationId, periodKey) => {
    await applyRetention(db, organisationId, periodKey);
  },
};
