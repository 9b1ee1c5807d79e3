// import-hsds and export-hsds: the resource directory in and out as an HSDS 3.0 datapackage.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadConfig } from '../../config.js';
import { fieldPath, findUnstorableText } from '../../domain/storable-text.js';
import type { DatasetInput } from '../../hsds/dataset.js';
import { commandLine, systemClock, type AppServices } from '../../server/context.js';
import { openMigratedDatabase } from '../../server/runtime.js';
import { DirectoryImportRefused, importDirectory } from '../../server/services/directory/import.js';
import { importJurisdiction } from '../../server/services/directory/import-jurisdiction.js';
import { exportDirectory, tableAsCsv } from '../../server/services/directory/export.js';
import type { CliIo } from '../io.js';

/** The directory holds no youth data, so these commands need no master key. */
async function openDirectory(env: NodeJS.ProcessEnv): Promise<AppServices> {
  const config = loadConfig(env);
  const { db } = await openMigratedDatabase(config);
  return { db, config, clock: systemClock, masterKey: Buffer.alloc(0) };
}

/** A directory of CSV files, or one JSON file of the same tables (tabular JSON). */
export function readDataset(path: string): DatasetInput {
  const input = readDatasetFiles(path);
  // The same rule as the upload's: text PostgreSQL cannot store, named by file and line.
  const found = findUnstorableText(input);
  if (found) {
    const [file, ...within] = found.path;
    const place =
      (file === undefined ? basename(path) : String(file)) +
      (found.line === null ? '' : `:${String(found.line)}`) +
      (within.length > 0 ? ` ${fieldPath(within)}` : '');
    throw new Error(
      `${found.inKey ? `a name in ${place}` : place}: a character that cannot be stored ` +
        `(${found.codePoint}); nothing was written`,
    );
  }
  return input;
}

function readDatasetFiles(path: string): DatasetInput {
  const full = resolve(path);
  if (!existsSync(full)) throw new Error(`${full}: no such file or folder`);
  if (statSync(full).isFile()) {
    const parsed: unknown = JSON.parse(readFileSync(full, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(
        `${basename(full)}: expected an object of tables, e.g. {"services.csv": [...]}`,
      );
    }
    return parsed as DatasetInput;
  }
  const input: Record<string, string> = {};
  for (const file of readdirSync(full).sort()) {
    if (file.endsWith('.csv')) input[file] = readFileSync(join(full, file), 'utf8');
  }
  if (Object.keys(input).length === 0) throw new Error(`no .csv files in ${full}`);
  return input;
}

/** Exit code 1 when any row is refused, or the import would change another's records. */
export async function importHsdsCommand(
  io: CliIo,
  path: string,
  options: { partial?: boolean; dryRun?: boolean; jurisdiction?: string },
): Promise<number> {
  const input = readDataset(path);
  const app = await openDirectory(io.env);
  try {
    const jurisdiction = await importJurisdiction(app.db, options.jurisdiction);
    let report;
    try {
      report = await importDirectory(app, commandLine, input, {
        partial: options.partial === true,
        dryRun: options.dryRun === true,
        jurisdictionId: jurisdiction.id,
      });
    } catch (error) {
      if (!(error instanceof DirectoryImportRefused)) throw error;
      for (const r of error.records) {
        io.out(
          `refused ${r.file}:${r.line ?? '-'}: ${r.table} ${r.id} belongs to ${r.owner} (${r.change})`,
        );
      }
      io.out(
        `Nothing written: ${error.records.length} rows would change records other jurisdictions own; only their owner changes them (--partial does not skip these).`,
      );
      return 1;
    }
    for (const w of report.warnings) io.out(`warning ${w.file}:${w.line ?? '-'}: ${w.reason}`);
    for (const p of report.problems) io.out(`error ${p.file}:${p.line ?? '-'}: ${p.reason}`);
    const total = Object.values(report.written).reduce((a, b) => a + b, 0);
    const same = report.unchanged > 0 ? ` (${report.unchanged} identical to what is stored)` : '';
    if (report.committed) {
      io.out(
        `Imported ${total} of ${report.rowsRead} rows for ${jurisdiction.name}${same}` +
          (report.problems.length > 0 ? `; ${report.problems.length} rows refused.` : '.'),
      );
    } else if (options.dryRun && report.problems.length === 0) {
      io.out(`Checked ${report.rowsRead} rows: all valid (dry run, nothing written).`);
    } else {
      io.out(
        `Nothing written: ${report.problems.length} rows refused` +
          (options.dryRun ? ' (dry run).' : '. Fix them, or import the rest with --partial.'),
      );
    }
    return report.problems.length > 0 ? 1 : 0;
  } finally {
    await app.db.close();
  }
}

export async function exportHsdsCommand(
  io: CliIo,
  path: string,
  options: { format: 'csv' | 'json'; includeConfidential?: boolean },
): Promise<void> {
  if (options.format !== 'csv' && options.format !== 'json') {
    throw new Error('--format is csv or json');
  }
  const app = await openDirectory(io.env);
  try {
    const tables = await exportDirectory(app, commandLine, options);
    const out = resolve(path);
    if (options.format === 'json') {
      const file = out.endsWith('.json') ? out : join(out, 'hsds.json');
      mkdirSync(resolve(file, '..'), { recursive: true });
      writeFileSync(
        file,
        JSON.stringify(Object.fromEntries(tables.map((t) => [t.file, t.objects])), null, 2),
      );
      io.out(`Wrote ${file}.`);
    } else {
      mkdirSync(out, { recursive: true });
      for (const table of tables) writeFileSync(join(out, table.file), tableAsCsv(table));
      io.out(`Wrote ${tables.length} files to ${out}.`);
    }
    if (options.includeConfidential) {
      io.out('This export includes confidential (safe-house) locations: keep it private.');
    }
  } finally {
    await app.db.close();
  }
}
