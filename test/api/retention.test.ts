// Retention and purge (docs/RETENTION.md): the coordinator alone sets how long closed cases are
// kept (bad input refused); the daily job, on a moved clock, purges exactly what is past its time
// (not a case closed later, not an open one, not another county's), the measures count the same
// before and after, one counted purge event is written, and the audit chain still verifies.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findJurisdiction } from '../../src/db/repositories/jurisdictions.js';
import { capacityAgainstNeed, serviceFunding } from '../../src/db/repositories/reports-capacity.js';
import { countMeasure, timeMeasure } from '../../src/db/repositories/reports.js';
import { KEPT_ON_PURGE, PURGE_STEPS, youthColumns } from '../../src/db/repositories/retention.js';
import { MEASURES } from '../../src/domain/measures.js';
import { DEFAULT_RETENTION } from '../../src/domain/retention.js';
import { DATA_CATEGORIES } from '../../src/domain/vocabulary.js';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import type { App } from '../../src/server/http/types.js';
import { runDueJobs } from '../../src/server/services/protocol/jobs.js';
import {
  forecastPurge,
  scheduleRetentionPurges,
} from '../../src/server/services/retention/purge.js';
import { purgeDryRunLines } from '../../src/cli/commands/retention.js';
import { openYouth } from '../support/cases.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { createWorld, testServices, type World } from '../support/world.js';

let database: TestDatabase;
let services: ReturnType<typeof testServices>;
let app: App;

before(async () => {
  database = await openTestDatabase();
  // The clock starts 2026-11-23T10:00Z: 2 a.m. on the 23rd in the county (Los Angeles).
  services = testServices(database.db, { demoMode: true });
  app = await testApp(services);
});
after(async () => {
  await app.close();
  await database.close();
});

const DAY = 86_400_000;
const as = (email: string): Promise<Client> => signedIn(app, email);
const profilePath = (world: World) => `/api/jurisdictions/${world.jurisdictionId}/legal-profile`;
const errorCode = (body: string) => (JSON.parse(body) as { error: { code: string } }).error.code;

/** The fields a legal profile change must carry, beside what the test changes. */
const PROFILE = {
  timeZone: 'America/Los_Angeles',
  privilegeApplies: false,
  privilegeCitation: null,
  privilegeSummary: null,
  minimumTrainingHours: 40,
  maxConsentDays: 365,
  confirmed: true,
};
const everyCategory = (yearsAfterClosure: number, untilAge: number | null) =>
  Object.fromEntries(DATA_CATEGORIES.map((c) => [c, { yearsAfterClosure, untilAge }]));

