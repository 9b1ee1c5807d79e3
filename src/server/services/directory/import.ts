// Importing an HSDS dataset: every row checked first; then all of it written in one
// transaction, or nothing when any row fails (unless the caller asked for a partial import,
// which writes exactly the rows that passed). The search table is rebuilt in the same
// transaction.
import { findOrganization } from '../../../db/repositories/organizations.js';
import {
  directoryIds,
  upsertLocationProfiles,
  upsertOrganizationLink,
  upsertRecords,
  upsertServiceProfiles,
} from '../../../db/repositories/directory.js';
import { checkDataset, type DatasetInput, type RowProblem } from '../../../hsds/dataset.js';
import { HSDS_KINDS, idSets, tableSpec } from '../../../hsds/tables.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { authorizeAdmin } from '../authorize.js';
import { rebuildSearch } from './search-index.js';

export interface ImportOptions {
  /** Write the rows that passed even when others failed. */
  readonly partial?: boolean;
  /** Check only; write nothing. */
  readonly dryRun?: boolean;
}

export interface ImportReport {
  readonly rowsRead: number;
  /** Rows written per file (empty when nothing was written). */
  readonly written: Readonly<Record<string, number>>;
  readonly problems: readonly RowProblem[];
  readonly warnings: readonly RowProblem[];
  /** True when the rows were written. */
  readonly committed: boolean;
}

/** Imports from the command line (the operator) or from a coordinator or administrator. */
export async function importDirectory(
  app: AppServices,
  request: RequestContext,
  input: DatasetInput,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const actor = request.actor;
  if (actor) {
    await authorizeAdmin(app, request, 'directory.manage', {
      jurisdictionId: actor.jurisdictionId,
      type: 'directory',
    });
  }
  const existing = idSets();
  for (const kind of HSDS_KINDS) existing[kind] = await directoryIds(app.db, kind);
  const checked = checkDataset(input, (kind) => existing[kind]);
  const problems = [...checked.problems];

  // Links name Lantern agencies: they must exist, and a coordinator links only their own.
  const links: [string, { id: string; jurisdictionId: string }][] = [];
  for (const [hsdsId, organizationId] of checked.organizationLinks) {
    const organization = await findOrganization(app.db, organizationId);
    if (!organization || (actor && organization.jurisdictionId !== actor.jurisdictionId)) {
      problems.push({
        file: 'lantern_organizations.csv',
        line: null,
        reason: `lantern_organization_id ${organizationId} is not an organization you can link`,
      });
    } else links.push([hsdsId, organization]);
  }

  const written: Record<string, number> = {};
  const commit = !options.dryRun && (problems.length === 0 || options.partial === true);
  if (commit) {
    const now = app.clock.now();
    await app.db.transaction(async (tx) => {
      for (const [kind, records] of checked.records) {
        await upsertRecords(tx, kind, records, now);
        written[tableSpec(kind).file] = records.length;
      }
      await upsertServiceProfiles(tx, checked.serviceProfiles, now);
      await upsertLocationProfiles(tx, checked.confidentialLocations, now);
      for (const [hsdsId, organization] of links) {
        await upsertOrganizationLink(tx, hsdsId, organization, now);
      }
      if (checked.serviceProfiles.length > 0) {
        written['lantern_services.csv'] = checked.serviceProfiles.length;
      }
      if (checked.confidentialLocations.size > 0) {
        written['lantern_locations.csv'] = checked.confidentialLocations.size;
      }
      if (links.length > 0) written['lantern_organizations.csv'] = links.length;
      await rebuildSearch(tx);
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'directory.import',
        outcome: 'allowed',
        targetType: 'directory',
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
    problems,
    warnings: checked.warnings,
    committed: commit,
  };
}
