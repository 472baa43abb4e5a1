import type { Config } from '../core/config';
import type { Database } from '../core/db/client';

/** Ends a command with an exit code (and a message for stderr), wherever the command runs. */
export class CliExit extends Error {
  constructor(
    readonly exitCode: number,
    message = '',
  ) {
    super(message);
  }
}

/** Where a command writes, and how it reaches the database: locally, or inside the running server. */
export type CliRuntime = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether the user's stderr is a terminal (progress is shown only there). */
  errIsTTY: boolean;
  /** The user's working directory: file arguments are relative to it. */
  cwd: string;
  withDatabase: <T>(config: Config, work: (database: Database) => Promise<T>) => Promise<T>;
};

/** Stops the command with a message on stderr and exit code 1 (2 for a refused import). */
export function fail(message: string, exitCode = 1): never {
  throw new CliExit(exitCode, message);
}
