// The crawl of the demo county: what each agency writes on a case reaches only the readers the
// access rules allow, on every GET route, as every demo account of both counties. Five checks
// plant their records on the demo cases (test/api/crawls/):
// - privileged.ts: a privileged note, a privileged document and a sealed photo, each with a
//   unique marker (issue 3); only the authoring organization's qualified caseworker may receive
//   the marker, and it is in no log line and no database file (below);
// - screening.ts: screenings by three agencies (issue 11);
// - safety-plans.ts: safety plans of four categories and a release step (issue 11);
// - contacts.ts: verified and do-not-release contacts (issue 11);
// - events.ts: events of every category on three cases, and the missing-youth routes (issue 10).
// Then one walk reads, as every account, every GET route of the OpenAPI document with the ids of
// the records it names, an unknown id and every query value worth trying, plus the URLs a check
// needs beyond it; every answer goes to every check that reads it. Each check knows who may read
// its records from the access module itself, asked once everything is planted, and proves its
// scan looks where the data is by finding its markers where they belong.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import { after, before, describe, test } from 'node:test';
import { DEMO_CRAWL_ACCOUNTS, openDemoCrawl, type DemoCrawl } from '../support/demo-crawl.js';
import { plantContacts } from './crawls/contacts.js';
import { plantEvents } from './crawls/events.js';
import { CONTROL, MARKER, PHOTO_MARKER, plantPrivileged } from './crawls/privileged.js';
import { plantSafetyPlans } from './crawls/safety-plans.js';
import { plantScreenings } from './crawls/screening.js';
import { crawlContext, getOperations, urlsFor, walk, type CrawlContext } from './crawls/walk.js';

const ACCOUNTS: readonly string[] = DEMO_CRAWL_ACCOUNTS;

let crawl: DemoCrawl;
let context: CrawlContext;
const logLines: string[] = [];

before(async () => {
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  crawl = await openDemoCrawl({ logStream });
  context = await crawlContext(crawl);
});
after(async () => {
  await crawl.close();
});

describe('the demo crawl: what each agency writes reaches only readers with a basis', () => {
  test('planted by every agency, then every GET route read as every account', async (t) => {
    const privileged = await plantPrivileged(context);
    const checks = [
      privileged.check,
      await plantScreenings(context, ACCOUNTS),
      await plantSafetyPlans(context, ACCOUNTS),
      await plantContacts(context, ACCOUNTS),
      await plantEvents(context, ACCOUNTS),
    ];
    for (const check of checks) await check.prepare();

    // The shared walk: every GET route, each id of its kind, each query value. A path is given
    // the ids of the records it names (the youth's routes the demo case, a jurisdiction's both
    // counties, a document's the planted document...) and always an id no record has. An id of
    // another kind names nothing there, just as the unknown id does, so the unknown id stands for
    // them (trying every id in every path cost twice the requests).
    const advocate = await context.signIn('advocate@demo.test');
    const jurisdictions = (await advocate.get('/api/jurisdictions')).json<{ id: string }[]>();
    const organizations = (await advocate.get('/api/organizations')).json<{ id: string }[]>();
    const poolFor = (path: string): string[] => {
      const kind: readonly [string, readonly string[]][] = [
        ['/api/youth/', [context.mayaId]],
        ['/api/jurisdictions/', jurisdictions.map((j) => j.id)],
        ['/api/documents/', [privileged.documentId]],
        ['/api/mdt-meetings/', [privileged.meetingId]],
        // The directory's routes: the first organizations' ids, as the walk always tried.
        ['/api/hsds/', organizations.slice(0, 3).map((o) => o.id)],
        ['/api/directory/', organizations.slice(0, 3).map((o) => o.id)],
      ];
      const ids = kind.find(([prefix]) => path.startsWith(prefix))?.[1] ?? [];
      return [...ids, context.unknownId];
    };
    const operations = await getOperations(context.app);
    assert.ok(operations.length >= 15, `only ${String(operations.length)} GET routes`);
    const shared = operations.flatMap((op) => urlsFor(op, poolFor(op.path), MARKER));
    assert.ok(
      shared.some((url) => url.startsWith(`/api/youth/${context.mayaId}/notes`)) &&
        shared.includes(`/api/documents/${privileged.documentId}`) &&
        shared.some((url) => url.startsWith(`/api/mdt-meetings/${privileged.meetingId}`)),
      'the walk reads where the planted records are',
    );

    const requests = await walk(context, ACCOUNTS, shared, checks);
    for (const check of checks) await t.test(check.name, () => check.finish());
    console.log(
      `demo crawl: ${String(ACCOUNTS.length)} accounts x ${String(operations.length)} GET routes, ${String(shared.length)} URLs each in the shared walk, ${String(requests)} requests`,
    );
  });

  test('the privileged marker is in no log line', () => {
    const logs = logLines.join('');
    assert.ok(logLines.length > 100, 'the logs were captured');
    assert.ok(logs.includes(`/api/youth/${context.mayaId}/notes`), 'requests were logged');
    assert.ok(!logs.includes(MARKER), 'no privileged text in the logs');
    assert.ok(!logs.includes(CONTROL), 'no note text in the logs either');
    assert.ok(
      !logs.includes('lantern_session='),
      'no session cookie (the upload parser traces headers)',
    );
  });

  test('the privileged marker is in no database file; the case-note control is', async () => {
    const { db, url } = context.database;
    if (db.engine === 'pglite') {
      // Every dirty page written to its table's file, as a shutdown would; then every file of
      // the data directory (tables, indexes, write-ahead log) in one uncompressed archive, where
      // each file's bytes lie whole, so a search of the archive is a search of each file.
      const pglite = (db as unknown as { raw: PGlite }).raw;
      await db.exec('CHECKPOINT');
      const archive = Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer());
      assert.ok(archive.length > 10_000_000, 'the data directory was archived');
      assert.ok(!archive.includes(Buffer.from(MARKER)), 'no privileged text in any file');
      assert.ok(!archive.includes(Buffer.from(PHOTO_MARKER)), 'no plain photo in any file');
      assert.ok(archive.includes(Buffer.from(CONTROL)), 'the scan finds plain text that is there');
    } else {
      const dump = spawnSync('pg_dump', ['--format=plain', `--dbname=${url ?? ''}`], {
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
