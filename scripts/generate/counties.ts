// The invented state's counties: each with one agency of every type and extra community
// providers, a few accounts per agency (a coordinator and an administrator at the county lead),
// a point person per organization who approves for it, qualified caseworkers among the
// advocates, one interagency agreement, the California legal profile, the default protocol
// pack and the county's data key. Every name says it is invented.
import type { Database } from '../../src/db/database.js';
import { saveLegalProfile } from '../../src/db/repositories/legal.js';
import { installProtocolPack } from '../../src/db/repositories/protocol.js';
import { CALIFORNIA_LEGAL_PROFILE } from '../../src/domain/legal-profile.js';
import {
  DATA_CATEGORIES,
  ORGANIZATION_TYPES,
  ROLES_BY_ORGANIZATION_TYPE,
  type OrganizationType,
  type Role,
} from '../../src/domain/vocabulary.js';
import { currentDataKey, type DataKey } from '../../src/server/security/data-keys.js';
import { padded, seededRandom } from './random.js';
import { TableWriter, type Progress } from './writer.js';

export interface GeneratedOrganization {
  readonly id: string;
  readonly type: OrganizationType;
  readonly name: string;
}

export interface GeneratedAccount {
  readonly id: string;
  readonly email: string;
  readonly organizationId: string;
  readonly organizationType: OrganizationType;
  readonly role: Role;
}

export interface GeneratedCounty {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly agency: Readonly<Record<OrganizationType, GeneratedOrganization>>;
  /** Community providers, the agency of that type first: they answer referrals. */
  readonly providers: readonly GeneratedOrganization[];
  readonly organizations: readonly GeneratedOrganization[];
  readonly accounts: readonly GeneratedAccount[];
  readonly accountsByRole: ReadonlyMap<Role, readonly GeneratedAccount[]>;
  readonly dataKey: DataKey;
}

/** Accounts per role at each agency; the county lead has one administrator. */
const ACCOUNTS_PER_ROLE = 2;

export const countyName = (index: number) => `Invented County ${padded(index + 1, 2)}`;
const countyDomain = (index: number) => `county-${padded(index + 1, 2)}.invented.test`;

const words = (text: string) => text.replace(/_/g, ' ');

