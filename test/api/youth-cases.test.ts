// Youth records and case teams through the API: creating, the duplicate check, search, the
// record with withheld categories, the team, and refusals for other agencies, roles and counties.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import {
  addToTeam,
  agreement,
  openYouth,
  visibleCategories,
  type RecordBody,
} from '../support/cases.js';
import * as youthNameWords from '../../src/db/migrations/0020-youth-name-words.js';
import { insertPointPerson } from '../../src/db/repositories/point-persons.js';
import { insertTeamMember } from '../../src/db/repositories/case-grants.js';
import { insertYouth } from '../../src/db/repositories/youth.js';
import type { Queryable } from '../../src/db/database.js';
import { storedNameWords } from '../../src/domain/name-match.js';
import { createWorld, testServices, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let world: World;
let elsewhere: World;

before(async () => {
  database = await openTestDatabase();
  app = await testApp(testServices(database.db, { demoMode: true }));
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
  await agreement(database.db, world, ['law_enforcement', 'advocacy', 'medical', 'child_welfare']);
  await insertPointPerson(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId: world.organizations.county_lead.id,
    function: 'CSEC coordinator',
    name: 'Pat Coordinator',
    title: 'County CSEC coordinator',
    phone: '555-0000',
    afterHoursPhone: null,
    email: null,
    notes: null,
  });
  await insertPointPerson(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId: world.organizations.law_enforcement.id,
    function: 'CSEC point person',
    name: 'Sgt. Point',
    title: 'Vice',
    phone: '555-0400',
    afterHoursPhone: null,
    email: null,
    notes: null,
  });
});
after(async () => {
  await app.close();
  await database.close();
});

const as = (email: string): Promise<Client> => signedIn(app, email);

async function auditRows(targetId: string) {
  return database.db.query<{
    action: string;
    outcome: string;
    reason: string | null;
    categories: string[];
  }>(
    'SELECT action, outcome, reason, categories FROM audit_events WHERE target_id = $1 ORDER BY seq',
    [targetId],
  );
}

