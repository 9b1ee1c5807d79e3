// Exporting the directory as an HSDS 3.0 datapackage (CSV files or the same tables as JSON).
// Confidential locations, and everything that hangs off them, stay out unless the operator
// asks for a full copy.
import {
  confidentialLocationIds,
  findServiceProfiles,
  listOrganizationLinks,
  listRecords,
} from '../../../db/repositories/directory.js';
import { writeCsv } from '../../../hsds/csv.js';
import { LANTERN_COLUMNS, LANTERN_FILES } from '../../../hsds/dataset.js';
import { HSDS_KINDS, tableSpec, type HsdsKind, type HsdsRecord } from '../../../hsds/tables.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';

export interface ExportTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The rows as objects with typed values (for the JSON form). */
  readonly objects: readonly Readonly<Record<string, string | number>>[];
}

/** Fields through which a record belongs to another; if that one is withheld, so is it. */
const BELONGS_THROUGH = [
  'location_id',
  'service_at_location_id',
  'contact_id',
  'phone_id',
  'link_id',
  'resource_id',
];

function withheld(
  records: ReadonlyMap<HsdsKind, readonly HsdsRecord[]>,
  confidential: ReadonlySet<string>,
): Set<string> {
  const out = new Set(confidential);
  for (let changed = true; changed;) {
    changed = false;
    for (const list of records.values()) {
      for (const r of list) {
        if (out.has(r.id)) continue;
        if (BELONGS_THROUGH.some((f) => typeof r[f] === 'string' && out.has(r[f]))) {
          out.add(r.id);
          changed = true;
        }
      }
    }
  }
  return out;
}

export async function exportDirectory(
  app: AppServices,
  request: RequestContext,
  options: { readonly includeConfidential?: boolean } = {},
): Promise<ExportTable[]> {
  const records = new Map<HsdsKind, HsdsRecord[]>();
  for (const kind of HSDS_KINDS) records.set(kind, await listRecords(app.db, kind));
  const confidential = await confidentialLocationIds(app.db);
  const hidden = options.includeConfidential ? new Set<string>() : withheld(records, confidential);

  const tables: ExportTable[] = HSDS_KINDS.map((kind) => {
    const spec = tableSpec(kind);
    const header = spec.columns.map((c) => c.name);
    const kept = (records.get(kind) ?? []).filter((r) => !hidden.has(r.id));
    return {
      file: spec.file,
      header,
      rows: kept.map((r) => header.map((h) => (r[h] === undefined ? '' : String(r[h])))),
      objects: kept,
    };
  });

  const profiles = [...(await findServiceProfiles(app.db, 'all')).values()];
  const serviceRows = profiles.map((p) => [
    p.serviceId,
    p.needs.join(','),
    String(p.csecSpecialized),
    p.csecTraining ?? '',
    p.level,
    String(p.groupSetting),
    p.cohortRule,
    (p.genders ?? []).join(','),
    String(p.lgbtqAffirming),
    p.capacityAvailable === null ? '' : String(p.capacityAvailable),
    p.capacityMaximum === null ? '' : String(p.capacityMaximum),
    String(p.responseBusinessDays),
    String(p.alternativeToDetention),
  ]);
  tables.push(lanternTable(LANTERN_FILES.services, LANTERN_COLUMNS.services, serviceRows));
  if (options.includeConfidential) {
    tables.push(
      lanternTable(
        LANTERN_FILES.locations,
        LANTERN_COLUMNS.locations,
        [...confidential].sort().map((id) => [id, 'true']),
      ),
    );
  }
  const links = await listOrganizationLinks(app.db);
  tables.push(
    lanternTable(
      LANTERN_FILES.organizations,
      LANTERN_COLUMNS.organizations,
      links.map((l) => [l.hsdsOrganizationId, l.organizationId]),
    ),
  );

  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'directory.export',
    outcome: 'allowed',
    targetType: 'directory',
    details: {
      records: tables.reduce((n, t) => n + t.rows.length, 0),
      includeConfidential: options.includeConfidential === true,
    },
  });
  return tables;
}

function lanternTable(
  file: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): ExportTable {
  return {
    file,
    header,
    rows,
    objects: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))),
  };
}

export const tableAsCsv = (table: ExportTable) => writeCsv(table.header, table.rows);
