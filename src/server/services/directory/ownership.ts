// What an import would change, record by record, and who owns each record it touches. A row
// identical to what is stored changes nothing, whoever owns it, so two counties can both
// carry a shared taxonomy in their datapackages. A new record that hangs from another record
// (a phone of a service, a service of an organization, a site of a service) changes that
// record too: it would show under it, and a service attached to another county's safe house
// would open its address to whoever answers for the service.
import type { Queryable } from '../../../db/database.js';
import {
  linkedAgencies,
  locationFlags,
  recordOwners,
  storedRecords,
} from '../../../db/repositories/directory-owners.js';
import { findServiceProfiles, type ServiceProfile } from '../../../db/repositories/directory.js';
import type { DirectoryChange } from '../../../domain/directory.js';
import {
  LANTERN_FILES,
  originKey,
  type CheckedDataset,
  type ServiceProfileRow,
} from '../../../hsds/dataset.js';
import {
  HSDS_KINDS,
  OPTIONAL_REFERENCES,
  REQUIRED_REFERENCES,
  type HsdsKind,
  type HsdsRecord,
  type Reference,
} from '../../../hsds/tables.js';

/** One record an import would change, the row that changes it, and the record's owner. */
export interface RecordChange {
  readonly file: string;
  readonly line: number | null;
  /** An HSDS table (`service`), or Lantern's table beside it (`lantern_locations`). */
  readonly table: string;
  readonly id: string;
  readonly change: DirectoryChange;
  readonly ownerJurisdictionId: string;
}

export interface ConfidentialityChange {
  readonly locationId: string;
  readonly confidential: boolean;
  readonly before: boolean;
  /** The location existed before this import (so its county is told). */
  readonly existed: boolean;
}

export interface LinkChange {
  readonly hsdsOrganizationId: string;
  readonly agency: { readonly id: string; readonly jurisdictionId: string; readonly name: string };
  readonly beforeAgencyId: string | null;
  readonly existed: boolean;
}

export interface ImportPlan {
  /** Every change the import would make, each with the owner of the record it changes. */
  readonly changes: readonly RecordChange[];
  /** Rows identical to what is stored: nothing to write, whoever owns them. */
  readonly unchanged: number;
  readonly serviceProfiles: readonly ServiceProfileRow[];
  readonly confidentiality: readonly ConfidentialityChange[];
  readonly links: readonly LinkChange[];
}

/**
 * References by which a record belongs to another: the parent it is nested under. A
 * taxonomy term an attribute uses, a parent organization and a broader term are only named,
 * not changed, so they are left out.
 */
const NAMED_ONLY = new Set([
  'attribute.taxonomy_term_id',
  'organization.parent_organization_id',
  'taxonomy_term.parent_id',
]);
const BELONGS_TO: readonly Reference[] = [...REQUIRED_REFERENCES, ...OPTIONAL_REFERENCES].filter(
  (r) => !NAMED_ONLY.has(`${r.kind}.${r.field}`),
);
/** An attribute and a metadata row name what they are about by id, its table only in words. */
const ABOUT_FIELDS: Partial<Record<HsdsKind, string>> = {
  attribute: 'link_id',
  metadata: 'resource_id',
};

const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
  JSON.stringify(a === null ? null : [...a].sort()) ===
  JSON.stringify(b === null ? null : [...b].sort());

function sameProfile(row: ServiceProfileRow, stored: ServiceProfile): boolean {
  return (
    sameList(row.needs, stored.needs) &&
    sameList(row.genders, stored.genders) &&
    row.csecSpecialized === stored.csecSpecialized &&
    row.csecTraining === stored.csecTraining &&
    row.level === stored.level &&
    row.groupSetting === stored.groupSetting &&
    row.cohortRule === stored.cohortRule &&
    row.lgbtqAffirming === stored.lgbtqAffirming &&
    row.alternativeToDetention === stored.alternativeToDetention &&
    row.capacityAvailable === stored.capacityAvailable &&
    row.capacityMaximum === stored.capacityMaximum &&
    row.responseBusinessDays === stored.responseBusinessDays
  );
}

/**
 * Compares the checked rows with what is stored. `importer` owns what the import creates;
 * `agencies` are the Lantern agencies the provider links name, already checked.
 */
