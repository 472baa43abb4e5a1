import { addDataCommands } from '../src/cli/commands';
import { newProgram, runProgram } from '../src/cli/run-program';
import type { CliRuntime } from '../src/cli/runtime';
import type { Database } from '../src/core/db/client';

/**
 * `grannskap …` as the CLI runs a data command, on the test database and from `cwd`: the exit code
 * and what it wrote to stdout and stderr.
 */
export function cliOn(database: () => Database, cwd: string) {
  return async (...argv: string[]) => {
    const output = { out: '', err: '' };
    const io = {
      out: (s: string) => {
        output.out += s;
      },
      err: (s: string) => {
        output.err += s;
      },
    };
    const runtime: CliRuntime = {
      ...io,
      errIsTTY: false,
      cwd,
      withDatabase: (_config, work) => work(database()),
    };
    const code = await runProgram(addDataCommands(newProgram(io), runtime), argv, io);
    return { code, ...output };
  };
}
