// A generated county for the measures test: a few hundred youth with events, tasks, referrals,
// missing episodes, screenings, consents and break-glass openings, written by batched SQL inserts
// (seconds, not minutes) and kept as plain objects so the test can count them on its own.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../src/db/database.js';
import type { OrganizationType, Role } from '../../src/domain/vocabulary.js';
import { breakGlassReasonPurpose, currentDataKey } from '../../src/server/security/data-keys.js';
import { seal } from '../../src/server/security/master-key.js';
import type { World } from '../support/world.js';

export const TIME_ZONE = 'America/Los_Angeles';

export interface FixtureYouth {
  readonly id: string;
  readonly caseNumber: string;
  readonly givenName: string;
  readonly birthDate: string | null;
  readonly birthYear: number | null;
  readonly gender: string | null;
  readonly raceEthnicity: string[] | null;
}
export interface FixtureEvent {
  readonly id: string;
  readonly youthId: string;
  readonly type: string;
  readonly at: Date;
  readonly orgType: OrganizationType;
}
export interface FixtureTask {
  readonly id: string;
  readonly youthId: string;
  readonly eventId: string | null;
  readonly kind: 'action' | 'screening';
  readonly orgType: OrganizationType;
  readonly ruleKey: string | null;
  readonly dueAt: Date;
  readonly status: 'open' | 'done' | 'cancelled';
  readonly completedAt: Date | null;
}
export interface FixtureReferral {
  readonly id: string;
  readonly youthId: string;
  readonly orgType: OrganizationType;
  readonly status: string;
  readonly sentAt: Date | null;
  readonly firstResponseAt: Date | null;
}
export interface FixtureEpisode {
  readonly youthId: string;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
}
export interface FixtureScreening {
  readonly youthId: string;
  readonly at: Date;
  readonly positive: boolean;
  readonly orgType: OrganizationType;
}
export interface FixtureConsent {
  readonly youthId: string;
  readonly createdAt: Date;
  readonly expiresOn: string;
  readonly revokedAt: Date | null;
  readonly orgType: OrganizationType;
}
export interface FixtureBreakGlass {
  readonly youthId: string;
  readonly openedAt: Date;
  readonly orgType: OrganizationType;
}

export interface Fixture {
  readonly youth: FixtureYouth[];
  readonly events: FixtureEvent[];
  readonly tasks: FixtureTask[];
  readonly referrals: FixtureReferral[];
  readonly episodes: FixtureEpisode[];
  readonly screenings: FixtureScreening[];
  readonly consents: FixtureConsent[];
  readonly breakGlass: FixtureBreakGlass[];
}