describe('the retention settings', () => {
  test('the coordinator changes them; an administrator, an advocate, another county may not', async () => {
    const world = await createWorld(database.db);
    const other = await createWorld(database.db, 'Other');
    const coordinator = await as(world.people.coordinator.email);
    const shown = (await coordinator.get(profilePath(world))).json<{
      retention: Record<string, unknown>;
    }>();
    assert.deepEqual(shown.retention, DEFAULT_RETENTION);

    const shorter = { ...DEFAULT_RETENTION, case_notes: { yearsAfterClosure: 3, untilAge: 21 } };
    const admin = await as(world.people.administrator.email);
    const refused = await admin.put(profilePath(world), { ...PROFILE, retention: shorter });
    assert.equal(refused.statusCode, 403, refused.body);
    // The administrator still keeps the rest of the profile, the retention as it stands.
    const kept = await admin.put(profilePath(world), {
      ...PROFILE,
      retention: DEFAULT_RETENTION,
    });
    assert.equal(kept.statusCode, 200, kept.body);
    for (const email of [world.people.advocate.email, other.people.coordinator.email]) {
      const response = await (
        await as(email)
      ).put(profilePath(world), {
        ...PROFILE,
        retention: shorter,
      });
      assert.equal(response.statusCode, 403, `${email}: ${response.body}`);
    }
    const denials = await database.db.query(
      `SELECT 1 FROM audit_events WHERE action = 'access.denied' AND target_id = $1
         AND details ->> 'action' = 'retention.manage'`,
      [world.jurisdictionId],
    );
    assert.equal(denials.length, 1, 'the administrator’s refusal is audited');

    const saved = await coordinator.put(profilePath(world), { ...PROFILE, retention: shorter });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(saved.json<{ retention: Record<string, unknown> }>().retention.case_notes, {
      yearsAfterClosure: 3,
      untilAge: 21,
    });
    const audited = await database.db.query<{ details: { rules: Record<string, unknown> } }>(
      `SELECT details FROM audit_events WHERE action = 'retention.update' AND target_id = $1`,
      [world.jurisdictionId],
    );
    assert.deepEqual(audited[0]?.details.rules.case_notes, { yearsAfterClosure: 3, untilAge: 21 });
  });

  test('bad input: negative, over the maximum, not a number, an age under 18, a category missing', async () => {
    const world = await createWorld(database.db);
    const coordinator = await as(world.people.coordinator.email);
    const missing: Record<string, unknown> = { ...DEFAULT_RETENTION };
    delete missing.education;
    const bad: unknown[] = [
      { ...DEFAULT_RETENTION, legal: { yearsAfterClosure: -1, untilAge: null } },
      { ...DEFAULT_RETENTION, legal: { yearsAfterClosure: 0, untilAge: null } },
      { ...DEFAULT_RETENTION, legal: { yearsAfterClosure: 76, untilAge: null } },
      { ...DEFAULT_RETENTION, legal: { yearsAfterClosure: '5', untilAge: null } },
      { ...DEFAULT_RETENTION, legal: { yearsAfterClosure: 2.5, untilAge: null } },
      { ...DEFAULT_RETENTION, legal: { yearsAfterClosure: 5, untilAge: 17 } },
      { ...DEFAULT_RETENTION, horoscope: { yearsAfterClosure: 5, untilAge: null } },
      missing,
      'seven years',
    ];
    for (const retention of bad) {
      const response = await coordinator.put(profilePath(world), { ...PROFILE, retention });
      assert.equal(response.statusCode, 400, `${JSON.stringify(retention)}: ${response.body}`);
      assert.ok(errorCode(response.body));
    }
    const after = (await coordinator.get(profilePath(world))).json<{ retention: unknown }>();
    assert.deepEqual(after.retention, DEFAULT_RETENTION, 'nothing was saved');
  });
});

