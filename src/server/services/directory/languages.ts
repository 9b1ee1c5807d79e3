// A service's languages as its HSDS `language` records hold them: the name as stored, shown where
// nothing better is known, and beside it the ISO 639 code when the record has one, so each
// screen names the language in its reader's words ("Spanish" becomes "español").
import type { HsdsRecord } from '../../../hsds/tables.js';

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

export function languagesOf(records: readonly HsdsRecord[]): {
  languages: string[];
  languageCodes: (string | null)[];
} {
  // By name, so a service's languages read the same however the database returns its rows.
  const named = records
    .flatMap((record) => {
      const name = text(record.name) ?? text(record.code);
      return name === null ? [] : [{ name, code: text(record.code) }];
    })
    .sort(
      (a, b) => a.name.localeCompare(b.name, 'en') || (a.code ?? '').localeCompare(b.code ?? ''),
    );
  return { languages: named.map((l) => l.name), languageCodes: named.map((l) => l.code) };
}
