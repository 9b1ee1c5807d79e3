// Turns the files a person chose into the import's body: CSV files by table name, or one JSON
// file of tables ({"services.csv": [rows], …}). Read in the browser; nothing is sent until valid.
import type { TFunction } from 'i18next';
import type { DirectoryFiles } from '../../api';

/** The API's limit on an import (LANTERN_IMPORT_LIMIT_BYTES defaults to 20 MB). */
export const IMPORT_LIMIT_BYTES = 20 * 1024 * 1024;
const TABLE_NAME = /^[a-z_]+\.csv$/;
/** A CSV datapackage's descriptor: not a table, so it is left out. */
const DESCRIPTOR = 'datapackage.json';

export type Datapackage = { files: DirectoryFiles; leftOut: string[] } | { error: string };

const isRows = (value: unknown): value is Record<string, unknown>[] =>
  Array.isArray(value) &&
  value.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row));

function tablesIn(json: unknown): DirectoryFiles | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  // Accept the import's own body too: {"files": {...}}.
  const files = (json as { files?: unknown }).files;
  const tables = typeof files === 'object' && files !== null ? files : json;
  const entries = Object.entries(tables);
  if (entries.length === 0) return null;
  const result: DirectoryFiles = {};
  for (const [name, rows] of entries) {
    if (!TABLE_NAME.test(name) || !isRows(rows)) return null;
    result[name] = rows;
  }
  return result;
}

export async function readDatapackage(chosen: readonly File[], t: TFunction): Promise<Datapackage> {
  if (chosen.length === 0) return { error: t('directoryImport.noFiles') };
  const size = chosen.reduce((sum, file) => sum + file.size, 0);
  if (size > IMPORT_LIMIT_BYTES) return { error: t('directoryImport.tooLarge') };
  const lower = (file: File) => file.name.toLowerCase();
  const csv = chosen.filter((file) => lower(file).endsWith('.csv'));
  const json = chosen.filter((file) => lower(file).endsWith('.json') && lower(file) !== DESCRIPTOR);
  const leftOut = chosen.filter((file) => !csv.includes(file) && !json.includes(file));

  try {
    if (csv.length > 0) {
      if (json.length > 0) return { error: t('directoryImport.mixed') };
      const files: DirectoryFiles = {};
      for (const file of csv) {
        const name = lower(file);
        if (!TABLE_NAME.test(name))
          return { error: t('directoryImport.badName', { name: file.name }) };
        files[name] = await file.text();
      }
      return { files, leftOut: leftOut.map((file) => file.name) };
    }
    if (json.length > 1) return { error: t('directoryImport.oneJson') };
    const [file] = json;
    if (!file) {
      const [first] = chosen;
      return { error: t('directoryImport.badName', { name: first?.name ?? '' }) };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      return { error: t('directoryImport.badJson', { name: file.name }) };
    }
    const files = tablesIn(parsed);
    if (!files) return { error: t('directoryImport.badJson', { name: file.name }) };
    return { files, leftOut: leftOut.map((other) => other.name) };
  } catch {
    return {
      error: t('directoryImport.unreadable', { name: chosen.map((f) => f.name).join(', ') }),
    };
  }
}
