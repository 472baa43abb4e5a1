import { and, eq } from 'drizzle-orm';
import { type Actor, assertCan } from '../auth/access';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { importJobs } from '../jobs.table';
import type { AnyImportKind } from './import-kind';
import { type ImportReport, runImport } from './run-import';

const kinds = new Map<string, AnyImportKind>();

export function registerImportKinds(list: AnyImportKind[]): void {
  for (const kind of list) kinds.set(kind.kind, kind);
}

export function importKind(name: string): AnyImportKind {
  const kind = kinds.get(name);
  if (!kind) throw new AppError('import_unknown_kind', { kind: name });
  return kind;
}

export function importKinds(): AnyImportKind[] {
  return [...kinds.values()];
}

/*
 * Imports running in this process, answered from memory: on the embedded database the import's
 * transaction holds the only connection, so a progress poll must not need the database.
 */
type RunningJob = {
  organisationId: string;
  kind: string;
  fileName: string;
  processed: number;
  total: number;
};
const running = new Map<string, RunningJob>();

/** Starts an import in the background and returns its job id; poll importJobStatus for progress. */
export async function startImportJob(
  db: Db,
  actor: Actor,
  kindName: string,
  file: { bytes: Uint8Array; name: string },
  requestId?: string,
): Promise<string> {
  const kind = importKind(kindName);
  assertCan(actor, kind.permission);
  const [job] = await db
    .insert(importJobs)
    .values({ organisationId: actor.organisationId, kind: kind.kind, fileName: file.name, status: 'running' })
    .returning({ id: importJobs.id });
  const live: RunningJob = {
    organisationId: actor.organisationId,
    kind: kind.kind,
    fileName: file.name,
    processed: 0,
    total: 1,
  };
  running.set(job.id, live);
  const onProgress = (processed: number, total: number) => {
    Object.assign(live, { processed, total });
  };
  void runImport(db, actor, kind, file, { onProgress, requestId })
    .then((report) => finishJob(db, job.id, report))
    .catch(async (error) => {
      await db
        .update(importJobs)
        .set({
          status: 'failed',
          errors: [{ row: 0, column: null, code: 'internal', message: String(error) }],
        })
        .where(eq(importJobs.id, job.id));
    })
    .finally(() => running.delete(job.id));
  return job.id;
}

async function finishJob(db: Db, jobId: string, report: ImportReport) {
  await db
    .update(importJobs)
    .set({
      status: report.status,
      totalRows: report.totalRows,
      processedRows: report.totalRows,
      errors: report.errors,
      summary: { ...report.summary, errorCount: report.errorCount },
    })
    .where(eq(importJobs.id, jobId));
}

export async function importJobStatus(db: Db, actor: Actor, jobId: string) {
  const live = running.get(jobId);
  if (live && live.organisationId === actor.organisationId) {
    const progress = Math.min(1, live.processed / Math.max(live.total, 1));
    return {
      id: jobId,
      kind: live.kind,
      fileName: live.fileName,
      status: 'running' as const,
      progress,
      totalRows: 0,
      errors: [],
      summary: null,
    };
  }
  const [job] = await db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, jobId), eq(importJobs.organisationId, actor.organisationId)));
  if (!job) throw new AppError('not_found');
  // A job still 'running' in the database but not in memory was cut off by a restart.
  if (job.status === 'running') return { ...job, status: 'failed' as const, progress: 1 };
  return { ...job, progress: 1 };
}