describe('opening a youth record', () => {
  test('201 with a case number that is not a name; the creating organization and worker join', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const response = await police.post('/api/youth', {
      givenName: 'Rosalind',
      familyName: 'Quintero',
      alias: 'Roz',
      birthDate: '2011-04-02',
      genderIdentity: 'girl',
      languages: ['Spanish'],
    });
    assert.equal(response.statusCode, 201, response.body);
    const created = response.json<{ id: string; caseNumber: string }>();
    assert.match(created.caseNumber, /^\d{4}-[2-9B-DF-HJ-NP-TV-XZ]{4}-[2-9B-DF-HJ-NP-TV-XZ]{4}$/);
    assert.ok(!/ros|qui/i.test(created.caseNumber));
    const record = (await police.get(`/api/youth/${created.id}`)).json<RecordBody>();
    assert.equal(record.identity?.givenName, 'Rosalind');
    assert.deepEqual(
      record.team.map((m) => [m.organizationId, m.userId]).sort(),
      [
        [world.organizations.law_enforcement.id, null],
        [world.organizations.law_enforcement.id, world.people.law_enforcement_officer.id],
      ].sort(),
    );
    const audit = await auditRows(created.id);
    assert.equal(audit[0]?.action, 'youth.create');
    assert.deepEqual(audit[0]?.categories, ['identity']);
    const read = audit.find((a) => a.action === 'youth.read');
    assert.deepEqual(read?.categories, ['identity'], 'the read names the category returned');
  });

  test('a name or an alias alone is enough, and the record says a birth year is needed', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const named = await police.post('/api/youth', { givenName: 'Wrenna' });
    assert.equal(named.statusCode, 201, named.body);
    const { id } = named.json<{ id: string }>();
    const record = (await police.get(`/api/youth/${id}`)).json<RecordBody>();
    assert.equal(record.identity?.needsBirthYear, true);
    const listed = (await police.get('/api/youth?query=wrenna')).json<
      { id: string; identity: { needsBirthYear: boolean } | null }[]
    >();
    assert.deepEqual(
      listed.map((y) => [y.id, y.identity?.needsBirthYear]),
      [[id, true]],
    );
    const alias = await police.post('/api/youth', { alias: 'Quillfeather' });
    assert.equal(alias.statusCode, 201, alias.body);
    // The same street name again, no year on either: asked first.
    const again = await police.post('/api/youth', { alias: 'quillfeather' });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /alias matches alias, birth year unknown/);
    const withYear = await openYouth(police, { givenName: 'Wrenna', estimatedBirthYear: 2009 });
    const dated = (await police.get(`/api/youth/${withYear.id}`)).json<RecordBody>();
    assert.equal(dated.identity?.needsBirthYear, false);
    // Without identity, the flag is withheld with it.
    await addToTeam(police, id, world.organizations.medical.id, 'medical');
    const medical = await as(world.people.medical_provider.email);
    assert.equal((await medical.get(`/api/youth/${id}`)).json<RecordBody>().identity, null);
  });

  test('bad input: nothing identifying, a future birth, unknown fields, wrong types', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    for (const body of [
      {},
      { givenName: '   ', alias: '' },
      { alias: '--' },
      { languages: ['Spanish'] },
    ]) {
      const nothing = await police.post('/api/youth', body);
      assert.equal(nothing.statusCode, 400, JSON.stringify(body));
      assert.deepEqual(nothing.json(), {
        error: {
          code: 'identity_required',
          message: 'Give a name, an alias, a birth date or an estimated birth year.',
        },
      });
    }
    const future = await police.post('/api/youth', { birthDate: '2099-01-01' });
    assert.equal(future.json<{ error: { code: string } }>().error.code, 'born_in_future');
    for (const body of [
      { estimatedBirthYear: 2011, ssn: '123' },
      { estimatedBirthYear: '2011' },
      { birthDate: '2011-13-45' },
      { estimatedBirthYear: 2011, languages: 'Spanish' },
      { estimatedBirthYear: 2011, givenName: 'x'.repeat(101) },
    ]) {
      assert.equal((await police.post('/api/youth', body)).statusCode, 400, JSON.stringify(body));
    }
  });

  test('oversight analysts and administrators cannot open or search records', async () => {
    for (const role of ['oversight_analyst', 'administrator'] as const) {
      const client = await as(world.people[role].email);
      assert.equal((await client.post('/api/youth', { estimatedBirthYear: 2011 })).statusCode, 403);
      assert.equal((await client.get('/api/youth?query=a')).statusCode, 403);
      const check = await client.post('/api/youth/duplicate-check', { givenName: 'Esperanza' });
      assert.equal(check.statusCode, 403);
    }
  });
});

