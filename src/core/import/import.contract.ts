import { z } from 'zod';

/** The requests and answers of the one import pipeline; the web's only types for them. */

export const importKindList = z.array(
  z.object({
    kind: z.string(),
    /** The columns the file must have, or null for a kind that reads its own layout. */
    columns: z.array(z.string()).nullable(),
    maxBytes: z.number(),
    maxRows: z.number(),
  }),
);

export type ImportKindList = z.infer<typeof importKindList>;

export const importKindParam = z.object({ kind: z.string() });

export const importStarted = z.object({ jobId: z.string() });
export type ImportStarted = z.infer<typeof importStarted>;

export const importJobParam = z.object({ jobId: z.string().uuid() });

export const importJob = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  status: z.enum(['running', 'refused', 'done', 'failed']),
  /** reading: parsing, checking and staging the file; publishing: the one short transaction. */
  phase: z.enum(['reading', 'publishing', 'done']),
  /** 0–1 while running. */
  progress: z.number(),
  totalRows: z.number(),
  /** Data rows parsed so far. */
  rowsRead: z.number(),
  /** Rows that passed every check. */
  rowsValidated: z.number(),
  /** Rows written (staged while reading; all of them once published). */
  rowsWritten: z.number(),
  errorCount: z.number(),
  /** Estimate from the pace so far; null until there is one. */
  secondsLeft: z.number().nullable(),
  errors: z.array(
    z.object({ row: z.number(), column: z.string().nullable(), code: z.string(), message: z.string() }),
  ),
  summary: z.record(z.string(), z.number()).nullable(),
});
/** An import job as GET /api/v1/imports/jobs/:jobId reports it. */
export type ImportJob = z.infer<typeof importJob>;
