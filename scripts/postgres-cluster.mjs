// A throwaway PostgreSQL cluster for the fault suite (scripts/test-faults.mjs), which stops it
// under load and starts it again on the same data; as root it runs as the `postgres` user. Where
// PostgreSQL's binaries are and a free port are shared with the test runner (scripts/test.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** PostgreSQL's binaries (15 or newer): LANTERN_PG_BINDIR, pg_config, or Debian's folders. */
export function postgresBinDir() {
  if (process.env.LANTERN_PG_BINDIR) return process.env.LANTERN_PG_BINDIR;
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromConfig.status === 0 && existsSync(join(fromConfig.stdout.trim(), 'initdb')))
    return fromConfig.stdout.trim();
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => Number(v) >= 15)
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions)
      if (existsSync(join(debian, v, 'bin', 'initdb'))) return join(debian, v, 'bin');
  }
  return null;
}

/**
 * Starts a cluster on a free port. fsync is off for speed: the suite kills Lantern, never
 * PostgreSQL, and stops PostgreSQL only cleanly (fast shutdown writes every commit out).
 */
export async function startCluster(binDir) {
  const isRoot = process.getuid?.() === 0;
  const runAs = isRoot ? ['runuser', '-u', 'postgres', '--'] : [];
  if (isRoot && spawnSync('id', ['postgres']).status !== 0) {
    throw new Error(
      'running as root needs the `postgres` user (Debian package postgresql) to start a cluster',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'lantern-faults-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const exec = (cmd, cmdArgs) => {
    const [first, ...rest] = [...runAs, join(binDir, cmd), ...cmdArgs];
    const result = spawnSync(first, rest, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
  };
  // Stopping and starting run beside the suite's load, so they must not block its event loop.
  const execAsync = (cmd, cmdArgs) =>
    new Promise((resolve, reject) => {
      const [first, ...rest] = [...runAs, join(binDir, cmd), ...cmdArgs];
      const child = spawn(first, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`${cmd} failed: ${stderr}`)),
      );
    });
  exec('initdb', [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const pgCtlStart = (run) =>
    run('pg_ctl', [
      '-D',
      dataDir,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
      'start',
    ]);
  pgCtlStart(exec);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** The server's log (the bench reads the statements an operation runs from it). */
    logFile: join(dir, 'server.log'),
    /** Starts the stopped server again on the same data and port. */
    start: () => pgCtlStart(execAsync),
    /** Fast shutdown: sessions are ended (57P01), then connections are refused. */
    stop: () => execAsync('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']),
    /** Stops the server (if it runs) and removes its files. */
    remove() {
      try {
        exec('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped.
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A streaming replica of a cluster from startCluster (docs/scaling.md, "A replica for reports"):
 * pg_basebackup -R copies the primary and writes standby.signal and primary_conninfo, and the
 * copy starts on its own port as a hot standby that answers read-only queries. The primary needs
 * wal_level replica or above (PostgreSQL's default) and a replication line in pg_hba.conf
 * (initdb --auth=trust writes one for 127.0.0.1).
 */
export async function startReplica(binDir, primaryUrl) {
  const isRoot = process.getuid?.() === 0;
  const runAs = isRoot ? ['runuser', '-u', 'postgres', '--'] : [];
  const primary = new URL(primaryUrl);
  const dir = mkdtempSync(join(tmpdir(), 'lantern-replica-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const exec = (cmd, cmdArgs) => {
    const [first, ...rest] = [...runAs, join(binDir, cmd), ...cmdArgs];
    const result = spawnSync(first, rest, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
  };
  try {
    exec('pg_basebackup', [
      '-D',
      dataDir,
      '-R',
      '-X',
      'stream',
      '--no-sync',
      // An immediate checkpoint: the default spread one waits most of checkpoint_timeout.
      '--checkpoint=fast',
      '-h',
      primary.hostname,
      '-p',
      primary.port,
      '-U',
      primary.username || 'postgres',
    ]);
    exec('pg_ctl', [
      '-D',
      dataDir,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c hot_standby=on`,
      'start',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** Stops the replica and removes its files. */
    remove() {
      try {
        exec('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped.
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