describe('the duplicate check', () => {
  test('a caller who may see the match is told its case number; others only whom to contact', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const first = await openYouth(police, {
      givenName: 'Esperanza',
      familyName: 'Villalobos',
      birthDate: '2010-08-09',
      createAnyway: false,
    });
    const again = { givenName: 'Esperansa', familyName: 'Villalobos', birthDate: '2010-08-09' };
    const own = await police.post('/api/youth', again);
    assert.equal(own.statusCode, 409);
    assert.match(own.body, new RegExp(first.caseNumber));

    const probation = await as(world.people.probation_officer.email);
    const other = await probation.post('/api/youth', again);
    assert.equal(other.statusCode, 409);
    assert.equal(other.json<{ error: { code: string } }>().error.code, 'possible_duplicate');
    assert.doesNotMatch(other.body, new RegExp(first.caseNumber));
    assert.doesNotMatch(other.body, /Villalobos|Esperanza/);
    assert.match(other.body, /may already exist; contact Pat Coordinator/);
    const check = (await probation.post('/api/youth/duplicate-check', again)).json<{
      matches: unknown[];
      hiddenMatchMessage: string | null;
    }>();
    assert.deepEqual(check.matches, []);
    assert.match(check.hiddenMatchMessage ?? '', /contact Pat Coordinator/);

    const anyway = await probation.post('/api/youth', { ...again, createAnyway: true });
    assert.equal(anyway.statusCode, 201);
    // A different birth date is a different youth.
    const differentBirth = await probation.post('/api/youth', {
      ...again,
      birthDate: '2012-01-01',
    });
    assert.equal(differentBirth.statusCode, 201);
  });

  test('near matches: a year apart, accents, one of two family names, a nickname, an alias', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const maya = await openYouth(police, {
      givenName: 'Maya',
      familyName: 'Rivera López',
      alias: 'Mimi',
      estimatedBirthYear: 2010,
      createAnyway: false,
    });
    const lupe = await openYouth(police, {
      givenName: 'Guadalupe',
      familyName: 'Sandoval',
      birthDate: '2009-03-14',
      createAnyway: false,
    });
    const check = async (body: Record<string, unknown>) => {
      const response = await police.post('/api/youth/duplicate-check', body);
      assert.equal(response.statusCode, 200, response.body);
      return response.json<{
        matches: { caseNumber: string; reason: string; evidence: { name: string } }[];
        hiddenMatchMessage: string | null;
      }>();
    };
    // [typed, the case it finds (or none), why]
    const table: [Record<string, unknown>, string | null, string | null][] = [
      [
        { givenName: 'Maya', familyName: 'Rivera López', estimatedBirthYear: 2011 },
        maya.caseNumber,
        'same name, birth year 2011 vs 2010',
      ],
      [
        { givenName: 'MAYA', familyName: 'Lopez', birthDate: '2010-06-01' },
        maya.caseNumber,
        'similar name (one of two family names), birth year 2010',
      ],
      [
        { givenName: 'Maya', familyName: 'Rivera-López', estimatedBirthYear: 2009 },
        maya.caseNumber,
        'same name, birth year 2009 vs 2010',
      ],
      [{ alias: 'mimí' }, maya.caseNumber, 'alias matches alias, birth year unknown'],
      [
        { givenName: 'Lupe', familyName: 'Sandoval', estimatedBirthYear: 2010 },
        lupe.caseNumber,
        'similar name (nickname), birth year 2010 vs 2009',
      ],
      [
        { givenName: 'Lupita' },
        lupe.caseNumber,
        'same given name, no family name on one record, birth year unknown',
      ],
      // two years apart, or another family: another youth
      [{ givenName: 'Maya', familyName: 'Rivera', estimatedBirthYear: 2012 }, null, null],
      [{ givenName: 'Maya', familyName: 'Okafor', estimatedBirthYear: 2010 }, null, null],
      // a year alone names no one
      [{ estimatedBirthYear: 2010 }, null, null],
    ];
    for (const [typed, caseNumber, reason] of table) {
      const result = await check(typed);
      assert.equal(result.hiddenMatchMessage, null);
      assert.deepEqual(
        result.matches.map((m) => [m.caseNumber, m.reason]),
        caseNumber ? [[caseNumber, reason]] : [],
        JSON.stringify(typed),
      );
    }
    // Opening the second record is refused with the case and why.
    const twice = await police.post('/api/youth', {
      givenName: 'Maya',
      familyName: 'Rivera',
      estimatedBirthYear: 2011,
    });
    assert.equal(twice.statusCode, 409);
    assert.match(
      twice.body,
      new RegExp(`case ${maya.caseNumber} \\(similar name \\(one of two family names\\)`),
    );
  });

  test('records from before migration 0020 get the words the application writes', async () => {
    const expression = /SET name_words = ([\s\S]+);\s*$/.exec(youthNameWords.up)?.[1];
    assert.ok(expression);
    const names: [string | null, string | null, string | null][] = [
      ['María José', 'Rivera-López', 'La Mimi'],
      ['JOSE\u0301', 'Núñez y Peña', null],
      [null, "O'Brien", 'D’Angelo'],
      ['Zoë', '  Çelik  ', '“Flaca”'],
      [null, null, null],
    ];
    for (const [givenName, familyName, alias] of names) {
      const rows: { words: string }[] = await database.db.query<{ words: string }>(
        `SELECT ${expression} AS words
         FROM (VALUES ($1::text, $2::text, $3::text)) AS youth (given_name, family_name, alias)`,
        [givenName, familyName, alias],
      );
      assert.equal(rows[0]?.words, storedNameWords({ givenName, familyName, alias }));
    }
  });

  test('a caller who may not read a near match hears only whom to contact', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    await openYouth(police, {
      givenName: 'Francisco',
      familyName: 'Abarca Peralta',
      alias: 'Tigre',
      estimatedBirthYear: 2010,
    });
    const probation = await as(world.people.probation_officer.email);
    for (const typed of [
      { givenName: 'Paco', familyName: 'Peralta', estimatedBirthYear: 2011 },
      { alias: 'Tigre' },
    ]) {
      const check = await probation.post('/api/youth/duplicate-check', typed);
      assert.equal(check.statusCode, 200);
      assert.deepEqual(check.json(), {
        matches: [],
        hiddenMatchMessage: `A record may already exist; contact Pat Coordinator, County CSEC coordinator, ${world.organizations.county_lead.name}, 555-0000.`,
      });
      const create = await probation.post('/api/youth', typed);
      assert.equal(create.statusCode, 409);
      assert.doesNotMatch(
        create.body,
        /Francisco|Abarca|Peralta|2010|nickname|alias|\d{4}-[A-Z0-9]{4}/,
      );
    }
  });

  test('another jurisdiction’s youth is never a match', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const first = await openYouth(police, {
      givenName: 'Marisol',
      familyName: 'Echeverria',
      birthDate: '2011-02-02',
    });
    const theirs = await as(elsewhere.people.law_enforcement_officer.email);
    const response = await theirs.post('/api/youth', {
      givenName: 'Marisol',
      familyName: 'Echeverria',
      birthDate: '2011-02-02',
    });
    assert.equal(response.statusCode, 201, response.body);
    // Nor a near one, and nothing is said of it.
    for (const typed of [
      { givenName: 'Marisól', familyName: 'Echeverría', estimatedBirthYear: 2012 },
      { givenName: 'Marisol' },
    ]) {
      const check = await theirs.post('/api/youth/duplicate-check', typed);
      const own = check.json<{ matches: { caseNumber: string }[]; hiddenMatchMessage: null }>();
      assert.equal(own.hiddenMatchMessage, null);
      assert.ok(own.matches.every((m) => m.caseNumber !== first.caseNumber));
    }
  });
});

