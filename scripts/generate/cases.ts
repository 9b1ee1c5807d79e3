// The invented youth and what each case holds from the start: a team (organizations and one
// person of each), the youth's consent to share needs and referrals with the team, case notes in
// each author's own categories, and privileged notes sealed under the county's data key exactly
// as the app seals them (src/server/security/data-keys.ts), so the app reads them back.
import type { Database } from '../../src/db/database.js';
import { caseRoleFor, type CaseTeamRole } from '../../src/domain/case-team.js';
import { NOTE_CATEGORIES_BY_ORGANIZATION_TYPE } from '../../src/domain/category-writers.js';
import { storedNameWords } from '../../src/domain/name-match.js';
import type { OrganizationType, Role } from '../../src/domain/vocabulary.js';
import { notePurpose } from '../../src/server/security/data-keys.js';
import { seal } from '../../src/server/security/master-key.js';
import type { GeneratedCounty } from './counties.js';
import { padded, seededRandom, type Random } from './random.js';
import { TableWriter, type Progress } from './writer.js';

export interface TeamMember {
  readonly organizationId: string;
  readonly organizationType: OrganizationType;
  readonly userId: string;
  readonly role: Role;
}

export interface GeneratedYouth {
  readonly id: string;
  readonly county: number;
  readonly jurisdictionId: string;
  readonly createdAt: Date;
  /** Every generated case has an advocate, a qualified caseworker. */
  readonly advocate: TeamMember;
  /** Who opened the record. */
  readonly opener: TeamMember;
  /** The advocate and the opener first. */
  readonly team: readonly TeamMember[];
}

const DAY = 86_400_000;
/** Who opens a record: the agencies that meet a youth first. */
const OPENERS: readonly OrganizationType[] = ['law_enforcement', 'child_welfare', 'probation'];
/** Who else joins a team. */
const JOINERS: readonly OrganizationType[] = [
  'child_welfare',
  'medical',
  'mental_health',
  'district_attorney',
  'child_advocacy_center',
  'community_provider',
];
/** Roles that see nothing of a record never join a team. */
const TEAM_ROLES: ReadonlySet<Role> = new Set<Role>([
  'advocate',
  'child_welfare_worker',
  'probation_officer',
  'law_enforcement_officer',
  'prosecutor',
  'forensic_interviewer',
  'medical_provider',
  'mental_health_provider',
  'provider_intake',
]);

export const dateOf = (at: Date) => at.toISOString().slice(0, 10);

function member(random: Random, county: GeneratedCounty, type: OrganizationType): TeamMember {
  const organization = county.agency[type];
  const people = county.accounts.filter(
    (a) => a.organizationId === organization.id && TEAM_ROLES.has(a.role),
  );
  const person = random.pick(people);
  return {
    organizationId: organization.id,
    organizationType: type,
    userId: person.id,
    role: person.role,
  };
}

export async function generateCases(
  db: Database,
  input: { readonly seed: string; readonly youth: number; readonly now: Date },
  counties: readonly GeneratedCounty[],
  progress: Progress,
): Promise<GeneratedYouth[]> {
  const random = seededRandom(input.seed, 'youth');
  const now = input.now.getTime();
  const youthWriter = new TableWriter(
    db,
    'youth',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['case_number', 'text'],
      ['given_name', 'text'],
      ['family_name', 'text'],
      ['alias', 'text'],
      ['estimated_birth_year', 'int'],
      ['gender_identity', 'text'],
      ['languages', 'text[]'],
      ['created_by_user_id', 'uuid'],
      ['created_by_organization_id', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
      ['name_words', 'text'],
    ],
    progress,
    { expected: input.youth },
  );
  const youth: GeneratedYouth[] = [];
  const year = new Date(now).getUTCFullYear();
  for (let i = 1; i <= input.youth; i += 1) {
    const county = random.pick(counties);
    const createdAt = new Date(now - DAY - random.below(720 * DAY));
    const opener = member(random, county, random.pick(OPENERS));
    const advocate = member(random, county, 'advocacy');
    const team = [advocate, opener];
    for (const type of JOINERS) {
      if (team.some((m) => m.organizationType === type)) continue;
      if (random.chance(0.3)) team.push(member(random, county, type));
    }
    const identity = {
      givenName: 'Test',
      familyName: `Youth ${padded(i)}`,
      alias: random.chance(0.2) ? `Invented alias ${padded(i)}` : null,
    };
    const record: GeneratedYouth = {
      id: random.uuid(),
      county: county.index,
      jurisdictionId: county.id,
      createdAt,
      advocate,
      opener,
      team,
    };
    youth.push(record);
    await youthWriter.add([
      record.id,
      county.id,
      `${String(year)}-GEN-${padded(i, 7)}`,
      identity.givenName,
      identity.familyName,
      identity.alias,
      year - 12 - random.below(6),
      random.pick(['girl', 'girl', 'boy', 'nonbinary', null]),
      random.pick([['English'], ['Spanish', 'English'], ['Spanish'], ['Vietnamese', 'English']]),
      opener.userId,
      opener.organizationId,
      createdAt,
      createdAt,
      storedNameWords(identity),
    ]);
  }
  await youthWriter.finish();
  await writeTeams(db, youth, counties, progress);
  await writeConsents(db, input.seed, youth, counties, progress);
  await writeNotes(db, input.seed, youth, counties, progress);
  return youth;
}

