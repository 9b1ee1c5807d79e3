// The county protocol's API for the protocol screen: rules and their versions, the county's
// protocol decisions, holidays, the dry run and the printed protocol (docs/PROTOCOL.md). The rule
// shapes are the domain's own types, so the form builds exactly what the server checks.
import type { EventType } from '../../domain/case-events.js';
import type { ProtocolSettings, RuleDefinition } from '../../domain/protocol.js';
import { ApiError, request } from './api';

export type { ProtocolSettings, RuleDefinition };

/** One version of one rule, as the server keeps it. */
export interface RuleVersion extends RuleDefinition {
  id: string;
  key: string;
  version: number;
  active: boolean;
  countyDefault: boolean;
  createdAt: string;
  createdByUserId: string | null;
  /** Who saved it; null for the version installed with Lantern. */
  createdByName: string | null;
  retiredAt: string | null;
}

export interface Holiday {
  day: string;
  name: string;
}

export interface ProtocolView {
  rules: RuleVersion[];
  settings: ProtocolSettings;
  holidays: Holiday[];
  timeZone: string;
  pointPersonFunctions: string[];
}

export interface DryRunResult {
  rules: {
    key: string;
    version: number;
    name: string;
    draft: boolean;
    actions: {
      kind: string;
      title: string | null;
      dueAt: string | null;
      escalationsAt: string[];
    }[];
  }[];
}

/** A problem the server found in a rule, with the path of the field it names. */
export interface RuleProblem {
  code: string;
  path: string;
  message: string;
}

const base = (jurisdictionId: string) =>
  `/api/jurisdictions/${encodeURIComponent(jurisdictionId)}/protocol`;

export async function getProtocol(jurisdictionId: string): Promise<ProtocolView> {
  return (await request('GET', base(jurisdictionId))) as ProtocolView;
}

export async function getRuleVersions(jurisdictionId: string, key: string) {
  const url = `${base(jurisdictionId)}/rules/${encodeURIComponent(key)}`;
  return (await request('GET', url)) as RuleVersion[];
}

export async function saveRule(
  jurisdictionId: string,
  key: string,
  rule: unknown,
  active: boolean,
): Promise<RuleVersion> {
  const url = `${base(jurisdictionId)}/rules/${encodeURIComponent(key)}`;
  return (await request('PUT', url, { body: { rule, active } })) as RuleVersion;
}

export async function saveProtocolSettings(jurisdictionId: string, settings: ProtocolSettings) {
  const url = `${base(jurisdictionId)}/settings`;
  return (await request('PUT', url, { body: settings })) as ProtocolSettings;
}

export async function saveHolidays(jurisdictionId: string, holidays: Holiday[]) {
  const url = `${base(jurisdictionId)}/holidays`;
  return (await request('PUT', url, { body: { holidays } })) as Holiday[];
}

export interface DryRunInput {
  caseNumber?: string;
  event: { type: EventType; occurredAt: string; details: Record<string, unknown> };
  draft?: { key: string; rule: unknown };
}

export async function dryRun(jurisdictionId: string, input: DryRunInput): Promise<DryRunResult> {
  return (await request('POST', `${base(jurisdictionId)}/dry-run`, {
    body: input,
  })) as DryRunResult;
}

/**
 * Where the printed protocol is (a link the browser opens; the session cookie goes with it), in
 * the reader's language.
 */
export const protocolPdfUrl = (jurisdictionId: string, language: string) =>
  `/api/jurisdictions/${encodeURIComponent(jurisdictionId)}/protocol.pdf?language=${language.startsWith('es') ? 'es' : 'en'}`;

/** The problems of a refused rule (400 with error.problems), or none when it was not that. */
export function ruleProblemsOf(error: unknown): RuleProblem[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  const problems = error.details.problems;
  return Array.isArray(problems) ? (problems as RuleProblem[]) : [];
}

/** A rule of Lantern's default pack the county does not have, as the pack writes it. */
export interface PackRule extends RuleDefinition {
  key: string;
}

export async function getPackUpdates(jurisdictionId: string): Promise<{ missing: PackRule[] }> {
  return (await request('GET', `${base(jurisdictionId)}/pack`)) as { missing: PackRule[] };
}

export async function adoptPackRules(
  jurisdictionId: string,
  keys: string[],
): Promise<{ adopted: string[]; alreadyInCounty: string[] }> {
  return (await request('POST', `${base(jurisdictionId)}/pack`, { body: { keys } })) as {
    adopted: string[];
    alreadyInCounty: string[];
  };
}
