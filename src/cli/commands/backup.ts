// Backups: PGlite's data directory as one archive, or PostgreSQL's pg_dump custom format.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../../config.js';
import { migrate } from '../../db/migrate.js';
import { lockDataDirectory } from '../../db/data-dir-lock.js';
import { openPglite } from '../../db/pglite.js';
import type { CliIo } from '../io.js';

/** Runs pg_dump or pg_restore, its output passed on to io (the terminal, or a test's). */
function run(io: CliIo, command: string, args: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out = passLines(out + chunk.toString(), io.out);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err = passLines(err + chunk.toString(), io.err);
    });
    child.on('error', (error) => {
      fail(
        new Error(
          `${command} could not run (${error.message}); install the PostgreSQL client tools`,
        ),
      );
    });
    child.on('close', (code) => {
      if (out) io.out(out);
      if (err) io.err(err);
      if (code === 0) done();
      else fail(new Error(`${command} failed with exit code ${code ?? 'unknown'}`));
    });
  });
}

/** Writes the complete lines of text; returns the unfinished rest. */
function passLines(text: string, write: (line: string) => void): string {
  const lines = text.split('\n');
  const rest = lines.pop() ?? '';
  for (const line of lines) write(line);
  return rest;
}

export async function backupCommand(io: CliIo, options: { out: string }): Promise<void> {
  const config = loadConfig(io.env);
  const out = resolve(options.out);
  if (config.databaseUrl) {
    await run(io, 'pg_dump', [
      '--format=custom',
      `--file=${out}`,
      `--dbname=${config.databaseUrl}`,
    ]);
    io.out(`Backed up PostgreSQL to ${out} (pg_dump custom format).`);
    return;
  }
  const dir = `${config.dataDir}/pglite`;
  if (!existsSync(dir))
    throw new Error(`no Lantern database in ${config.dataDir}: nothing to back up`);
  const db = await openPglite(dir);
  try {
    const archive = await db.raw.dumpDataDir('gzip');
    writeFileSync(out, Buffer.from(await archive.arrayBuffer()), { mode: 0o600 });
  } finally {
    await db.close();
  }
  io.out(`Backed up ${dir} to ${out}. The master key is not in it: keep it apart, as safely.`);
}

export async function restoreCommand(
  io: CliIo,
  options: { from: string; force?: boolean },
): Promise<void> {
  const config = loadConfig(io.env);
  const from = resolve(options.from);
  if (!existsSync(from)) throw new Error(`no backup file at ${from}`);
  if (config.databaseUrl) {
    // pg_restore --clean drops what is there: the same explicit consent as for PGlite.
    if (!options.force) {
      throw new Error(
        'restoring replaces the PostgreSQL database in DATABASE_URL; stop Lantern and add --force',
      );
    }
    await run(io, 'pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      `--dbname=${config.databaseUrl}`,
      from,
    ]);
    io.out(`Restored ${from} into PostgreSQL.`);
    return;
  }
  const dir = `${config.dataDir}/pglite`;
  // Locked before anything moves: a running server refuses the restore instead of losing it.
  const lock = lockDataDirectory(dir);
  try {
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      if (!options.force) {
        throw new Error(
          `${dir} already holds a database; stop Lantern and add --force to replace it (the old one is kept aside)`,
        );
      }
      const aside = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(dir, aside);
      io.out(`Kept the previous database at ${aside}.`);
    }
    const archive = new Blob([readFileSync(from)]);
    const db = await openPglite(dir, archive, { lock });
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
  }
  io.out(`Restored ${from} into ${dir}.`);
}
