// Referral urgency, the sender's note in the inbox, the thread between the two sides, undoing an
// accept within a minute and taking a place on accepting (issue 15, item 6), on a fresh world:
// an advocate refers to a community provider that answers for two directory services, one
// counting its places.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { insertUser } from '../../src/db/repositories/users.js';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { openYouth } from '../support/cases.js';
import {
  cheapHash,
  createWorld,
  PASSWORD,
  testServices,
  type TestClock,
  type World,
} from '../support/world.js';

interface Summary {
  id: string;
  status: string;
  urgency: 'routine' | 'urgent';
  note: string | null;
  sentAt: string | null;
  dueAt: string | null;
  firstResponseAt: string | null;
  placeTaken: boolean;
  openPlaces: { available: number; maximum: number | null } | null;
  undoAcceptUntil?: string | null;
  timeline?: { toStatus: string; reason: string | null }[];
}
interface Thread {
  side: string;
  messages: { side: string; body: string; byOrganizationName: string }[];
}
interface Notice {
  kind: string;
  youthId: string | null;
  message: string;
  params: Record<string, string> | null;
}

const YOUTH = { givenName: 'Quenby', familyName: 'Ostrander', alias: 'Q-Bird' };
const SHELTER = randomUUID();
const MENTORING = randomUUID();

let database: TestDatabase;
let app: App;
let clock: TestClock;
let world: World;
let advocate: Client;
let provider: Client;
let police: Client;
let coordinator: Client;
let senderAdministrator: Client;
let neighborAdvocate: Client;
let youth: { id: string; caseNumber: string };
/** Sessions end after 15 idle minutes; a test that moves the clock by hours signs in again. */
let signInAll: () => Promise<void>;

before(async () => {
  database = await openTestDatabase();
  const services = testServices(database.db, { demoMode: true });
  clock = services.clock;
  app = await testApp(services);
  world = await createWorld(database.db);
  const neighbor = await createWorld(database.db, 'Neighbor');
  // An administrator at the sending organization: a party's organization, not a role that acts.
  const adminEmail = `admin.${randomUUID().slice(0, 8)}@test.example`;
  await insertUser(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId: world.organizations.advocacy.id,
    email: adminEmail,
    displayName: 'Sender Admin',
    roles: ['administrator'],
    language: 'en',
    passwordHash: await cheapHash(PASSWORD),
    mustChangePassword: false,
  });
  signInAll = async () => {
    advocate = await signedIn(app, world.people.advocate.email);
    provider = await signedIn(app, world.people.provider_intake.email);
    police = await signedIn(app, world.people.law_enforcement_officer.email);
    coordinator = await signedIn(app, world.people.coordinator.email);
    senderAdministrator = await signedIn(app, adminEmail);
    neighborAdvocate = await signedIn(app, neighbor.people.advocate.email);
  };
  await signInAll();
  const hsdsProvider = randomUUID();
  const imported = await coordinator.post('/api/directory/import', {
    files: {
      'organizations.csv': [{ id: hsdsProvider, name: 'Threads Youth House', description: 'x' }],
      'services.csv': [
        { id: SHELTER, name: 'Threads Shelter Beds' },
        { id: MENTORING, name: 'Threads Mentoring' },
      ].map((s) => ({ ...s, organization_id: hsdsProvider, description: 'x', status: 'active' })),
      'lantern_services.csv': [
        {
          service_id: SHELTER,
          needs: 'emergency_shelter',
          capacity_available: 1,
          capacity_maximum: 2,
        },
        { service_id: MENTORING, needs: 'survivor_mentoring' },
      ],
      'lantern_organizations.csv': [
        {
          organization_id: hsdsProvider,
          lantern_organization_id: world.organizations.community_provider.id,
        },
      ],
    },
  });
  assert.equal(imported.statusCode, 200, imported.body);
  youth = await openYouth(advocate, YOUTH);
});
after(async () => {
  await app.close();
  await database.close();
});

