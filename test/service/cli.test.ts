// The `lantern` command as an administrator runs it, on real data directories: in-process
// through runLantern (src/cli/program.ts) with only the env given, and as a real process
// (bin/lantern.js) where the installed command itself is the point: help, an unknown command's
// exit code, and `start`.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertBuilt,
  LANTERN_BIN,
  LANTERN_NODE_ARGS,
  lanternInProcess,
} from '../support/lantern-bin.js';
import { after, before, describe, test } from 'node:test';
import { readDataset } from '../../src/cli/commands/directory.js';
import {
  ENGINE,
  openTestDatabase,
  seedPgliteDataDir,
  type TestDatabase,
} from '../support/database.js';

const root = new URL('../..', import.meta.url).pathname;
let dataDir: string;
let database: TestDatabase | null = null;

before(async () => {
  assertBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-cli-'));
  // On PostgreSQL the commands work on a database of their own; on PGlite, in dataDir, migrated
  // from the runner's snapshot (initdb and every migration cost some 9 CPU-seconds).
  if (ENGINE === 'postgres') database = await openTestDatabase();
  else await seedPgliteDataDir(dataDir);
});
after(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await database?.close();
});

/** The environment a command sees: the data directory or database, and `env`; nothing else. */
function commandEnv(env: Record<string, string>) {
  return {
    PATH: process.env.PATH,
    LANTERN_DATA_DIR: dataDir,
    ...(database?.url ? { DATABASE_URL: database.url } : {}),
    ...env,
  };
}

/** `lantern ARGS...` in this process. */
function lantern(args: readonly string[], env: Record<string, string> = {}) {
  return lanternInProcess(args, commandEnv(env));
}

