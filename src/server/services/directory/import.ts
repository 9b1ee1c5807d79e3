// Importing an HSDS dataset: every row checked first; then every record it would change is
// put to the ownership rule (src/domain/directory.ts). An import that would change a record
// another jurisdiction owns is refused whole, with the list of those records, and writes
// nothing, even a partial one: that is not a bad row to skip but a change nobody here may
// make. Otherwise all of it is written in one transaction, or nothing when any row fails
// (unless the caller asked for a partial import, which writes exactly the rows that passed).
// The search table is rebuilt in the same transaction.
import { findJurisdiction, listJurisdictions } from '../../../db/repositories/jurisdictions.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import { linkedAgencies } from '../../../db/repositories/directory-owners.js';
import {
  directoryIds,
  findRecords,
  upsertLocationProfiles,
  upsertOrganizationLink,
  upsertRecords,
  upsertServiceProfiles,
} from '../../../db/repositories/directory.js';
import type { Queryable } from '../../../db/database.js';
import {
  decideDirectoryChange,
  editorJurisdiction,
  type DirectoryChange,
  type DirectoryEditor,
} from '../../../domain/directory.js';
import {
  checkDataset,
  LANTERN_FILES,
  originKey,
  type DatasetInput,
  type RowProblem,
} from '../../../hsds/dataset.js';
import { HSDS_KINDS, idSets, tableSpec, type HsdsKind } from '../../../hsds/tables.js';
import { codedReasons } from '../../../hsds/row-reasons.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { AppError, badRequest, forbidden } from '../../errors.js';
import { authorizeAdmin } from '../authorize.js';
import { notifyDirectoryOwner } from './notify.js';
import { planImport, type ImportPlan, type LinkChange, type RecordChange } from './ownership.js';
import { rebuildSearch } from './search-index.js';

export interface ImportOptions {
  /** Write the rows that passed even when others failed. */
  readonly partial?: boolean;
  /** Check only; write nothing. */
  readonly dryRun?: boolean;
  /**
   * The command line only: the jurisdiction the operator imports for, which owns what the
   * import creates. A signed-in person always imports for their own.
   */
  readonly jurisdictionId?: string;
  /**
   * Leaves the search table as it was: the caller rebuilds it once after several imports
   * (`rebuildSearch`; the state generator, whose per-county imports each rebuilt the whole
   * directory's search rows). Searches miss the imported rows until then.
   */
  readonly deferSearchRebuild?: boolean;
}

export interface ImportReport {
  readonly rowsRead: number;
  /** Rows written per file (empty when nothing was written). */
  readonly written: Readonly<Record<string, number>>;
  /** Rows identical to what is stored: they changed nothing. */
  readonly unchanged: number;
  readonly problems: readonly RowProblem[];
  readonly warnings: readonly RowProblem[];
  /** True when the rows were written. */
  readonly committed: boolean;
}

/** A record of another jurisdiction that an import would have changed. */
export interface RefusedRecord {
  readonly file: string;
  readonly line: number | null;
  readonly table: string;
  readonly id: string;
  readonly change: DirectoryChange;
  readonly ownerJurisdictionId: string;
  /** The owner's name, to know whom to ask. */
  readonly owner: string;
}

/** The whole import refused: it would change records other jurisdictions own. */
export class DirectoryImportRefused extends AppError {
  constructor(readonly records: readonly RefusedRecord[]) {
    super(
      403,
      'directory_record_of_another_jurisdiction',
      `Nothing was written: ${records.length} row(s) would change directory records another jurisdiction owns. Only the owner changes them; leave those rows out, or make them identical to what is stored.`,
      {},
      { records },
    );
  }
}

