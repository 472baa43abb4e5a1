import type { AddressInfo } from 'node:net';
import { createAppContext, createServer } from '../app';
import type { Config } from '../core/config';
import type { Database } from '../core/db/client';
import { recoverStoppedImports } from '../core/import/import.service';
import { startScheduler } from '../core/scheduler';
import { demoUsers } from '../demo/load-demo';
import { modules } from '../modules';
import { demoPassword } from '../modules/users';
import { addDataCommands } from './commands';
import { type ControlServer, startControlServer } from './control';
import { cliMessage } from './messages';
import { newProgram, runProgram } from './run-program';
import type { CliRuntime } from './runtime';
import { ServerLifecycle, type ShutdownLog } from './shutdown';

const plainLog: ShutdownLog = {
  info: (message) => process.stdout.write(`${message}\n`),
  warn: (message) => process.stderr.write(`${message}\n`),
};

/**
 * A server that owns its database: signals stop it in order (ServerLifecycle), and when the
 * database is the embedded one, CLI commands reach it over the control socket.
 */
export async function prepareServer(config: Config, database: Database) {
  const lifecycle = new ServerLifecycle(database, plainLog);
  let control: ControlServer | undefined;
  if (database.lock) {
    control = await startControlServer(config.dataDir, (request, io) => {
      if (lifecycle.stopping) {
        io.err(`${cliMessage('serverStopping', { pid: process.pid })}\n`);
        return Promise.resolve(1);
      }
      const runtime: CliRuntime = {
        ...io,
        errIsTTY: request.errIsTTY,
        cwd: request.cwd,
        withDatabase: (_config, work) => work(database),
      };
      return runProgram(addDataCommands(newProgram(io), runtime), request.argv, io);
    });
    database.lock.advertise({ role: 'server', socket: control.path });
  }
  return { lifecycle, control };
}

export async function serve(
  config: Config,
  database: Database,
  prepared: Awaited<ReturnType<typeof prepareServer>>,
  options: { printDemo: boolean },
) {
  const { mailer } = createAppContext(config, database);
  const app = await createServer(config, database, mailer);
  const stopScheduler = startScheduler(
    { db: database.db, mailer, config, log: app.log },
    modules.flatMap((m) => m.jobs ?? []),
    (error) => app.log.error({ err: error }, 'scheduled job failed'),
  );
  prepared.lifecycle.serving(
    { stopScheduler, closeHttp: () => app.close(), closeControl: prepared.control?.close },
    { info: (m) => app.log.info(m), warn: (m) => app.log.warn(m) },
  );
  // Unseen rows of imports a stopped process cut off mid-publish: cleared in short steps, in the background.
  recoverStoppedImports(database.db).catch((error) =>
    app.log.error({ err: error }, 'clearing up stopped imports failed'),
  );
  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  database.lock?.advertise({ url });
  process.stdout.write(`\nGrannskap is running at ${url}\n`);
  process.stdout.write(`Links in e-mails, letters, QR codes and calendar feeds: ${config.publicUrl}\n`);
  if (options.printDemo) printDemoSignIns();
  process.stdout.write(`\nAPI documentation: ${url}/api/docs\n\n`);
}

function printDemoSignIns() {
  process.stdout.write(`\nDemo sign-ins (password for all: ${demoPassword}):\n`);
  for (const user of demoUsers) {
    const coordinator = 'coordinator' in user && user.coordinator ? 'EST coordinator' : null;
    const who = [user.name, user.partnerOrganisation, coordinator].filter(Boolean).join(', ');
    process.stdout.write(`  ${user.role.padEnd(8)} ${user.email.padEnd(34)} ${who}\n`);
  }
}