describe('the purge', () => {
  test('every table naming a youth is decided: purged or kept with why', async () => {
    const decided = new Set([...PURGE_STEPS.map((s) => s.table), ...Object.keys(KEPT_ON_PURGE)]);
    for (const table of await youthColumns(database.db)) {
      assert.ok(decided.has(table), `${table} names a youth: decide what a purge does with it`);
    }
  });

  test('on a moved clock: exactly what is past retention goes, the measures count the same, the chain verifies', async () => {
    const clock = services.clock;
    const world = await createWorld(database.db);
    const neighbor = await createWorld(database.db, 'Neighbor');
    const coordinator = await as(world.people.coordinator.email);
    const saved = await coordinator.put(profilePath(world), {
      ...PROFILE,
      retention: everyCategory(1, null),
    });
    assert.equal(saved.statusCode, 200, saved.body);

    // Sessions end when the clock moves: each step signs in again.
    let police = await as(world.people.law_enforcement_officer.email);
    let neighborPolice = await as(neighbor.people.law_enforcement_officer.email);
    const start = clock.now();
    // She turns 15 on 2026-11-25, between her two events: the age bands must survive her purge.
    const past = await openYouth(police, {
      givenName: 'Purgeable',
      familyName: 'Past',
      birthDate: '2011-11-25',
      estimatedBirthYear: undefined,
      genderIdentity: 'Girl',
    });
    const later = await openYouth(police, { givenName: 'Closed', familyName: 'Later' });
    const open = await openYouth(police, { givenName: 'Still', familyName: 'Open' });
    const elsewhere = await openYouth(neighborPolice, { givenName: 'Other', familyName: 'County' });
    clock.advance(3 * DAY);
    police = await as(world.people.law_enforcement_officer.email);
    neighborPolice = await as(neighbor.people.law_enforcement_officer.email);
    const record = async (client: Client, id: string, at: Date) => {
      const response = await client.post(`/api/youth/${id}/events`, {
        type: 'identification',
        occurredAt: at.toISOString(),
        details: { where: 'Motel on Route 9, room 12', prostitutionRelated: true },
      });
      assert.equal(response.statusCode, 201, response.body);
    };
    const note = async (client: Client, id: string) => {
      const response = await client.post(`/api/youth/${id}/notes`, {
        kind: 'case',
        category: 'case_notes',
        body: 'She said her cousin drives her to the motel.',
      });
      assert.equal(response.statusCode, 201, response.body);
    };
    await record(police, past.id, start);
    await record(police, past.id, clock.now());
    for (const youth of [past, later, open]) {
      if (youth !== past) await record(police, youth.id, clock.now());
      await note(police, youth.id);
    }
    await record(neighborPolice, elsewhere.id, clock.now());
    await note(neighborPolice, elsewhere.id);
    const close = async (client: Client, id: string) => {
      const response = await client.post(`/api/youth/${id}/close`, {
        reason: 'services_completed',
        note: 'Moved in with her aunt in Fresno.',
      });
      assert.equal(response.statusCode, 200, response.body);
    };
    await close(police, past.id);
    await close(neighborPolice, elsewhere.id);
    clock.advance(200 * DAY);
    await close(await as(world.people.law_enforcement_officer.email), later.id);
    // A year and a little after the first closing: only `past` is past its time.
    clock.advance(200 * DAY);

    const period = { jurisdictionId: world.jurisdictionId, from: '2026-11-01', to: '2027-12-31' };
    const measures = async () => {
      const now = clock.now();
      const all: unknown[] = [];
      for (const measure of MEASURES) {
        for (const by of measure.breakdowns) {
          all.push(
            measure.kind === 'count'
              ? (await countMeasure(database.db, measure, by, { ...period, now })).sort((a, b) =>
                  `${a.rowKey}${a.part}`.localeCompare(`${b.rowKey}${b.part}`),
                )
              : measure.kind === 'snapshot'
                ? (measure.id === 'capacity_against_need'
                    ? await capacityAgainstNeed(database.db, world.jurisdictionId)
                    : await serviceFunding(database.db, world.jurisdictionId)
                  ).sort((a, b) => `${a.rowKey}${a.part}`.localeCompare(`${b.rowKey}${b.part}`))
                : [...(await timeMeasure(database.db, measure, by, { ...period, now })).groups],
          );
        }
      }
      return all;
    };
    const published = async () =>
      (
        await (
          await as(world.people.oversight_analyst.email)
        ).get('/api/reports/measures?from=2026-11-01&to=2027-12-31&by=age_band')
      ).body;
    const countedBefore = await measures();
    const publishedBefore = await published();
    assert.ok(
      JSON.stringify(countedBefore).includes('15_17') &&
        JSON.stringify(countedBefore).includes('12_14'),
      'her two events count in two age bands',
    );

    // The dry run first: counts per category, no case named, nothing written.
    const written = async () =>
      database.db.query(
        `SELECT (SELECT count(*) FROM audit_events) AS audit,
           (SELECT count(*) FROM retention_purges) AS purges,
           (SELECT count(*) FROM youth WHERE given_name IS NULL) AS nameless`,
      );
    const writtenBefore = await written();
    const forecast = await forecastPurge(database.db, world.jurisdictionId, clock.now());
    assert.equal(forecast.cases, 1);
    assert.deepEqual(
      Object.keys(forecast.categories).sort(),
      [...DATA_CATEGORIES].sort(),
      'every category of the one case',
    );
    // The day before the first anniversary of her closing (2026-11-26): nothing yet.
    const dayBefore = await forecastPurge(
      database.db,
      world.jurisdictionId,
      clock.now(),
      '2027-11-25',
    );
    assert.equal(dayBefore.cases, 0);
    const county = await findJurisdiction(database.db, world.jurisdictionId);
    const lines = await purgeDryRunLines(
      database.db,
      { jurisdiction: county?.name ?? '-' },
      clock.now(),
    );
    assert.match(lines[0] ?? '', /: 1 case\(s\) with data to purge$/);
    assert.equal(lines.length, 1 + DATA_CATEGORIES.length);
    for (const youth of [past, later, open]) {
      assert.ok(!lines.join('\n').includes(youth.caseNumber), 'no case number');
    }
    assert.ok(!lines.join('\n').includes('Purgeable'), 'no name');
    await assert.rejects(
      purgeDryRunLines(database.db, { jurisdiction: 'Nowhere County' }, clock.now()),
    );
    assert.deepEqual(await written(), writtenBefore, 'the dry run wrote nothing');

    await scheduleRetentionPurges(database.db, clock.now());
    assert.ok((await runDueJobs(services, { kinds: ['retention.purge'] })) >= 2);

    const [purged] = await database.db.query(
      `SELECT given_name, family_name, birth_date, estimated_birth_year, gender_identity,
         to_char(report_birth_date, 'YYYY-MM-DD') AS report_birth_date, name_words
       FROM youth WHERE id = $1`,
      [past.id],
    );
    assert.deepEqual(purged, {
      given_name: null,
      family_name: null,
      birth_date: null,
      estimated_birth_year: null,
      gender_identity: 'female',
      // Her events fall on the 23rd (14) and the 26th (15): moved from July 1 only to the 24th.
      report_birth_date: '2011-11-24',
      name_words: '',
    });
    const notes = (id: string) =>
      database.db.query('SELECT 1 FROM case_notes WHERE youth_id = $1', [id]);
    assert.equal((await notes(past.id)).length, 0);
    const details = await database.db.query<{ details: unknown }>(
      'SELECT details FROM case_events WHERE youth_id = $1',
      [past.id],
    );
    assert.ok(details.every((e) => !JSON.stringify(e.details).includes('Motel')));
    const [closing] = await database.db.query<{ reason_text: string }>(
      'SELECT reason_text FROM youth_status_changes WHERE youth_id = $1',
      [past.id],
    );
    assert.equal(closing?.reason_text, '');
    const purges = await database.db.query<{ category: string }>(
      'SELECT category FROM retention_purges WHERE youth_id = $1',
      [past.id],
    );
    assert.equal(purges.length, DATA_CATEGORIES.length);

    // Her record still opens for the team that kept it: a skeleton, no name.
    const reader = await as(world.people.law_enforcement_officer.email);
    for (const path of [`/api/youth/${past.id}`, `/api/youth/${past.id}/events`]) {
      const response = await reader.get(path);
      assert.equal(response.statusCode, 200, `${path}: ${response.body}`);
      assert.ok(!response.body.includes('Purgeable') && !response.body.includes('Motel'), path);
    }

    // Closed later, open, or of another county: untouched.
    for (const youth of [later, open, elsewhere]) {
      const [row] = await database.db.query<{ given_name: string | null }>(
        'SELECT given_name FROM youth WHERE id = $1',
        [youth.id],
      );
      assert.ok(row?.given_name, `${youth.caseNumber} keeps its name`);
      assert.equal((await notes(youth.id)).length, 1, `${youth.caseNumber} keeps its note`);
      assert.equal(
        (await database.db.query('SELECT 1 FROM retention_purges WHERE youth_id = $1', [youth.id]))
          .length,
        0,
      );
    }

    assert.deepEqual(await measures(), countedBefore, 'every measure counts the same');
    assert.equal(await published(), publishedBefore, 'the published report is the same');

    const events = await database.db.query<{
      details: {
        cases: number;
        categories: Record<string, number>;
        tables: Record<string, number>;
      };
    }>(`SELECT details FROM audit_events WHERE action = 'retention.purge' AND target_id = $1`, [
      world.jurisdictionId,
    ]);
    assert.equal(events.length, 1, 'one purge event for the run');
    const summary = events[0]?.details;
    assert.equal(summary?.cases, 1);
    // The purge removed exactly what the dry run counted.
    assert.deepEqual(
      { cases: summary.cases, categories: summary.categories },
      {
        cases: forecast.cases,
        categories: forecast.categories,
      },
    );
    assert.equal(summary.categories.identity, 1);
    assert.equal(summary.tables.case_notes, 1);
    assert.equal(summary.tables.youth, 1);
    assert.ok(!JSON.stringify(summary).includes(past.id), 'no case named in the event');

    const verified = await verifyAuditChain(database.db);
    assert.equal(verified.ok, true, JSON.stringify(verified));

    // The next day's run finds nothing more to purge.
    clock.advance(DAY);
    await scheduleRetentionPurges(database.db, clock.now());
    await runDueJobs(services, { kinds: ['retention.purge'] });
    const [again] = await database.db.query<{ details: { cases: number } }>(
      `SELECT details FROM audit_events WHERE action = 'retention.purge' AND target_id = $1
       ORDER BY seq DESC LIMIT 1`,
      [world.jurisdictionId],
    );
    assert.equal(again?.details.cases, 0);
  });
});
