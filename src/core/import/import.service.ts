import { and, eq } from 'drizzle-orm';
import { type Actor, assertCan } from '../auth/access';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { type Language, translate } from '../i18n/i18n';
import { type ImportRowError, importJobs } from '../jobs.table';
import type { AnyImportKind } from './import-kind';
import type { ImportProgressReport } from './progress';
import { recoverImports } from './publication';
import { ChangedMeanwhileError, type ImportReport, runImport } from './run-import';

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

/**
 * At start: discards what imports cut off mid-publish left (nobody sees it, but its keys are in
 * the way) and clears away what published ones left. Safe beside imports that run meanwhile.
 */
export function recoverStoppedImports(db: Db): Promise<number> {
  const sliced = importKinds().flatMap((k) =>
    k.staged?.sliced ? [{ kind: k.kind, clearing: k.staged.sliced }] : [],
  );
  return recoverImports(db, sliced);
}

/*
 * Imports running in this process, answered from memory: a progress poll needs no database, so it
 * is answered even while the publish transaction holds the embedded database's one connection.
 */
type RunningJob = {
  organisationId: string;
  startedBy: string | null;
  kind: string;
  fileName: string;
  progress: number;
  report: ImportProgressReport | null;
};
const running = new Map<string, RunningJob>();

/** Who may read a job and its error report: whoever started it, and the organisation's admins. */
function mayRead(actor: Actor, job: { organisationId: string; startedBy: string | null }): boolean {
  if (job.organisationId !== actor.organisationId) return false;
  return actor.role === 'admin' || (job.startedBy !== null && job.startedBy === actor.userId);
}

type FailureLog = { error: (details: object, message: string) => void };

/** Starts an import in the background and returns its job id; poll importJobStatus for progress. */
export async function startImportJob(
  db: Db,
  actor: Actor,
  kindName: string,
  file: { bytes: Uint8Array; name: string },
  options: { requestId?: string; log?: FailureLog } = {},
): Promise<string> {
  const kind = importKind(kindName);
  assertCan(actor, kind.permission);
  // One import of a kind per organisation at a time: staging look-ups assume no other import moves
  // the same rows meanwhile (the publish still checks, and refuses if one did).
  for (const job of running.values()) {
    if (job.organisationId === actor.organisationId && job.kind === kind.kind) {
      throw new AppError('import_busy', {}, 409, 'imports:busy');
    }
  }
  const [job] = await db
    .insert(importJobs)
    .values({
      organisationId: actor.organisationId,
      startedBy: actor.userId,
      kind: kind.kind,
      fileName: file.name,
      status: 'running',
    })
    .returning({ id: importJobs.id });
  const live: RunningJob = {
    organisationId: actor.organisationId,
    startedBy: actor.userId,
    kind: kind.kind,
    fileName: file.name,
    progress: 0,
    report: null,
  };
  running.set(job.id, live);
  const onProgress = (processed: number, total: number, report: ImportProgressReport) => {
    Object.assign(live, { progress: processed / Math.max(total, 1), report });
  };
  void runImport(db, actor, kind, file, { onProgress, requestId: options.requestId })
    .then((report) => finishJob(db, job.id, report))
    .catch((error) => failJob(db, job.id, actor.language, error, options.log))
    .finally(() => running.delete(job.id));
  return job.id;
}

async function finishJob(db: Db, jobId: string, report: ImportReport) {
  await db
    .update(importJobs)
    .set({
      status: report.status,
      totalRows: report.totalRows,
      // Rows that passed every check (all of them, and written, when done).
      processedRows: report.rowsValidated,
      errors: report.errors,
      summary: { ...report.summary, errorCount: report.errorCount },
    })
    .where(eq(importJobs.id, jobId));
}

/** A failure is logged in full on the server; the job keeps a translated message, never SQL text. */
async function failJob(db: Db, jobId: string, language: Language, error: unknown, log?: FailureLog) {
  const changed = error instanceof ChangedMeanwhileError;
  // Another process publishes the same kind for the organisation (publication.ts).
  const busy = error instanceof AppError && error.code === 'import_busy';
  if (!changed && !busy) log?.error({ err: error, jobId }, 'import failed');
  const code = changed ? 'changed_meanwhile' : busy ? 'busy' : 'internal';
  const failure: ImportRowError = {
    row: 0,
    column: null,
    code,
    message: translate(language, `imports:${code}`),
  };
  await db
    .update(importJobs)
    .set({ status: 'failed', errors: [failure] })
    .where(eq(importJobs.id, jobId))
    .catch((cause) => log?.error({ err: cause, jobId }, 'import failure not recorded'));
}

const noCounts = { rowsRead: 0, rowsValidated: 0, rowsWritten: 0, errorCount: 0, secondsLeft: null };

/** A job as its starter or an admin sees it: live counts while it runs, the report after. */
export async function importJobStatus(db: Db, actor: Actor, jobId: string) {
  const live = running.get(jobId);
  if (live && mayRead(actor, live)) {
    const report = live.report;
    return {
      id: jobId,
      kind: live.kind,
      fileName: live.fileName,
      status: 'running' as const,
      phase: report?.phase ?? ('reading' as const),
      progress: Math.min(1, live.progress),
      totalRows: 0,
      ...noCounts,
      ...(report && {
        rowsRead: report.rowsRead,
        rowsValidated: report.rowsValidated,
        rowsWritten: report.rowsWritten,
        errorCount: report.errorCount,
        secondsLeft: report.secondsLeft,
      }),
      errors: [],
      summary: null,
    };
  }
  const [job] = await db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, jobId), eq(importJobs.organisationId, actor.organisationId)));
  // Another user's job is not found rather than forbidden: its existence is not theirs to know.
  if (!job || !mayRead(actor, job)) throw new AppError('not_found');
  const { summary, errors } = job;
  const finished = {
    id: job.id,
    kind: job.kind,
    fileName: job.fileName,
    phase: 'done' as const,
    progress: 1,
    totalRows: job.totalRows,
    rowsRead: job.totalRows,
    rowsValidated: job.processedRows,
    rowsWritten: job.status === 'done' ? job.totalRows : 0,
    errorCount: summary?.errorCount ?? errors.length,
    secondsLeft: 0,
    errors,
    summary,
  };
  // A job still 'running' in the database but not in memory was cut off by a restart.
  if (job.status === 'running') return { ...finished, status: 'failed' as const };
  return { ...finished, status: job.status };
}