describe('search', () => {
  test('only what the caller may see: names only where identity is visible', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police, { givenName: 'Thessaly', familyName: 'Okonkwo' });
    const mine = (await police.get('/api/youth?query=thessaly')).json<
      { id: string; identity: unknown }[]
    >();
    assert.deepEqual(
      mine.map((y) => y.id),
      [youth.id],
    );
    assert.ok(mine[0]?.identity);

    const medicalEmail = world.people.medical_provider.email;
    const medical = await as(medicalEmail);
    assert.deepEqual((await medical.get('/api/youth?query=thessaly')).json(), []);
    await addToTeam(police, youth.id, world.organizations.medical.id, 'medical');
    // On the team without consent: found by case number, identity withheld, not by name.
    assert.deepEqual((await medical.get('/api/youth?query=thessaly')).json(), []);
    const byNumber = (await medical.get(`/api/youth?query=${youth.caseNumber}`)).json<
      { id: string; identity: unknown }[]
    >();
    assert.deepEqual(
      byNumber.map((y) => [y.id, y.identity]),
      [[youth.id, null]],
    );

    const theirs = await as(elsewhere.people.law_enforcement_officer.email);
    assert.deepEqual((await theirs.get(`/api/youth?query=${youth.caseNumber}`)).json(), []);
    assert.deepEqual((await theirs.get('/api/youth?query=thessaly')).json(), []);
    assert.deepEqual(
      (await theirs.get('/api/youth')).json<{ id: string }[]>().filter((y) => y.id === youth.id),
      [],
    );
  });

  test('LIKE characters are matched as typed; a trailing backslash is no error', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    await openYouth(police, { givenName: 'Percival' });
    for (const query of ['abc\\', '\\', '%', '_', "o'neil", '100%_\\x']) {
      const response = await police.get(`/api/youth?query=${encodeURIComponent(query)}`);
      assert.equal(response.statusCode, 200, `${query}: ${response.body}`);
    }
    // '%' must not match everything.
    assert.deepEqual((await police.get('/api/youth?query=%25')).json(), []);
    const people = await police.get(`/api/point-persons?function=${encodeURIComponent('x\\')}`);
    assert.equal(people.statusCode, 200, people.body);
  });

  test('a search decides every candidate in a few statements, however many there are', async () => {
    // A county of its own, so that only these cases are candidates. The police created each and
    // the medical provider is on each team without consent: a name search finds every case for
    // the police (50 shown) and none for the medical provider, who must weigh every candidate.
    const county = await createWorld(database.db, 'Counting');
    const police = county.people.law_enforcement_officer;
    const medical = county.organizations.medical.id;
    let made = 0;
    let firstId: string | undefined;
    const cases = async (count: number) => {
      await database.db.transaction(async (tx) => {
        for (; made < count; made += 1) {
          const id = await insertYouth(tx, {
            jurisdictionId: county.jurisdictionId,
            caseNumber: `2026-CNT${String(made).padStart(2, '0')}-${county.jurisdictionId.slice(0, 4)}`,
            identity: {
              givenName: `Given${String(made)}`,
              familyName: 'Tallyworth',
              alias: null,
              birthDate: null,
              estimatedBirthYear: 2011,
              genderIdentity: null,
              raceEthnicity: null,
              languages: [],
            },
            createdByUserId: police.id,
            createdByOrganizationId: police.organizationId,
            now: new Date('2026-06-01T00:00:00Z'),
          });
          firstId ??= id;
          for (const [organizationId, role] of [
            [police.organizationId, 'law_enforcement'],
            [medical, 'medical'],
          ] as const) {
            await insertTeamMember(tx, {
              jurisdictionId: county.jurisdictionId,
              youthId: id,
              organizationId,
              userId: null,
              role,
              addedByUserId: police.id,
              now: new Date('2026-06-01T00:00:00Z'),
            });
          }
        }
      });
    };
    const officer = await as(police.email);
    const doctor = await as(county.people.medical_provider.email);
    // Every statement a request runs, inside transactions too, but the session's: PGlite keeps
    // it between requests and PostgreSQL reads it every time (src/db/repositories/
    // session-cache.ts), and it is no part of what a search costs.
    const isSessionRead = (sql: string) => sql.includes('AS session_user_id');
    const db = database.db;
    const query = db.query.bind(db);
    const transaction = db.transaction.bind(db);
    let statements = 0;
    const counted = async (client: Client, url: string) => {
      await client.get(url); // the session's first touch is not the search's
      statements = 0;
      Object.assign(db, {
        query: (sql: string, params?: readonly unknown[]) => {
          if (!isSessionRead(sql)) statements += 1;
          return query(sql, params);
        },
        transaction: (fn: (tx: Queryable) => Promise<unknown>) =>
          transaction((tx) =>
            fn({
              query: (sql, params) => {
                if (!isSessionRead(sql)) statements += 1;
                return tx.query(sql, params);
              },
            }),
          ),
      });
      try {
        const response = await client.get(url);
        assert.equal(response.statusCode, 200, response.body);
        const body = response.json<unknown>();
        return { found: Array.isArray(body) ? body.length : 1, statements };
      } finally {
        Object.assign(db, { query, transaction });
      }
    };
    await cases(5);
    const few = {
      officer: await counted(officer, '/api/youth?query=tallyworth'),
      doctor: await counted(doctor, '/api/youth?query=tallyworth'),
      list: await counted(officer, '/api/youth'),
    };
    await cases(60);
    const many = {
      officer: await counted(officer, '/api/youth?query=tallyworth'),
      doctor: await counted(doctor, '/api/youth?query=tallyworth'),
      list: await counted(officer, '/api/youth'),
    };
    console.log('statements per search (5 and 60 candidates):', JSON.stringify({ few, many }));
    assert.deepEqual([few.officer.found, few.doctor.found, few.list.found], [5, 0, 5]);
    assert.deepEqual([many.officer.found, many.doctor.found, many.list.found], [50, 0, 50]);
    // The candidates, the county's agreements and profile, the facts of the first 50 candidates,
    // of the rest when some of those are not shown (the doctor's), and the audit event.
    for (const who of ['officer', 'doctor', 'list'] as const) {
      for (const [size, count] of [few[who].statements, many[who].statements].entries())
        assert.ok(count <= 5, `${who}, ${size ? 60 : 5} candidates: ${String(count)} statements`);
    }
    // The record: the youth with her case's facts in one statement, then what the page shows.
    const opened = await counted(officer, `/api/youth/${String(firstId)}`);
    console.log('statements to open a case:', opened.statements);
    assert.ok(opened.statements <= 7, `${String(opened.statements)} statements to open a case`);
  });

  test('a query that is too long is refused', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    assert.equal((await police.get(`/api/youth?query=${'x'.repeat(201)}`)).statusCode, 400);
    assert.equal((await police.get('/api/youth?q=x')).statusCode, 400);
  });
});

