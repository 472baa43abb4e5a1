import type { Config } from '../core/config';
import { type Database, openDatabase } from '../core/db/client';
import { DataDirInUseError, lockPaths } from '../core/db/data-dir-lock';
import { ControlUnavailableError, forwardToServer } from './control';
import { cliMessage, ownerParams } from './messages';
import { CliExit, fail } from './runtime';
import { startWatchdog } from './shutdown';

/** Opens and migrates the database the configuration names, in this process. */
export async function openLocalDatabase(config: Config): Promise<Database> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onIdleError: (error) =>
      process.stderr.write(`database connection lost (it is reopened): ${error.message}\n`),
    onLockCompromised: (error) =>
      process.stderr.write(`the lock on ${config.dataDir} was lost (${error.message}): stop this process\n`),
  });
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** The translated message for a directory held by another process. */
export function inUseMessage(error: DataDirInUseError, serving: boolean): string {
  const { owner, dataDir } = error;
  if (!owner) return cliMessage('inUseUnknown', { dir: dataDir, lock: lockPaths(dataDir).lock });
  const params = ownerParams(dataDir, owner);
  if (serving && owner.role === 'server') return cliMessage('alreadyRunning', params);
  if (owner.role === 'server' && !owner.socket) return cliMessage('serverStarting', params);
  return cliMessage(serving ? 'alreadyRunning' : 'inUse', params);
}

let interruptedBy: NodeJS.Signals | null = null;
/** The signal that interrupted the command, if one did. */
export const interruption = () => interruptedBy;
const signalNumber = { SIGINT: 2, SIGTERM: 15 } as Record<string, number>;
export const signalExitCode = (signal: NodeJS.Signals) => 128 + (signalNumber[signal] ?? 15);

/**
 * A signal during a command rolls its unfinished work back (the database refuses further
 * queries, so the open transaction fails) and the database is closed before the process exits.
 */
function interruptOnSignal(database: Database): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (interruptedBy) process.exit(signalExitCode(signal));
    interruptedBy = signal;
    process.stderr.write(`\n${cliMessage('stopping', { signal })}\n`);
    // PostgreSQL rolls back what a closed connection left open.
    if (database.driver === 'postgres') process.exit(signalExitCode(signal));
    database.interrupt();
    setTimeout(() => process.exit(signalExitCode(signal)), 9_000).unref();
    startWatchdog(9_500);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

/**
 * Runs a command on the database: opened here, or — when a running server holds the embedded
 * database — the whole command line is passed to that server, which runs it on its open database.
 */
export async function withLocalDatabase<T>(
  config: Config,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  let database: Database;
  try {
    database = await openLocalDatabase(config);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    const owner = error.owner;
    if (owner?.role !== 'server' || !owner.socket) fail(inUseMessage(error, false));
    process.stderr.write(`${cliMessage('viaServer', { pid: owner.pid })}\n`);
    const request = {
      argv: process.argv.slice(2),
      cwd: process.cwd(),
      errIsTTY: Boolean(process.stderr.isTTY),
    };
    const io = { out: (t: string) => process.stdout.write(t), err: (t: string) => process.stderr.write(t) };
    try {
      throw new CliExit(await forwardToServer(owner.socket, request, io));
    } catch (forwardError) {
      if (forwardError instanceof ControlUnavailableError) {
        fail(cliMessage('serverGone', ownerParams(error.dataDir, owner)));
      }
      throw forwardError;
    }
  }
  const stopListening = interruptOnSignal(database);
  try {
    return await work(database);
  } finally {
    stopListening();
    await database.close();
  }
}
