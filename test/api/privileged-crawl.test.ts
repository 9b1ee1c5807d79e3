// The privileged-note crawl (issue 3, "done when"): an advocate writes a privileged note
// holding a unique marker; then every GET route of the OpenAPI document is called as every
// demo account, with every id and query variant worth trying. Only the authoring
// organization's qualified caseworker may ever receive the marker, and it must appear in no
// log line and no database file (every file of PGlite's data directory, as PGlite archives it
// after a checkpoint; a pg_dump of PostgreSQL).
// A case note written the same way is the control: the scans do find it. A privileged document
// holding the marker in its bytes and title is held to the same rule, and an MDT meeting with the
// case on its agenda is crawled with its own id. A missing-youth photo with its own marker in its
// bytes is, like the document, in no database file: it is kept only sealed.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openPglite } from '../../src/db/pglite.js';
import type { App } from '../../src/server/http/types.js';
import { buildApp } from '../../src/server/http/app.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import { ENGINE, type TestDatabase } from '../support/database.js';
import {
  openDemoTestDatabase,
  pgliteDemoSnapshot,
  seedDemoForTests,
} from '../support/demo-database.js';
import { Client } from '../support/http.js';
import { testServices } from '../support/world.js';

const MARKER = `PRIVILEGED-MARKER-${randomBytes(12).toString('hex')}`;
const CONTROL = `CASE-NOTE-CONTROL-${randomBytes(12).toString('hex')}`;
/** In the bytes of a missing-youth photo, which is kept only sealed (migration 0027). */
const PHOTO_MARKER = `PHOTO-MARKER-${randomBytes(12).toString('hex')}`;

const ACCOUNTS = [
  'advocate@demo.test',
  // Harbor Light's program director: same organization as the author, not on the team in person.
  'supervisor@demo.test',
  'childwelfare@demo.test',
  'probation@demo.test',
  'police@demo.test',
  'da@demo.test',
  'court@demo.test',
  'cac@demo.test',
  'medical@demo.test',
  'mentalhealth@demo.test',
  'provider@demo.test',
  'coordinator@demo.test',
  'admin@demo.test',
  'oversight@demo.test',
  'advocate@neighbor.test',
  'police@neighbor.test',
  'coordinator@neighbor.test',
  'admin@neighbor.test',
];
/** The only account allowed to see the note: the qualified caseworker who wrote it. */
const AUTHOR = 'advocate@demo.test';

let db: Database;
let testDatabase: TestDatabase | null = null;
let pglite: PGlite | null = null;
let app: App;
const logLines: string[] = [];
let youthId = '';
let privilegedNoteId = '';
let privilegedDocumentId = '';

before(async () => {
  if (ENGINE === 'pglite') {
    // In memory: its data directory's files are searched through PGlite's archive of them,
    // which costs a tenth of the crawl's CPU less than files on disk and holds the same bytes.
    const demo = pgliteDemoSnapshot();
    const snapshot = process.env.LANTERN_TEST_PGLITE_SNAPSHOT;
    const opened = demo
      ? await openPglite(undefined, demo)
      : snapshot && existsSync(snapshot)
        ? await openPglite(undefined, new Blob([readFileSync(snapshot)]))
        : await openPglite();
    pglite = opened.raw;
    db = opened;
    await migrate(db);
    if (!demo) await seedDemoForTests(db);
  } else {
    testDatabase = await openDemoTestDatabase();
    db = testDatabase.db;
  }
  const services = testServices(db, { demoMode: true });
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  // The most verbose level there is: nothing may leak even at trace.
  app = await buildApp(services, { logLevel: 'trace', logStream });
  await app.ready();
});
after(async () => {
  await app.close();
  if (testDatabase) await testDatabase.close();
  else await db.close();
});

async function signIn(email: string): Promise<Client> {
  const client = new Client(app);
  const response = await client.login(email, DEMO_PASSWORD);
  assert.equal(response.statusCode, 200, `${email}: ${response.body}`);
  return client;
}

interface Operation {
  readonly path: string;
  readonly query: Record<string, { enum?: string[]; type?: string }>;
}

async function getOperations(): Promise<Operation[]> {
  const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<
      string,
      Record<
        string,
        { parameters?: { in: string; name: string; schema?: { enum?: string[]; type?: string } }[] }
      >
    >;
  }>();
  return Object.entries(document.paths).flatMap(([path, methods]) => {
    const get = methods.get;
    if (!get) return [];
    const query = Object.fromEntries(
      (get.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}]),
    );
    return [{ path, query }];
  });
}

