// One process per PGlite data directory. PGlite is PostgreSQL inside one process: a second
// process on the same files keeps its own buffers, and whichever writes last silently undoes
// the other's acknowledged records and breaks the audit chain. So opening a PGlite directory
// takes a lock file beside it (data/pglite.lock: outside the directory, so no backup carries
// it and a restore can replace the directory while holding it). A second opener refuses and
// names the holder; a lock whose process is gone is taken over. PostgreSQL needs none.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';

/** What a lock file holds: enough to find the holder, or to know it is gone. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** When the holding process started (ISO 8601). */
  readonly startedAt: string;
  /** Linux: this boot of the machine; a lock from an earlier boot is stale whatever its pid. */
  readonly bootId?: string;
  /** Linux: the pid namespace; in another one (a container) the pid cannot be checked. */
  readonly pidNamespace?: string;
}

/** A second process, or the same one twice, tried to open a locked directory. */
export class DataDirectoryLockedError extends Error {
  constructor(
    message: string,
    readonly holder: LockHolder | null,
  ) {
    super(message);
    this.name = 'DataDirectoryLockedError';
  }
}

export interface DataDirectoryLock {
  readonly directory: string;
  readonly path: string;
  /** Removes the lock file; a second call does nothing. */
  release(): void;
}

/** Locks this process holds, by lock file path, with the exact text written. */
const held = new Map<string, string>();

export function lockFileFor(directory: string): string {
  return `${resolve(directory)}.lock`;
}

function linuxIdentity(read: () => string): string | undefined {
  try {
    return read().trim() || undefined;
  } catch {
    return undefined;
  }
}

const BOOT_ID = linuxIdentity(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8'));
const PID_NAMESPACE = linuxIdentity(() => readlinkSync('/proc/self/ns/pid'));

function thisProcess(): LockHolder {
  return {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    ...(BOOT_ID === undefined ? {} : { bootId: BOOT_ID }),
    ...(PID_NAMESPACE === undefined ? {} : { pidNamespace: PID_NAMESPACE }),
  };
}

/**
 * Takes the lock on a PGlite directory, or throws DataDirectoryLockedError naming who holds
 * it and what to do. Synchronous, so it can also run while the process exits.
 */
export function lockDataDirectory(directory: string): DataDirectoryLock {
  const dir = resolve(directory);
  const path = lockFileFor(dir);
  mkdirSync(dirname(path), { recursive: true });
  const text = `${JSON.stringify(thisProcess())}\n`;
  // Twice at most: a lock released between our attempt and our read is simply gone.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (createExclusive(path, text)) return holding(dir, path, text);
    const holder = readHolder(path);
    if (holder === 'missing') continue;
    if (holder === 'unreadable') throw unreadable(dir, path);
    if (!isStale(path, holder)) throw locked(dir, path, holder);
    return takeOverStaleLock(dir, holder);
  }
  throw new DataDirectoryLockedError(
    `${dir} is being locked and unlocked by other processes; run this again in a moment.`,
    null,
  );
}

/**
 * Replaces a lock whose holder is gone. Two processes may see the same stale lock at once;
 * only one may win. The winner first creates a takeover file exclusively, then re-reads the
 * lock under it and removes it only if it is still the stale one it saw: nobody else removes
 * a lock file that is not theirs, so the check and the removal cannot be interleaved.
 */
export function takeOverStaleLock(directory: string, stale: LockHolder): DataDirectoryLock {
  const dir = resolve(directory);
  const path = lockFileFor(dir);
  const guard = `${path}.takeover`;
  const text = `${JSON.stringify(thisProcess())}\n`;
  if (!createExclusive(guard, text)) {
    const taker = readHolder(guard);
    if (typeof taker === 'object' && isStale(guard, taker)) {
      throw new DataDirectoryLockedError(
        `${guard} was left by process ${taker.pid}, which stopped while taking over a stale lock on ${dir}. ` +
          `If no Lantern process is starting on ${dir}, remove ${guard} and run this again.`,
        taker,
      );
    }
    throw new DataDirectoryLockedError(
      `another process${typeof taker === 'object' ? ` (pid ${taker.pid})` : ''} is taking over the stale lock on ${dir} right now; ` +
        'it will hold the database: stop it first, or run this again once it has finished.',
      typeof taker === 'object' ? taker : null,
    );
  }
  try {
    const current = readHolder(path);
    if (typeof current === 'object' && !sameHolder(current, stale)) {
      if (!isStale(path, current)) throw locked(dir, path, current);
      throw new DataDirectoryLockedError(
        `the lock on ${dir} changed while it was being taken over; run this again.`,
        current,
      );
    }
    if (current === 'unreadable') throw unreadable(dir, path);
    removeIfPresent(path);
    if (!createExclusive(path, text)) {
      const winner = readHolder(path);
      if (typeof winner === 'object') throw locked(dir, path, winner);
      throw unreadable(dir, path);
    }
    return holding(dir, path, text);
  } finally {
    removeIfPresent(guard);
  }
}