describe('the record', () => {
  test('a team member without consent sees the case number and whom to ask, not the data', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    await police.post(`/api/youth/${youth.id}/notes`, {
      kind: 'case',
      category: 'case_notes',
      body: 'Officer note',
    });
    await addToTeam(police, youth.id, world.organizations.medical.id, 'medical');
    const medical = await as(world.people.medical_provider.email);
    const response = await medical.get(`/api/youth/${youth.id}`);
    assert.equal(response.statusCode, 200);
    const record = response.json<RecordBody>();
    assert.equal(record.identity, null);
    assert.equal(record.caseNumber, youth.caseNumber);
    assert.deepEqual(visibleCategories(record), []);
    const identity = record.categories.find((c) => c.category === 'identity');
    assert.equal(identity?.withheld[0]?.reason, 'no_consent_or_legal_basis');
    assert.equal(identity?.withheld[0]?.ask?.name, 'Sgt. Point');
    assert.doesNotMatch(response.body, /Officer note|Tester/);
    const notes = (await medical.get(`/api/youth/${youth.id}/notes`)).json<unknown[]>();
    assert.deepEqual(notes, []);
    const audit = await auditRows(youth.id);
    const read = audit.filter((a) => a.action === 'youth.read');
    assert.ok(read.length >= 2);
    assert.deepEqual(read[0]?.categories, []);
  });

  test('off the team: 403 naming the coordinator, audited with the reason', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    const probation = await as(world.people.probation_officer.email);
    for (const path of ['', '/notes', '/people', '/mandated-reports']) {
      const response = await probation.get(`/api/youth/${youth.id}${path}`);
      assert.equal(response.statusCode, 403, path);
      assert.match(response.body, /not on this case team.*Pat Coordinator/);
    }
    const denied = (await auditRows(youth.id)).filter((a) => a.action === 'access.denied');
    assert.equal(denied.length, 4);
    assert.ok(denied.every((d) => d.reason === 'not_on_case_team' && d.outcome === 'denied'));
  });

  test('another jurisdiction gets 404 for every route, as if the youth did not exist', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    for (const role of ['law_enforcement_officer', 'coordinator', 'advocate'] as const) {
      const theirs = await as(elsewhere.people[role].email);
      for (const path of ['', '/notes', '/people', '/mandated-reports']) {
        assert.equal((await theirs.get(`/api/youth/${youth.id}${path}`)).statusCode, 404);
      }
      for (const [path, body] of [
        ['/team', { organizationId: elsewhere.organizations.advocacy.id, role: 'advocate' }],
        ['/notes', { kind: 'case', category: 'identity', body: 'x' }],
        [
          '/break-glass',
          { category: 'identity', reason: 'imminent danger reported tonight by a caller' },
        ],
      ] as const) {
        assert.equal((await theirs.post(`/api/youth/${youth.id}${path}`, body)).statusCode, 404);
      }
    }
    const denied = (await auditRows(youth.id)).filter((a) => a.reason === 'other_jurisdiction');
    assert.equal(denied.length, 21);
  });

  test('oversight and administrators cannot open a record even when its id is known', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    for (const role of ['oversight_analyst', 'administrator'] as const) {
      const client = await as(world.people[role].email);
      const response = await client.get(`/api/youth/${youth.id}`);
      assert.equal(response.statusCode, 403);
      assert.match(response.body, /your role does not see youth records/);
    }
  });

  test('notes only in the categories of the organization’s work: the DA’s medical note is refused', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    await addToTeam(police, youth.id, world.organizations.district_attorney.id, 'prosecution');
    await addToTeam(police, youth.id, world.organizations.medical.id, 'medical');
    const da = await as(world.people.prosecutor.email);
    const medical = await as(world.people.medical_provider.email);
    const write = (client: Client, category: string) =>
      client.post(`/api/youth/${youth.id}/notes`, { kind: 'case', category, body: 'A note.' });

    const refused = await write(da, 'medical');
    assert.equal(refused.statusCode, 403);
    const error = refused.json<{ error: { code: string; message: string } }>().error;
    assert.equal(error.code, 'not_category_writer');
    assert.match(error.message, /whose work they record.*Pat Coordinator/);
    assert.equal((await write(da, 'mental_health')).statusCode, 403);
    assert.equal((await write(da, 'legal')).statusCode, 201);
    assert.equal((await write(medical, 'medical')).statusCode, 201);
    assert.equal((await write(medical, 'legal')).statusCode, 403);
    assert.equal((await write(da, 'surgery')).statusCode, 400, 'an unknown category');

    // Nothing of the refused notes was stored; each refusal is audited with its category.
    const notes = (await da.get(`/api/youth/${youth.id}/notes`)).json<{ category: string }[]>();
    assert.deepEqual(
      notes.map((n) => n.category),
      ['legal'],
    );
    const denied = (await auditRows(youth.id)).filter((a) => a.reason === 'not_category_writer');
    assert.deepEqual(
      denied.map((d) => d.categories),
      [['medical'], ['mental_health'], ['legal']],
    );

    // The record tells each screen where it may add a note.
    const writable = async (client: Client) =>
      (await client.get(`/api/youth/${youth.id}`))
        .json<{ categories: { category: string; writable: boolean }[] }>()
        .categories.filter((c) => c.writable)
        .map((c) => c.category);
    assert.deepEqual(await writable(da), [
      'identity',
      'contact_location',
      'needs_services',
      'referrals',
      'case_notes',
      'legal',
    ]);
    assert.ok((await writable(medical)).includes('medical'));
    // Off the team, nothing is writable.
    const probation = await as(world.people.probation_officer.email);
    assert.equal((await write(probation, 'legal')).statusCode, 403);
  });
});