async function refer(
  body: Record<string, unknown>,
  client = advocate,
): Promise<Summary & { id: string }> {
  const response = await client.post('/api/referrals', {
    youthId: youth.id,
    serviceId: SHELTER,
    needs: ['emergency_shelter'],
    note: null,
    send: true,
    ...body,
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<Summary>();
}
const code = (response: { body: string }) =>
  (JSON.parse(response.body) as { error: { code: string } }).error.code;
const notices = async (client: Client, kind: string) =>
  (await client.get('/api/notifications'))
    .json<Notice[]>()
    .filter((n) => n.kind === kind && n.youthId === youth.id);
const audits = async (action: string, targetId: string) =>
  database.db.query<{ outcome: string; details: Record<string, unknown> }>(
    `SELECT outcome, details FROM audit_events WHERE action = $1 AND target_id = $2`,
    [action, targetId],
  );

describe('urgency and the note in the inbox', () => {
  test('an urgent referral is due within the county’s hours, first in the inbox with its note, and falls overdue by the hour', async () => {
    const sentAt = clock.now().getTime();
    const routine = await refer({ note: 'Needs a place this week.' });
    const urgent = await refer({ urgency: 'urgent', note: 'Needs a bed tonight.' });
    assert.equal(routine.urgency, 'routine');
    assert.equal(urgent.urgency, 'urgent');
    assert.equal(Date.parse(urgent.dueAt ?? '') - sentAt, 4 * 3_600_000, 'four hours by default');
    assert.ok(Date.parse(routine.dueAt ?? '') - sentAt > 24 * 3_600_000, 'business days');

    const inbox = (await provider.get('/api/referrals?box=received')).json<Summary[]>();
    const mine = inbox.filter((r) => r.id === routine.id || r.id === urgent.id);
    assert.deepEqual(
      mine.map((r) => [r.urgency, r.note]),
      [
        ['urgent', 'Needs a bed tonight.'],
        ['routine', 'Needs a place this week.'],
      ],
      'urgent first, each with the note the packet carries',
    );

    // The county's coordinator sets two hours; a new urgent referral follows.
    const settings = await coordinator.put(
      `/api/jurisdictions/${world.jurisdictionId}/protocol/settings`,
      { urgentReferralAnswerHours: 2 },
    );
    assert.equal(settings.statusCode, 200, settings.body);
    const sooner = await refer({
      urgency: 'urgent',
      serviceId: MENTORING,
      needs: ['survivor_mentoring'],
    });
    assert.equal(Date.parse(sooner.dueAt ?? '') - clock.now().getTime(), 2 * 3_600_000);
    const tooMany = await coordinator.put(
      `/api/jurisdictions/${world.jurisdictionId}/protocol/settings`,
      { urgentReferralAnswerHours: 73 },
    );
    assert.equal(tooMany.statusCode, 400, tooMany.body);

    clock.advance(4 * 3_600_000 + 1000);
    await signInAll();
    const sent = (await advocate.get('/api/referrals?box=sent&status=overdue')).json<Summary[]>();
    assert.ok(sent.some((r) => r.id === urgent.id));
    assert.ok(!sent.some((r) => r.id === routine.id), 'a routine one is not due yet');
    const [overdue] = (await notices(advocate, 'referral.overdue')).filter(
      (n) => n.params?.urgentDueAt === urgent.dueAt,
    );
    assert.ok(overdue, 'the sender is told, with the hour it was due');
    assert.ok(!JSON.stringify(overdue).includes(YOUTH.givenName));
  });

  test('an unknown urgency and a place taken on another step are refused', async () => {
    const unknown = await advocate.post('/api/referrals', {
      youthId: youth.id,
      serviceId: SHELTER,
      needs: ['emergency_shelter'],
      note: null,
      urgency: 'tonight',
    });
    assert.equal(unknown.statusCode, 400);
    assert.equal(code(unknown), 'invalid_input');
    const draft = await refer({ send: false });
    const onSend = await advocate.post(`/api/referrals/${draft.id}/transitions`, {
      to: 'sent',
      takePlace: true,
    });
    assert.equal(onSend.statusCode, 400);
    assert.equal(code(onSend), 'place_only_on_accept');
    const notBoolean = await advocate.post(`/api/referrals/${draft.id}/transitions`, {
      to: 'sent',
      takePlace: 'yes',
    });
    assert.equal(notBoolean.statusCode, 400);
  });
});

describe('the thread between the two sides', () => {
  let referralId: string;
  before(async () => {
    referralId = (await refer({ note: 'Ask for the worker on call.' })).id;
  });

  test('sender and receiver write and read; the other side is told without the text or the youth', async () => {
    const written = await advocate.post(`/api/referrals/${referralId}/messages`, {
      body: '  Can you take her tonight? Her worker can bring her at 9.  ',
    });
    assert.equal(written.statusCode, 201, written.body);
    assert.equal(
      written.json<Thread>().messages.at(-1)?.body,
      'Can you take her tonight? Her worker can bring her at 9.',
    );
    const reply = await provider.post(`/api/referrals/${referralId}/messages`, {
      body: 'Yes, one bed is open.',
    });
    assert.equal(reply.statusCode, 201, reply.body);
    const thread = (await advocate.get(`/api/referrals/${referralId}/messages`)).json<Thread>();
    assert.equal(thread.side, 'sender');
    assert.deepEqual(
      thread.messages.map((m) => [m.side, m.body]),
      [
        ['sender', 'Can you take her tonight? Her worker can bring her at 9.'],
        ['receiver', 'Yes, one bed is open.'],
      ],
    );
    assert.equal(
      (await provider.get(`/api/referrals/${referralId}/messages`)).json<Thread>().side,
      'receiver',
    );

    const [toProvider] = await notices(provider, 'referral.message');
    const [toAdvocate] = await notices(advocate, 'referral.message');
    assert.deepEqual(toProvider?.params, {
      caseNumber: youth.caseNumber,
      fromOrganization: world.organizations.advocacy.name,
      service: 'Threads Shelter Beds',
    });
    assert.equal(toAdvocate?.params?.fromOrganization, world.organizations.community_provider.name);
    for (const notice of [toProvider, toAdvocate]) {
      const text = JSON.stringify(notice);
      for (const word of [YOUTH.givenName, YOUTH.familyName, YOUTH.alias, 'tonight']) {
        assert.ok(!text.includes(word), `${word} in ${text}`);
      }
    }
    const writes = await audits('referral.message', referralId);
    assert.deepEqual(
      writes.map((a) => a.details.side),
      ['sender', 'receiver'],
    );
    assert.ok((await audits('referral.thread_read', referralId)).length >= 3);
  });

  test('another agency, another county, the coordinator and a role that does not act on referrals are kept out', async () => {
    // The coordinator follows the referral, not the conversation.
    assert.equal((await coordinator.get(`/api/referrals/${referralId}`)).statusCode, 200);
    for (const [who, client] of [
      ['police', police],
      ['coordinator', coordinator],
      ['sender administrator', senderAdministrator],
      ['neighbor advocate', neighborAdvocate],
    ] as const) {
      const read = await client.get(`/api/referrals/${referralId}/messages`);
      assert.equal(read.statusCode, 404, `${who} reads: ${read.body}`);
      const write = await client.post(`/api/referrals/${referralId}/messages`, { body: 'Hello' });
      assert.equal(write.statusCode, 404, `${who} writes: ${write.body}`);
    }
    const denied = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied'
         AND target_id = $1 AND details->>'action' = 'referral.thread_read'`,
      [referralId],
    );
    assert.equal(denied[0]?.n, 8, 'each refusal audited');
    assert.equal((await advocate.get(`/api/referrals/${randomUUID()}/messages`)).statusCode, 404);
  });

  test('a draft has no thread for the receiver, and the sender cannot write on it yet', async () => {
    const draft = await refer({ send: false });
    assert.equal((await provider.get(`/api/referrals/${draft.id}/messages`)).statusCode, 404);
    const early = await advocate.post(`/api/referrals/${draft.id}/messages`, { body: 'Hi' });
    assert.equal(early.statusCode, 409);
    assert.equal(code(early), 'referral_draft');
  });

  test('bad messages are refused with a clear code', async () => {
    const cases: [unknown, number, string][] = [
      [{ body: '' }, 400, 'message_empty'],
      [{ body: ' \n\t ' }, 400, 'message_empty'],
      [{ body: 'x'.repeat(2001) }, 400, 'message_too_long'],
      [{ body: 'x'.repeat(4001) }, 400, 'invalid_input'],
      [{ body: 'ring \u0007 ring' }, 400, 'message_control_character'],
      [{ body: 'nul \u0000 here' }, 400, 'invalid_text'],
      [{}, 400, 'invalid_input'],
      [{ body: 'Hi', side: 'receiver' }, 400, 'invalid_input'],
      [{ body: 42 }, 400, 'invalid_input'],
    ];
    for (const [body, status, expected] of cases) {
      const response = await advocate.post(`/api/referrals/${referralId}/messages`, body);
      assert.equal(
        response.statusCode,
        status,
        `${JSON.stringify(body).slice(0, 40)}: ${response.body}`,
      );
      assert.equal(code(response), expected);
    }
    const kept = (await advocate.get(`/api/referrals/${referralId}/messages`)).json<Thread>();
    assert.equal(kept.messages.length, 2, 'nothing was written');
  });
});

describe('accepting with a place, and undoing it', () => {
  const places = async (id: string) =>
    (await provider.get(`/api/referrals/${id}`)).json<Summary>().openPlaces?.available;

  test('an accept takes the last place; the next finds none; an undo within the minute gives it back', async () => {
    const first = await refer({});
    const second = await refer({});
    assert.equal(await places(first.id), 1);
    const accepted = await provider.post(`/api/referrals/${first.id}/transitions`, {
      to: 'accepted',
      takePlace: true,
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const detail = accepted.json<Summary>();
    assert.equal(detail.placeTaken, true);
    assert.equal(detail.openPlaces?.available, 0);
    assert.equal(Date.parse(detail.undoAcceptUntil ?? '') - clock.now().getTime(), 60_000);

    const none = await provider.post(`/api/referrals/${second.id}/transitions`, {
      to: 'accepted',
      takePlace: true,
    });
    assert.equal(none.statusCode, 409);
    assert.equal(code(none), 'no_place_left');
    assert.equal(
      (await provider.get(`/api/referrals/${second.id}`)).json<Summary>().status,
      'sent',
      'nothing moved',
    );

    // The sender and the coordinator cannot undo the receiver's accept.
    for (const client of [advocate, coordinator]) {
      const refused = await client.post(`/api/referrals/${first.id}/undo-accept`);
      assert.equal(refused.statusCode, 403, refused.body);
    }
    clock.advance(30_000);
    const undone = await provider.post(`/api/referrals/${first.id}/undo-accept`);
    assert.equal(undone.statusCode, 200, undone.body);
    const back = undone.json<Summary>();
    assert.equal(back.status, 'sent');
    assert.equal(back.placeTaken, false);
    assert.equal(back.openPlaces?.available, 1);
    assert.equal(back.firstResponseAt, null, 'the accept was its first answer');
    assert.equal(back.dueAt, first.dueAt, 'the clock as it was');
    const step = back.timeline?.at(-1);
    assert.equal(step?.toStatus, 'sent');
    assert.equal(step?.reason, 'accept_undone');
    const [told] = await notices(advocate, 'referral.accept_undone');
    assert.equal(told?.params?.receiverOrganization, world.organizations.community_provider.name);
    assert.equal((await audits('referral.undo_accept', first.id)).length, 1);
    const again = await provider.post(`/api/referrals/${first.id}/undo-accept`);
    assert.equal(again.statusCode, 409);
    assert.equal(code(again), 'not_accepted');
  });

  test('after 61 seconds the accept stands: 409 undo_window_passed', async () => {
    const referral = await refer({});
    const accepted = await provider.post(`/api/referrals/${referral.id}/transitions`, {
      to: 'accepted',
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.equal(accepted.json<Summary>().placeTaken, false, 'no place unless asked');
    clock.advance(61_000);
    assert.equal(
      (await provider.get(`/api/referrals/${referral.id}`)).json<Summary>().undoAcceptUntil,
      null,
    );
    const late = await provider.post(`/api/referrals/${referral.id}/undo-accept`);
    assert.equal(late.statusCode, 409);
    assert.equal(code(late), 'undo_window_passed');
    assert.equal(
      (await provider.get(`/api/referrals/${referral.id}`)).json<Summary>().status,
      'accepted',
    );
    assert.equal(
      (await neighborAdvocate.post(`/api/referrals/${referral.id}/undo-accept`)).statusCode,
      404,
    );
  });

  test('a service that counts no places cannot give one', async () => {
    const referral = await refer({ serviceId: MENTORING, needs: ['survivor_mentoring'] });
    const seen = (await provider.get(`/api/referrals/${referral.id}`)).json<Summary>();
    assert.equal(seen.openPlaces, null, 'it counts none');
    const refused = await provider.post(`/api/referrals/${referral.id}/transitions`, {
      to: 'accepted',
      takePlace: true,
    });
    assert.equal(refused.statusCode, 409);
    assert.equal(code(refused), 'capacity_not_tracked');
  });
});
