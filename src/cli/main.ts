import { Option } from 'commander';
import { createAppContext, registerModules } from '../app';
import { type Config, loadConfig } from '../core/config';
import type { Database } from '../core/db/client';
import { DataDirInUseError } from '../core/db/data-dir-lock';
import { loadDemo } from '../demo/load-demo';
import { ensureWebBuilt } from './build-web';
import { addDataCommands } from './commands';
import {
  interruption,
  inUseMessage,
  openLocalDatabase,
  signalExitCode,
  withLocalDatabase,
} from './local-database';
import { cliMessage } from './messages';
import { newProgram, runProgram } from './run-program';
import type { CliRuntime } from './runtime';
import { prepareServer, serve } from './serve';
import { silentLog } from './silent-log';

const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
};
const runtime: CliRuntime = {
  ...io,
  errIsTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  withDatabase: withLocalDatabase,
};

/** Opens the database for a server; a directory held by another process ends the start with why. */
async function openForServer(config: Config): Promise<Database> {
  try {
    return await openLocalDatabase(config);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      io.err(`${inUseMessage(error, true)}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const program = newProgram(io);
const portOption = new Option('--port <port>', 'port to listen on').argParser((v) => Number.parseInt(v, 10));

program
  .command('start')
  .description('build the web app if missing, migrate, load the demo on first start, and serve')
  .addOption(portOption)
  .action(async (opts: { port?: number }) => {
    const config = loadConfig(process.env, opts.port !== undefined ? { port: opts.port } : {});
    await ensureWebBuilt(config.webRoot);
    registerModules();
    const database = await openForServer(config);
    const prepared = await prepareServer(config, database);
    const ctx = { ...createAppContext(config, database), db: database.db, log: silentLog };
    io.out(
      'Loading the demo organisation on first start (Ctrl-C interrupts it; it loads again next time)…\n',
    );
    try {
      const loaded = await prepared.lifecycle.during(
        loadDemo(ctx, ctx.config.clock(), (m, ms) => io.out(`  demo: ${m} loaded in ${ms} ms\n`)),
      );
      io.out(loaded ? 'Demo organisation loaded.\n' : 'The demo organisation is already there.\n');
    } catch (error) {
      // Interrupted by a signal: the lifecycle closes the database and exits.
      if (prepared.lifecycle.stopping) return new Promise<never>(() => {});
      throw error;
    }
    await serve(config, database, prepared, { printDemo: true });
  });

program
  .command('serve')
  .description('serve the web app and API')
  .addOption(portOption)
  .action(async (opts: { port?: number }) => {
    const config = loadConfig(process.env, opts.port !== undefined ? { port: opts.port } : {});
    const database = await openForServer(config);
    await serve(config, database, await prepareServer(config, database), { printDemo: false });
  });

addDataCommands(program, runtime);

const code = await runProgram(program, process.argv.slice(2), {
  out: io.out,
  err: (text) => {
    // A command stopped by a signal says so, not what the refused query said.
    if (!interruption()) io.err(text);
  },
});
const signal = interruption();
// A command whose work had all been done when the signal came (it was closing the database) saved it.
if (signal && code === 0) io.err(`${cliMessage('finishedFirst', { signal })}\n`);
else if (signal) {
  io.err(`${cliMessage('interrupted', { signal })}\n`);
  process.exit(signalExitCode(signal));
}
// A server keeps running after its action returned; every other command ends here.
const serving = ['start', 'serve'].includes(process.argv[2] ?? '') && code === 0;
if (!serving) process.exit(code);