/** Imports from the command line (the operator) or from a coordinator or administrator. */
export async function importDirectory(
  app: AppServices,
  request: RequestContext,
  input: DatasetInput,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const editor = await importingEditor(app, request, options);
  const importer = editorJurisdiction(editor);
  const existing = idSets();
  for (const kind of HSDS_KINDS) existing[kind] = await directoryIds(app.db, kind);
  const checked = checkDataset(input, (kind) => existing[kind]);
  const problems = [...checked.problems];

  // Links name Lantern agencies: they must exist, and a new link names an agency of the
  // importing jurisdiction (a link identical to the stored one is not a change).
  const agencies = new Map<string, LinkChange['agency']>();
  const storedLinks = await linkedAgencies(app.db, [...checked.organizationLinks.keys()]);
  for (const [hsdsId, organizationId] of checked.organizationLinks) {
    const organization = await findOrganization(app.db, organizationId);
    const identical = storedLinks.get(hsdsId) === organizationId;
    if (!organization || (!identical && organization.jurisdictionId !== importer)) {
      problems.push({
        file: 'lantern_organizations.csv',
        line: checked.origins.get(originKey(LANTERN_FILES.organizations, hsdsId))?.line ?? null,
        ...codedReasons([
          {
            code: 'unlinkable_organization',
            values: { field: 'lantern_organization_id', id: organizationId },
          },
        ]),
      });
    } else agencies.set(hsdsId, organization);
  }

  const plan = await planImport(app.db, checked, agencies, importer);
  const refused = plan.changes.filter(
    (c) =>
      !decideDirectoryChange(editor, {
        change: c.change,
        ownerJurisdictionId: c.ownerJurisdictionId,
      }).allowed,
  );
  if (refused.length > 0) await refuse(app, request, editor, refused);

  const written: Record<string, number> = {};
  const commit = !options.dryRun && (problems.length === 0 || options.partial === true);
  if (commit) {
    const now = app.clock.now();
    await app.db.transaction(async (tx) => {
      for (const [kind, records] of checked.records) {
        await upsertRecords(tx, kind, records, importer, now);
        written[tableSpec(kind).file] = records.length;
      }
      await upsertServiceProfiles(tx, plan.serviceProfiles, now);
      await upsertLocationProfiles(
        tx,
        new Map(plan.confidentiality.map((c) => [c.locationId, c.confidential])),
        now,
      );
      for (const link of plan.links) {
        await upsertOrganizationLink(tx, link.hsdsOrganizationId, link.agency, now);
      }
      if (checked.serviceProfiles.length > 0) {
        written['lantern_services.csv'] = checked.serviceProfiles.length;
      }
      if (checked.confidentialLocations.size > 0) {
        written['lantern_locations.csv'] = checked.confidentialLocations.size;
      }
      if (agencies.size > 0) written['lantern_organizations.csv'] = agencies.size;
      await recordSensitiveChanges(tx, app, request, importer, plan, now);
      if (options.deferSearchRebuild !== true) await rebuildSearch(tx);
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'directory.import',
        outcome: 'allowed',
        targetType: 'directory',
        jurisdictionId: importer,
        details: {
          rows: checked.rowsRead,
          written: Object.values(written).reduce((a, b) => a + b, 0),
          refused: problems.length,
          partial: options.partial === true,
        },
      });
    });
  }
  return {
    rowsRead: checked.rowsRead,
    written,
    unchanged: plan.unchanged,
    problems,
    warnings: checked.warnings,
    committed: commit,
  };
}

/** Who imports: the signed-in coordinator or administrator, or the operator for a county. */
async function importingEditor(
  app: AppServices,
  request: RequestContext,
  options: ImportOptions,
): Promise<DirectoryEditor> {
  const actor = request.actor;
  if (actor) {
    await authorizeAdmin(app, request, 'directory.manage', {
      jurisdictionId: actor.jurisdictionId,
      type: 'directory',
    });
    if (options.jurisdictionId !== undefined && options.jurisdictionId !== actor.jurisdictionId) {
      throw forbidden('forbidden', 'Not allowed: you import for your own jurisdiction only.');
    }
    return { kind: 'staff', actor };
  }
  if (options.jurisdictionId === undefined) {
    throw badRequest(
      'jurisdiction_required',
      'Say which jurisdiction the import is for: it owns the records the import creates.',
    );
  }
  if (!(await findJurisdiction(app.db, options.jurisdictionId))) {
    throw badRequest('unknown_jurisdiction', 'There is no such jurisdiction.');
  }
  return { kind: 'operator', jurisdictionId: options.jurisdictionId };
}

