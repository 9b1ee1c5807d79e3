// Reading an HSDS dataset (CSV files of the datapackage layout, or the same tables as JSON)
// into checked records. Every row is checked against the official row schema; every problem
// names its file, line and reason. Nothing here touches the database: the caller says which
// ids already exist.
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import { z } from 'zod';
import { NEEDS, COHORT_RULES, SERVICE_LEVELS } from '../domain/matching.js';
import { CsvSyntaxError, readCsv } from './csv.js';
import { codedReasons, type CodedReasons, type ImportReason } from './row-reasons.js';
import {
  HSDS_KINDS,
  HSDS_TABLES,
  idSets,
  kindOfFile,
  OPTIONAL_REFERENCES,
  REQUIRED_REFERENCES,
  tableSpec,
  type HsdsKind,
  type HsdsRecord,
  type Reference,
  type HsdsValue,
} from './tables.js';

/** A refused or warned row: its reasons in English (`reason`), and as codes with values. */
export interface RowProblem extends CodedReasons {
  readonly file: string;
  /** The CSV line the row starts on (header is line 1), or the row's place in a JSON array. */
  readonly line: number | null;
}

/** A row problem from one reason or several. */
const rowProblem = (
  file: string,
  line: number | null,
  ...reasons: [ImportReason, ...ImportReason[]]
): RowProblem => ({ file, line, ...codedReasons(reasons) });

export interface ServiceProfileRow {
  readonly serviceId: string;
  readonly needs: readonly string[];
  readonly csecSpecialized: boolean;
  readonly csecTraining: string | null;
  readonly level: (typeof SERVICE_LEVELS)[number];
  readonly groupSetting: boolean;
  readonly cohortRule: (typeof COHORT_RULES)[number];
  readonly genders: readonly string[] | null;
  readonly lgbtqAffirming: boolean;
  /** Somewhere a youth can go instead of juvenile hall (docs/MISSING-AND-CUSTODY.md). */
  readonly alternativeToDetention: boolean;
  readonly capacityAvailable: number | null;
  readonly capacityMaximum: number | null;
  readonly responseBusinessDays: number;
}

/** Where an accepted row came from: its file and line. */
export interface RowOrigin {
  readonly file: string;
  readonly line: number | null;
}

/**
 * The key of a row's origin: an HSDS record by its kind and id (`service:<id>`), a row of
 * Lantern's tables by its file and the id it describes (`lantern_locations.csv:<id>`).
 */
export const originKey = (table: string, id: string) => `${table}:${id}`;

export interface CheckedDataset {
  readonly records: ReadonlyMap<HsdsKind, readonly HsdsRecord[]>;
  /** The file and line of every accepted row, by `originKey`, for reports about records. */
  readonly origins: ReadonlyMap<string, RowOrigin>;
  readonly serviceProfiles: readonly ServiceProfileRow[];
  readonly confidentialLocations: ReadonlyMap<string, boolean>;
  readonly organizationLinks: ReadonlyMap<string, string>;
  readonly problems: readonly RowProblem[];
  readonly warnings: readonly RowProblem[];
  /** Rows read, valid or not. */
  readonly rowsRead: number;
}

/** Lantern's own tables, beside the standard ones in the same datapackage. */
export const LANTERN_FILES = {
  services: 'lantern_services.csv',
  locations: 'lantern_locations.csv',
  organizations: 'lantern_organizations.csv',
} as const;

export const LANTERN_COLUMNS = {
  services: [
    'service_id',
    'needs',
    'csec_specialized',
    'csec_training',
    'level',
    'group_setting',
    'cohort_rule',
    'genders',
    'lgbtq_affirming',
    'capacity_available',
    'capacity_maximum',
    'response_business_days',
    // Last, so files written before it (which read as false) keep their column order.
    'alternative_to_detention',
  ],
  locations: ['location_id', 'confidential'],
  organizations: ['organization_id', 'lantern_organization_id'],
} as const;

