// Agreements with organizations of neighboring counties (docs/CONFIDENTIALITY.md, Agreements
// across counties): the agreement's coordinator proposes, the other county's coordinator answers,
// both counties see it, a third sees nothing, and no case data crosses even once accepted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { agreement, consentBody, openYouth } from '../support/cases.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { createWorld, testServices, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;

before(async () => {
  database = await openTestDatabase();
  app = await testApp(testServices(database.db, { demoMode: true }));
});
after(async () => {
  await app.close();
  await database.close();
});

interface NeighborParty {
  organizationId: string;
  organizationName: string;
  jurisdictionId: string;
  jurisdictionName: string;
  status: string;
  mayAnswer: boolean;
  mayWithdraw: boolean;
}
interface Agreement {
  id: string;
  jurisdictionId: string;
  jurisdictionName: string;
  organizationIds: string[];
  neighborParties: NeighborParty[];
  mayProposeNeighbor: boolean;
}

const errorCode = (body: string) => (JSON.parse(body) as { error: { code: string } }).error.code;

async function auditCount(action: string, targetId: string, outcome = 'allowed') {
  const [row] = await database.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_events
     WHERE action = $1 AND target_id = $2 AND outcome = $3`,
    [action, targetId, outcome],
  );
  return row?.n ?? 0;
}

async function deniedCount(targetId: string, action: string) {
  const [row] = await database.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied'
     AND target_id = $1 AND details->>'action' = $2`,
    [targetId, action],
  );
  return row?.n ?? 0;
}

/** Two neighboring counties and a third; an agreement of the first between its advocacy and CAC. */
async function counties() {
  const home = await createWorld(database.db, 'Home');
  const neighbor = await createWorld(database.db, 'Neighbor');
  const third = await createWorld(database.db, 'Third');
  const mouId = await agreement(database.db, home, ['advocacy', 'child_advocacy_center']);
  const coordinator = async (world: World) => signedIn(app, world.people.coordinator.email);
  return {
    home,
    neighbor,
    third,
    mouId,
    homeCoordinator: await coordinator(home),
    neighborCoordinator: await coordinator(neighbor),
    thirdCoordinator: await coordinator(third),
  };
}

const propose = (client: Client, mouId: string, organizationId: string) =>
  client.post(`/api/mous/${mouId}/neighbor-parties`, { organizationId });
const answer = (
  client: Client,
  mouId: string,
  organizationId: string,
  step: 'accept' | 'decline' | 'withdraw',
) => client.post(`/api/mous/${mouId}/neighbor-parties/${organizationId}/${step}`);

async function agreementsOf(client: Client): Promise<Agreement[]> {
  const response = await client.get('/api/mous');
  assert.equal(response.statusCode, 200, response.body);
  return response.json<Agreement[]>();
}

