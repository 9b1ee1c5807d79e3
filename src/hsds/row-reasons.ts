// Why a directory import refused a row, or warned about it, as a stable code and its values
// (issue 15, item 7): the screen words each code in the reader's language; the English
// sentence, built here from the same code and values, is the `reason` the command line prints
// and the API has always sent. No imports: the web app reads the English words from here too.

/** Every reason the importer gives; a new one needs its words in English and Spanish. */
export const IMPORT_REASON_CODES = [
  'unknown_file',
  'csv_extra_cells',
  'csv_invalid',
  'table_not_rows',
  'row_not_object',
  'unknown_column',
  'not_a_number',
  'not_text',
  'required',
  'bad_format',
  'not_allowed_value',
  'invalid',
  'duplicate_id',
  'missing_reference',
  'unresolved_reference',
  'duplicate_row',
  'cell_not_yes_no',
  'cell_not_allowed',
  'cell_too_long',
  'cell_too_big',
  'cell_too_short',
  'cell_too_small',
  'cell_not_a_number',
  'cell_bad_format',
  'cell_invalid',
  'unlinkable_organization',
] as const;

export type ImportReasonCode = (typeof IMPORT_REASON_CODES)[number];

/** A reason's values: column names, ids, line numbers, allowed values (never a youth's data). */
export type ImportReasonValues = Readonly<Record<string, string | number>>;

export interface ImportReason {
  readonly code: ImportReasonCode;
  readonly values: ImportReasonValues;
}

/**
 * The English words of each code, with `{{value}}` placeholders (i18next's form, so the web
 * app uses them as they are). Where the words came from a validator (Ajv, zod), `message` holds
 * its English sentence, kept as it was; the Spanish words use the other values.
 */
export const IMPORT_REASON_ENGLISH: Readonly<Record<ImportReasonCode, string>> = {
  unknown_file: 'not a file of the HSDS 3.0 datapackage',
  csv_extra_cells: 'the row has more cells than the header',
  csv_invalid: 'not valid CSV: {{message}}',
  table_not_rows: 'a table must be CSV text or an array of rows',
  row_not_object: 'each row must be an object',
  unknown_column: 'column {{column}} is not part of HSDS 3.0 and was not imported',
  not_a_number: '{{field}} must be a number, not "{{value}}"',
  not_text: '{{field}} must be text',
  required: '{{field}} is required',
  bad_format: '{{field}} must be a valid {{format}}',
  not_allowed_value: '{{field}} must be one of: {{allowed}}',
  invalid: '{{field}} {{message}}',
  duplicate_id: 'id {{id}} appears twice (first on line {{first}})',
  missing_reference: '{{field}} {{value}} names no {{target}}',
  unresolved_reference: '{{field}} {{value}} names no {{target}} in this directory; kept as given',
  duplicate_row: '{{field}} {{id}} appears twice (first on line {{first}})',
  cell_not_yes_no: '{{field}}: {{message}}',
  cell_not_allowed: '{{field}}: {{message}}',
  cell_too_long: '{{field}}: {{message}}',
  cell_too_big: '{{field}}: {{message}}',
  cell_too_short: '{{field}}: {{message}}',
  cell_too_small: '{{field}}: {{message}}',
  cell_not_a_number: '{{field}}: {{message}}',
  cell_bad_format: '{{field}}: {{message}}',
  cell_invalid: '{{field}}: {{message}}',
  unlinkable_organization: '{{field}} {{id}} is not an organization you can link',
};

const isCode = (code: string): code is ImportReasonCode =>
  (IMPORT_REASON_CODES as readonly string[]).includes(code);

/** Fills `{{name}}` placeholders; a value not given is left as its placeholder. */
export function fillReason(template: string, values: ImportReasonValues): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** A reason in English: the sentence the importer has always given. */
export function englishReason(reason: ImportReason): string {
  return fillReason(IMPORT_REASON_ENGLISH[reason.code], reason.values);
}

/** What a row problem carries: one reason's code and values, and the row's other reasons. */
export interface CodedReasons {
  /** Every reason in English, joined by "; " (the command line prints it). */
  readonly reason: string;
  readonly code: ImportReasonCode;
  readonly values: ImportReasonValues;
  /** The row's further reasons, when it has several (in `reason`, after the first). */
  readonly more?: readonly ImportReason[];
}

/** The fields a row problem gets from its reasons (at least one). */
export function codedReasons(reasons: readonly [ImportReason, ...ImportReason[]]): CodedReasons {
  const [first, ...rest] = reasons;
  return {
    reason: reasons.map(englishReason).join('; '),
    code: first.code,
    values: first.values,
    ...(rest.length > 0 ? { more: rest } : {}),
  };
}

export { isCode as isImportReasonCode };