export async function generateCounties(
  db: Database,
  input: {
    readonly seed: string;
    readonly counties: number;
    readonly organizations: number;
    readonly passwordHash: string;
    readonly masterKey: Buffer;
    readonly now: Date;
  },
  progress: Progress,
): Promise<GeneratedCounty[]> {
  const random = seededRandom(input.seed, 'counties');
  const { now } = input;
  const today = now.toISOString().slice(0, 10);
  const jurisdictions = new TableWriter(
    db,
    'jurisdictions',
    [
      ['id', 'uuid'],
      ['name', 'text'],
      ['kind', 'text'],
      ['state_code', 'text'],
      ['created_at', 'timestamptz'],
    ],
    progress,
  );
  const shells = Array.from({ length: input.counties }, (_, index) => ({
    index,
    id: random.uuid(),
    name: countyName(index),
  }));
  for (const county of shells) {
    await jurisdictions.add([county.id, county.name, 'county', 'CA', now]);
  }
  await jurisdictions.finish();

  // Agencies of every type in each county, then community providers dealt out in turn.
  const extraProviders = Math.max(
    0,
    input.organizations - input.counties * ORGANIZATION_TYPES.length,
  );
  let organizationNumber = 0;
  const organizationsOf = shells.map(() => [] as GeneratedOrganization[]);
  const newOrganization = (county: number, type: OrganizationType) => {
    organizationNumber += 1;
    const organization = {
      id: random.uuid(),
      type,
      name: `Invented Agency ${String(organizationNumber)} (${words(type)})`,
    };
    organizationsOf[county]?.push(organization);
    return organization;
  };
  const agencies = shells.map(
    (county) =>
      Object.fromEntries(
        ORGANIZATION_TYPES.map((type) => [type, newOrganization(county.index, type)]),
      ) as Record<OrganizationType, GeneratedOrganization>,
  );
  for (let p = 0; p < extraProviders; p += 1) {
    newOrganization(p % input.counties, 'community_provider');
  }

  const organizations = new TableWriter(
    db,
    'organizations',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['name', 'text'],
      ['type', 'text'],
      ['phone', 'text'],
      ['email', 'text'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    progress,
    { expected: organizationNumber },
  );
  for (const county of shells) {
    for (const organization of organizationsOf[county.index] ?? []) {
      await organizations.add([
        organization.id,
        county.id,
        organization.name,
        organization.type,
        `555-01${padded(random.below(100), 2)}`,
        null,
        now,
        now,
      ]);
    }
  }
  await organizations.finish();

  const users = new TableWriter(
    db,
    'users',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['organization_id', 'uuid'],
      ['email', 'text'],
      ['display_name', 'text'],
      ['roles', 'text[]'],
      ['language', 'text'],
      ['password_hash', 'text'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    progress,
  );
  let personNumber = 0;
  const accountsOf = shells.map(() => [] as GeneratedAccount[]);
  for (const county of shells) {
    const perRole = new Map<Role, number>();
    for (const organization of organizationsOf[county.index] ?? []) {
      const isAgency = agencies[county.index]?.[organization.type]?.id === organization.id;
      const roles: readonly Role[] = isAgency
        ? ROLES_BY_ORGANIZATION_TYPE[organization.type]
        : ['provider_intake'];
      for (const role of roles) {
        const count = !isAgency || role === 'administrator' ? 1 : ACCOUNTS_PER_ROLE;
        for (let k = 0; k < count; k += 1) {
          const n = (perRole.get(role) ?? 0) + 1;
          perRole.set(role, n);
          personNumber += 1;
          const account: GeneratedAccount = {
            id: random.uuid(),
            email: `${role.replace(/_/g, '-')}.${padded(n, 3)}@${countyDomain(county.index)}`,
            organizationId: organization.id,
            organizationType: organization.type,
            role,
          };
          accountsOf[county.index]?.push(account);
          await users.add([
            account.id,
            county.id,
            organization.id,
            account.email,
            `Test Person ${padded(personNumber)}`,
            [role],
            random.chance(0.2) ? 'es' : 'en',
            input.passwordHash,
            now,
            now,
          ]);
        }
      }
    }
  }
  await users.finish();

  // A point person per organization: its first account, which makes that person the
  // organization's approver (docs/ARCHITECTURE.md, "A second person").
  const pointPersons = new TableWriter(
    db,
    'point_persons',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['organization_id', 'uuid'],
      ['function', 'text'],
      ['name', 'text'],
      ['title', 'text'],
      ['phone', 'text'],
      ['after_hours_phone', 'text'],
      ['email', 'text'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    progress,
  );
  for (const county of shells) {
    const accounts = accountsOf[county.index] ?? [];
    for (const organization of organizationsOf[county.index] ?? []) {
      const first = accounts.find(
        (a) => a.organizationId === organization.id && a.role !== 'administrator',
      );
      await pointPersons.add([
        random.uuid(),
        county.id,
        organization.id,
        organization.type === 'county_lead' ? 'CSEC coordinator' : 'CSEC point person',
        `Test Point Person ${padded(random.below(1_000_000))}`,
        'Invented title',
        `555-02${padded(random.below(100), 2)}`,
        `555-03${padded(random.below(100), 2)}`,
        first?.email ?? null,
        now,
        now,
      ]);
    }
  }
  await pointPersons.finish();

  // Advocates of the advocacy agencies are qualified caseworkers, so their privileged notes
  // are theirs to read under the California profile.
  const qualifications = new TableWriter(
    db,
    'caseworker_qualifications',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['user_id', 'uuid'],
      ['basis', 'text'],
      ['training_hours', 'int'],
      ['supervisor', 'text'],
      ['completed_on', 'date'],
      ['recorded_at', 'timestamptz'],
      ['approved_at', 'timestamptz'],
    ],
    progress,
  );
  for (const county of shells) {
    for (const account of accountsOf[county.index] ?? []) {
      if (account.role !== 'advocate' || account.organizationType !== 'advocacy') continue;
      await qualifications.add([
        random.uuid(),
        county.id,
        account.id,
        'training',
        40,
        'Invented supervisor',
        today,
        now,
        now,
      ]);
    }
  }
  await qualifications.finish();

  const mous = new TableWriter(
    db,
    'mous',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['title', 'text'],
      ['purpose', 'text'],
      ['categories', 'text[]'],
      ['starts_on', 'date'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    progress,
  );
  const parties = new TableWriter(
    db,
    'mou_parties',
    [
      ['mou_id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['organization_id', 'uuid'],
    ],
    progress,
  );
  const mouIds = shells.map(() => random.uuid());
  for (const county of shells) {
    await mous.add([
      mouIds[county.index],
      county.id,
      `${county.name} generated interagency agreement`,
      'Generated for load and scale tests; no real agency signed it.',
      [...DATA_CATEGORIES],
      '2020-01-01',
      now,
      now,
    ]);
  }
  await mous.finish();
  for (const county of shells) {
    for (const organization of organizationsOf[county.index] ?? []) {
      await parties.add([mouIds[county.index], county.id, organization.id]);
    }
  }
  await parties.finish();

  // The law as data, the protocol and the data key: a few statements per county, through the
  // repositories the app uses.
  const started = performance.now();
  const counties: GeneratedCounty[] = [];
  for (const county of shells) {
    await saveLegalProfile(db, county.id, CALIFORNIA_LEGAL_PROFILE);
    await installProtocolPack(db, county.id, now);
    const dataKey = await currentDataKey(db, input.masterKey, county.id);
    const accounts = accountsOf[county.index] ?? [];
    const accountsByRole = new Map<Role, GeneratedAccount[]>();
    for (const account of accounts) {
      accountsByRole.set(account.role, [...(accountsByRole.get(account.role) ?? []), account]);
    }
    const agency = agencies[county.index];
    const all = organizationsOf[county.index] ?? [];
    if (!agency) throw new Error('a county without agencies');
    counties.push({
      ...county,
      agency,
      providers: all.filter((o) => o.type === 'community_provider'),
      organizations: all,
      accounts,
      accountsByRole,
      dataKey,
    });
  }
  progress.done('profiles, protocol, keys', counties.length, (performance.now() - started) / 1000);
  return counties;
}