/** Audits the refusal in its own transaction (the import writes nothing) and throws it. */
async function refuse(
  app: AppServices,
  request: RequestContext,
  editor: DirectoryEditor,
  refused: readonly RecordChange[],
): Promise<never> {
  const names = new Map((await listJurisdictions(app.db)).map((j) => [j.id, j.name]));
  const records = refused.map((c) => ({
    file: c.file,
    line: c.line,
    table: c.table,
    id: c.id,
    change: c.change,
    ownerJurisdictionId: c.ownerJurisdictionId,
    owner: names.get(c.ownerJurisdictionId) ?? c.ownerJurisdictionId,
  }));
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'directory.import_refused',
    outcome: 'denied',
    reason: 'The import would change directory records another jurisdiction owns.',
    targetType: 'directory',
    jurisdictionId: editorJurisdiction(editor),
    details: {
      records: records.length,
      refused: records.slice(0, 50).map((r) => ({
        table: r.table,
        id: r.id,
        change: r.change,
        ownerJurisdictionId: r.ownerJurisdictionId,
      })),
    },
  });
  throw new DirectoryImportRefused(records);
}

const nameOf = async (tx: Queryable, kind: HsdsKind, id: string) => {
  const [record] = await findRecords(tx, kind, [id]);
  return typeof record?.name === 'string' && record.name !== '' ? record.name : id;
};

/**
 * Each change of a location's confidentiality or of a provider link is audited; when the
 * record was there before this import, the owning county's coordinators are told too.
 */
async function recordSensitiveChanges(
  tx: Queryable,
  app: AppServices,
  request: RequestContext,
  owner: string,
  plan: ImportPlan,
  now: Date,
): Promise<void> {
  for (const change of plan.confidentiality) {
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'directory.location_confidentiality',
      outcome: 'allowed',
      targetType: 'directory_location',
      targetId: change.locationId,
      jurisdictionId: owner,
      details: {
        confidential: change.confidential,
        before: change.before,
        ownerJurisdictionId: owner,
        newLocation: !change.existed,
      },
    });
    if (!change.existed) continue;
    const name = await nameOf(tx, 'location', change.locationId);
    await notifyDirectoryOwner(tx, {
      ownerJurisdictionId: owner,
      content: {
        code: 'directory.location_confidentiality',
        params: { location: name, confidential: change.confidential ? 'yes' : 'no' },
      },
      message: change.confidential
        ? `The directory location "${name}" is now confidential: its address is shown only to the provider, the coordinator and agencies whose referral it accepted. Changed by a directory import.`
        : `The directory location "${name}" is no longer confidential: anyone can now read its address. Changed by a directory import.`,
      now,
    });
  }
  for (const link of plan.links) {
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'directory.provider_link',
      outcome: 'allowed',
      targetType: 'directory_organization',
      targetId: link.hsdsOrganizationId,
      jurisdictionId: owner,
      details: {
        agencyId: link.agency.id,
        beforeAgencyId: link.beforeAgencyId,
        ownerJurisdictionId: owner,
        newOrganization: !link.existed,
      },
    });
    if (!link.existed) continue;
    const name = await nameOf(tx, 'organization', link.hsdsOrganizationId);
    const before =
      link.beforeAgencyId === null ? null : await findOrganization(tx, link.beforeAgencyId);
    await notifyDirectoryOwner(tx, {
      ownerJurisdictionId: owner,
      content: {
        code: 'directory.provider_link',
        params: {
          directoryOrganization: name,
          agency: link.agency.name,
          ...(before ? { previousAgency: before.name } : {}),
        },
      },
      message:
        `The directory organization "${name}" now answers referrals through ${link.agency.name}` +
        (before ? ` instead of ${before.name}` : '') +
        '. Changed by a directory import.',
      now,
    });
  }
}