/** Creates path holding text, atomically: the file appears complete or not at all. */
function createExclusive(path: string, text: string): boolean {
  const draft = `${path}.${String(process.pid)}-${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(draft, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    removeIfPresent(draft);
  }
}

function readHolder(path: string): LockHolder | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<Record<keyof LockHolder, unknown>>;
    const { pid, host, startedAt, bootId, pidNamespace } = parsed;
    // A pid of 0 or below would make the liveness check signal a whole process group.
    if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return 'unreadable';
    if (typeof host !== 'string' || typeof startedAt !== 'string') return 'unreadable';
    if (bootId !== undefined && typeof bootId !== 'string') return 'unreadable';
    if (pidNamespace !== undefined && typeof pidNamespace !== 'string') return 'unreadable';
    return {
      pid,
      host,
      startedAt,
      ...(bootId === undefined ? {} : { bootId }),
      ...(pidNamespace === undefined ? {} : { pidNamespace }),
    };
  } catch {
    return 'unreadable';
  }
}

/**
 * Gone for sure, on this host only: the machine has restarted since (another boot id), or
 * the pid is not running in our pid namespace, or it is our own pid but not a lock we hold (an
 * earlier process of a restarted container had the same pid). Another host's process, or one
 * in another container's pid namespace, cannot be seen: never stale.
 */
function isStale(path: string, holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  if (holder.bootId !== undefined && BOOT_ID !== undefined && holder.bootId !== BOOT_ID) {
    return true;
  }
  if (!sameNamespace(holder)) return false;
  if (holder.pid === process.pid) return !held.has(path);
  return !isRunning(holder.pid);
}

function sameNamespace(holder: LockHolder): boolean {
  return (
    holder.pidNamespace === undefined ||
    PID_NAMESPACE === undefined ||
    holder.pidNamespace === PID_NAMESPACE
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: running, as another user.
    return errorCode(error) !== 'ESRCH';
  }
}

function sameHolder(a: LockHolder, b: LockHolder): boolean {
  return a.pid === b.pid && a.host === b.host && a.startedAt === b.startedAt;
}

function locked(dir: string, path: string, holder: LockHolder): DataDirectoryLockedError {
  const since = `since ${holder.startedAt}`;
  if (holder.host !== hostname() || !sameNamespace(holder)) {
    const where =
      holder.host === hostname() ? 'in another container on this host' : `on host ${holder.host}`;
    return new DataDirectoryLockedError(
      `${dir} is in use by Lantern process ${holder.pid} ${where} (${since}). ` +
        `Only one process may open a PGlite database. Stop that process; if it is no longer running ` +
        `(a container that was killed, restarted or replaced, say), remove ${path} and run this again.`,
      holder,
    );
  }
  if (holder.pid === process.pid) {
    return new DataDirectoryLockedError(
      `${dir} is already open in this process (pid ${holder.pid}); close it before opening it again.`,
      holder,
    );
  }
  return new DataDirectoryLockedError(
    `${dir} is in use by Lantern process ${holder.pid} on this host (${since}). ` +
      `Only one process may open a PGlite database: stop that process first (e.g. kill ${holder.pid}), ` +
      'then run this again. To run several processes, use PostgreSQL (DATABASE_URL).',
    holder,
  );
}

function unreadable(dir: string, path: string): DataDirectoryLockedError {
  return new DataDirectoryLockedError(
    `${path} exists but is not a lock Lantern can read. If no Lantern process is using ${dir}, ` +
      'remove it and run this again.',
    null,
  );
}

function holding(directory: string, path: string, text: string): DataDirectoryLock {
  held.set(path, text);
  watchProcess();
  let released = false;
  return {
    directory,
    path,
    release() {
      if (released) return;
      released = true;
      releaseFile(path, text);
      watchProcess();
    },
  };
}

function releaseFile(path: string, text: string): void {
  held.delete(path);
  try {
    // Only our own lock: never one that someone removed by hand and another process took.
    if (readFileSync(path, 'utf8') === text) unlinkSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function releaseAll(): void {
  for (const [path, text] of [...held]) releaseFile(path, text);
  watchProcess();
}

// A normal exit releases what is still held. A signal that nobody else handles would end the
// process without an 'exit' event: release, then die of the signal as if no one listened.
// When someone else handles it (`lantern start` closes the server, then the database), they
// release the lock on close, after the last write.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let watching = false;

function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return;
  releaseAll();
  process.kill(process.pid, signal);
}

function watchProcess(): void {
  if (held.size > 0 && !watching) {
    watching = true;
    process.on('exit', releaseAll);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  } else if (held.size === 0 && watching) {
    watching = false;
    process.off('exit', releaseAll);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : null;
}
