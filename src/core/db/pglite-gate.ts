import type { PGlite, Transaction } from '@electric-sql/pglite';

/** Thrown by a query once the database is closing: an open transaction then rolls back. */
export class DatabaseClosingError extends Error {
  readonly code = 'database_closing';
  constructor() {
    super('The database is closing: the unfinished work was rolled back');
  }
}

/** How long PGlite may keep the event loop before a query waits one turn of it. */
const maxBusyMs = 20;

export type QueryGate = {
  /** The client drizzle uses: every query passes the gate. */
  client: PGlite;
  /** From now on every query (also the next one inside a running transaction) fails. */
  refuse: () => void;
  /**
   * Transactions begun and not yet ended. One still open after refuse() is running code that makes
   * no query (PGlite's close waits for it to end).
   */
  openTransactions: () => number;
};

/**
 * PGlite runs each query synchronously on the main thread, and a chain of awaited queries (the
 * demo load, an import) resolves through microtasks only: timers, signals, sockets and HTTP wait
 * until the chain ends. Measured: SIGTERM during the demo load was handled after 12 s, so the
 * server could neither stop nor refresh its lock. The gate hands the loop back every 20 ms of
 * queries, and once the database is closing it refuses queries so that a long transaction rolls
 * back instead of holding close() up.
 */
export function gateQueries(raw: PGlite): QueryGate {
  let refused = false;
  let open = 0;
  let lastTurn = performance.now();
  const pass = async () => {
    if (performance.now() - lastTurn > maxBusyMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastTurn = performance.now();
    }
    if (refused) throw new DatabaseClosingError();
  };
  const gateTx = (tx: Transaction): Transaction =>
    withOverrides(tx, {
      query: async (...args: Parameters<Transaction['query']>) => {
        await pass();
        return tx.query(...args);
      },
      exec: async (...args: Parameters<Transaction['exec']>) => {
        await pass();
        return tx.exec(...args);
      },
    });
  const client = withOverrides(raw, {
    query: async (...args: Parameters<PGlite['query']>) => {
      await pass();
      return raw.query(...args);
    },
    exec: async (...args: Parameters<PGlite['exec']>) => {
      await pass();
      return raw.exec(...args);
    },
    transaction: async <T>(callback: (tx: Transaction) => Promise<T>) => {
      await pass();
      open++;
      try {
        return await raw.transaction((tx) => callback(gateTx(tx)));
      } finally {
        open--;
      }
    },
  });
  return {
    client,
    refuse: () => {
      refused = true;
    },
    openTransactions: () => open,
  };
}

/** The object with some methods replaced; the others stay bound to it (PGlite keeps #private state). */
function withOverrides<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(object, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof T];
      const value = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}