async function writeTeams(
  db: Database,
  youth: readonly GeneratedYouth[],
  counties: readonly GeneratedCounty[],
  progress: Progress,
) {
  const writer = new TableWriter(
    db,
    'case_team_members',
    [
      ['jurisdiction_id', 'uuid'],
      ['youth_id', 'uuid'],
      ['organization_id', 'uuid'],
      ['user_id', 'uuid'],
      ['role', 'text'],
      ['added_by_user_id', 'uuid'],
      ['added_at', 'timestamptz'],
    ],
    progress,
  );
  for (const record of youth) {
    for (const m of record.team) {
      const role: CaseTeamRole = caseRoleFor(m.organizationType);
      for (const userId of [null, m.userId]) {
        await writer.add([
          record.jurisdictionId,
          record.id,
          m.organizationId,
          userId,
          role,
          record.opener.userId,
          record.createdAt,
        ]);
      }
    }
  }
  await writer.finish();
}

/**
 * The youth's consent, recorded by her advocate: needs and referrals to the rest of the team
 * (the advocate's own data flows at once, as in the demo), for a year from signing.
 */
async function writeConsents(
  db: Database,
  seed: string,
  youth: readonly GeneratedYouth[],
  counties: readonly GeneratedCounty[],
  progress: Progress,
) {
  const random = seededRandom(seed, 'consents');
  const writer = new TableWriter(
    db,
    'consents',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['youth_id', 'uuid'],
      ['recipient_organization_ids', 'uuid[]'],
      ['categories', 'text[]'],
      ['purpose', 'text'],
      ['given_by_kind', 'text'],
      ['explained_by_user_id', 'uuid'],
      ['explanation_method', 'text'],
      ['explanation_language', 'text'],
      ['signed_on', 'date'],
      ['expires_on', 'date'],
      ['recorded_by_user_id', 'uuid'],
      ['recorded_by_organization_id', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
    progress,
  );
  for (const record of youth) {
    const { advocate } = record;
    const others = record.team.filter((m) => m !== advocate);
    await writer.add([
      random.uuid(),
      record.jurisdictionId,
      record.id,
      others.map((m) => m.organizationId),
      ['needs_services', 'referrals'],
      'Generated consent: coordinate services (invented).',
      'youth',
      advocate.userId,
      'Read aloud together with the youth',
      random.chance(0.4) ? 'es' : 'en',
      dateOf(record.createdAt),
      dateOf(new Date(record.createdAt.getTime() + 364 * DAY)),
      advocate.userId,
      advocate.organizationId,
      record.createdAt,
    ]);
  }
  await writer.finish();
}

/** Two case notes per youth by team members, and a privileged note by the advocate for a third. */
async function writeNotes(
  db: Database,
  seed: string,
  youth: readonly GeneratedYouth[],
  counties: readonly GeneratedCounty[],
  progress: Progress,
) {
  const random = seededRandom(seed, 'notes');
  const caseNotes = new TableWriter(
    db,
    'case_notes',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['youth_id', 'uuid'],
      ['category', 'text'],
      ['body', 'text'],
      ['author_user_id', 'uuid'],
      ['author_organization_id', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
    progress,
    { expected: youth.length * 2 },
  );
  const privileged: { record: GeneratedYouth; id: string; at: Date; n: number }[] = [];
  let n = 0;
  for (const record of youth) {
    for (let k = 0; k < 2; k += 1) {
      n += 1;
      const author = random.pick(record.team);
      const categories = NOTE_CATEGORIES_BY_ORGANIZATION_TYPE[author.organizationType].filter(
        (c) => c !== 'identity',
      );
      await caseNotes.add([
        random.uuid(),
        record.jurisdictionId,
        record.id,
        random.pick(categories),
        `Generated note ${padded(n, 7)}: invented text about no real person.`,
        author.userId,
        author.organizationId,
        new Date(record.createdAt.getTime() + random.below(DAY)),
      ]);
    }
    if (random.chance(1 / 3)) {
      privileged.push({
        record,
        id: random.uuid(),
        at: new Date(record.createdAt.getTime() + random.below(DAY)),
        n: privileged.length + 1,
      });
    }
  }
  await caseNotes.finish();
  const sealed = new TableWriter(
    db,
    'privileged_notes',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['youth_id', 'uuid'],
      ['body_sealed', 'text'],
      ['key_version', 'int'],
      ['author_user_id', 'uuid'],
      ['author_organization_id', 'uuid'],
      ['written_on', 'date'],
      ['created_at', 'timestamptz'],
    ],
    progress,
    { expected: privileged.length },
  );
  for (const note of privileged) {
    const county = counties[note.record.county];
    if (!county) throw new Error('a note of no county');
    const { advocate } = note.record;
    await sealed.add([
      note.id,
      county.id,
      note.record.id,
      seal(
        county.dataKey.key,
        `Generated privileged note ${padded(note.n)}: invented, told to no one.`,
        notePurpose(note.id, note.record.id),
      ),
      county.dataKey.version,
      advocate.userId,
      advocate.organizationId,
      dateOf(note.at),
      note.at,
    ]);
  }
  await sealed.finish();
}
