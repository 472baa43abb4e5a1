import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organisationId } from './db/columns';

/** One row per job and period: the primary key is what makes a recurring job run once. */
export const jobRuns = pgTable(
  'job_runs',
  {
    organisationId: organisationId(),
    job: text('job').notNull(),
    periodKey: text('period_key').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.job, t.periodKey] })],
);

export type ImportRowError = { row: number; column: string | null; code: string; message: string };

export const importJobs = pgTable('import_jobs', {
  id: id(),
  organisationId: organisationId(),
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  /** Who started it (null for the command line): only they and the organisation's admins may read it. */
  startedBy: uuid('started_by'),
  status: text('status').$type<'running' | 'refused' | 'done' | 'failed'>().notNull(),
  totalRows: integer('total_rows').notNull().default(0),
  processedRows: integer('processed_rows').notNull().default(0),
  errors: jsonb('errors').$type<ImportRowError[]>().notNull().default([]),
  summary: jsonb('summary').$type<Record<string, number>>(),
  createdAt: createdAt(),
});