export async function planImport(
  db: Queryable,
  checked: CheckedDataset,
  agencies: ReadonlyMap<string, LinkChange['agency']>,
  importer: string,
): Promise<ImportPlan> {
  const changes: RecordChange[] = [];
  let unchanged = 0;
  const origin = (table: string, id: string) =>
    checked.origins.get(originKey(table, id)) ?? { file: table, line: null };

  // Owners of the records the import names: stored ones, and new ones (the importer's).
  const owners = new Map<HsdsKind, Map<string, string>>(HSDS_KINDS.map((k) => [k, new Map()]));
  const created = new Set<string>();
  /** New and changed records, with the stored copy of a changed one. */
  const changed: { kind: HsdsKind; record: HsdsRecord; stored: HsdsRecord | null }[] = [];
  for (const [kind, records] of checked.records) {
    const stored = await storedRecords(db, kind, records);
    for (const record of records) {
      const before = stored.get(record.id);
      owners.get(kind)?.set(record.id, before?.ownerJurisdictionId ?? importer);
      if (before?.same) {
        unchanged += 1;
        continue;
      }
      if (!before) created.add(`${kind}:${record.id}`);
      changed.push({ kind, record, stored: before?.data ?? null });
      changes.push({
        ...origin(kind, record.id),
        table: kind,
        id: record.id,
        change: before ? 'update' : 'create',
        ownerJurisdictionId: before?.ownerJurisdictionId ?? importer,
      });
    }
  }
  const ownerOf = async (kind: HsdsKind, ids: readonly string[]) => {
    const known = owners.get(kind) as Map<string, string>;
    const missing = ids.filter((id) => !known.has(id));
    for (const [id, owner] of await recordOwners(db, kind, missing)) known.set(id, owner);
    return known;
  };

  // A new record, or one moved under another parent, changes the record it now belongs to.
  const attaches = (c: (typeof changed)[number], field: string) =>
    c.record[field] !== undefined && c.record[field] !== c.stored?.[field];
  for (const reference of BELONGS_TO) {
    const children = changed.filter(
      (c) => c.kind === reference.kind && attaches(c, reference.field),
    );
    if (children.length === 0) continue;
    const parentOwners = await ownerOf(
      reference.target,
      children.map((c) => String(c.record[reference.field])),
    );
    for (const child of children) {
      const parentId = String(child.record[reference.field]);
      const owner = parentOwners.get(parentId);
      // A parent found nowhere is a reference to another dataset, kept as given.
      if (owner === undefined) continue;
      changes.push({
        ...origin(child.kind, child.record.id),
        table: reference.target,
        id: parentId,
        change: 'update',
        ownerJurisdictionId: owner,
      });
    }
  }
  for (const [kind, field] of Object.entries(ABOUT_FIELDS) as [HsdsKind, string][]) {
    const children = changed.filter((c) => c.kind === kind && attaches(c, field));
    if (children.length === 0) continue;
    const inImport = new Map<string, { kind: HsdsKind; owner: string }>();
    for (const [k, known] of owners) {
      for (const [id, owner] of known) inImport.set(id, { kind: k, owner });
    }
    const ids = children.map((c) => String(c.record[field]));
    const stored = await recordOwners(
      db,
      'any',
      ids.filter((id) => !inImport.has(id)),
    );
    for (const child of children) {
      const aboutId = String(child.record[field]);
      const about = inImport.get(aboutId);
      const owner = about?.owner ?? stored.get(aboutId);
      if (owner === undefined) continue;
      changes.push({
        ...origin(child.kind, child.record.id),
        table: about?.kind ?? 'record',
        id: aboutId,
        change: 'update',
        ownerJurisdictionId: owner,
      });
    }
  }

  // Lantern's fields are owned with the record they describe.
  const profileIds = checked.serviceProfiles.map((p) => p.serviceId);
  const serviceOwners = await ownerOf('service', profileIds);
  const storedProfiles = await findServiceProfiles(db, profileIds);
  const serviceProfiles: ServiceProfileRow[] = [];
  for (const profile of checked.serviceProfiles) {
    const stored = storedProfiles.get(profile.serviceId);
    if (stored && sameProfile(profile, stored)) {
      unchanged += 1;
      continue;
    }
    serviceProfiles.push(profile);
    changes.push({
      ...origin(LANTERN_FILES.services, profile.serviceId),
      table: 'lantern_services',
      id: profile.serviceId,
      change: created.has(`service:${profile.serviceId}`) ? 'create' : 'update',
      ownerJurisdictionId: serviceOwners.get(profile.serviceId) ?? importer,
    });
  }

  const locationIds = [...checked.confidentialLocations.keys()];
  const locationOwners = await ownerOf('location', locationIds);
  const storedFlags = await locationFlags(db, locationIds);
  const confidentiality: ConfidentialityChange[] = [];
  for (const [locationId, confidential] of checked.confidentialLocations) {
    const before = storedFlags.get(locationId) ?? false;
    if (before === confidential) {
      unchanged += 1;
      continue;
    }
    const existed = !created.has(`location:${locationId}`);
    confidentiality.push({ locationId, confidential, before, existed });
    changes.push({
      ...origin(LANTERN_FILES.locations, locationId),
      table: 'lantern_locations',
      id: locationId,
      change: 'confidentiality',
      ownerJurisdictionId: locationOwners.get(locationId) ?? importer,
    });
  }

  const linkedIds = [...agencies.keys()];
  const organizationOwners = await ownerOf('organization', linkedIds);
  const storedLinks = await linkedAgencies(db, linkedIds);
  const links: LinkChange[] = [];
  for (const [hsdsOrganizationId, agency] of agencies) {
    const before = storedLinks.get(hsdsOrganizationId) ?? null;
    if (before === agency.id) {
      unchanged += 1;
      continue;
    }
    links.push({
      hsdsOrganizationId,
      agency,
      beforeAgencyId: before,
      existed: !created.has(`organization:${hsdsOrganizationId}`),
    });
    changes.push({
      ...origin(LANTERN_FILES.organizations, hsdsOrganizationId),
      table: 'lantern_organizations',
      id: hsdsOrganizationId,
      change: 'provider_link',
      ownerJurisdictionId: organizationOwners.get(hsdsOrganizationId) ?? importer,
    });
  }
  return { changes, unchanged, serviceProfiles, confidentiality, links };
}
