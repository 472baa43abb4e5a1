import { readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** Who holds an embedded database directory, written beside the lock so a second process can say so. */
export type DataDirOwner = {
  pid: number;
  hostname: string;
  /** The command without its options (never a password): "grannskap import properties file.csv". */
  command: string;
  /** ISO instant the lock was taken. */
  since: string;
  /** 'server' once a running server accepts CLI commands on `socket`. */
  role: 'server' | 'cli';
  /** The server's local control socket (see src/cli/control.ts). */
  socket?: string;
  /** Where the server answers HTTP, for the message. */
  url?: string;
  /** Linux: the process start time (/proc/PID/stat field 22), so a reused pid is not taken for the owner. */
  processStart?: string;
};

export type DataDirLock = {
  readonly owner: DataDirOwner;
  /** Adds to the owner record (a server names its control socket once it listens). */
  advertise: (extra: Partial<Pick<DataDirOwner, 'role' | 'socket' | 'url'>>) => void;
  release: () => Promise<void>;
};

/** Thrown when another live process holds the directory; `owner` is null when it could not be read. */
export class DataDirInUseError extends Error {
  readonly code = 'data_dir_in_use';
  constructor(
    readonly dataDir: string,
    readonly owner: DataDirOwner | null,
  ) {
    super(`The database in ${dataDir} is in use by another process${owner ? ` (pid ${owner.pid})` : ''}`);
  }
}

const lockName = '.grannskap.lock';
const ownerName = '.grannskap-owner.json';
/** The holder touches the lock every 5 s; one untouched for a minute is stale (another host's holder died). */
const refreshMs = 5_000;
const staleMs = 60_000;
/** Between mkdir of the lock and writing the owner record; a lock this young without a record is being taken. */
const youngMs = 2_000;

export const lockPaths = (dataDir: string) => ({
  lock: join(dataDir, lockName),
  owner: join(dataDir, ownerName),
});

/** The command that took the lock, without options and their values (a `--password` must not be written). */
export function commandName(argv: string[] = process.argv.slice(2)): string {
  const firstOption = argv.findIndex((word) => word.startsWith('-'));
  const words = (firstOption === -1 ? argv : argv.slice(0, firstOption)).slice(0, 4);
  return ['grannskap', ...words].join(' ');
}

/** Linux only: field 22 of /proc/PID/stat, and whether the process is a zombie (dead, not yet reaped). */
function procStat(pid: number): { start: string; zombie: boolean } | null {
  if (process.platform !== 'linux') return null;
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: read after its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { start: fields[19] ?? '', zombie: fields[0] === 'Z' || fields[0] === 'X' };
  } catch {
    return null;
  }
}

/** Whether the recorded owner is still running (same host only: a pid means nothing on another). */
export function ownerAlive(owner: DataDirOwner): boolean {
  if (owner.pid === process.pid) return false; // we have not taken it, so a record naming us is left over
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false; // ESRCH: no such process
  }
  const stat = procStat(owner.pid);
  if (!stat) return process.platform !== 'linux'; // gone between the two checks, or no /proc to ask
  if (stat.zombie) return false;
  return !owner.processStart || owner.processStart === stat.start;
}

export function readOwner(dataDir: string): DataDirOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPaths(dataDir).owner, 'utf8')) as DataDirOwner;
    return typeof parsed.pid === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

function writeOwner(dataDir: string, owner: DataDirOwner): void {
  const { owner: path } = lockPaths(dataDir);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(owner, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

type Verdict = 'stale' | 'being-taken' | 'held';

function judge(owner: DataDirOwner | null, lockAgeMs: number): Verdict {
  if (owner && owner.hostname === hostname()) return ownerAlive(owner) ? 'held' : 'stale';
  if (lockAgeMs > staleMs) return 'stale';
  return owner ? 'held' : lockAgeMs < youngMs ? 'being-taken' : 'held';
}

/** Removes a stale lock, unless it was replaced since we looked (another starter took it meanwhile). */
function removeStaleLock(lockPath: string, seenInode: number): void {
  try {
    if (statSync(lockPath).ino === seenInode) rmdirSync(lockPath);
  } catch {
    // Already gone: someone else removed it first, which is what we wanted.
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the exclusive lock on an embedded database directory (proper-lockfile: an atomic mkdir,
 * refreshed every 5 s) and records who holds it. A lock whose owner died — SIGKILL, power cut —
 * is taken over at once when the owner was on this host (its pid is gone, or is another process
 * now), and after a minute without refresh otherwise. Throws DataDirInUseError while it is held.
 */
export async function lockDataDir(
  dataDir: string,
  options: { command?: string; onCompromised?: (error: Error) => void } = {},
): Promise<DataDirLock> {
  const paths = lockPaths(dataDir);
  for (let attempt = 0; ; attempt++) {
    try {
      const unlock = await lockfile.lock(dataDir, {
        lockfilePath: paths.lock,
        realpath: false,
        // proper-lockfile's own stale check goes by mtime alone, and a long query on the embedded
        // database can keep the event loop from refreshing it: we judge staleness ourselves (judge()).
        stale: 2 ** 31 - 1,
        update: refreshMs,
        onCompromised: options.onCompromised ?? (() => {}),
      });
      return heldLock(dataDir, unlock, options.command ?? commandName());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      const owner = readOwner(dataDir);
      if (attempt >= 5) throw new DataDirInUseError(dataDir, owner);
      let stat: ReturnType<typeof statSync>;
      try {
        stat = statSync(paths.lock);
      } catch {
        continue; // released meanwhile: try again
      }
      const verdict = judge(owner, Date.now() - stat.mtimeMs);
      if (verdict === 'held') throw new DataDirInUseError(dataDir, owner);
      if (verdict === 'stale') removeStaleLock(paths.lock, stat.ino);
      else await sleep(250);
    }
  }
}

function heldLock(dataDir: string, unlock: () => Promise<void>, command: string): DataDirLock {
  const owner: DataDirOwner = {
    pid: process.pid,
    hostname: hostname(),
    command,
    since: new Date().toISOString(),
    role: 'cli',
    processStart: procStat(process.pid)?.start,
  };
  writeOwner(dataDir, owner);
  // proper-lockfile removes its lock directory on exit (signal-exit); the record goes with it.
  const forgetOwner = () => rmSync(lockPaths(dataDir).owner, { force: true });
  process.once('exit', forgetOwner);
  let released = false;
  return {
    owner,
    advertise: (extra) => {
      Object.assign(owner, extra);
      writeOwner(dataDir, owner);
    },
    release: async () => {
      if (released) return;
      released = true;
      process.off('exit', forgetOwner);
      forgetOwner();
      await unlock();
    },
  };
}
