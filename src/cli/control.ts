import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The running server's local control socket: a CLI that finds the embedded database held by the
 * server sends its command line here, and the server runs the same command on the database it
 * already has open (docs/operations.md, "One process owns the embedded database"). One JSON
 * object per line: the request, then `out`/`err` text and finally the exit code.
 */
export type ControlRequest = { argv: string[]; cwd: string; errIsTTY: boolean };
type ControlReply = { out: string } | { err: string } | { exit: number };

export type CommandIo = { out: (text: string) => void; err: (text: string) => void };
export type RunCommand = (request: ControlRequest, io: CommandIo) => Promise<number>;

export type ControlServer = {
  path: string;
  /** Stops taking commands; resolves when those running have ended. */
  close: () => Promise<void>;
};

// Unix socket paths are limited to about 104 bytes; a deep data directory gets a private temp dir.
const maxSocketPath = 100;

export function controlSocketPath(dataDir: string): string {
  const dir = resolve(dataDir);
  if (process.platform === 'win32') {
    return `\\\\.\\pipe\\grannskap-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`;
  }
  const inside = join(dir, '.grannskap.sock');
  if (inside.length <= maxSocketPath) return inside;
  return join(mkdtempSync(join(tmpdir(), 'grannskap-')), 'control.sock');
}

/** Listens on the control socket (only its owner may connect) and runs each command it is sent. */
export async function startControlServer(dataDir: string, run: RunCommand): Promise<ControlServer> {
  const path = controlSocketPath(dataDir);
  // We hold the directory lock, so a socket file left here is a dead server's.
  if (process.platform !== 'win32') rmSync(path, { force: true });
  const running = new Set<Promise<unknown>>();
  const server = createServer((socket) => {
    const done = serveConnection(socket, run);
    running.add(done);
    void done.finally(() => running.delete(done));
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolveListen());
  });
  if (process.platform !== 'win32') chmodSync(path, 0o600);
  return {
    path,
    close: async () => {
      server.close();
      await Promise.allSettled([...running]);
    },
  };
}

async function serveConnection(socket: Socket, run: RunCommand): Promise<void> {
  socket.on('error', () => {}); // the CLI went away (Ctrl-C): the command still ends on its own
  const send = (reply: ControlReply) => {
    if (socket.writable) socket.write(`${JSON.stringify(reply)}\n`);
  };
  const lines = createInterface({ input: socket, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    let request: ControlRequest;
    try {
      request = JSON.parse(line) as ControlRequest;
      if (!Array.isArray(request.argv) || typeof request.cwd !== 'string') throw new Error('bad request');
    } catch {
      send({ err: 'grannskap: not a control request\n' });
      send({ exit: 1 });
      break;
    }
    const code = await run(request, {
      out: (text) => send({ out: text }),
      err: (text) => send({ err: text }),
    });
    send({ exit: code });
    break;
  }
  socket.end();
}

/** Thrown when the server's socket does not answer (it is stopping, or hangs). */
export class ControlUnavailableError extends Error {}

/** Sends a command to the running server, copies its output here and returns its exit code. */
export async function forwardToServer(path: string, request: ControlRequest, io: CommandIo): Promise<number> {
  const socket = createConnection(path);
  await new Promise<void>((resolveConnect, reject) => {
    socket.once('connect', resolveConnect);
    socket.once('error', (error) => reject(new ControlUnavailableError(error.message)));
  });
  socket.on('error', () => {}); // a server that stops mid-command ends the stream: handled below
  socket.write(`${JSON.stringify(request)}\n`);
  const lines = createInterface({ input: socket, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const reply = JSON.parse(line) as ControlReply;
    if ('out' in reply) io.out(reply.out);
    else if ('err' in reply) io.err(reply.err);
    else {
      socket.end();
      return reply.exit;
    }
  }
  // The server closed without an exit code: it stopped while running the command.
  return 1;
}