/** A file's rows before checking: cells by column name. */
interface RawRow {
  readonly file: string;
  readonly line: number | null;
  readonly cells: Readonly<Record<string, unknown>>;
}

/** Input: file name → CSV text, or file name → array of row objects (tabular JSON). */
export type DatasetInput = Readonly<Record<string, string | readonly unknown[]>>;

let ajv: Ajv | undefined;

/**
 * Ajv, made the first time a row is checked: loading its modules cost every process that starts
 * (the server, each `lantern` command) about a tenth of a CPU-second, and most never read a
 * dataset.
 */
function newAjv(): Ajv {
  const require = createRequire(import.meta.url);
  const { Ajv: AjvClass } = require('ajv') as { Ajv: new (options: Options) => Ajv };
  const addFormats = (require('ajv-formats') as { default: (instance: Ajv) => Ajv }).default;
  return addFormats(new AjvClass({ strict: false, allErrors: true }));
}
const validators = new Map<HsdsKind, ValidateFunction>();

/**
 * A kind's row validator, compiled the first time a row of that kind is checked: compiling
 * them all when this module loads cost every process that starts (the server, each `lantern`
 * command) a good part of a second of CPU, and most never read a dataset.
 */
function validatorOf(kind: HsdsKind): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) {
    ajv ??= newAjv();
    validate = ajv.compile(tableSpec(kind).rowSchema);
    validators.set(kind, validate);
  }
  return validate;
}

/** A cell as a person would recognise it in an error message. */
const shown = (raw: unknown) => (typeof raw === 'string' ? raw : JSON.stringify(raw)).slice(0, 40);

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

function describeError(e: ErrorObject): ImportReason {
  const field = e.instancePath.replace(/^\//, '');
  if (e.keyword === 'required') {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return { code: 'required', values: { field: missing } };
  }
  if (e.keyword === 'format') {
    return {
      code: 'bad_format',
      values: { field, format: (e.params as { format: string }).format },
    };
  }
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
    return { code: 'not_allowed_value', values: { field, allowed: allowed.join(', ') } };
  }
  return {
    code: 'invalid',
    values: { field: field || 'row', message: e.message ?? 'is not valid' },
  };
}

/** Turns a raw row into a typed record, or the reasons it cannot be one. */
function typedRecord(kind: HsdsKind, cells: Readonly<Record<string, unknown>>) {
  const spec = tableSpec(kind);
  const record: Record<string, HsdsValue> = {};
  const reasons: ImportReason[] = [];
  for (const column of spec.columns) {
    const raw = cells[column.name];
    if (isEmpty(raw)) continue;
    if (column.type === 'number') {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : NaN;
      if (typeof raw === 'boolean' || !Number.isFinite(n)) {
        reasons.push({ code: 'not_a_number', values: { field: column.name, value: shown(raw) } });
      } else record[column.name] = n;
    } else if (typeof raw === 'string' || typeof raw === 'number') {
      record[column.name] = String(raw);
    } else {
      reasons.push({ code: 'not_text', values: { field: column.name } });
    }
  }
  if (reasons.length === 0) {
    const validate = validatorOf(kind);
    if (!validate(record)) reasons.push(...(validate.errors ?? []).map(describeError));
  }
  return { record: record as HsdsRecord, reasons };
}

function rawRows(input: DatasetInput, problems: RowProblem[]): RawRow[] {
  const rows: RawRow[] = [];
  for (const [file, content] of Object.entries(input)) {
    if (typeof content === 'string') {
      try {
        const table = readCsv(content);
        for (const row of table.rows) {
          if ('' in row.cells) {
            problems.push(rowProblem(file, row.line, { code: 'csv_extra_cells', values: {} }));
            continue;
          }
          rows.push({ file, line: row.line, cells: row.cells });
        }
      } catch (error) {
        if (!(error instanceof CsvSyntaxError)) throw error;
        problems.push(
          rowProblem(file, error.line, { code: 'csv_invalid', values: { message: error.message } }),
        );
      }
    } else if (!Array.isArray(content)) {
      problems.push(rowProblem(file, null, { code: 'table_not_rows', values: {} }));
    } else {
      content.forEach((item, index) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
          problems.push(rowProblem(file, index + 1, { code: 'row_not_object', values: {} }));
        } else rows.push({ file, line: index + 1, cells: item as Record<string, unknown> });
      });
    }
  }
  return rows;
}

