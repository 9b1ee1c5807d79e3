// Helpers for tests about youth cases: agreements among a world's organizations, and a case
// opened through the API the way a worker would.
import assert from 'node:assert/strict';
import type { Database } from '../../src/db/database.js';
import { insertMou } from '../../src/db/repositories/mous.js';
import {
  DATA_CATEGORIES,
  type DataCategory,
  type OrganizationType,
} from '../../src/domain/vocabulary.js';
import type { Client } from './http.js';
import type { World } from './world.js';

/** An agreement in force among the given organization types of the world. */
export async function agreement(
  db: Database,
  world: World,
  types: readonly OrganizationType[],
  categories: readonly DataCategory[] = DATA_CATEGORIES,
  dates: { startsOn?: string; endsOn?: string | null } = {},
): Promise<string> {
  return insertMou(db, world.jurisdictionId, {
    title: `Agreement ${types.join(' ')}`,
    purpose: 'Coordinated response (test)',
    categories: [...categories],
    organizationIds: types.map((t) => world.organizations[t].id),
    startsOn: dates.startsOn ?? '2026-01-01',
    endsOn: dates.endsOn ?? null,
  });
}

let counter = 0;

/** Opens a youth record as `client`; returns its id and case number. */
export async function openYouth(
  client: Client,
  identity: Record<string, unknown> = {},
): Promise<{ id: string; caseNumber: string }> {
  counter += 1;
  const response = await client.post('/api/youth', {
    givenName: `Youth${String(counter)}${Math.random().toString(36).slice(2, 8)}`,
    familyName: 'Tester',
    estimatedBirthYear: 2011,
    createAnyway: true,
    ...identity,
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<{ id: string; caseNumber: string }>();
}

export async function addToTeam(
  client: Client,
  youthId: string,
  organizationId: string,
  role = 'service_provider',
  userId?: string,
): Promise<void> {
  const response = await client.post(`/api/youth/${youthId}/team`, {
    organizationId,
    role,
    ...(userId ? { userId } : {}),
  });
  assert.equal(response.statusCode, 201, response.body);
}

export interface RecordBody {
  identity: Record<string, unknown> | null;
  caseNumber: string;
  categories: {
    category: DataCategory;
    visible: { organizationId: string; basis: string }[];
    withheld: { organizationId: string; reason: string; ask: { name: string } | null }[];
  }[];
  team: { organizationId: string; userId: string | null; removable: boolean }[];
  allowedActions: string[];
  privilege: { applies: boolean; citation: string | null };
}

export interface NoteBody {
  id: string;
  kind: 'case' | 'privileged';
  category: DataCategory | null;
  body: string;
  basis: string;
}

/** The categories of which the caller sees at least one holder's data. */
export function visibleCategories(record: RecordBody): DataCategory[] {
  return record.categories.filter((c) => c.visible.length > 0).map((c) => c.category);
}

export function consentBody(
  world: World,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    recipientOrganizationIds: [world.organizations.medical.id],
    categories: ['medical'],
    purpose: 'Coordinate health care',
    givenBy: { kind: 'youth' },
    explainedBy: {
      userId: world.people.advocate.id,
      method: 'Read aloud together',
      language: 'en',
    },
    signedAt: '2026-11-23',
    expiresAt: '2027-02-20',
    ...overrides,
  };
}

/** The holder's answer in its Releases inbox: accept the consent's release of its data. */
export async function acceptRelease(holder: Client, consentId: string): Promise<void> {
  const response = await holder.post(`/api/releases/${consentId}/accept`);
  assert.equal(response.statusCode, 200, response.body);
}
