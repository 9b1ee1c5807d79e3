// The verified-contacts check of the demo crawl (issue 11, "done when": verified contacts only
// where a basis exists). On Maya's case the advocate lists a do-not-release person and child
// welfare a verified one, every field a unique marker. A marker reaches, on any GET route of the
// shared walk, only an account that decideRead lets read placement data from the listing
// organization; the do-not-release reason and relationship, which no check ever answers, travel
// no further. The markers found prove the scan looks where the data is.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { findUserWithCredentials } from '../../../src/db/repositories/users.js';
import { unsafeFindYouth } from '../../../src/db/repositories/youth.js';
import { actorOf } from '../../../src/server/services/auth/signed-in.js';
import { loadCase } from '../../../src/server/services/cases/case-scope.js';
import type { Check, CrawlContext } from './walk.js';

/** Letters only, so a marker is a valid name; unique to this run. */
const marker = (label: string) =>
  `${label}${randomBytes(6)
    .toString('hex')
    .replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)] ?? 'q')}`;

interface Planted {
  readonly contactId: string;
  readonly holderEmail: string;
  readonly markers: readonly string[];
}

export async function plantContacts(
  context: CrawlContext,
  accounts: readonly string[],
): Promise<Check> {
  const { database, services, mayaId } = context;
  const advocate = await context.signIn('advocate@demo.test');
  const planted: Planted[] = [];
  const list = async (email: string, body: Record<string, unknown>, markers: string[]) => {
    const client = await context.signIn(email);
    const response = await client.post(`/api/youth/${mayaId}/contacts`, body);
    assert.equal(response.statusCode, 201, `${email}: ${response.body}`);
    planted.push({ contactId: response.json<{ id: string }>().id, holderEmail: email, markers });
  };
  const barredName = `Barred ${marker('Name')}`;
  const barredAlias = `Alias ${marker('Alias')}`;
  const barredRelationship = marker('Relationship');
  const barredReason = marker('Reason');
  await list(
    'advocate@demo.test',
    {
      name: barredName,
      aliases: [barredAlias],
      relationship: barredRelationship,
      status: 'do_not_release',
      reason: barredReason,
    },
    [barredName, barredAlias, barredRelationship, barredReason],
  );
  const verifiedName = `Verified ${marker('Name')}`;
  const verifiedNote = marker('Note');
  await list(
    'childwelfare@demo.test',
    {
      name: verifiedName,
      relationship: 'grandmother',
      status: 'verified',
      method: 'caseworker_knows',
      note: verifiedNote,
    },
    [verifiedName, verifiedNote],
  );
  // The check at the counter answers only its three words: no marker in it, even for the court.
  const court = await context.signIn('court@demo.test');
  const caseNumber = (await advocate.get(`/api/youth/${mayaId}`)).json<{ caseNumber: string }>()
    .caseNumber;
  const answer = await court.post('/api/verified-contacts/check', {
    caseNumber,
    name: barredAlias,
  });
  assert.equal(answer.statusCode, 200, answer.body);
  assert.equal(answer.json<{ answer: string }>().answer, 'do_not_release');
  for (const p of planted) for (const m of p.markers) assert.ok(!answer.body.includes(m));

  const mayRead = new Map<string, boolean>();
  const leaks: string[] = [];
  const seen = new Set<string>();
  let inspected = 0;
  return {
    name: 'verified contacts',
    async prepare() {
      // Who may read what, from the access module itself.
      const youth = await unsafeFindYouth(database.db, mayaId);
      assert.ok(youth);
      for (const email of accounts) {
        const found = await findUserWithCredentials(database.db, { email });
        assert.ok(found, email);
        const scope = await loadCase(database.db, services, actorOf(found.user), youth);
        for (const p of planted) {
          const holder = await findUserWithCredentials(database.db, { email: p.holderEmail });
          assert.ok(holder);
          mayRead.set(
            `${email} ${p.contactId}`,
            scope.read('placement', holder.user.organizationId).allowed,
          );
        }
      }
    },
    // No GET route takes a contact's id: the case is where the lists hang, and the shared walk
    // reads every route of the case with its id.
    readsSharedWalk: true,
    ownUrls: () => [],
    inspect(email, url, _status, body) {
      inspected += 1;
      for (const p of planted) {
        for (const m of p.markers) {
          if (!body.includes(m)) continue;
          seen.add(m);
          if (mayRead.get(`${email} ${p.contactId}`) !== true) leaks.push(`${email} ${url}`);
        }
      }
    },
    finish() {
      assert.deepEqual(leaks, []);
      for (const p of planted) for (const m of p.markers) assert.ok(seen.has(m), `${m} never seen`);
      // Nobody but the listing organizations reads them on the demo case as seeded.
      const readers = accounts.filter((email) =>
        planted.some((p) => mayRead.get(`${email} ${p.contactId}`)),
      );
      assert.ok(!readers.includes('admin@demo.test') && !readers.includes('oversight@demo.test'));
      assert.ok(!readers.some((e) => e.endsWith('@neighbor.test')));
      assert.ok(inspected > 300, `only ${String(inspected)} answers read`);
    },
  };
}