const FLAG_MESSAGE = 'must be true or false (yes or no, 1 or 0; empty is false)';
const flag = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.union(
    [
      z.boolean(),
      z.enum(['true', 'yes', '1']).transform(() => true),
      z.enum(['false', 'no', '0', '']).transform(() => false),
    ],
    { error: FLAG_MESSAGE },
  ),
);
const list = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(/[,;|]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : v,
  z.array(z.string().min(1).max(100)),
);
const count = z.preprocess(
  (v) => (isEmpty(v) ? null : typeof v === 'string' ? Number(v.trim()) : v),
  z.number().int().min(0).max(100000).nullable(),
);
const text = z.preprocess((v) => (isEmpty(v) ? null : v), z.string().max(2000).nullable());

const ServiceProfileCells = z.object({
  service_id: z.string().min(1),
  needs: list.pipe(z.array(z.enum(NEEDS))).default([]),
  csec_specialized: flag.default(false),
  csec_training: text.default(null),
  level: z.preprocess((v) => (isEmpty(v) ? 'both' : v), z.enum(SERVICE_LEVELS)),
  group_setting: flag.default(false),
  cohort_rule: z.preprocess((v) => (isEmpty(v) ? 'either' : v), z.enum(COHORT_RULES)),
  genders: list.transform((g) => (g.length === 0 ? null : g)).default(null),
  lgbtq_affirming: flag.default(false),
  alternative_to_detention: flag.default(false),
  capacity_available: count.default(null),
  capacity_maximum: count.default(null),
  response_business_days: z.preprocess(
    (v) => (isEmpty(v) ? 2 : typeof v === 'string' ? Number(v.trim()) : v),
    z.number().int().min(0).max(30),
  ),
});
const LocationProfileCells = z.object({ location_id: z.string().min(1), confidential: flag });
const OrganizationLinkCells = z.object({
  organization_id: z.string().min(1),
  lantern_organization_id: z.uuid(),
});

/** A zod issue as a reason: its message kept for the English words, its facts for others. */
function zodIssueReason(issue: z.core.$ZodIssue): ImportReason {
  const field = issue.path.join('.') || 'row';
  const message = issue.message;
  switch (issue.code) {
    case 'invalid_union':
      if (message === FLAG_MESSAGE) return { code: 'cell_not_yes_no', values: { field, message } };
      break;
    case 'invalid_value':
      return {
        code: 'cell_not_allowed',
        values: { field, message, allowed: issue.values.map(String).join(', ') },
      };
    case 'too_big':
      return {
        code: issue.origin === 'string' ? 'cell_too_long' : 'cell_too_big',
        values: { field, message, maximum: String(issue.maximum) },
      };
    case 'too_small':
      return {
        code: issue.origin === 'string' ? 'cell_too_short' : 'cell_too_small',
        values: { field, message, minimum: String(issue.minimum) },
      };
    case 'invalid_type':
      if (issue.expected === 'number') {
        return { code: 'cell_not_a_number', values: { field, message } };
      }
      break;
    case 'invalid_format':
      return { code: 'cell_bad_format', values: { field, message, format: issue.format } };
    default:
      break;
  }
  return { code: 'cell_invalid', values: { field, message } };
}

function zodReasons(error: z.ZodError): [ImportReason, ...ImportReason[]] {
  const [first, ...rest] = error.issues.map(zodIssueReason);
  return [
    first ?? { code: 'cell_invalid', values: { field: 'row', message: 'is not valid' } },
    ...rest,
  ];
}