/** A small seeded generator (mulberry32), so a failure can be repeated. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const HOUR = 3_600_000;
// From a little before the reported year to a little after, so the edges are tried.
const SPAN_START = Date.parse('2025-12-20T00:00:00Z');
const SPAN_END = Date.parse('2027-01-10T00:00:00Z');

const ROLE_OF: Partial<Record<OrganizationType, Role>> = {
  law_enforcement: 'law_enforcement_officer',
  child_welfare: 'child_welfare_worker',
  advocacy: 'advocate',
  probation: 'probation_officer',
  medical: 'medical_provider',
  mental_health: 'mental_health_provider',
  community_provider: 'provider_intake',
};

export function generateFixture(seed: number, size: number): Fixture {
  const random = generator(seed);
  const at = () => new Date(SPAN_START + random.int(SPAN_END - SPAN_START));
  const later = (from: Date, maxHours: number) =>
    new Date(from.getTime() + random.int(maxHours * HOUR) + 60_000);
  const fixture: Fixture = {
    youth: [],
    events: [],
    tasks: [],
    referrals: [],
    episodes: [],
    screenings: [],
    consents: [],
    breakGlass: [],
  };
  const genders = ['girl', 'Female', ' F ', 'Niña', 'boy', 'male', 'nonbinary', null, ''];
  // By the youth's number, not the random stream, so the other facts stay as they were.
  const races = [
    null,
    ['hispanic_latino'],
    ['white'],
    ['black_african_american', 'hispanic_latino'],
    null,
    ['asian'],
    ['prefers_not_to_say'],
    ['american_indian_alaska_native', 'white'],
    ['unknown'],
    ['hispanic_latino'],
    ['middle_eastern_north_african'],
  ];
  for (let i = 0; i < size; i++) {
    const year = 2006 + random.int(12);
    const birthDate = random.chance(0.7)
      ? `${String(year)}-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`
      : null;
    const birthYear = birthDate === null && random.chance(0.6) ? year : null;
    const youth = {
      id: randomUUID(),
      caseNumber: `FX-${String(seed)}-${String(i)}`,
      givenName: `Fixturename${String(i)}x${String(seed)}`,
      birthDate,
      birthYear,
      gender: random.pick(genders),
      raceEthnicity: races[i % races.length] ?? null,
    };
    fixture.youth.push(youth);
    const event = (type: string, when: Date, orgType: OrganizationType) => {
      const recorded = { id: randomUUID(), youthId: youth.id, type, at: when, orgType };
      fixture.events.push(recorded);
      return recorded;
    };
    let identifiedAt: Date | null = null;
    if (random.chance(0.8)) {
      const source = random.pick<OrganizationType>([
        'law_enforcement',
        'law_enforcement',
        'child_welfare',
        'advocacy',
      ]);
      const identification = event('identification', at(), source);
      identifiedAt = identification.at;
      for (const orgType of ['advocacy', 'medical'] as const) {
        const dueAt = later(identification.at, orgType === 'advocacy' ? 2 : 72);
        const outcome = random.int(20);
        const status = outcome < 15 ? 'done' : outcome < 19 ? 'open' : 'cancelled';
        const completedAt =
          status !== 'done'
            ? null
            : outcome < 10
              ? new Date(dueAt.getTime() - random.int(HOUR))
              : later(dueAt, 48);
        fixture.tasks.push({
          id: randomUUID(),
          youthId: youth.id,
          eventId: identification.id,
          kind: 'action',
          orgType,
          ruleKey: orgType === 'advocacy' ? 'le-identification-advocate' : null,
          dueAt,
          status,
          completedAt,
        });
      }
    }
    for (const type of ['placement_change', 'arrest_attempt', 'detention', 'charging']) {
      if (random.chance(type === 'placement_change' ? 0.5 : 0.2)) {
        event(type, at(), type === 'placement_change' ? 'child_welfare' : 'law_enforcement');
      }
    }
    if (random.chance(0.35)) {
      const missing = event('missing', at(), 'child_welfare');
      const returned = random.chance(0.7)
        ? event('returned', later(missing.at, 200), 'law_enforcement')
        : null;
      fixture.episodes.push({
        youthId: youth.id,
        startedAt: missing.at,
        endedAt: returned?.at ?? null,
      });
    }
    if (random.chance(0.6)) {
      const sentAt = identifiedAt && random.chance(0.8) ? later(identifiedAt, 120) : at();
      const unsent = random.chance(0.05);
      fixture.referrals.push({
        id: randomUUID(),
        youthId: youth.id,
        orgType: random.pick<OrganizationType>(['community_provider', 'mental_health', 'medical']),
        status: unsent
          ? 'draft'
          : random.pick([
              'sent',
              'accepted',
              'accepted',
              'declined',
              'enrolled',
              'completed',
              'info_requested',
              'withdrawn',
              'ended',
            ]),
        sentAt: unsent ? null : sentAt,
        firstResponseAt: !unsent && random.chance(0.7) ? later(sentAt, 96) : null,
      });
    }
    if (random.chance(0.5)) {
      const administered = at();
      fixture.screenings.push({
        youthId: youth.id,
        at: administered,
        positive: random.chance(0.4),
        orgType: random.pick<OrganizationType>(['child_welfare', 'probation']),
      });
      const dueAt = later(administered, 24 * 30);
      const done = random.chance(0.6);
      fixture.tasks.push({
        id: randomUUID(),
        youthId: youth.id,
        eventId: null,
        kind: 'screening',
        orgType: 'child_welfare',
        ruleKey: null,
        dueAt,
        status: done ? 'done' : random.chance(0.1) ? 'cancelled' : 'open',
        completedAt: done ? later(dueAt, 24) : null,
      });
    }
    if (random.chance(0.6)) {
      const createdAt = at();
      const expires = new Date(createdAt.getTime() + (30 + random.int(200)) * 24 * HOUR);
      fixture.consents.push({
        youthId: youth.id,
        createdAt,
        expiresOn: expires.toISOString().slice(0, 10),
        revokedAt: random.chance(0.25) ? later(createdAt, 24 * 120) : null,
        orgType: random.pick<OrganizationType>(['advocacy', 'law_enforcement']),
      });
    }
    if (random.chance(0.08)) {
      fixture.breakGlass.push({
        youthId: youth.id,
        openedAt: at(),
        orgType: random.pick<OrganizationType>(['medical', 'law_enforcement']),
      });
    }
  }
  return fixture;
}

/** INSERT ... VALUES (...), (...) in chunks that stay under the parameter limit. */
async function insertRows(
  db: Queryable,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const perChunk = Math.floor(20_000 / columns.length);
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = row.map((value) => {
        values.push(value);
        return `$${String(values.length)}`;
      });
      return `(${marks.join(', ')})`;
    });
    await db.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
}

