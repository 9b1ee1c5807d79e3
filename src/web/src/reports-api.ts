// The county measures' API call and shapes, derived from the server's schemas so they cannot
// drift (src/server/http/report-schemas.ts). Dates travel as ISO strings.
import type { z } from 'zod';
import type {
  AdministrationDashboard as AdministrationDashboardSchema,
  CoordinatorDashboard as CoordinatorDashboardSchema,
  MeasuresReport as MeasuresReportSchema,
} from '../../server/http/report-schemas.js';
import type { Breakdown } from '../../domain/measures.js';
import { request } from './api';

type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export type MeasuresReport = Wire<z.output<typeof MeasuresReportSchema>>;
export type PublishedMeasure = MeasuresReport['measures'][number];
export type MeasureTable = NonNullable<PublishedMeasure['table']>;
export type MeasureCell = MeasureTable['totals'][number];
export type CoordinatorDashboard = Wire<z.output<typeof CoordinatorDashboardSchema>>;
export type AdministrationDashboard = Wire<z.output<typeof AdministrationDashboardSchema>>;
export type { Breakdown };

export interface MeasuresFilter {
  readonly from: string;
  readonly to: string;
  readonly by: Breakdown;
}

export function measuresQuery(filter: MeasuresFilter): string {
  return new URLSearchParams({ from: filter.from, to: filter.to, by: filter.by }).toString();
}

/** With `comparePrevious`, each measure also carries the period before's table (`previous`). */
export async function readMeasures(
  filter: MeasuresFilter,
  comparePrevious = false,
): Promise<MeasuresReport> {
  const compare = comparePrevious ? '&compare=previous' : '';
  return (await request(
    'GET',
    `/api/reports/measures?${measuresQuery(filter)}${compare}`,
  )) as MeasuresReport;
}

export async function readCoordinatorDashboard(): Promise<CoordinatorDashboard> {
  return (await request('GET', '/api/reports/coordinator')) as CoordinatorDashboard;
}

export async function readAdministrationDashboard(): Promise<AdministrationDashboard> {
  return (await request('GET', '/api/reports/administration')) as AdministrationDashboard;
}

export const measuresCsvUrl = (filter: MeasuresFilter) =>
  `/api/reports/measures.csv?${measuresQuery(filter)}`;

/** The quarterly board report (docs/REPORTS.md, "The board report"). */
export const boardReportUrl = (quarter: string, language: 'en' | 'es') =>
  `/api/reports/board.pdf?${new URLSearchParams({ quarter, language }).toString()}`;
