import { Cron } from 'croner';
import { and, eq, isNull } from 'drizzle-orm';
import { jobRuns } from './jobs.table';
import type { AppContext } from './module';
import { organisations } from './organisation.table';

/** What a job may use: the database, the mailer (invitations, digests) and the configuration. */
export type JobContext = Pick<AppContext, 'db' | 'mailer' | 'config' | 'log'>;

/** A recurring job run once per organisation and period (e.g. monthly sampling, weekly digests). */
export type ScheduledJob = {
  name: string;
  /** Cron pattern for when to look for due work, e.g. '0 3 1 * *'. */
  cron: string;
  /** The period a run belongs to, e.g. '2026-11' for a monthly job: one run per key. */
  periodKey: (now: Date) => string;
  run: (ctx: JobContext, organisationId: string, periodKey: string) => Promise<void>;
};

/**
 * Claims (organisation, job, period) by inserting its row; the primary key makes a second
 * claim — another process, a restart, a retry — fail, so each job runs once per period.
 */
export async function runDueJob(
  ctx: JobContext,
  job: ScheduledJob,
  now = ctx.config.clock(),
): Promise<number> {
  const { db } = ctx;
  const periodKey = job.periodKey(now);
  const orgs = await db.select({ id: organisations.id }).from(organisations);
  let ran = 0;
  for (const org of orgs) {
    const claimed = await db
      .insert(jobRuns)
      .values({ organisationId: org.id, job: job.name, periodKey })
      .onConflictDoNothing()
      .returning();
    if (claimed.length === 0) continue;
    ran++;
    const where = and(
      eq(jobRuns.organisationId, org.id),
      eq(jobRuns.job, job.name),
      eq(jobRuns.periodKey, periodKey),
    );
    try {
      await job.run(ctx, org.id, periodKey);
      await db.update(jobRuns).set({ finishedAt: new Date() }).where(where);
    } catch (error) {
      await db
        .update(jobRuns)
        .set({ error: String(error) })
        .where(and(where, isNull(jobRuns.finishedAt)));
    }
  }
  return ran;
}

/**
 * Starts the cron timers; returns a stop function that stops them and resolves once the runs in
 * progress have ended (a shutdown waits for them before closing the database).
 */
export function startScheduler(
  ctx: JobContext,
  jobs: ScheduledJob[],
  onError: (error: unknown) => void,
): () => Promise<void> {
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  const runTracked = async (job: ScheduledJob): Promise<void> => {
    if (stopped) return;
    const run = runDueJob(ctx, job).then(() => {}, onError);
    running.add(run);
    void run.finally(() => running.delete(run));
    await run;
  };
  const timers = jobs.map((job) => new Cron(job.cron, { protect: true }, () => runTracked(job)));
  // Catch up at boot on anything due in the current period.
  for (const job of jobs) void runTracked(job);
  return async () => {
    stopped = true;
    for (const timer of timers) timer.stop();
    await Promise.allSettled([...running]);
  };
}
