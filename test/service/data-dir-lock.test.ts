// One process per PGlite data directory (issue 9): two `lantern start` on one directory each
// saw only their own writes and lost the other's. The lock rules (holders, stale locks, racing
// takers) run in this process; test/service/cli.test.ts shows a real server and a real second
// command.
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  DataDirectoryLockedError,
  lockDataDirectory,
  lockFileFor,
  takeOverStaleLock,
  type LockHolder,
} from '../../src/db/data-dir-lock.js';
import { openDatabase } from '../../src/db/open.js';
import { openPglite } from '../../src/db/pglite.js';
import { ENGINE, openTestDatabase, snapshotBlob, type TestDatabase } from '../support/database.js';

/** Above Linux's largest pid_max (2^22): never a running process. */
const DEAD_PID = 2 ** 22 + 1;
/** Linux's identity of this boot and of our pid namespace, where the machine has them. */
function linux(read: () => string): string | null {
  try {
    return read().trim();
  } catch {
    return null;
  }
}
const BOOT_ID = linux(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8'));
const PID_NS = linux(() => readlinkSync('/proc/self/ns/pid'));
const onPglite = { skip: ENGINE === 'postgres' ? 'PGlite only' : false };

let scratch: string;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'lantern-lock-'));
});
after(() => {
  rmSync(scratch, { recursive: true, force: true });
});

let fresh = 0;
/** A PGlite directory path of its own for each test (the directory itself need not exist). */
function newDirectory(): string {
  fresh += 1;
  const dataDir = join(scratch, `data-${String(fresh)}`);
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, 'pglite');
}

function writeLock(directory: string, holder: LockHolder): string {
  const path = lockFileFor(directory);
  writeFileSync(path, `${JSON.stringify(holder)}\n`);
  return path;
}

const readLock = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
const now = () => new Date().toISOString();

function expectLocked(action: () => unknown, message: RegExp): void {
  assert.throws(action, (error: unknown) => {
    assert.ok(error instanceof DataDirectoryLockedError, String(error));
    assert.match(error.message, message);
    return true;
  });
}

