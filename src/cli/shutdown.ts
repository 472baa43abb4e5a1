import { Worker } from 'node:worker_threads';
import type { Database } from '../core/db/client';

export type ShutdownLog = { info: (message: string) => void; warn: (message: string) => void };

/** What a running server stops, in order, when it is asked to. */
export type Stoppable = {
  /** Stops cron timers; resolves when the job runs in progress have ended. */
  stopScheduler?: () => Promise<void>;
  /** Stops listening; resolves when requests in flight have been answered. */
  closeHttp?: () => Promise<void>;
  /** Stops taking CLI commands; resolves when those running have ended. */
  closeControl?: () => Promise<void>;
};

/** Time given to requests, jobs and CLI commands in flight before their unfinished work is rolled back. */
export const graceMs = 5_000;
/** The hard limit: past it the process exits without closing the database (recovered at next start). */
export const hardLimitMs = 9_000;

/**
 * One PGlite statement runs synchronously on the main thread, and a long one (a big import's
 * set-based publish) keeps every timer there from firing. A worker thread is not held up by it:
 * half a second after the hard limit it kills the process, as a supervisor's SIGKILL would. The
 * next start takes the dead process's lock over and PostgreSQL's recovery drops what was not
 * committed.
 */
export function startWatchdog(afterMs: number): void {
  const code = `
    const { writeSync } = require('node:fs');
    setTimeout(() => {
      writeSync(2, 'grannskap: shutdown blocked by a long database statement for ${afterMs} ms: killing the process\\n');
      process.kill(${process.pid}, 'SIGKILL');
    }, ${afterMs});`;
  new Worker(code, { eval: true }).unref();
}

const sleep = (ms: number) => new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), ms));

/**
 * Stops a server within 10 s: the HTTP listener, the scheduler and the control socket stop taking
 * work and what is in flight may finish for 5 s; then the database refuses further queries, so
 * transactions still open roll back (all or nothing, as a crash would), and it is closed.
 * Before the server is up (migrations, the demo load at first start) there is nothing to wait
 * for: the database is interrupted at once.
 */
export class ServerLifecycle {
  private parts: Stoppable = {};
  private startup: Promise<unknown> = Promise.resolve();
  stopping: NodeJS.Signals | null = null;

  constructor(
    private readonly database: Database,
    private log: ShutdownLog,
  ) {
    const onSignal = (signal: NodeJS.Signals) => {
      if (this.stopping) {
        this.log.warn(`${signal} again: exiting at once`);
        process.exit(1);
      }
      void this.stop(signal);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }

  /** Work done before serving (the demo load): interrupted, not waited for, on a signal. */
  during<T>(work: Promise<T>): Promise<T> {
    this.startup = work.catch(() => {});
    return work;
  }

  /** The server is up: from now on a signal lets work in flight finish first. */
  serving(parts: Stoppable, log: ShutdownLog): void {
    this.parts = parts;
    this.log = log;
  }

  private async stop(signal: NodeJS.Signals): Promise<void> {
    this.stopping = signal;
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    setTimeout(() => {
      // A transaction still open here is held by code that made no query since the interrupt (work
      // between queries, as rendering letters once was): the database cannot be closed under it.
      const open = this.database.openTransactions();
      const held = open > 0 ? ` (${open} transaction(s) still open, held by work that makes no query)` : '';
      this.log.warn(
        `shutdown not finished after ${hardLimitMs} ms${held}: exiting without closing the database`,
      );
      process.exit(1);
    }, hardLimitMs);
    startWatchdog(hardLimitMs + 500);
    const { stopScheduler, closeHttp, closeControl } = this.parts;
    if (!closeHttp) {
      this.log.info(`${signal}: interrupting start-up; unfinished work (e.g. the demo load) is rolled back`);
      this.database.interrupt();
      await Promise.race([this.startup, sleep(graceMs)]);
    } else {
      this.log.info(`${signal}: shutting down; letting requests, jobs and commands in flight finish`);
      const drained = Promise.allSettled([stopScheduler?.(), closeHttp(), closeControl?.()]);
      if ((await Promise.race([drained, sleep(graceMs)])) === 'late') {
        this.log.warn(`work still running after ${graceMs} ms: rolling back what is unfinished`);
        this.database.interrupt();
        await Promise.race([drained, sleep(2_000)]);
      }
    }
    this.database.interrupt();
    await this.database.close();
    this.log.info(`stopped in ${elapsed()} ms: requests finished, jobs stopped, database closed`);
    process.exit(0);
  }
}
