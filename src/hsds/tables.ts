// The HSDS 3.0 tables as the official compiled tabular schema defines them: file names, columns
// in order, and which references must resolve. Read once from vendor/hsds-3.0 so Lantern
// follows the standard rather than a copy of it.
import { readFileSync } from 'node:fs';

export const HSDS_KINDS = [
  'organization',
  'program',
  'service',
  'attribute',
  'service_at_location',
  'location',
  'phone',
  'contact',
  'address',
  'schedule',
  'funding',
  'service_area',
  'required_document',
  'language',
  'accessibility',
  'taxonomy_term',
  'metadata',
  'meta_table_description',
  'cost_option',
  'organization_identifier',
  'taxonomy',
] as const;
export type HsdsKind = (typeof HSDS_KINDS)[number];

export type HsdsValue = string | number;
/** One HSDS record: its fields with typed values; empty fields are absent. */
export type HsdsRecord = Readonly<Record<string, HsdsValue>> & { readonly id: string };

export interface ColumnSpec {
  readonly name: string;
  readonly type: 'string' | 'number';
}

export interface TableSpec {
  readonly kind: HsdsKind;
  /** The file in the CSV datapackage, e.g. services.csv. */
  readonly file: string;
  readonly columns: readonly ColumnSpec[];
  /** The row's scalar fields from compiled/tabular.json, for a JSON Schema validator. */
  readonly rowSchema: object;
}

export const VENDOR_ROOT = new URL('../../vendor/hsds-3.0/', import.meta.url);

interface TabularProperty {
  readonly type?: string;
}
interface TabularTable {
  readonly items: {
    readonly path: string;
    readonly properties: Record<string, TabularProperty>;
    readonly required?: readonly string[];
  };
}

function loadTables(): Readonly<Record<HsdsKind, TableSpec>> {
  const tabular = JSON.parse(
    readFileSync(new URL('schema/compiled/tabular.json', VENDOR_ROOT), 'utf8'),
  ) as { properties: Record<string, TabularTable> };
  const tables: Partial<Record<HsdsKind, TableSpec>> = {};
  for (const kind of HSDS_KINDS) {
    const table = tabular.properties[kind];
    if (!table) throw new Error(`compiled/tabular.json has no table ${kind}`);
    const scalar = Object.entries(table.items.properties).filter(
      ([, p]) => p.type === 'string' || p.type === 'number',
    );
    const columns = scalar.map(([name, p]) => ({ name, type: p.type as 'string' | 'number' }));
    // A row holds only the table's own columns; nested arrays belong to the compiled objects.
    const rowSchema = {
      type: 'object',
      properties: Object.fromEntries(scalar),
      required: table.items.required ?? [],
    };
    tables[kind] = { kind, file: table.items.path, columns, rowSchema };
  }
  return tables as Record<HsdsKind, TableSpec>;
}

export const HSDS_TABLES: Readonly<Record<HsdsKind, TableSpec>> = loadTables();

export function tableSpec(kind: HsdsKind): TableSpec {
  return HSDS_TABLES[kind];
}

export function kindOfFile(file: string): HsdsKind | undefined {
  return HSDS_KINDS.find((kind) => HSDS_TABLES[kind].file === file);
}

/** One set of ids per kind. */
export type IdSets = Record<HsdsKind, Set<string>>;

export function idSets(fill: (kind: HsdsKind) => Iterable<string> = () => []): IdSets {
  return Object.fromEntries(HSDS_KINDS.map((kind) => [kind, new Set(fill(kind))])) as IdSets;
}

export interface Reference {
  readonly kind: HsdsKind;
  readonly field: string;
  readonly target: HsdsKind;
}

/**
 * References the standard requires for tabular data ("tabular required"): an import whose
 * row names a record that exists neither in the import nor in the directory is refused.
 * attribute.link_id and metadata.resource_id are tabular-required too, but their target
 * table is named only by link_type and resource_type, so they cannot be checked.
 */
export const REQUIRED_REFERENCES: readonly Reference[] = [
  { kind: 'program', field: 'organization_id', target: 'organization' },
  { kind: 'service', field: 'organization_id', target: 'organization' },
  { kind: 'service_at_location', field: 'service_id', target: 'service' },
  { kind: 'service_at_location', field: 'location_id', target: 'location' },
  { kind: 'attribute', field: 'taxonomy_term_id', target: 'taxonomy_term' },
  { kind: 'cost_option', field: 'service_id', target: 'service' },
  { kind: 'organization_identifier', field: 'organization_id', target: 'organization' },
];

/**
 * Every other reference. One that does not resolve is kept and reported as a warning (the
 * official examples themselves point to records of other datasets); the record is then not
 * nested under anything through that field.
 */
export const OPTIONAL_REFERENCES: readonly Reference[] = [
  { kind: 'organization', field: 'parent_organization_id', target: 'organization' },
  { kind: 'service', field: 'program_id', target: 'program' },
  { kind: 'location', field: 'organization_id', target: 'organization' },
  ...(['location', 'service', 'organization', 'contact', 'service_at_location'] as const).map(
    (target) => ({ kind: 'phone' as const, field: `${target}_id`, target }),
  ),
  ...(['organization', 'service', 'service_at_location', 'location'] as const).map((target) => ({
    kind: 'contact' as const,
    field: `${target}_id`,
    target,
  })),
  { kind: 'address', field: 'location_id', target: 'location' },
  ...(['service', 'location', 'service_at_location'] as const).map((target) => ({
    kind: 'schedule' as const,
    field: `${target}_id`,
    target,
  })),
  { kind: 'funding', field: 'organization_id', target: 'organization' },
  { kind: 'funding', field: 'service_id', target: 'service' },
  { kind: 'service_area', field: 'service_id', target: 'service' },
  { kind: 'required_document', field: 'service_id', target: 'service' },
  { kind: 'language', field: 'service_id', target: 'service' },
  { kind: 'language', field: 'location_id', target: 'location' },
  { kind: 'language', field: 'phone_id', target: 'phone' },
  { kind: 'accessibility', field: 'location_id', target: 'location' },
  { kind: 'taxonomy_term', field: 'parent_id', target: 'taxonomy_term' },
  { kind: 'taxonomy_term', field: 'taxonomy_id', target: 'taxonomy' },
];