describe('one process per PGlite data directory', () => {
  test(
    'an open database holds the lock: opening it again is refused, close releases it, no backup carries it',
    onPglite,
    async () => {
      const directory = newDirectory();
      const dataDir = join(directory, '..');
      const lockPath = lockFileFor(directory);
      // The runner's migrated snapshot, unpacked on disk: what a restore does.
      const snapshot = process.env.LANTERN_TEST_PGLITE_SNAPSHOT;
      const db = await openPglite(directory, await snapshotBlob(snapshot));
      try {
        const holder = readLock(lockPath);
        assert.deepEqual(
          Object.keys(holder).sort(),
          ['bootId', 'host', 'pid', 'pidNamespace', 'startedAt'].filter(
            (key) =>
              (key !== 'bootId' || BOOT_ID !== null) && (key !== 'pidNamespace' || PID_NS !== null),
          ),
        );
        assert.equal(holder.bootId, BOOT_ID ?? undefined);
        assert.equal(holder.pidNamespace, PID_NS ?? undefined);
        assert.equal(holder.pid, process.pid);
        assert.equal(holder.host, hostname());
        assert.ok(Date.parse(holder.startedAt) <= Date.now());
        // Every command opens through openDatabase; the backup and restore commands through
        // openPglite. Both are refused while the lock is held, and leave it alone.
        await assert.rejects(
          openDatabase({ dataDir }),
          (error: unknown) =>
            error instanceof DataDirectoryLockedError && error.holder?.pid === process.pid,
        );
        await assert.rejects(openPglite(directory), /is already open in this process/);
        assert.deepEqual(readLock(lockPath), holder);

        const archive = Buffer.from(await (await db.raw.dumpDataDir('none')).arrayBuffer());
        assert.ok(archive.length > 100_000, 'the archive holds the database');
        assert.ok(!archive.includes(Buffer.from('.lock')), 'no lock file in the backup');
        assert.ok(!archive.includes(Buffer.from(JSON.stringify(holder))));
      } finally {
        await db.close();
      }
      assert.ok(!existsSync(lockPath), 'close removes the lock file');
    },
  );

  test('memory:// PGlite takes no lock, nor does PostgreSQL', async () => {
    const dataDir = join(newDirectory(), '..');
    if (ENGINE === 'pglite') {
      // Every other test file opens in-memory databases side by side; memory:// is the same.
      const snapshot = process.env.LANTERN_TEST_PGLITE_SNAPSHOT;
      const db = await openPglite('memory://', await snapshotBlob(snapshot));
      await db.close();
    } else {
      const database: TestDatabase = await openTestDatabase();
      try {
        const db = await openDatabase({ databaseUrl: database.url ?? '', dataDir });
        const other = await openDatabase({ databaseUrl: database.url ?? '', dataDir });
        await Promise.all([db.close(), other.close()]);
      } finally {
        await database.close();
      }
    }
    assert.ok(!existsSync(lockFileFor(join(dataDir, 'pglite'))));
    assert.ok(!existsSync(lockFileFor('memory://')), 'no lock for memory://');
  });

  test('a stale lock is taken over: a pid not running, an earlier boot, our own pid', () => {
    assert.throws(() => process.kill(DEAD_PID, 0), { code: 'ESRCH' });
    const stales: LockHolder[] = [
      { pid: DEAD_PID, host: hostname(), startedAt: now() },
      // Our own pid in a lock we do not hold: an earlier container process had it.
      { pid: process.pid, host: hostname(), startedAt: '2020-01-01T00:00:00.000Z' },
    ];
    // A running pid, but the machine has restarted since: the pid was reused.
    if (BOOT_ID !== null) {
      stales.push({
        pid: process.ppid,
        host: hostname(),
        startedAt: now(),
        bootId: 'an-earlier-boot',
      });
    }
    for (const stale of stales) {
      const directory = newDirectory();
      const path = writeLock(directory, stale);
      const lock = lockDataDirectory(directory);
      assert.equal(lock.path, path);
      const holder = readLock(path);
      assert.equal(holder.pid, process.pid, JSON.stringify(stale));
      assert.notEqual(holder.startedAt, stale.startedAt);
      lock.release();
      assert.ok(!existsSync(path));
      lock.release();
    }
  });

  test('a live holder, one on another host or in another container, or an unreadable lock is refused and left alone', () => {
    const cases: [LockHolder | string, RegExp][] = [
      [
        { pid: process.ppid, host: hostname(), startedAt: now() },
        new RegExp(
          `in use by Lantern process ${String(process.ppid)} on this host .*kill ${String(process.ppid)}.*use PostgreSQL`,
        ),
      ],
      [
        { pid: DEAD_PID, host: 'elsewhere.example', startedAt: now() },
        /in use by Lantern process 4194305 on host elsewhere\.example .*if it is no longer running .*remove .*pglite\.lock/,
      ],
      // Our boot and namespace: the running pid is checked, and is running.
      [
        {
          pid: process.ppid,
          host: hostname(),
          startedAt: now(),
          ...(BOOT_ID === null ? {} : { bootId: BOOT_ID }),
          ...(PID_NS === null ? {} : { pidNamespace: PID_NS }),
        },
        new RegExp(`in use by Lantern process ${String(process.ppid)} on this host`),
      ],
      ['', /pglite\.lock exists but is not a lock Lantern can read.*remove it/],
      ['{"pid":0,"host":"x","startedAt":"y"}', /is not a lock Lantern can read/],
      [`{"pid":-1,"host":"${hostname()}","startedAt":"y"}`, /is not a lock Lantern can read/],
    ];
    // In another container's pid namespace a pid cannot be checked, even one that looks dead.
    if (PID_NS !== null) {
      cases.push([
        { pid: DEAD_PID, host: hostname(), startedAt: now(), pidNamespace: 'pid:[1]' },
        /in use by Lantern process 4194305 in another container on this host .*remove .*pglite\.lock/,
      ]);
    }
    for (const [holder, message] of cases) {
      const directory = newDirectory();
      const path = lockFileFor(directory);
      const text = typeof holder === 'string' ? holder : `${JSON.stringify(holder)}\n`;
      writeFileSync(path, text);
      expectLocked(() => lockDataDirectory(directory), message);
      assert.equal(readFileSync(path, 'utf8'), text, 'the lock is untouched');
    }
  });

  test('two takers of one stale lock cannot both win', () => {
    const directory = newDirectory();
    const stale = { pid: DEAD_PID, host: hostname(), startedAt: now() };
    const path = writeLock(directory, stale);
    // The first taker wins; the second saw the same stale lock before it did, and acts on
    // that knowledge only after re-checking under the takeover file.
    const first = lockDataDirectory(directory);
    const text = readFileSync(path, 'utf8');
    expectLocked(() => takeOverStaleLock(directory, stale), /already open in this process/);
    assert.equal(readFileSync(path, 'utf8'), text, 'the winner keeps its lock');
    first.release();

    // While another process is taking over, a third one does not try.
    writeLock(directory, stale);
    const guard = `${path}.takeover`;
    writeFileSync(guard, JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: now() }));
    expectLocked(
      () => lockDataDirectory(directory),
      new RegExp(`another process \\(pid ${String(process.ppid)}\\) is taking over the stale lock`),
    );
    // A taker that died in the middle leaves its file: a person decides, not a race.
    writeFileSync(guard, JSON.stringify(stale));
    expectLocked(
      () => lockDataDirectory(directory),
      /stopped while taking over .*remove .*takeover/,
    );
    assert.equal(readLock(path).pid, DEAD_PID, 'the stale lock is still there');
    rmSync(guard);
    const taken = lockDataDirectory(directory);
    assert.ok(!existsSync(guard), 'the takeover file is removed');
    taken.release();
  });
});
