// Safety plans' calls and shapes (docs/CONFIDENTIALITY.md, Safety plans). The shapes are derived
// from the server's schemas, so a changed field cannot drift.
import type { z } from 'zod';
import type {
  SafetyPlanSummary as SummarySchema,
  SafetyPlanVersion as VersionSchema,
  SafetyPlanView as ViewSchema,
} from '../../server/http/safety-plan-schemas.js';
import type { SafetyPlanType } from '../../domain/safety-plans.js';
import { ApiError, path, request } from './api';
import type { Wire } from './wire';

export type SafetyPlanSummary = Wire<z.output<typeof SummarySchema>>;
export type SafetyPlan = Wire<z.output<typeof ViewSchema>>;
export type SafetyPlanVersion = Wire<z.output<typeof VersionSchema>>;
export type { SafetyPlanType };

/** A plan as the form sends it (the server checks it against its type). */
export type SafetyPlanBody = Record<string, unknown> & { type: SafetyPlanType };

export async function listSafetyPlans(youthId: string): Promise<SafetyPlanSummary[]> {
  const url = `${path('/api/youth', youthId)}/safety-plans`;
  return (await request('GET', url)) as SafetyPlanSummary[];
}

export async function getSafetyPlan(id: string): Promise<SafetyPlan> {
  return (await request('GET', path('/api/safety-plans', id))) as SafetyPlan;
}

export async function createSafetyPlan(
  youthId: string,
  body: SafetyPlanBody & { startFrom?: string },
): Promise<SafetyPlan> {
  const url = `${path('/api/youth', youthId)}/safety-plans`;
  return (await request('POST', url, { body })) as SafetyPlan;
}

export async function saveSafetyPlan(
  id: string,
  body: SafetyPlanBody & { version: number },
): Promise<SafetyPlan> {
  return (await request('PUT', path('/api/safety-plans', id), { body })) as SafetyPlan;
}

/** Both versions of a refused save: the one sent, and the one saved meanwhile. */
export interface StaleVersions {
  readonly mine: { readonly version: number; readonly content: Record<string, unknown> };
  readonly current: {
    readonly version: number;
    readonly content: Record<string, unknown>;
    readonly savedByName: string;
    readonly savedAt: string;
  };
}

export function staleVersionsOf(error: unknown): StaleVersions | null {
  if (!(error instanceof ApiError) || error.code !== 'stale_version') return null;
  const { mine, current } = error.details as Partial<StaleVersions>;
  return mine && current ? { mine, current } : null;
}