describe('the case team', () => {
  test('adding and removing is audited and tells the county coordinator; no data comes with it', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    await addToTeam(
      police,
      youth.id,
      world.organizations.advocacy.id,
      'advocate',
      world.people.advocate.id,
    );
    const coordinator = await as(world.people.coordinator.email);
    const notes = (await coordinator.get('/api/notifications')).json<
      { message: string; caseNumber: string }[]
    >();
    assert.ok(
      notes.some((n) => n.caseNumber === youth.caseNumber && /joined case/.test(n.message)),
    );
    assert.ok(
      notes.every((n) => !/Tester|Youth\d/.test(n.message)),
      'no youth data in notifications',
    );

    const duplicate = await police.post(`/api/youth/${youth.id}/team`, {
      organizationId: world.organizations.advocacy.id,
      role: 'advocate',
      userId: world.people.advocate.id,
    });
    assert.equal(duplicate.statusCode, 409);

    const removed = await police.request(
      'DELETE',
      `/api/youth/${youth.id}/team/${world.organizations.advocacy.id}`,
    );
    assert.equal(removed.statusCode, 204);
    const record = (await police.get(`/api/youth/${youth.id}`)).json<RecordBody>();
    assert.ok(record.team.every((m) => m.organizationId !== world.organizations.advocacy.id));
    const actions = (await auditRows(youth.id)).map((a) => a.action);
    assert.ok(actions.includes('team.add') && actions.includes('team.remove'));
    const later = (await coordinator.get('/api/notifications')).json<{ message: string }[]>();
    assert.ok(later.some((n) => /left case/.test(n.message)));
  });

  test('the creator stays; outsiders cannot add; the coordinator can; other counties’ organizations cannot join', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    const stays = await police.request(
      'DELETE',
      `/api/youth/${youth.id}/team/${world.organizations.law_enforcement.id}`,
    );
    assert.equal(stays.statusCode, 409);
    const outsider = await as(world.people.probation_officer.email);
    const refused = await outsider.post(`/api/youth/${youth.id}/team`, {
      organizationId: world.organizations.probation.id,
      role: 'probation',
    });
    assert.equal(refused.statusCode, 403);
    const coordinator = await as(world.people.coordinator.email);
    await addToTeam(coordinator, youth.id, world.organizations.probation.id, 'probation');
    // The coordinator manages the team but reads nothing by it.
    const asCoordinator = (await coordinator.get(`/api/youth/${youth.id}`)).json<RecordBody>();
    assert.equal(asCoordinator.identity, null);
    const foreign = await police.post(`/api/youth/${youth.id}/team`, {
      organizationId: elsewhere.organizations.advocacy.id,
      role: 'advocate',
    });
    assert.equal(foreign.statusCode, 400);
    const wrongPerson = await police.post(`/api/youth/${youth.id}/team`, {
      organizationId: world.organizations.advocacy.id,
      role: 'advocate',
      userId: world.people.medical_provider.id,
    });
    assert.equal(wrongPerson.statusCode, 400);
    // One agency cannot push another off the case; it may leave itself.
    await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
    await addToTeam(police, youth.id, world.organizations.medical.id, 'medical');
    const medical = await as(world.people.medical_provider.email);
    const seen = (await medical.get(`/api/youth/${youth.id}`)).json<RecordBody>();
    const removable = (organizationId: string) =>
      seen.team.find((m) => m.organizationId === organizationId && m.userId === null)?.removable;
    assert.equal(removable(world.organizations.advocacy.id), false);
    assert.equal(removable(world.organizations.medical.id), true);
    assert.equal(removable(world.organizations.law_enforcement.id), false);
    const push = await medical.request(
      'DELETE',
      `/api/youth/${youth.id}/team/${world.organizations.advocacy.id}`,
    );
    assert.equal(push.statusCode, 403);
    assert.equal(push.json<{ error: { code: string } }>().error.code, 'not_your_team_member');
    const leave = await medical.request(
      'DELETE',
      `/api/youth/${youth.id}/team/${world.organizations.medical.id}`,
    );
    assert.equal(leave.statusCode, 204);
    const byCoordinator = await coordinator.request(
      'DELETE',
      `/api/youth/${youth.id}/team/${world.organizations.advocacy.id}`,
    );
    assert.equal(byCoordinator.statusCode, 204);
    const badRole = await police.post(`/api/youth/${youth.id}/team`, {
      organizationId: world.organizations.advocacy.id,
      role: 'boss',
    });
    assert.equal(badRole.statusCode, 400);
  });
});