/** The values of a reference a row makes: the field, the id it names, and what it should name. */
const reference = (r: Reference, record: HsdsRecord) => ({
  field: r.field,
  value: String(record[r.field]),
  target: r.target,
  table: tableSpec(r.target).file,
});

/**
 * Checks a whole dataset. `existing(kind)` gives the ids the directory already holds, so an
 * import of services alone may name organizations imported before. With `partial`, rows
 * that depend on a refused row are refused too, so what is written always holds together.
 */
export function checkDataset(
  input: DatasetInput,
  existing: (kind: HsdsKind) => ReadonlySet<string>,
): CheckedDataset {
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const lantern = new Set<string>(Object.values(LANTERN_FILES));
  for (const file of Object.keys(input)) {
    if (!kindOfFile(file) && !lantern.has(file) && file !== 'datapackage.json') {
      problems.push(rowProblem(file, null, { code: 'unknown_file', values: {} }));
    }
  }
  const rows = rawRows(input, problems);

  // Standard tables: type and schema checks, then unique ids.
  type Candidate = { kind: HsdsKind; file: string; line: number | null; record: HsdsRecord };
  const candidates: Candidate[] = [];
  const unknownColumnsReported = new Set<string>();
  const seen = new Map<string, number | null>();
  for (const row of rows) {
    const kind = kindOfFile(row.file);
    if (!kind) continue;
    const known = new Set(tableSpec(kind).columns.map((c) => c.name));
    for (const column of Object.keys(row.cells)) {
      const key = `${row.file}:${column}`;
      if (!known.has(column) && !unknownColumnsReported.has(key)) {
        unknownColumnsReported.add(key);
        warnings.push(rowProblem(row.file, null, { code: 'unknown_column', values: { column } }));
      }
    }
    const { record, reasons } = typedRecord(kind, row.cells);
    const [firstReason, ...otherReasons] = reasons;
    if (firstReason) {
      problems.push(rowProblem(row.file, row.line, firstReason, ...otherReasons));
      continue;
    }
    const key = `${kind}:${record.id}`;
    if (seen.has(key)) {
      problems.push(
        rowProblem(row.file, row.line, {
          code: 'duplicate_id',
          values: { id: record.id, first: seen.get(key) ?? '?' },
        }),
      );
      continue;
    }
    seen.set(key, row.line);
    candidates.push({ kind, file: row.file, line: row.line, record });
  }

  // Required references must resolve to a valid row or an existing record; refusing one row
  // can break another, so repeat until nothing changes.
  let accepted = candidates;
  for (;;) {
    const ids = idSets(existing);
    for (const c of accepted) ids[c.kind].add(c.record.id);
    const next: Candidate[] = [];
    for (const c of accepted) {
      const broken = REQUIRED_REFERENCES.filter(
        (r) => r.kind === c.kind && c.record[r.field] !== undefined,
      ).filter((r) => !ids[r.target].has(String(c.record[r.field])));
      const [first, ...others] = broken.map((r): ImportReason => ({
        code: 'missing_reference',
        values: reference(r, c.record),
      }));
      if (!first) next.push(c);
      else problems.push(rowProblem(c.file, c.line, first, ...others));
    }
    if (next.length === accepted.length) break;
    accepted = next;
  }
  const ids = idSets(existing);
  for (const c of accepted) ids[c.kind].add(c.record.id);
  for (const c of accepted) {
    for (const r of OPTIONAL_REFERENCES) {
      const value = c.record[r.field];
      if (r.kind === c.kind && value !== undefined && !ids[r.target].has(String(value))) {
        warnings.push(
          rowProblem(c.file, c.line, {
            code: 'unresolved_reference',
            values: reference(r, c.record),
          }),
        );
      }
    }
  }

  // Lantern's tables.
  const serviceProfiles: ServiceProfileRow[] = [];
  const confidentialLocations = new Map<string, boolean>();
  const organizationLinks = new Map<string, string>();
  const origins = new Map<string, RowOrigin>();
  /** Takes a row's id once per file; a second row for the same id is a problem, as in HSDS. */
  const accept = (row: RawRow, column: string, id: string) => {
    const first = origins.get(originKey(row.file, id));
    if (first) {
      problems.push(
        rowProblem(row.file, row.line, {
          code: 'duplicate_row',
          values: { field: column, id, first: first.line ?? '?' },
        }),
      );
      return false;
    }
    origins.set(originKey(row.file, id), { file: row.file, line: row.line });
    return true;
  };
  for (const row of rows) {
    if (row.file === LANTERN_FILES.services) {
      const parsed = ServiceProfileCells.safeParse(row.cells);
      if (!parsed.success) {
        problems.push(rowProblem(row.file, row.line, ...zodReasons(parsed.error)));
      } else if (!ids.service.has(parsed.data.service_id)) {
        problems.push(
          rowProblem(row.file, row.line, {
            code: 'missing_reference',
            values: {
              field: 'service_id',
              value: parsed.data.service_id,
              target: 'service',
              table: tableSpec('service').file,
            },
          }),
        );
      } else if (accept(row, 'service_id', parsed.data.service_id)) {
        const p = parsed.data;
        serviceProfiles.push({
          serviceId: p.service_id,
          needs: p.needs,
          csecSpecialized: p.csec_specialized,
          csecTraining: p.csec_training,
          level: p.level,
          groupSetting: p.group_setting,
          cohortRule: p.cohort_rule,
          genders: p.genders,
          lgbtqAffirming: p.lgbtq_affirming,
          alternativeToDetention: p.alternative_to_detention,
          capacityAvailable: p.capacity_available,
          capacityMaximum: p.capacity_maximum,
          responseBusinessDays: p.response_business_days,
        });
      }
    } else if (row.file === LANTERN_FILES.locations) {
      const parsed = LocationProfileCells.safeParse(row.cells);
      if (!parsed.success) {
        problems.push(rowProblem(row.file, row.line, ...zodReasons(parsed.error)));
      } else if (!ids.location.has(parsed.data.location_id)) {
        problems.push(
          rowProblem(row.file, row.line, {
            code: 'missing_reference',
            values: {
              field: 'location_id',
              value: parsed.data.location_id,
              target: 'location',
              table: tableSpec('location').file,
            },
          }),
        );
      } else if (accept(row, 'location_id', parsed.data.location_id)) {
        confidentialLocations.set(parsed.data.location_id, parsed.data.confidential);
      }
    } else if (row.file === LANTERN_FILES.organizations) {
      const parsed = OrganizationLinkCells.safeParse(row.cells);
      if (!parsed.success) {
        problems.push(rowProblem(row.file, row.line, ...zodReasons(parsed.error)));
      } else if (!ids.organization.has(parsed.data.organization_id)) {
        problems.push(
          rowProblem(row.file, row.line, {
            code: 'missing_reference',
            values: {
              field: 'organization_id',
              value: parsed.data.organization_id,
              target: 'organization',
              table: tableSpec('organization').file,
            },
          }),
        );
      } else if (accept(row, 'organization_id', parsed.data.organization_id)) {
        organizationLinks.set(parsed.data.organization_id, parsed.data.lantern_organization_id);
      }
    }
  }

  const records = new Map<HsdsKind, HsdsRecord[]>();
  for (const c of accepted) {
    const list = records.get(c.kind) ?? [];
    list.push(c.record);
    records.set(c.kind, list);
    origins.set(originKey(c.kind, c.record.id), { file: c.file, line: c.line });
  }
  const order = (p: RowProblem) => `${p.file}\u0000${String(p.line ?? 0).padStart(9, '0')}`;
  problems.sort((a, b) => order(a).localeCompare(order(b)));
  return {
    records,
    origins,
    serviceProfiles,
    confidentialLocations,
    organizationLinks,
    problems,
    warnings,
    rowsRead: rows.length,
  };
}

/** Every HSDS file of a datapackage, in the order the standard lists them. */
export const HSDS_FILES: readonly string[] = HSDS_KINDS.map((k) => HSDS_TABLES[k].file);
