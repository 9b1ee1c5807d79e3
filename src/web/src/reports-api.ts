// The county measures' API call and shapes, derived from the server's schemas so they cannot
// drift (src/server/http/report-schemas.ts). Dates travel as ISO strings.
import type { z } from 'zod';
import type { MeasuresReport as MeasuresReportSchema } from '../../server/http/report-schemas.js';
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
export type MeasureCell = NonNullable<PublishedMeasure['table']>['totals'][number];
export type { Breakdown };

export interface MeasuresFilter {
  readonly from: string;
  readonly to: string;
  readonly by: Breakdown;
}

export function measuresQuery(filter: MeasuresFilter): string {
  return new URLSearchParams({ from: filter.from, to: filter.to, by: filter.by }).toString();
}

export async function readMeasures(filter: MeasuresFilter): Promise<MeasuresReport> {
  return (await request('GET', `/api/reports/measures?${measuresQuery(filter)}`)) as MeasuresReport;
}

export const measuresCsvUrl = (filter: MeasuresFilter) =>
  `/api/reports/measures.csv?${measuresQuery(filter)}`;

/** The quarterly board report (docs/REPORTS.md, "The board report"). */
export const boardReportUrl = (quarter: string, language: 'en' | 'es') =>
  `/api/reports/board.pdf?${new URLSearchParams({ quarter, language }).toString()}`;
