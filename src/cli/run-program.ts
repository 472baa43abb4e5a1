import { Command, CommanderError } from 'commander';
import { DatabaseClosingError } from '../core/db/pglite-gate';
import { AppError } from '../core/errors';
import { translate } from '../core/i18n/i18n';
import type { CommandIo } from './control';
import { cliLanguage, cliMessage } from './messages';
import { CliExit } from './runtime';

/**
 * A program that writes to `io` and throws instead of calling process.exit — a command run inside
 * the server must not end it. Set before any command is added: Commander copies these settings
 * to a subcommand when it is created.
 */
export function newProgram(io: CommandIo): Command {
  return new Command('grannskap')
    .description('Grannskap: social sustainability in the neighbourhoods')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
}

/** Runs a command line on a program made by newProgram; returns the exit code. */
export async function runProgram(program: Command, argv: string[], io: CommandIo): Promise<number> {
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CliExit) {
      if (error.message) io.err(`${error.message}\n`);
      return error.exitCode;
    }
    // Commander has already written its usage message.
    if (error instanceof CommanderError) return error.exitCode;
    if (closing(error)) {
      io.err(`${cliMessage('serverStopped')}\n`);
      return 1;
    }
    if (error instanceof AppError) {
      io.err(`grannskap: ${translate(cliLanguage(), error.messageKey, error.params)}\n`);
      return 1;
    }
    io.err(`grannskap: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** Whether the error is, or was caused by, the database refusing work because it is closing. */
export function closing(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) if (e instanceof DatabaseClosingError) return true;
  return false;
}