/** `lantern ARGS...` as a real process, through bin/lantern.js. */
function spawned(args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [...LANTERN_NODE_ARGS, LANTERN_BIN, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: commandEnv(env),
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('lantern command line', () => {
  test('--help lists every command; each command has its own help', async () => {
    const help = spawned(['--help']);
    assert.equal(help.code, 0);
    for (const command of [
      'start',
      'migrate',
      'seed-demo',
      'init',
      'add-coordinator',
      'verify-audit',
      'backup',
      'restore',
    ]) {
      assert.match(help.out, new RegExp(`\\b${command}\\b`), command);
    }
    const backup = await lantern(['backup', '--help']);
    assert.equal(backup.code, 0);
    assert.match(backup.out, /--out <file>/);
    // In-process runs see only the env given them: no command reads process.env, or prints
    // past io, itself.
    const commands = join(root, 'src/cli/commands');
    for (const file of readdirSync(commands)) {
      assert.doesNotMatch(
        readFileSync(join(commands, file), 'utf8'),
        /process\.env|console\./,
        file,
      );
    }
  });

  test('an unknown command or a missing option is a clear error', async () => {
    const unknown = spawned(['frobnicate']);
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.err, /unknown command 'frobnicate'/);
    const missing = await lantern(['backup']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.err, /--out <file>/);
  });

  test('migrate applies once, then reports up to date', async () => {
    // On PGlite, an empty data directory of its own (the shared one starts migrated, from the
    // runner's snapshot): what a new installation's first `lantern migrate` prints. On
    // PostgreSQL the database is a copy of the runner's migrated template.
    const fresh: Record<string, string> =
      ENGINE === 'pglite' ? { LANTERN_DATA_DIR: join(dataDir, 'fresh') } : {};
    const first = await lantern(['migrate'], fresh);
    assert.equal(first.code, 0, first.err);
    assert.match(
      first.out,
      ENGINE === 'pglite' ? /migrations applied: 0001-foundation, / : /migrations: up to date/,
    );
    const second = await lantern(['migrate'], fresh);
    assert.equal(second.code, 0, second.err);
    assert.match(second.out, /migrations: up to date/);
  });

  test(
    'a command on a running server’s PGlite directory refuses, naming the server’s pid; SIGTERM releases it',
    {
      skip: ENGINE === 'postgres' ? 'PGlite only: PostgreSQL takes no lock' : false,
      timeout: 180_000,
    },
    async () => {
      const lockFile = join(dataDir, 'pglite.lock');
      const key = { LANTERN_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') };
      const server = spawn(
        process.execPath,
        [...LANTERN_NODE_ARGS, LANTERN_BIN, 'start', '--port', '0'],
        {
          cwd: root,
          env: { PATH: process.env.PATH, LANTERN_DATA_DIR: dataDir, ...key },
        },
      );
      const exited = new Promise<number | null>((done) => server.on('exit', done));
      let output = '';
      try {
        await new Promise<void>((ready, fail) => {
          const listen = (chunk: Buffer) => {
            output += chunk.toString();
            if (output.includes('is serving at')) ready();
          };
          server.stdout.on('data', listen);
          server.stderr.on('data', listen);
          server.on('exit', (code) => {
            fail(new Error(`the server stopped (${String(code)}): ${output}`));
          });
        });
        const holder = JSON.parse(readFileSync(lockFile, 'utf8')) as { pid: number; host: string };
        assert.equal(holder.pid, server.pid);
        assert.equal(holder.host, hostname());

        const backupFile = join(dataDir, 'refused.tar.gz');
        const second = await lantern(['backup', '--out', backupFile]);
        assert.equal(second.code, 1, second.err);
        const pid = String(server.pid);
        assert.match(
          second.err,
          new RegExp(`^lantern: \\S+/pglite is in use by Lantern process ${pid} on this host`),
        );
        assert.match(second.err, new RegExp(`stop that process first \\(e\\.g\\. kill ${pid}\\)`));
        assert.ok(!existsSync(backupFile), 'the refused command wrote nothing');
      } finally {
        server.kill('SIGTERM');
      }
      assert.equal(await exited, 0, output);
      assert.match(output, /SIGTERM, stopping/);
      assert.ok(!existsSync(lockFile), 'a stopped server leaves no lock behind');
    },
  );

  test('start outside demo mode refuses to run without a master key', async () => {
    const result = spawned(['start', '--port', '0']);
    assert.equal(result.code, 1);
    assert.match(result.err, /no master key: set LANTERN_MASTER_KEY/);
    const bad = spawned(['start', '--port', '0'], { LANTERN_MASTER_KEY: 'too-short' });
    assert.match(bad.err, /LANTERN_MASTER_KEY must hold 32 random bytes/);
    const port = await lantern(['start', '--port', 'eighty']);
    assert.notEqual(port.code, 0);
    assert.match(port.err, /a port is a whole number/);
  });

  test('init sets up a jurisdiction with an administrator and a one-time password', async () => {
    const key = { LANTERN_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') };
    const bad = await lantern(
      ['init', '--jurisdiction', 'Test County', '--admin-email', 'not-an-email'],
      key,
    );
    assert.equal(bad.code, 1);
    assert.match(bad.err, /--adminEmail: Invalid email/);
    const result = await lantern(
      [
        'init',
        '--jurisdiction',
        'Test County',
        '--state',
        'ca',
        '--admin-email',
        'it@test.example',
      ],
      key,
    );
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /one-time password [a-z2-9]{5}(-[a-z2-9]{5}){3}/);
    const again = await lantern(
      ['init', '--jurisdiction', 'Test County', '--admin-email', 'it2@test.example'],
      key,
    );
    assert.equal(again.code, 1);
    assert.match(again.err, /already exists/);
  });

  test('init with --coordinator-email makes the first coordinator; add-coordinator only while there is none', async () => {
    const key = { LANTERN_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') };
    const result = await lantern(
      [
        'init',
        '--jurisdiction',
        'Coordinated County',
        '--admin-email',
        'it@coordinated.example',
        '--coordinator-email',
        'lead@coordinated.example',
        '--coordinator-name',
        'Lead Coordinator',
      ],
      key,
    );
    assert.equal(result.code, 0, result.err);
    assert.match(
      result.out,
      /Coordinator lead@coordinated\.example: one-time password [a-z2-9]{5}(-[a-z2-9]{5}){3}/,
    );
    const bad = await lantern(
      ['add-coordinator', '--jurisdiction', 'Coordinated County', '--email', 'nope'],
      key,
    );
    assert.equal(bad.code, 1);
    assert.match(bad.err, /--email: Invalid email/);
    const second = await lantern(
      [
        'add-coordinator',
        '--jurisdiction',
        'Coordinated County',
        '--email',
        'two@coordinated.example',
      ],
      key,
    );
    assert.equal(second.code, 1);
    assert.match(second.err, /has a coordinator/);
  });

  test(
    'seed-demo, verify-audit, backup and restore round-trip',
    { skip: ENGINE === 'postgres' && !hasPgDump() },
    async () => {
      const seeded = await lantern(['seed-demo']);
      assert.equal(seeded.code, 0, seeded.err);
      assert.match(seeded.out, /admin@demo\.test/);
      const verified = await lantern(['verify-audit']);
      assert.equal(verified.code, 0, verified.err);
      const before = /^ok (\d+) events$/m.exec(verified.out);
      assert.ok(before, verified.out);

      const file = join(dataDir, 'backup.bin');
      const backup = await lantern(['backup', '--out', file]);
      assert.equal(backup.code, 0, backup.err);

      // A change after the backup, which the restore must undo.
      const key = { LANTERN_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') };
      assert.equal(
        (
          await lantern(
            [
              'init',
              '--jurisdiction',
              'After Backup County',
              '--admin-email',
              'later@test.example',
            ],
            key,
          )
        ).code,
        0,
      );
      const grown = /^ok (\d+) events$/m.exec((await lantern(['verify-audit'])).out);
      assert.ok(grown && Number(grown[1]) > Number(before[1]));

      const refused = await lantern(['restore', '--from', file]);
      assert.equal(refused.code, 1);
      assert.match(refused.err, /add --force/);
      const restored = await lantern(['restore', '--from', file, '--force']);
      assert.equal(restored.code, 0, restored.err);
      const after = await lantern(['verify-audit']);
      assert.equal(after.out.trim(), `ok ${before[1]} events`);
      const missing = await lantern(['restore', '--from', join(dataDir, 'nope.bin')]);
      assert.match(missing.err, /no backup file/);
    },
  );
});

describe('import-hsds and export-hsds', () => {
  const examples = join(root, 'vendor/hsds-3.0/examples/csv');
  const forTest = ['--jurisdiction', 'Test County'];

  test('--jurisdiction: required with more than one jurisdiction, and it must name one', async () => {
    // Earlier tests made Test County (and seeded Demo and Neighbor County); one more, to be sure.
    const key = { LANTERN_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') };
    assert.equal(
      (
        await lantern(
          ['init', '--jurisdiction', 'Second County', '--admin-email', 'it@second.example'],
          key,
        )
      ).code,
      0,
    );
    const help = await lantern(['import-hsds', '--help']);
    assert.match(help.out, /--jurisdiction <id\|name>/);
    assert.match(help.out, /required when the database holds more than one/);
    const missing = await lantern(['import-hsds', examples]);
    assert.equal(missing.code, 1);
    assert.match(
      missing.err,
      /this database holds \d+ jurisdictions \(.*Second County.*\): say which the import is for with --jurisdiction/,
    );
    const unknown = await lantern(['import-hsds', examples, '--jurisdiction', 'Nowhere County']);
    assert.equal(unknown.code, 1);
    assert.match(
      unknown.err,
      /--jurisdiction: no jurisdiction "Nowhere County"; there are: .*Test County/,
    );
    const empty = await lantern(['import-hsds', examples, '--jurisdiction']);
    assert.notEqual(empty.code, 0);
    assert.match(empty.err, /option '--jurisdiction <id\|name>' argument missing/);
    const exported = await lantern(['export-hsds', join(dataDir, 'nothing-yet')]);
    assert.equal(exported.code, 0, 'export needs no jurisdiction');
  });

  test('the official examples import, and export writes the datapackage back', async () => {
    const checked = await lantern(['import-hsds', examples, '--dry-run', ...forTest]);
    assert.equal(checked.code, 0, checked.err);
    assert.match(checked.out, /Checked 21 rows: all valid \(dry run, nothing written\)/);
    const imported = await lantern(['import-hsds', examples, '--jurisdiction', 'test county']);
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.out, /Imported 21 of 21 rows for Test County\./);
    assert.match(imported.out, /warning organizations\.csv:2: parent_organization_id/);
    const out = join(dataDir, 'exported');
    const exported = await lantern(['export-hsds', out]);
    assert.equal(exported.code, 0, exported.err);
    const services = readFileSync(join(out, 'services.csv'), 'utf8');
    assert.match(services, /ac148810-d857-441c-9679-408f346de14b,.*Community Counselling/);
    const json = await lantern(['export-hsds', join(dataDir, 'hsds.json'), '--format', 'json']);
    assert.equal(json.code, 0, json.err);
    const tables = JSON.parse(readFileSync(join(dataDir, 'hsds.json'), 'utf8')) as Record<
      string,
      unknown[]
    >;
    // (Earlier tests seeded the demo county into the same database, with its directory.)
    assert.ok(
      (tables['services.csv'] as { id: string }[]).some(
        (r) => r.id === 'ac148810-d857-441c-9679-408f346de14b',
      ),
    );
    // The export holds other counties' records too: identical, so they change nothing.
    const again = await lantern(['import-hsds', join(dataDir, 'hsds.json'), ...forTest]);
    assert.equal(again.code, 0, again.out + again.err);
    assert.match(again.out, /identical to what is stored/);
  });

  test("another jurisdiction's change is refused with its records, exit code 1, nothing written", async () => {
    const changed = join(dataDir, 'changed');
    mkdirSync(changed, { recursive: true });
    const services = readFileSync(join(examples, 'services.csv'), 'utf8').replace(
      'Community Counselling',
      'Taken Over',
    );
    writeFileSync(join(changed, 'services.csv'), services);
    for (const flags of [[], ['--partial'], ['--dry-run']]) {
      const refused = await lantern([
        'import-hsds',
        changed,
        '--jurisdiction',
        'Second County',
        ...flags,
      ]);
      assert.equal(refused.code, 1, flags.join(' '));
      assert.match(
        refused.out,
        /refused services\.csv:2: service ac148810-d857-441c-9679-408f346de14b belongs to Test County \(update\)/,
      );
      assert.match(
        refused.out,
        /Nothing written: 1 rows would change records other jurisdictions own/,
      );
    }
    const out = join(dataDir, 'after-refusal');
    assert.equal((await lantern(['export-hsds', out])).code, 0);
    assert.match(readFileSync(join(out, 'services.csv'), 'utf8'), /Community Counselling/);
    assert.doesNotMatch(readFileSync(join(out, 'services.csv'), 'utf8'), /Taken Over/);
    // The owner makes the same change.
    const owner = await lantern(['import-hsds', changed, ...forTest]);
    assert.equal(owner.code, 0, owner.out + owner.err);
  });

  test('a broken file is refused with file:line: reason, exit code 1, nothing written', async () => {
    const broken = join(dataDir, 'broken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(
      join(broken, 'services.csv'),
      'id,organization_id,name,status\n' +
        '99999999-9999-4999-8999-999999999999,44444444-4444-4444-8444-444444444444,Orphan,active\n',
    );
    const refused = await lantern(['import-hsds', broken, ...forTest]);
    assert.equal(refused.code, 1);
    assert.match(
      refused.out,
      /error services\.csv:2: organization_id 44444444-4444-4444-8444-444444444444 names no organization/,
    );
    assert.match(refused.out, /Nothing written: 1 rows refused/);
    const missing = await lantern(['import-hsds', join(dataDir, 'nowhere'), ...forTest]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nowhere: no such file or folder/);
    const format = await lantern(['export-hsds', join(dataDir, 'x'), '--format', 'xml']);
    assert.equal(format.code, 1);
    assert.match(format.err, /--format is csv or json/);
  });
  test('a file holding text PostgreSQL cannot store is refused by file and line, before any write', () => {
    const folder = join(dataDir, 'unstorable');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'services.csv'), 'id,name\n1,Clinic\u0000 MARKER\n');
    assert.throws(() => readDataset(folder), {
      message: 'services.csv:2: a character that cannot be stored (U+0000); nothing was written',
    });
    const json = join(dataDir, 'unstorable.json');
    writeFileSync(json, '{"organizations.csv": [{"id": "x", "name": "half \\ud800 MARKER"}]}');
    assert.throws(() => readDataset(json), {
      message:
        'organizations.csv [0].name: a character that cannot be stored (U+D800); nothing was written',
    });
  });
});

function hasPgDump(): boolean {
  return spawnSync('pg_dump', ['--version']).status === 0;
}
