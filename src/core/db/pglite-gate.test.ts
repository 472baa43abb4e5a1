import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from './client';
import { DatabaseClosingError } from './pglite-gate';

// In-memory PGlite starts in a few seconds (more on a loaded machine).
describe('the embedded database when it is closing', { timeout: 60_000 }, () => {
  it('cannot close under a transaction whose code makes no query, and names it', async () => {
    // PGlite's close() waits for an open transaction to end, and interrupt() only refuses the next
    // query: code inside a transaction that makes none (rendering a PDF, say) holds the shutdown up.
    const database = await openDatabase({ dataDir: 'memory://' });
    await database.db.execute(sql`create table t (n int)`);
    let finishWork = () => {};
    const work = new Promise<void>((resolve) => {
      finishWork = resolve;
    });
    const transaction = database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into t values (1)`);
      await work;
      await tx.execute(sql`insert into t values (2)`);
    });
    await vi.waitFor(() => expect(database.openTransactions()).toBe(1));

    database.interrupt();
    let closed = false;
    const closing = database.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([closed, database.openTransactions()]).toEqual([false, 1]);

    // The work ends, its next query is refused and the transaction rolls back: now it closes.
    finishWork();
    await expect(transaction).rejects.toSatisfy((error) => {
      for (let e = error; e instanceof Error; e = e.cause) if (e instanceof DatabaseClosingError) return true;
      return false;
    });
    await closing;
    expect([closed, database.openTransactions()]).toEqual([true, 0]);
  });
});