describe('organizations of neighboring counties on an agreement', () => {
  test('proposed by the agreement’s coordinator, accepted by the other county’s; both see it, with county and status', async () => {
    const c = await counties();
    const advocacy = c.neighbor.organizations.advocacy;
    const proposed = await propose(c.homeCoordinator, c.mouId, advocacy.id);
    assert.equal(proposed.statusCode, 201, proposed.body);
    const view = proposed.json<Agreement>();
    assert.deepEqual(
      view.neighborParties.map((p) => [p.organizationId, p.jurisdictionId, p.status, p.mayAnswer]),
      [[advocacy.id, c.neighbor.jurisdictionId, 'proposed', false]],
    );
    assert.ok(view.mayProposeNeighbor);
    assert.ok(!view.organizationIds.includes(advocacy.id), 'not an ordinary party');
    assert.equal(await auditCount('mou.neighbor_propose', c.mouId), 1);

    // The neighbor county sees it, read-only, and may answer the proposal of its organization.
    const seen = (await agreementsOf(c.neighborCoordinator)).find((m) => m.id === c.mouId);
    assert.ok(seen, 'the neighbor county lists the agreement');
    assert.equal(seen.jurisdictionId, c.home.jurisdictionId);
    assert.equal(seen.mayProposeNeighbor, false);
    assert.deepEqual(
      seen.neighborParties.map((p) => [p.organizationName, p.jurisdictionName, p.mayAnswer]),
      [[advocacy.name, (seen.neighborParties[0] as NeighborParty).jurisdictionName, true]],
    );
    assert.match((seen.neighborParties[0] as NeighborParty).jurisdictionName, /^Neighbor /);
    // Its coordinator was told.
    const [told] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE jurisdiction_id = $1
       AND kind = 'mou.neighbor_proposed'`,
      [c.neighbor.jurisdictionId],
    );
    assert.equal(told?.n, 1);

    const accepted = await answer(c.neighborCoordinator, c.mouId, advocacy.id, 'accept');
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.equal(accepted.json<Agreement>().neighborParties[0]?.status, 'accepted');
    assert.equal(await auditCount('mou.neighbor_accept', c.mouId), 1);
    for (const client of [c.homeCoordinator, c.neighborCoordinator]) {
      const listed = (await agreementsOf(client)).find((m) => m.id === c.mouId);
      assert.equal(listed?.neighborParties[0]?.status, 'accepted');
    }
    // Anyone of the neighbor county reads it, like its own agreements.
    const neighborAdvocate = await signedIn(app, c.neighbor.people.advocate.email);
    assert.ok((await agreementsOf(neighborAdvocate)).some((m) => m.id === c.mouId));
    // Answered once only.
    const again = await answer(c.neighborCoordinator, c.mouId, advocacy.id, 'decline');
    assert.equal(again.statusCode, 409);
    assert.equal(errorCode(again.body), 'already_answered');
  });

  test('declined: the neighbor county no longer lists it, and it is not proposed again', async () => {
    const c = await counties();
    const police = c.neighbor.organizations.law_enforcement;
    assert.equal((await propose(c.homeCoordinator, c.mouId, police.id)).statusCode, 201);
    const declined = await answer(c.neighborCoordinator, c.mouId, police.id, 'decline');
    assert.equal(declined.statusCode, 200, declined.body);
    assert.equal(declined.json<Agreement>().neighborParties[0]?.status, 'declined');
    assert.equal(await auditCount('mou.neighbor_decline', c.mouId), 1);
    assert.ok(!(await agreementsOf(c.neighborCoordinator)).some((m) => m.id === c.mouId));
    const home = (await agreementsOf(c.homeCoordinator)).find((m) => m.id === c.mouId);
    assert.equal(home?.neighborParties[0]?.status, 'declined');

    const again = await propose(c.homeCoordinator, c.mouId, police.id);
    assert.equal(again.statusCode, 409);
    assert.equal(errorCode(again.body), 'neighbor_party_declined');
  });

  test('withdrawn by its coordinator before the other county answers: gone from both, that county told; never after an answer', async () => {
    const c = await counties();
    const advocacy = c.neighbor.organizations.advocacy;
    const police = c.neighbor.organizations.law_enforcement;
    assert.equal((await propose(c.homeCoordinator, c.mouId, advocacy.id)).statusCode, 201);
    assert.equal((await propose(c.homeCoordinator, c.mouId, police.id)).statusCode, 201);
    const mine = (await agreementsOf(c.homeCoordinator)).find((m) => m.id === c.mouId);
    assert.deepEqual(
      mine?.neighborParties.map((p) => p.mayWithdraw),
      [true, true],
    );
    const theirs = (await agreementsOf(c.neighborCoordinator)).find((m) => m.id === c.mouId);
    assert.ok(theirs?.neighborParties.every((p) => !p.mayWithdraw));

    // Not the other county's coordinator, not the home administrator, not a third county.
    const refused = [
      [await answer(c.neighborCoordinator, c.mouId, advocacy.id, 'withdraw'), 403],
      [
        await answer(
          await signedIn(app, c.home.people.administrator.email),
          c.mouId,
          advocacy.id,
          'withdraw',
        ),
        403,
      ],
      [await answer(c.thirdCoordinator, c.mouId, advocacy.id, 'withdraw'), 404],
    ] as const;
    for (const [response, status] of refused)
      assert.equal(response.statusCode, status, response.body);
    assert.equal(await deniedCount(c.mouId, 'mou.neighbor_withdraw'), 3);

    const withdrawn = await answer(c.homeCoordinator, c.mouId, advocacy.id, 'withdraw');
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.deepEqual(
      withdrawn.json<Agreement>().neighborParties.map((p) => p.organizationId),
      [police.id],
    );
    assert.equal(await auditCount('mou.neighbor_withdraw', c.mouId), 1);
    const [told] = await database.db.query<{ params: Record<string, string> }>(
      `SELECT params FROM notifications WHERE jurisdiction_id = $1
       AND kind = 'mou.neighbor_withdrawn'`,
      [c.neighbor.jurisdictionId],
    );
    assert.equal(told?.params.organization, advocacy.name);
    // Nothing left to answer or withdraw; it may be proposed again.
    const late = await answer(c.neighborCoordinator, c.mouId, advocacy.id, 'accept');
    assert.equal(late.statusCode, 404, late.body);
    const twice = await answer(c.homeCoordinator, c.mouId, advocacy.id, 'withdraw');
    assert.equal(twice.statusCode, 404, twice.body);
    assert.equal((await propose(c.homeCoordinator, c.mouId, advocacy.id)).statusCode, 201);

    // Once accepted, it is no longer a proposal to withdraw.
    assert.equal(
      (await answer(c.neighborCoordinator, c.mouId, police.id, 'accept')).statusCode,
      200,
    );
    const afterAnswer = await answer(c.homeCoordinator, c.mouId, police.id, 'withdraw');
    assert.equal(afterAnswer.statusCode, 409, afterAnswer.body);
    assert.equal(errorCode(afterAnswer.body), 'already_answered');
    const bad = await c.homeCoordinator.post(`/api/mous/${c.mouId}/neighbor-parties/nope/withdraw`);
    assert.equal(bad.statusCode, 400, bad.body);
  });

  test('a third county sees nothing and touches nothing; it is answered like an unknown id', async () => {
    const c = await counties();
    const advocacy = c.neighbor.organizations.advocacy;
    assert.equal((await propose(c.homeCoordinator, c.mouId, advocacy.id)).statusCode, 201);
    assert.ok(!(await agreementsOf(c.thirdCoordinator)).some((m) => m.id === c.mouId));
    const unknownMou = '00000000-0000-4000-8000-000000000000';
    const attempts = [
      await propose(c.thirdCoordinator, c.mouId, c.third.organizations.advocacy.id),
      await answer(c.thirdCoordinator, c.mouId, advocacy.id, 'accept'),
      await answer(c.thirdCoordinator, c.mouId, advocacy.id, 'decline'),
    ];
    const unknown = await propose(c.thirdCoordinator, unknownMou, advocacy.id);
    for (const response of attempts) {
      assert.equal(response.statusCode, 404, response.body);
      assert.deepEqual(JSON.parse(response.body), JSON.parse(unknown.body));
    }
    assert.equal(await deniedCount(c.mouId, 'mou.neighbor_propose'), 1);
    assert.equal(await deniedCount(c.mouId, 'mou.neighbor_answer'), 2);
  });

  test('only the coordinators: not an administrator, not another role, not the wrong side', async () => {
    const c = await counties();
    const advocacy = c.neighbor.organizations.advocacy;
    const as = (world: World, role: 'administrator' | 'advocate' | 'oversight_analyst') =>
      signedIn(app, world.people[role].email);
    for (const client of [
      await as(c.home, 'administrator'),
      await as(c.home, 'advocate'),
      await as(c.home, 'oversight_analyst'),
    ]) {
      const refused = await propose(client, c.mouId, advocacy.id);
      assert.equal(refused.statusCode, 403, refused.body);
    }
    // The neighbor county proposes nothing on another county's agreement, even once it sees it.
    assert.equal((await propose(c.homeCoordinator, c.mouId, advocacy.id)).statusCode, 201);
    const fromNeighbor = await propose(
      c.neighborCoordinator,
      c.mouId,
      c.neighbor.organizations.medical.id,
    );
    assert.equal(fromNeighbor.statusCode, 403, fromNeighbor.body);
    // Nobody answers for their own proposal, nor the neighbor's administrator or advocate.
    for (const client of [
      c.homeCoordinator,
      await as(c.neighbor, 'administrator'),
      await as(c.neighbor, 'advocate'),
    ]) {
      for (const step of ['accept', 'decline'] as const) {
        const refused = await answer(client, c.mouId, advocacy.id, step);
        assert.equal(refused.statusCode, 403, refused.body);
      }
    }
    const listed = (await agreementsOf(c.homeCoordinator)).find((m) => m.id === c.mouId);
    assert.equal(listed?.neighborParties[0]?.status, 'proposed', 'nothing was answered');
    assert.ok((await deniedCount(c.mouId, 'mou.neighbor_answer')) >= 6);
  });

  test('bad input: own county, unknown or inactive organization, duplicate, unknown proposal, malformed ids', async () => {
    const c = await counties();
    const own = await propose(c.homeCoordinator, c.mouId, c.home.organizations.medical.id);
    assert.equal(own.statusCode, 400);
    assert.equal(errorCode(own.body), 'own_county_organization');
    const unknown = await propose(
      c.homeCoordinator,
      c.mouId,
      '00000000-0000-4000-8000-000000000001',
    );
    assert.equal(unknown.statusCode, 400);
    assert.equal(errorCode(unknown.body), 'unknown_organization');
    const neighborAdmin = await signedIn(app, c.neighbor.people.administrator.email);
    const medical = c.neighbor.organizations.medical;
    assert.equal(
      (await neighborAdmin.patch(`/api/organizations/${medical.id}`, { active: false })).statusCode,
      200,
    );
    const inactive = await propose(c.homeCoordinator, c.mouId, medical.id);
    assert.equal(errorCode(inactive.body), 'unknown_organization');

    const advocacy = c.neighbor.organizations.advocacy;
    assert.equal((await propose(c.homeCoordinator, c.mouId, advocacy.id)).statusCode, 201);
    const duplicate = await propose(c.homeCoordinator, c.mouId, advocacy.id);
    assert.equal(duplicate.statusCode, 409);
    assert.equal(errorCode(duplicate.body), 'already_proposed');

    const notProposed = await answer(
      c.neighborCoordinator,
      c.mouId,
      c.neighbor.organizations.law_enforcement.id,
      'accept',
    );
    assert.equal(notProposed.statusCode, 404);

    for (const body of [
      {},
      { organizationId: 'not-a-uuid' },
      { organizationId: advocacy.id, x: 1 },
    ]) {
      const response = await c.homeCoordinator.post(`/api/mous/${c.mouId}/neighbor-parties`, body);
      assert.equal(response.statusCode, 400, JSON.stringify(body));
    }
    const badPath = await c.neighborCoordinator.post(
      `/api/mous/${c.mouId}/neighbor-parties/not-a-uuid/accept`,
    );
    assert.equal(badPath.statusCode, 400);
    // Nothing was written by the refusals: one proposal stands.
    const listed = (await agreementsOf(c.homeCoordinator)).find((m) => m.id === c.mouId);
    assert.deepEqual(
      listed?.neighborParties.map((p) => p.organizationId),
      [advocacy.id],
    );
  });

  test('at once: two proposals of one organization, or an accept and a decline, leave one', async () => {
    const c = await counties();
    const advocacy = c.neighbor.organizations.advocacy;
    const proposals = await Promise.all([
      propose(c.homeCoordinator, c.mouId, advocacy.id),
      propose(c.homeCoordinator, c.mouId, advocacy.id),
    ]);
    assert.deepEqual(proposals.map((r) => r.statusCode).sort(), [201, 409]);
    const answers = await Promise.all([
      answer(c.neighborCoordinator, c.mouId, advocacy.id, 'accept'),
      answer(c.neighborCoordinator, c.mouId, advocacy.id, 'decline'),
    ]);
    // One wins. The other is 409 when both were judged before either committed; when the decline
    // won first, the agreement is no longer any of the neighbor county's business, so the late
    // accept is told 404, exactly like an agreement it never saw.
    const [accepted, declined] = answers.map((r) => r.statusCode);
    assert.ok(
      (accepted === 200 && declined === 409) ||
        (declined === 200 && (accepted === 409 || accepted === 404)),
      `accept ${String(accepted)}, decline ${String(declined)}`,
    );
    const won = answers.find((r) => r.statusCode === 200)?.json<Agreement>();
    const listed = (await agreementsOf(c.homeCoordinator)).find((m) => m.id === c.mouId);
    assert.equal(listed?.neighborParties.length, 1);
    assert.equal(listed?.neighborParties[0]?.status, won?.neighborParties[0]?.status);
    const [audited] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1 AND outcome = 'allowed'
       AND action IN ('mou.neighbor_accept', 'mou.neighbor_decline')`,
      [c.mouId],
    );
    assert.equal(audited?.n, 1, 'one answer recorded');
  });

  test('an accepted neighbor party opens nothing of a case of the other county', async () => {
    const c = await counties();
    const neighborAdvocacy = c.neighbor.organizations.advocacy;
    assert.equal((await propose(c.homeCoordinator, c.mouId, neighborAdvocacy.id)).statusCode, 201);
    assert.equal(
      (await answer(c.neighborCoordinator, c.mouId, neighborAdvocacy.id, 'accept')).statusCode,
      200,
    );
    const homeAdvocate = await signedIn(app, c.home.people.advocate.email);
    const youth = await openYouth(homeAdvocate);
    const note = await homeAdvocate.post(`/api/youth/${youth.id}/notes`, {
      kind: 'case',
      category: 'contact_location',
      body: 'Staying with an aunt across the county line',
    });
    assert.equal(note.statusCode, 201, note.body);
    // Neither a consent nor a team place can name the neighbor's organization. The refusal names
    // the recipient, not the youth (issue 11): for the agreement's neighbor party as for any
    // other organization of another county, mixed with one of the youth's county or not.
    const recordConsent = (client: Client, world: World, recipients: string[]) =>
      client.post(
        `/api/youth/${youth.id}/consents`,
        consentBody(world, {
          recipientOrganizationIds: recipients,
          categories: ['contact_location'],
        }),
      );
    for (const recipients of [
      [neighborAdvocacy.id],
      [c.third.organizations.medical.id],
      [c.home.organizations.medical.id, c.neighbor.organizations.medical.id],
    ]) {
      const consent = await recordConsent(homeAdvocate, c.home, recipients);
      assert.equal(consent.statusCode, 403, consent.body);
      assert.equal(errorCode(consent.body), 'recipient_of_another_jurisdiction');
      assert.match(consent.body, /organization of another county/);
      assert.doesNotMatch(consent.body, /youth belongs to another jurisdiction/);
    }
    assert.equal(await deniedCount(youth.id, 'consent.record'), 3);
    // The youth's own county's organization is still accepted.
    const home = await recordConsent(homeAdvocate, c.home, [c.home.organizations.medical.id]);
    assert.equal(home.statusCode, 201, home.body);
    const team = await homeAdvocate.post(`/api/youth/${youth.id}/team`, {
      organizationId: neighborAdvocacy.id,
      role: 'service_provider',
    });
    assert.ok(team.statusCode >= 400, team.body);

    const neighborAdvocate = await signedIn(app, c.neighbor.people.advocate.email);
    // A youth of another county answers as before: as an unknown youth, whoever is named.
    const across = await recordConsent(neighborAdvocate, c.neighbor, [neighborAdvocacy.id]);
    assert.equal(across.statusCode, 404, across.body);
    assert.doesNotMatch(across.body, /recipient_of_another_jurisdiction|another county/);
    for (const path of ['', '/notes', '/timeline', '/events', '/people']) {
      const response = await neighborAdvocate.get(`/api/youth/${youth.id}${path}`);
      assert.equal(response.statusCode, 404, `${path}: ${response.body}`);
      assert.ok(!response.body.includes('aunt'));
    }
    const search = await neighborAdvocate.get(`/api/youth?query=${youth.caseNumber}`);
    assert.ok(!search.body.includes(youth.id), search.body);
  });
});
