// The invented state's directory: the directory bench's services (scripts/directory-dataset.ts),
// dealt out to the counties by organization and imported through the app's own import, so
// every row is checked against HSDS and the search table is built as the app builds it. Each
// HSDS organization is linked to one of its county's community providers, which answers its
// referrals.
import { createHash } from 'node:crypto';
import type { Need } from '../../src/domain/matching.js';
import type { AppServices } from '../../src/server/context.js';
import { commandLine } from '../../src/server/context.js';
import { importDirectory } from '../../src/server/services/directory/import.js';
import { rebuildSearch } from '../../src/server/services/directory/search-index.js';
import { dataset } from '../directory-dataset.js';
import type { GeneratedCounty } from './counties.js';
import type { Progress } from './writer.js';

export interface GeneratedService {
  readonly id: string;
  readonly name: string;
  readonly needs: readonly Need[];
  /** The Lantern organization that answers its referrals. */
  readonly providerOrganizationId: string;
}

type Row = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export async function generateDirectory(
  app: AppServices,
  input: { readonly seed: string; readonly services: number },
  counties: readonly GeneratedCounty[],
  progress: Progress,
): Promise<GeneratedService[][]> {
  const started = performance.now();
  const seedNumber = createHash('sha256')
    .update(`${input.seed}\ndirectory`)
    .digest()
    .readUInt32LE(0);
  const tables = dataset(input.services, seedNumber);
  const organizations = tables['organizations.csv'] ?? [];
  // Which county each HSDS organization, service and location belongs to.
  const countyOfOrganization = new Map<string, number>();
  organizations.forEach((row, i) => countyOfOrganization.set(text(row.id), i % counties.length));
  const countyOfService = new Map<string, number>();
  const countyOfLocation = new Map<string, number>();
  for (const row of tables['services.csv'] ?? []) {
    countyOfService.set(text(row.id), countyOfOrganization.get(text(row.organization_id)) ?? 0);
  }
  for (const row of tables['service_at_location.csv'] ?? []) {
    countyOfLocation.set(text(row.location_id), countyOfService.get(text(row.service_id)) ?? 0);
  }
  const countyOf = (file: string, row: Row): number => {
    if (file === 'organizations.csv') return countyOfOrganization.get(text(row.id)) ?? 0;
    if (file === 'services.csv') return countyOfService.get(text(row.id)) ?? 0;
    if (file === 'locations.csv') return countyOfLocation.get(text(row.id)) ?? 0;
    if (file === 'addresses.csv') return countyOfLocation.get(text(row.location_id)) ?? 0;
    return countyOfService.get(text(row.service_id)) ?? 0;
  };
  const perCounty = counties.map((): Record<string, Row[]> => ({}));
  const filesOf = (county: number): Record<string, Row[]> => {
    const files = perCounty[county];
    if (!files) throw new Error(`no county ${String(county)}`);
    return files;
  };
  for (const [file, rows] of Object.entries(tables)) {
    for (const row of rows) (filesOf(countyOf(file, row))[file] ??= []).push(row);
  }
  const providerOf = new Map<string, string>();
  for (const county of counties) {
    const files = filesOf(county.index);
    files['lantern_organizations.csv'] = (files['organizations.csv'] ?? []).map((row, i) => {
      const provider = county.providers[i % county.providers.length];
      if (!provider) throw new Error(`${county.name} has no community provider`);
      providerOf.set(text(row.id), provider.id);
      return { organization_id: row.id, lantern_organization_id: provider.id };
    });
  }
  const services = counties.map((): GeneratedService[] => []);
  const needsOf = new Map<string, Need[]>();
  for (const row of tables['lantern_services.csv'] ?? []) {
    needsOf.set(text(row.service_id), text(row.needs).split(',') as Need[]);
  }
  let rows = 0;
  for (const county of counties) {
    const files = filesOf(county.index);
    // The search table once at the end, not the whole directory's again after every county.
    const report = await importDirectory(app, commandLine, files, {
      jurisdictionId: county.id,
      deferSearchRebuild: true,
    });
    if (!report.committed || report.problems.length > 0) {
      throw new Error(
        `${county.name}'s directory did not import: ${JSON.stringify(report.problems.slice(0, 3))}`,
      );
    }
    rows += report.rowsRead;
    progress.line(`  directory: ${county.name}, ${String(rows)} HSDS rows so far`);
    for (const row of files['services.csv'] ?? []) {
      services[county.index]?.push({
        id: text(row.id),
        name: text(row.name),
        needs: needsOf.get(text(row.id)) ?? [],
        providerOrganizationId: providerOf.get(text(row.organization_id)) ?? '',
      });
    }
  }
  await app.db.transaction((tx) => rebuildSearch(tx));
  progress.done('directory (HSDS rows imported)', rows, (performance.now() - started) / 1000);
  return services;
}