/**
 * Writes the fixture into the world's county, with its legal profile's time zone. The master key
 * seals each break-glass reason as the app does (the table takes no plain reason).
 */
export async function insertFixture(
  db: Queryable,
  world: World,
  fixture: Fixture,
  masterKey: Buffer,
): Promise<void> {
  const j = world.jurisdictionId;
  const org = (type: OrganizationType) => world.organizations[type].id;
  const user = (type: OrganizationType) => world.people[ROLE_OF[type] ?? 'coordinator'].id;
  const created = new Date('2025-12-01T00:00:00Z');
  await db.query(
    `INSERT INTO legal_profiles (jurisdiction_id, time_zone, privilege_applies,
       minimum_training_hours, max_consent_days) VALUES ($1, $2, false, 0, 365)
     ON CONFLICT (jurisdiction_id) DO UPDATE SET time_zone = EXCLUDED.time_zone`,
    [j, TIME_ZONE],
  );
  await insertRows(
    db,
    'youth',
    [
      'id',
      'jurisdiction_id',
      'case_number',
      'given_name',
      'birth_date',
      'estimated_birth_year',
      'gender_identity',
      'race_ethnicity',
      'created_by_user_id',
      'created_by_organization_id',
      'created_at',
      'updated_at',
    ],
    fixture.youth.map((y) => [
      y.id,
      j,
      y.caseNumber,
      y.givenName,
      y.birthDate,
      y.birthYear,
      y.gender,
      y.raceEthnicity,
      user('advocacy'),
      org('advocacy'),
      created,
      created,
    ]),
  );
  await insertRows(
    db,
    'case_events',
    [
      'id',
      'jurisdiction_id',
      'youth_id',
      'type',
      'category',
      'occurred_at',
      'recorded_at',
      'details',
      'recorded_by_user_id',
      'recorded_by_organization_id',
    ],
    fixture.events.map((e) => [
      e.id,
      j,
      e.youthId,
      e.type,
      'case_notes',
      e.at,
      e.at,
      '{}',
      user(e.orgType),
      org(e.orgType),
    ]),
  );
  const [rule] = await db.query<{ id: string; version: number }>(
    `SELECT id, version FROM protocol_rules
     WHERE jurisdiction_id = $1 AND rule_key = 'le-identification-advocate' AND retired_at IS NULL`,
    [j],
  );
  if (!rule) throw new Error('the protocol pack has no le-identification-advocate rule');
  const fired = fixture.tasks.filter((t) => t.ruleKey !== null);
  const firingOf = new Map(fired.map((t) => [t.id, randomUUID()]));
  await insertRows(
    db,
    'protocol_firings',
    [
      'id',
      'jurisdiction_id',
      'youth_id',
      'event_id',
      'rule_id',
      'rule_key',
      'rule_version',
      'fired_at',
      'outcomes',
    ],
    fired.map((t) => [
      firingOf.get(t.id),
      j,
      t.youthId,
      t.eventId,
      rule.id,
      t.ruleKey,
      rule.version,
      created,
      '[]',
    ]),
  );
  await insertRows(
    db,
    'tasks',
    [
      'id',
      'jurisdiction_id',
      'youth_id',
      'event_id',
      'firing_id',
      'action_index',
      'kind',
      'title',
      'reason',
      'assignee_organization_id',
      'due_at',
      'status',
      'created_at',
      'completed_at',
      'cancelled_at',
    ],
    fixture.tasks.map((t) => [
      t.id,
      j,
      t.youthId,
      t.eventId,
      firingOf.get(t.id) ?? null,
      firingOf.has(t.id) ? 0 : null,
      t.kind,
      'A task',
      'A rule',
      org(t.orgType),
      t.dueAt,
      t.status,
      created,
      t.completedAt,
      t.status === 'cancelled' ? t.dueAt : null,
    ]),
  );
  await insertRows(
    db,
    'referrals',
    [
      'id',
      'jurisdiction_id',
      'youth_id',
      'service_id',
      'service_name',
      'sender_organization_id',
      'sender_user_id',
      'sender_role',
      'receiver_organization_id',
      'needs',
      'status',
      'response_business_days',
      'sent_at',
      'first_response_at',
      'created_at',
      'updated_at',
    ],
    fixture.referrals.map((r) => [
      r.id,
      j,
      r.youthId,
      'service-1',
      'A service',
      org('advocacy'),
      user('advocacy'),
      'advocate',
      org(r.orgType),
      [],
      r.status,
      3,
      r.sentAt,
      r.firstResponseAt,
      created,
      created,
    ]),
  );
  const eventId = (youthId: string, type: string, when: Date) =>
    fixture.events.find((e) => e.youthId === youthId && e.type === type && e.at === when)?.id;
  await insertRows(
    db,
    'missing_episodes',
    [
      'jurisdiction_id',
      'youth_id',
      'started_at',
      'ended_at',
      'missing_event_id',
      'returned_event_id',
    ],
    fixture.episodes.map((m) => [
      j,
      m.youthId,
      m.startedAt,
      m.endedAt,
      eventId(m.youthId, 'missing', m.startedAt),
      m.endedAt === null ? null : eventId(m.youthId, 'returned', m.endedAt),
    ]),
  );
  await insertRows(
    db,
    'screenings',
    [
      'jurisdiction_id',
      'youth_id',
      'instrument_key',
      'instrument_version',
      'language',
      'answers',
      'score',
      'threshold',
      'positive',
      'administered_at',
      'recorded_at',
      'administered_by_user_id',
      'administered_by_organization_id',
    ],
    fixture.screenings.map((s) => [
      j,
      s.youthId,
      'fixture',
      1,
      'en',
      '{}',
      s.positive ? 5 : 1,
      3,
      s.positive,
      s.at,
      s.at,
      user(s.orgType),
      org(s.orgType),
    ]),
  );
  await insertRows(
    db,
    'consents',
    [
      'jurisdiction_id',
      'youth_id',
      'recipient_organization_ids',
      'categories',
      'purpose',
      'given_by_kind',
      'explained_by_user_id',
      'explanation_method',
      'explanation_language',
      'signed_on',
      'expires_on',
      'recorded_by_user_id',
      'recorded_by_organization_id',
      'created_at',
      'revoked_at',
    ],
    fixture.consents.map((c) => [
      j,
      c.youthId,
      [org('medical')],
      ['identity'],
      'Services',
      'youth',
      user(c.orgType),
      'spoken',
      'en',
      c.createdAt.toISOString().slice(0, 10),
      c.expiresOn,
      user(c.orgType),
      org(c.orgType),
      c.createdAt,
      c.revokedAt,
    ]),
  );
  const key = await currentDataKey(db, masterKey, j);
  await insertRows(
    db,
    'break_glass_grants',
    [
      'id',
      'jurisdiction_id',
      'youth_id',
      'user_id',
      'organization_id',
      'category',
      'reason_sealed',
      'reason_key_version',
      'opened_at',
      'expires_at',
    ],
    fixture.breakGlass.map((g) => {
      const id = randomUUID();
      return [
        id,
        j,
        g.youthId,
        user(g.orgType),
        org(g.orgType),
        'identity',
        seal(key.key, 'Emergency', breakGlassReasonPurpose(id, j)),
        key.version,
        g.openedAt,
        new Date(g.openedAt.getTime() + HOUR),
      ];
    }),
  );
}