/** Every URL worth trying for one operation: each id in the pool, each query value. */
function urlsFor(op: Operation, ids: readonly string[]): string[] {
  const bases = op.path.includes('{')
    ? ids.map((id) => op.path.replace(/\{[^}]+\}/g, id))
    : [op.path];
  const queries = [''];
  for (const [name, schema] of Object.entries(op.query)) {
    const values = schema.enum ?? (schema.type === 'string' ? ['Maya', MARKER, 'DEMO'] : ['true']);
    for (const value of values) queries.push(`?${name}=${encodeURIComponent(value)}`);
  }
  return bases.flatMap((base) => queries.map((q) => base + q));
}

describe('a privileged note reaches only its authoring organization’s qualified caseworkers', () => {
  test('written, then refused to everyone else on every GET route', async () => {
    const advocate = await signIn(AUTHOR);
    const found = (await advocate.get('/api/youth?query=Maya')).json<{ id: string }[]>();
    assert.equal(found.length, 1, 'the demo case');
    youthId = found[0]?.id ?? '';
    const written = await advocate.post(`/api/youth/${youthId}/notes`, {
      kind: 'privileged',
      body: `She told me about ${MARKER} tonight.`,
    });
    assert.equal(written.statusCode, 201, written.body);
    privilegedNoteId = written.json<{ id: string }>().id;
    const control = await advocate.post(`/api/youth/${youthId}/notes`, {
      kind: 'case',
      category: 'needs_services',
      body: `Needs: ${CONTROL}`,
    });
    assert.equal(control.statusCode, 201);
    // Someone not allowed tries to write one with the marker: refused, and not stored anywhere.
    const police = await signIn('police@demo.test');
    const refused = await police.post(`/api/youth/${youthId}/notes`, {
      kind: 'privileged',
      body: `Police attempt: ${MARKER}`,
    });
    assert.equal(refused.statusCode, 403);
    assert.ok(!refused.body.includes(MARKER));
    // A mandated report filed from the note holds only what was reported.
    const report = await advocate.post(`/api/youth/${youthId}/mandated-reports`, {
      kind: 'child_abuse_or_neglect',
      reportedTo: 'Child abuse hotline',
      reportedAt: '2026-11-23T09:00:00Z',
      content: 'Reported suspected abuse.',
      sourceNoteId: privilegedNoteId,
    });
    assert.equal(report.statusCode, 201, report.body);

    // A privileged document holding the marker, in its bytes and its title (docs/LEGAL-AND-MDT.md).
    const boundary = 'crawlboundary';
    const uploaded = await app.inject({
      method: 'POST',
      url: `/api/youth/${youthId}/documents`,
      headers: {
        cookie: advocate.cookie ?? '',
        'x-csrf-token': advocate.csrfToken ?? '',
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: [
        ...Object.entries({ category: 'legal', title: `Told ${MARKER}`, privileged: 'true' }).map(
          ([name, value]) =>
            `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        ),
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="told.pdf"\r\n`,
        `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n% ${MARKER}\n%%EOF\n\r\n--${boundary}--\r\n`,
      ].join(''),
    });
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    privilegedDocumentId = uploaded.json<{ id: string }>().id;
    const photo = await advocate.put(`/api/youth/${youthId}/missing-profile`, {
      ...{ height: null, build: null, hair: null, eyes: null, marks: null, riskLevel: null },
      photoConsent: true,
      photo: {
        contentType: 'image/jpeg',
        data: Buffer.concat([
          Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
          Buffer.from(PHOTO_MARKER),
        ]).toString('base64'),
      },
    });
    assert.equal(photo.statusCode, 200, photo.body);

    // An MDT meeting with the case on its agenda and minutes of it (docs/LEGAL-AND-MDT.md): a
    // meeting's views and printed agenda are held to the same rule.
    const coordinator = await signIn('coordinator@demo.test');
    const record = (await advocate.get(`/api/youth/${youthId}`)).json<{
      caseNumber: string;
      jurisdictionId: string;
    }>();
    const county = (await coordinator.get('/api/organizations'))
      .json<{ id: string; type: string; jurisdictionId: string }[]>()
      .filter((o) => o.jurisdictionId === record.jurisdictionId);
    const scheduled = await coordinator.post('/api/mdt-meetings', {
      title: 'Monday MDT',
      startsAt: '2026-11-30T17:00:00Z',
      attendeeOrganizationIds: county
        .filter((o) => ['advocacy', 'law_enforcement', 'child_welfare'].includes(o.type))
        .map((o) => o.id),
    });
    assert.equal(scheduled.statusCode, 201, scheduled.body);
    const meetingId = scheduled.json<{ id: string }>().id;
    const agenda = await coordinator.patch(`/api/mdt-meetings/${meetingId}/agenda`, {
      caseNumbers: [record.caseNumber],
    });
    assert.equal(agenda.statusCode, 200, agenda.body);
    const minutes = await coordinator.post(`/api/mdt-meetings/${meetingId}/minutes`, {
      youthId,
      categories: ['case_notes'],
      body: 'Reviewed the plan for the week.',
    });
    assert.equal(minutes.statusCode, 201, minutes.body);

    const jurisdictions = (await advocate.get('/api/jurisdictions')).json<{ id: string }[]>();
    const organizations = (await advocate.get('/api/organizations')).json<{ id: string }[]>();
    const ids = [
      youthId,
      privilegedNoteId,
      ...jurisdictions.map((j) => j.id),
      ...organizations.slice(0, 3).map((o) => o.id),
      randomUUID(),
    ];
    const operations = await getOperations();
    assert.ok(operations.length >= 15, `only ${String(operations.length)} GET routes`);
    const receivedBy = new Set<string>();
    const routesCrawled = new Set<string>();
    let requests = 0;
    for (const email of ACCOUNTS) {
      const client = await signIn(email);
      for (const op of operations) {
        // The document's id only where a document is read, which keeps the crawl's cost.
        const pool = op.path.startsWith('/api/documents/')
          ? [privilegedDocumentId, ...ids]
          : op.path.startsWith('/api/mdt-meetings/')
            ? [meetingId, ...ids]
            : ids;
        for (const url of urlsFor(op, pool)) {
          const response = await client.get(url);
          requests += 1;
          routesCrawled.add(op.path);
          assert.ok(
            response.statusCode < 500,
            `${email} GET ${url}: ${String(response.statusCode)}`,
          );
          if (response.body.includes(MARKER)) receivedBy.add(email);
        }
      }
    }
    assert.deepEqual([...receivedBy], [AUTHOR], 'only the author organization’s caseworker');
    assert.equal(routesCrawled.size, operations.length);
    console.log(
      `crawl: ${String(ACCOUNTS.length)} accounts x ${String(operations.length)} GET routes, ${String(requests)} requests`,
    );
  });

  test('the marker is in no log line', () => {
    const logs = logLines.join('');
    assert.ok(logLines.length > 100, 'the logs were captured');
    assert.ok(logs.includes(`/api/youth/${youthId}/notes`), 'requests were logged');
    assert.ok(!logs.includes(MARKER), 'no privileged text in the logs');
    assert.ok(!logs.includes(CONTROL), 'no note text in the logs either');
    assert.ok(
      !logs.includes('lantern_session='),
      'no session cookie (the upload parser traces headers)',
    );
  });

  test('the marker is in no database file; the case-note control is', async () => {
    if (pglite) {
      // Every dirty page written to its table's file, as a shutdown would; then every file of
      // the data directory (tables, indexes, write-ahead log) in one uncompressed archive, where
      // each file's bytes lie whole, so a search of the archive is a search of each file.
      await db.exec('CHECKPOINT');
      const archive = Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer());
      assert.ok(archive.length > 10_000_000, 'the data directory was archived');
      assert.ok(!archive.includes(Buffer.from(MARKER)), 'no privileged text in any file');
      assert.ok(!archive.includes(Buffer.from(PHOTO_MARKER)), 'no plain photo in any file');
      assert.ok(archive.includes(Buffer.from(CONTROL)), 'the scan finds plain text that is there');
    } else {
      const dump = spawnSync('pg_dump', ['--format=plain', `--dbname=${testDatabase?.url ?? ''}`], {
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
      });
      assert.equal(dump.status, 0, dump.stderr);
      assert.ok(dump.stdout.includes(CONTROL), 'the dump holds the case-note control');
      assert.ok(!dump.stdout.includes(MARKER), 'the dump holds no privileged text');
      const photoHex = Buffer.from(PHOTO_MARKER).toString('hex');
      assert.ok(
        !dump.stdout.includes(photoHex) && !dump.stdout.includes(PHOTO_MARKER),
        'the dump holds no plain photo',
      );
    }
  });
});
