import { type SQL, sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, organisationId, tenantKeys } from './db/columns';

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
  ...tenantKeys(),
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

/**
 * An import published in slices (src/core/import/publication.ts). The kind's rows carry this id and
 * stay out of every reader's sight while the state is 'writing' or 'discarded'; one short
 * transaction sets 'published'. A row is deleted once its import's leftovers are cleared away.
 */
export const importPublications = pgTable(
  'import_publications',
  {
    ...tenantKeys(),
    kind: text('kind').notNull(),
    state: text('state').$type<'writing' | 'published' | 'discarded'>().notNull(),
    /** The process writing it, "host pid": one that is gone on this host left it behind. */
    owner: text('owner').notNull(),
    /** Renewed by every slice: a 'writing' import not heard from for a while was cut off. */
    aliveAt: timestamp('alive_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    // One import of a kind per organisation writes at a time, whichever process runs it.
    uniqueIndex('import_publications_one_writing')
      .on(t.organisationId, t.kind)
      .where(sql`state = 'writing'`),
  ],
);

/**
 * The ids of imports not (yet) published, as a subquery. A reader of a sliced kind's table leaves
 * out rows whose import is in it, and keeps rows replaced by one that is.
 */
export const unpublishedImports: SQL = sql`(select id from import_publications where state <> 'published')`;
