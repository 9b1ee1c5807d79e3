// Each test builds its own world: a fresh jurisdiction with its own organizations and people,
// so tests never share state and never wipe tables.
import { installProtocolPack } from '../../src/db/repositories/protocol.js';
import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { insertJurisdiction } from '../../src/db/repositories/jurisdictions.js';
import { insertOrganization, type Organization } from '../../src/db/repositories/organizations.js';
import { insertUser } from '../../src/db/repositories/users.js';
import {
  ORGANIZATION_TYPES,
  ROLES_BY_ORGANIZATION_TYPE,
  type OrganizationType,
  type Role,
} from '../../src/domain/vocabulary.js';
import type { AppServices, Clock } from '../../src/server/context.js';
import { hashPassword, type PasswordCost } from '../../src/server/security/passwords.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';

export const PASSWORD = 'correct horse battery';

/**
 * Test accounts' password hashes, and every hash the services under test make (accounts an
 * administrator opens, approvals, password changes, the decoy a refused sign-in checks against):
 * argon2id like every hash Lantern makes, at a low cost (1 MiB, one pass) so that the suite's
 * thousands of sign-ins do not spend minutes hashing. Verification reads the cost from the hash,
 * so sign-in runs the real code. A county's server always hashes at Lantern's own cost
 * (LANTERN_PASSWORD_COST in src/server/security/passwords.ts); the sign-in timing test uses it.
 */
export const TEST_PASSWORD_COST: PasswordCost = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

export function cheapHash(password: string): Promise<string> {
  return hashPassword(password, TEST_PASSWORD_COST);
}

let passwordHash: Promise<string> | undefined;
const hashed = () => (passwordHash ??= cheapHash(PASSWORD));

let demoHash: Promise<string> | undefined;
/** The demo password's hash for seedDemoCounty in tests. */
export const demoPasswordHash = () => (demoHash ??= cheapHash(DEMO_PASSWORD));

/** A clock tests can move. */
export class TestClock implements Clock {
  private current: number;
  constructor(start = Date.parse('2026-11-23T10:00:00Z')) {
    this.current = start;
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * The run's master key when the runner gives one (LANTERN_TEST_MASTER_KEY, base64, made fresh
 * per run: the demo snapshot's county keys are wrapped with it), else one made for this process.
 * Either way every services object of a process shares it, as the demo seeded by
 * test/support/demo-database.ts and the app that reads it must.
 */
function runMasterKey(): Buffer {
  const given = process.env.LANTERN_TEST_MASTER_KEY;
  if (!given) return randomBytes(32);
  const key = Buffer.from(given, 'base64');
  if (key.length !== 32) throw new Error('LANTERN_TEST_MASTER_KEY must hold 32 bytes, base64');
  return key;
}
let masterKey: Buffer | undefined;
const testMasterKey = () => (masterKey ??= runMasterKey());

export function testServices(
  db: Database,
  options: { demoMode?: boolean; clock?: TestClock } = {},
): AppServices & { clock: TestClock } {
  // Rate limits count real time across a whole file's tests; the lockout tests use the clock.
  const config: Config = {
    ...loadConfig({}),
    demoMode: options.demoMode ?? false,
    secureCookies: false,
    signInRateLimitPerMinute: 10_000,
    publicRateLimitPerMinute: 100_000,
    importLimitBytes: 20 * 1024 * 1024,
  };
  return {
    db,
    config,
    clock: options.clock ?? new TestClock(),
    masterKey: testMasterKey(),
    passwordCost: TEST_PASSWORD_COST,
  };
}

export interface TestPerson {
  readonly id: string;
  readonly email: string;
  readonly organizationId: string;
  readonly roles: readonly Role[];
}

export interface World {
  readonly jurisdictionId: string;
  readonly organizations: Readonly<Record<OrganizationType, Organization>>;
  /** One person per role, at the organization type that role belongs to. */
  readonly people: Readonly<Record<Role, TestPerson>>;
}

const unique = () => randomBytes(4).toString('hex');

export async function createWorld(db: Database, label = 'County'): Promise<World> {
  const tag = unique();
  const jurisdiction = await insertJurisdiction(db, {
    name: `${label} ${tag}`,
    kind: 'county',
    stateCode: 'CA',
  });
  await installProtocolPack(db, jurisdiction.id, new Date('2020-01-01T00:00:00Z'));
  const organizations = {} as Record<OrganizationType, Organization>;
  const people = {} as Record<Role, TestPerson>;
  const hash = await hashed();
  for (const type of ORGANIZATION_TYPES) {
    organizations[type] = await insertOrganization(db, {
      jurisdictionId: jurisdiction.id,
      name: `${type} ${tag}`,
      type,
      phone: null,
      email: null,
    });
    for (const role of ROLES_BY_ORGANIZATION_TYPE[type]) {
      if (people[role]) continue;
      const email = `${role}.${tag}@test.example`;
      const id = await insertUser(db, {
        jurisdictionId: jurisdiction.id,
        organizationId: organizations[type].id,
        email,
        displayName: `${role} ${tag}`,
        roles: [role],
        language: 'en',
        passwordHash: hash,
        mustChangePassword: false,
      });
      people[role] = { id, email, organizationId: organizations[type].id, roles: [role] };
    }
  }
  return { jurisdictionId: jurisdiction.id, organizations, people };
}
