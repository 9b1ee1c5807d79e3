// Matching and closed-loop referrals on the demo county: the plan, the matches with reasons,
// every step of the lifecycle and every refused one, the clock, what travels to the provider
// (nothing identifying without consent), capacity, figures, and who is kept out.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import {
  demoServiceId,
  demoOrganizationId,
} from '../../src/server/services/setup/demo-directory.js';
import { REFERRAL_STATUSES, type ReferralStatus } from '../../src/domain/referrals.js';
import { type TestDatabase } from '../support/database.js';
import { openDemoTestDatabase } from '../support/demo-database.js';
import { Client, testApp } from '../support/http.js';
import { testServices, type TestClock } from '../support/world.js';

let database: TestDatabase;
let app: App;
let clock: TestClock;
let youthId: string;
const SHELTER = demoServiceId('new-horizons-shelter');
const CLINIC = demoServiceId('teen-health');

async function as(email: string): Promise<Client> {
  const client = new Client(app);
  const response = await client.login(email, DEMO_PASSWORD);
  assert.equal(response.statusCode, 200, `${email}: ${response.body}`);
  return client;
}

interface Detail {
  id: string;
  status: ReferralStatus;
  fhirStatus: string;
  overdue: boolean;
  inbox: string | null;
  outcome: string | null;
  allowedTransitions: ReferralStatus[];
  packet: {
    identityShared: boolean;
    identity: { givenName: string | null; age: number | null } | null;
    contactThrough: string;
    note: string | null;
  };
  timeline: {
    fromStatus: string | null;
    toStatus: string;
    reason: string | null;
    byUserName: string | null;
  }[];
}

before(async () => {
  database = await openDemoTestDatabase();
  const services = testServices(database.db, { demoMode: true });
  clock = services.clock;
  app = await testApp(services);
  const advocate = await as('advocate@demo.test');
  const found = (await advocate.get('/api/youth?query=Maya')).json<{ id: string }[]>();
  youthId = found[0]!.id;
});
after(async () => {
  await app.close();
  await database.close();
});

const plan = {
  needs: ['emergency_shelter', 'mental_health', 'medical', 'legal', 'education'],
  history: 'exploited',
  excludedOrganizationIds: [],
};

describe('the service plan and matches', () => {
  test('the advocate records the plan and gets ranked services with reasons, and the excluded with why', async () => {
    const advocate = await as('advocate@demo.test');
    const saved = await advocate.request('PUT', `/api/youth/${youthId}/service-plan`, plan);
    assert.equal(saved.statusCode, 200, saved.body);
    const response = await advocate.get(`/api/youth/${youthId}/matches`);
    assert.equal(response.statusCode, 200, response.body);
    const matches = response.json<{
      age: number;
      ranked: {
        service: { id: string; name: string; languages: string[]; languageCodes: string[] };
        reasons: string[];
        reasonCodes: { code: string; params: Record<string, unknown> }[];
        needsMet: string[];
      }[];
      excluded: {
        service: { name: string };
        reasons: string[];
        explanations: string[];
        reasonCodes: { code: string; params: Record<string, unknown> }[];
      }[];
      considered: number;
    }>();
    assert.equal(matches.age, 15);
    assert.equal(matches.considered, 7, 'the active services meeting at least one need');
    const ranked = matches.ranked.map((r) => r.service.name);
    assert.ok(ranked.includes('New Horizons Emergency Shelter'));
    assert.ok(ranked.includes('Youth Crisis and Trauma Therapy'));
    assert.ok(ranked.includes('Teen Health Clinic'));
    assert.ok(ranked.includes('Youth Legal Clinic'));
    for (const r of matches.ranked)
      assert.ok(r.reasons.length > 0, `${r.service.name} has reasons`);
    const why = (name: string) => matches.excluded.find((e) => e.service.name === name)?.reasons;
    assert.deepEqual(why('Bright Futures Girls Group'), ['cohort_conflict']);
    assert.deepEqual(why('Transitional Housing for Youth'), undefined, 'meets no need: not listed');
    assert.ok(!ranked.includes('Bright Futures Girls Group'));
    // Beside the English sentences, the same reasons as codes for the screen to word (issue 15,
    // item 7), and each service's languages with their ISO codes, one for one.
    const shelter = matches.ranked.find((r) => r.service.id === SHELTER);
    assert.ok(shelter);
    assert.equal(shelter.reasonCodes.length, shelter.reasons.length);
    assert.deepEqual(
      shelter.reasonCodes.find((r) => r.code === 'staff_speak'),
      { code: 'staff_speak', params: { languages: ['Spanish', 'English'] } },
      'Maya speaks Spanish and English, as her record spells them',
    );
    assert.ok(shelter.reasons.includes('Staff speak Spanish, English.'));
    assert.deepEqual(shelter.service.languages, ['English', 'Spanish']);
    assert.deepEqual(shelter.service.languageCodes, ['en', 'es']);
    assert.deepEqual(
      matches.excluded.find((e) => e.service.name === 'Bright Futures Girls Group')?.reasonCodes,
      [{ code: 'cohort_conflict', params: {} }],
    );
  });

  test('a plan excluding a provider keeps its services out of the ranking', async () => {
    const advocate = await as('advocate@demo.test');
    await advocate.request('PUT', `/api/youth/${youthId}/service-plan`, {
      ...plan,
      excludedOrganizationIds: [demoOrganizationId('clinic')],
    });
    const matches = (await advocate.get(`/api/youth/${youthId}/matches`)).json<{
      ranked: { service: { name: string } }[];
      excluded: { service: { name: string }; reasons: string[] }[];
    }>();
    assert.ok(!matches.ranked.some((r) => r.service.name === 'Teen Health Clinic'));
    assert.deepEqual(
      matches.excluded.find((e) => e.service.name === 'Teen Health Clinic')?.reasons,
      ['excluded_provider'],
    );
    const refused = await advocate.post('/api/referrals', {
      youthId,
      serviceId: CLINIC,
      needs: ['medical'],
      note: null,
    });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json<{ error: { code: string } }>().error.code, 'excluded_provider');
    await advocate.request('PUT', `/api/youth/${youthId}/service-plan`, plan);
  });

  test('facing a detention decision, the alternatives to detention come first, even meeting no need', async () => {
    const advocate = await as('advocate@demo.test');
    const DETENTION_REASON =
      'An alternative to detention, for a youth facing a detention decision.';
    const alternatives = ['New Horizons Drop-in Center', 'New Horizons Emergency Shelter'];
    const narrow = { ...plan, needs: ['medical', 'legal'] };
    const matchesOf = async (body: Record<string, unknown>) => {
      const saved = await advocate.request('PUT', `/api/youth/${youthId}/service-plan`, body);
      assert.equal(saved.statusCode, 200, saved.body);
      const response = await advocate.get(`/api/youth/${youthId}/matches`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json<{
        plan: { facingDetention: boolean };
        ranked: { service: { name: string; alternativeToDetention: boolean }; reasons: string[] }[];
      }>();
    };
    const facing = await matchesOf({ ...narrow, facingDetention: true });
    assert.equal(facing.plan.facingDetention, true);
    const names = facing.ranked.map((r) => r.service.name);
    assert.deepEqual(names.slice(0, 2).sort(), alternatives);
    assert.ok(names.includes('Teen Health Clinic') && names.includes('Youth Legal Clinic'));
    for (const r of facing.ranked) {
      const alternative = alternatives.includes(r.service.name);
      assert.equal(r.service.alternativeToDetention, alternative, r.service.name);
      assert.equal(r.reasons[0] === DETENTION_REASON, alternative, r.service.name);
    }
    // The same needs without a detention decision: the alternatives meet none, so are not offered.
    const notFacing = await matchesOf(narrow);
    assert.equal(notFacing.plan.facingDetention, false, 'left out, the plan says no');
    assert.ok(!notFacing.ranked.some((r) => alternatives.includes(r.service.name)));
    assert.ok(!notFacing.ranked.some((r) => r.reasons.includes(DETENTION_REASON)));
    await advocate.request('PUT', `/api/youth/${youthId}/service-plan`, plan);
  });

  test('others are refused: off the team, another county, no consent, bad input', async () => {
    const probation = await as('probation@demo.test');
    const refused = await probation.get(`/api/youth/${youthId}/matches`);
    assert.equal(refused.statusCode, 403);
    // The reason is the code, and whom to ask comes as fields for the screen to word (item 7).
    const body = refused.json<{
      error: { code: string; message: string; ask: { name: string; organizationName: string } };
    }>().error;
    assert.equal(body.code, 'not_on_case_team');
    assert.equal(body.ask.organizationName, 'Demo County CSEC Steering Office');
    assert.ok(body.message.includes(body.ask.name), 'the English sentence names the same person');
    const neighbor = await as('advocate@neighbor.test');
    assert.equal((await neighbor.get(`/api/youth/${youthId}/matches`)).statusCode, 404);
    const da = await as('da@demo.test');
    assert.equal(
      (await da.get(`/api/youth/${youthId}/matches`)).statusCode,
      403,
      'the DA is on the team but holds no consent for needs',
    );
    const advocate = await as('advocate@demo.test');
    for (const body of [
      { ...plan, needs: ['flying'] },
      { ...plan, needs: [] },
      { ...plan, history: 'unknown' },
      { ...plan, excludedOrganizationIds: ['x'] },
      { ...plan, facingDetention: 'yes' },
      { ...plan, facingDetention: null },
    ]) {
      const response = await advocate.request('PUT', `/api/youth/${youthId}/service-plan`, body);
      assert.equal(response.statusCode, 400, JSON.stringify(body));
    }
  });
});

async function newReferral(
  client: Client,
  overrides: Record<string, unknown> = {},
): Promise<Detail> {
  const response = await client.post('/api/referrals', {
    youthId,
    serviceId: SHELTER,
    needs: ['emergency_shelter'],
    note: 'Needs a bed tonight; prefers Spanish-speaking staff.',
    ...overrides,
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<Detail>();
}

async function move(client: Client, id: string, to: string, extra: Record<string, unknown> = {}) {
  return client.post(`/api/referrals/${id}/transitions`, { to, ...extra });
}

describe('a referral from the advocate to the shelter, answered by the provider', () => {
  test('draft, sent, accepted, enrolled, completed: each step kept, each side told', async () => {
    const advocate = await as('advocate@demo.test');
    const provider = await as('provider@demo.test');
    const draft = await newReferral(advocate);
    assert.equal(draft.status, 'draft');
    assert.equal(draft.fhirStatus, 'draft');
    assert.equal((await provider.get(`/api/referrals/${draft.id}`)).statusCode, 404, 'no drafts');
    const inboxBefore = (await provider.get('/api/referrals?box=received')).json<Detail[]>();
    assert.ok(!inboxBefore.some((r) => r.id === draft.id));
    const [listed] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'referral.list'`,
    );
    assert.ok((listed?.n ?? 0) > 0, 'listing referrals is audited');

    const sent = (await move(advocate, draft.id, 'sent')).json<Detail>();
    assert.equal(sent.status, 'sent');
    assert.equal(sent.fhirStatus, 'requested');
    const inbox = (await provider.get('/api/referrals?box=received&status=sent')).json<Detail[]>();
    assert.equal(inbox.find((r) => r.id === draft.id)?.inbox, 'new');
    const seen = (await provider.get(`/api/referrals/${draft.id}`)).json<Detail>();
    assert.equal(seen.packet.identityShared, false, 'no consent names the shelter');
    assert.equal(seen.packet.identity, null);
    assert.match(seen.packet.contactThrough, /Alex Lee, Harbor Light Advocates/);
    assert.deepEqual(seen.allowedTransitions, ['accepted', 'declined', 'info_requested']);
    // The receiving provider is told, by code and parameters, nothing of the youth; the count
    // in its header goes up. Another agency on the team and another county hear nothing.
    const notes = (await provider.get('/api/notifications')).json<
      { kind: string; youthId: string | null; params: Record<string, unknown> | null }[]
    >();
    const told = notes.find((n) => n.kind === 'referral.sent' && n.youthId === youthId);
    assert.ok(told);
    assert.deepEqual(Object.keys(told.params ?? {}).sort(), [
      'caseNumber',
      'fromOrganization',
      'service',
    ]);
    assert.equal(told.params?.fromOrganization, 'Harbor Light Advocates');
    assert.equal(told.params?.service, 'New Horizons Emergency Shelter');
    assert.ok(!JSON.stringify(told).includes('Maya'));
    const count = async (client: Client) =>
      (await client.get('/api/notifications/unread-count')).json<{ unread: number }>().unread;
    assert.ok((await count(provider)) > 0);
    for (const email of ['medical@demo.test', 'da@demo.test', 'advocate@neighbor.test']) {
      const other = (await (await as(email)).get('/api/notifications')).json<{ kind: string }[]>();
      assert.ok(!other.some((n) => n.kind === 'referral.sent'), email);
    }

    const accepted = (
      await move(provider, draft.id, 'accepted', { note: 'Bed held.' })
    ).json<Detail>();
    assert.equal(accepted.fhirStatus, 'accepted');
    // The newest referral notice (the demo's protocol tasks gave Harbor Light notices too).
    assert.equal(
      (await advocate.get('/api/notifications'))
        .json<{ kind: string }[]>()
        .find((n) => n.kind.startsWith('referral.'))?.kind,
      'referral.accepted',
    );
    assert.equal((await move(provider, draft.id, 'enrolled')).statusCode, 200);
    const done = (await move(provider, draft.id, 'completed')).json<Detail>();
    assert.equal(done.status, 'completed');
    assert.equal(done.fhirStatus, 'completed');
    assert.equal(done.outcome, 'completed');
    assert.deepEqual(
      done.timeline.map((e) => [e.fromStatus, e.toStatus, e.byUserName]),
      [
        [null, 'draft', 'Alex Lee'],
        ['draft', 'sent', 'Alex Lee'],
        ['sent', 'accepted', 'Ada Okafor'],
        ['accepted', 'enrolled', 'Ada Okafor'],
        ['enrolled', 'completed', 'Ada Okafor'],
      ],
    );
    const stats = (await advocate.get(`/api/directory/services/${SHELTER}`)).json<{
      stats: { received: number; accepted: number; completed: number; acceptanceRate: number };
    }>().stats;
    assert.deepEqual(
      [stats.received, stats.accepted, stats.completed, stats.acceptanceRate],
      [1, 1, 1, 1],
    );
  });

  test('the provider sees identity only while a consent names it', async () => {
    const advocate = await as('advocate@demo.test');
    const provider = await as('provider@demo.test');
    const referral = await newReferral(advocate, { send: true });
    const session = (await provider.get('/api/auth/session')).json<{
      user: { organizationId: string };
    }>();
    const providerOrg = session.user.organizationId;
    const advocateId = (await advocate.get('/api/auth/session')).json<{ user: { id: string } }>()
      .user.id;
    const record = (await provider.get(`/api/youth/${youthId}`)).json<{ identity: unknown }>();
    assert.equal(record.identity, null, 'the record withholds identity from the provider too');
    const consent = await advocate.post(`/api/youth/${youthId}/consents`, {
      recipientOrganizationIds: [providerOrg],
      categories: ['identity'],
      purpose: 'Shelter intake',
      givenBy: { kind: 'youth' },
      explainedBy: { userId: advocateId, method: 'Read aloud together', language: 'Spanish' },
      signedAt: '2026-11-23',
      expiresAt: '2027-01-31',
    });
    assert.equal(consent.statusCode, 201, consent.body);
    // The police opened the record and hold her identity: it travels once they accept.
    const waiting = (await provider.get(`/api/referrals/${referral.id}`)).json<Detail>();
    assert.equal(waiting.packet.identity, null);
    const police = await as('police@demo.test');
    const accepted = await police.post(`/api/releases/${consent.json<{ id: string }>().id}/accept`);
    assert.equal(accepted.statusCode, 200, accepted.body);
    const shared = (await provider.get(`/api/referrals/${referral.id}`)).json<Detail>();
    assert.equal(shared.packet.identityShared, true);
    assert.equal(shared.packet.identity?.givenName, 'Maya');
    assert.equal(shared.packet.identity?.age, 15);
    const consentId = consent.json<{ id: string }>().id;
    assert.equal((await advocate.post(`/api/consents/${consentId}/revoke`, {})).statusCode, 200);
    const revoked = (await provider.get(`/api/referrals/${referral.id}`)).json<Detail>();
    assert.equal(revoked.packet.identity, null, 'revocation takes effect on the next read');
    assert.equal((await move(advocate, referral.id, 'withdrawn')).statusCode, 200);
  });
});

/** The states, reached from a fresh referral by a fixed path: [side, to, extra]. */
const PATHS: Record<ReferralStatus, ['s' | 'r', ReferralStatus, Record<string, string>?][]> = {
  draft: [],
  sent: [['s', 'sent']],
  info_requested: [
    ['s', 'sent'],
    ['r', 'info_requested'],
  ],
  accepted: [
    ['s', 'sent'],
    ['r', 'accepted'],
  ],
  declined: [
    ['s', 'sent'],
    ['r', 'declined', { reason: 'no_capacity' }],
  ],
  enrolled: [
    ['s', 'sent'],
    ['r', 'accepted'],
    ['r', 'enrolled'],
  ],
  completed: [
    ['s', 'sent'],
    ['r', 'accepted'],
    ['r', 'enrolled'],
    ['r', 'completed'],
  ],
  ended: [
    ['s', 'sent'],
    ['r', 'accepted'],
    ['r', 'ended', { reason: 'moved' }],
  ],
  withdrawn: [['s', 'withdrawn']],
};

/** The lifecycle as issue 4 states it, written out here, not read from the module. */
const EDGES: Record<ReferralStatus, Partial<Record<ReferralStatus, 's' | 'r'>>> = {
  draft: { sent: 's', withdrawn: 's' },
  sent: { accepted: 'r', declined: 'r', info_requested: 'r', withdrawn: 's' },
  info_requested: { sent: 's', accepted: 'r', declined: 'r', withdrawn: 's' },
  accepted: { enrolled: 'r', ended: 'r', withdrawn: 's' },
  enrolled: { completed: 'r', ended: 'r', withdrawn: 's' },
  declined: {},
  completed: {},
  ended: {},
  withdrawn: {},
};

const REASONS: Partial<Record<ReferralStatus, Record<string, string>>> = {
  declined: { reason: 'not_eligible' },
  ended: { reason: 'unable_to_contact' },
};

describe('every transition and every refused one', () => {
  test('each edge is taken by its side (200), refused to the other (403); every other step is 409', async () => {
    const sides = { s: await as('advocate@demo.test'), r: await as('provider@demo.test') };
    let checked = 0;
    for (const from of REFERRAL_STATUSES) {
      for (const to of REFERRAL_STATUSES) {
        const referral = await newReferral(sides.s);
        for (const [side, step, extra] of PATHS[from]) {
          const r = await move(sides[side], referral.id, step, extra);
          assert.equal(r.statusCode, 200, `${from} path ${step}: ${r.body}`);
        }
        const owner = EDGES[from][to];
        const body = REASONS[to] ?? {};
        if (owner) {
          const other = owner === 's' ? 'r' : 's';
          // A receiver cannot see a draft at all.
          const expectedOther = from === 'draft' && other === 'r' ? 404 : 403;
          assert.equal(
            (await move(sides[other], referral.id, to, body)).statusCode,
            expectedOther,
            `${from} → ${to} by the wrong side`,
          );
          const ok = await move(sides[owner], referral.id, to, body);
          assert.equal(ok.statusCode, 200, `${from} → ${to}: ${ok.body}`);
          assert.equal(ok.json<Detail>().status, to);
        } else {
          for (const side of ['s', 'r'] as const) {
            if (from === 'draft' && side === 'r') continue;
            const refused = await move(sides[side], referral.id, to, body);
            assert.equal(refused.statusCode, 409, `${from} → ${to} by ${side}: ${refused.body}`);
            assert.equal(refused.json<{ error: { code: string } }>().error.code, 'impossible');
          }
        }
        checked += 1;
      }
    }
    assert.equal(checked, 81);
  });

  test('a decline needs its reason, "other" needs a note, and an accept takes no reason', async () => {
    const advocate = await as('advocate@demo.test');
    const provider = await as('provider@demo.test');
    const referral = await newReferral(advocate, { send: true });
    assert.equal((await move(provider, referral.id, 'declined')).statusCode, 400);
    assert.equal(
      (await move(provider, referral.id, 'declined', { reason: 'bored' })).statusCode,
      400,
    );
    assert.equal(
      (await move(provider, referral.id, 'declined', { reason: 'other' })).statusCode,
      400,
    );
    assert.equal(
      (await move(provider, referral.id, 'accepted', { reason: 'no_capacity' })).statusCode,
      400,
    );
    const declined = await move(provider, referral.id, 'declined', {
      reason: 'other',
      note: 'Closed for renovation this week.',
    });
    assert.equal(declined.statusCode, 200);
    assert.equal(declined.json<Detail>().fhirStatus, 'rejected');
    for (const body of [
      { to: 'flying' },
      { to: 'sent', extra: 1 },
      {},
      { to: 'sent', note: 'x'.repeat(2001) },
    ]) {
      const response = await advocate.post(`/api/referrals/${referral.id}/transitions`, body);
      assert.equal(response.statusCode, 400, JSON.stringify(body).slice(0, 40));
    }
  });
});

describe('the answer clock', () => {
  test('past two business days the referral is overdue, once, and the sender is told', async () => {
    let advocate = await as('advocate@demo.test');
    const referral = await newReferral(advocate, {
      serviceId: CLINIC,
      needs: ['medical'],
      send: true,
    });
    const sentAt = clock.now();
    // Sent Monday 02:00 in California: due by the end of Wednesday there.
    const due = (await advocate.get(`/api/referrals/${referral.id}`)).json<{ dueAt: string }>()
      .dueAt;
    assert.equal(due, '2026-11-26T08:00:00.000Z');
    let clinic = await as('medical@demo.test');
    assert.equal(
      (await clinic.get('/api/referrals?box=received&status=overdue')).json<unknown[]>().length,
      0,
    );
    clock.advance(Date.parse(due) - sentAt.getTime());
    // Three days on, the sessions have ended: sign in again.
    advocate = await as('advocate@demo.test');
    clinic = await as('medical@demo.test');
    const overdueResponse = await advocate.get('/api/referrals?box=sent&status=overdue');
    assert.equal(overdueResponse.statusCode, 200, overdueResponse.body);
    const overdue = overdueResponse.json<Detail[]>();
    assert.ok(overdue.some((r) => r.id === referral.id));
    assert.ok(overdue.every((r) => r.status === 'sent' && r.overdue));
    const inbox = (await clinic.get('/api/referrals?box=received')).json<Detail[]>();
    assert.equal(inbox.find((r) => r.id === referral.id)?.inbox, 'overdue');
    const told = async () =>
      (await advocate.get('/api/notifications'))
        .json<{ kind: string }[]>()
        .filter((n) => n.kind === 'referral.overdue').length;
    assert.equal(await told(), overdue.length, 'one message per overdue referral');
    await advocate.get('/api/referrals?box=sent');
    assert.equal(await told(), overdue.length, 'told once');
    const detail = (await advocate.get(`/api/referrals/${referral.id}`)).json<Detail>();
    assert.equal(detail.timeline.at(-1)?.toStatus, 'overdue');
    assert.equal((await move(clinic, referral.id, 'accepted')).statusCode, 200);
    assert.equal(
      (await advocate.get(`/api/referrals/${referral.id}`)).json<Detail>().overdue,
      false,
    );
  });
});

describe('who is kept out of referrals', () => {
  test('another agency, another county and strangers get 404; the coordinator reads but cannot act', async () => {
    const advocate = await as('advocate@demo.test');
    const referral = await newReferral(advocate, { send: true });
    for (const email of ['probation@demo.test', 'police@demo.test', 'advocate@neighbor.test']) {
      const other = await as(email);
      assert.equal((await other.get(`/api/referrals/${referral.id}`)).statusCode, 404, email);
      assert.equal((await move(other, referral.id, 'accepted')).statusCode, 404, email);
      const inbox = (await other.get('/api/referrals?box=received')).json<Detail[]>();
      assert.ok(!inbox.some((r) => r.id === referral.id), email);
    }
    const denials = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events
       WHERE action = 'access.denied' AND target_type = 'referral' AND target_id = $1`,
      [referral.id],
    );
    assert.equal(denials[0]?.n, 6, 'each refused read and step is on record');
    const coordinator = await as('coordinator@demo.test');
    assert.equal((await coordinator.get(`/api/referrals/${referral.id}`)).statusCode, 200);
    assert.equal((await move(coordinator, referral.id, 'accepted')).statusCode, 403);
    assert.equal((await new Client(app).get('/api/referrals?box=sent')).statusCode, 401);
    const police = await as('police@demo.test');
    assert.equal(
      (
        await police.post('/api/referrals', {
          youthId,
          serviceId: SHELTER,
          needs: ['housing'],
          note: null,
        })
      ).statusCode,
      201,
      'police are on the team and may refer',
    );
    const probation = await as('probation@demo.test');
    assert.equal(
      (
        await probation.post('/api/referrals', {
          youthId,
          serviceId: SHELTER,
          needs: ['housing'],
          note: null,
        })
      ).statusCode,
      403,
      'probation is not on the team',
    );
  });

  test('the administrator sharing the county lead with the coordinator sees none of its referrals', async () => {
    const coordinator = await as('coordinator@demo.test');
    const session = (await coordinator.get('/api/auth/session')).json<{
      user: { organizationId: string };
    }>();
    const joined = await coordinator.post(`/api/youth/${youthId}/team`, {
      organizationId: session.user.organizationId,
      role: 'lead',
    });
    assert.ok([201, 409].includes(joined.statusCode), joined.body);
    const sent = await coordinator.post('/api/referrals', {
      youthId,
      serviceId: SHELTER,
      needs: ['housing'],
      note: 'Free text the administrator must never read',
      send: true,
    });
    assert.equal(sent.statusCode, 201, sent.body);
    const id = sent.json<{ id: string }>().id;
    const admin = await as('admin@demo.test');
    assert.equal((await admin.get(`/api/referrals/${id}`)).statusCode, 404);
    assert.equal((await move(admin, id, 'withdrawn')).statusCode, 404);
    const listed = await admin.get('/api/referrals?box=sent');
    assert.equal(listed.statusCode, 403);
    assert.ok(!listed.body.includes('Free text'));
    assert.equal((await coordinator.get(`/api/referrals/${id}`)).statusCode, 200);
    assert.equal((await move(coordinator, id, 'withdrawn')).statusCode, 200);
  });

  test('a service nobody answers for, an unknown service and bad bodies are refused', async () => {
    const advocate = await as('advocate@demo.test');
    const unlinked = await advocate.post('/api/referrals', {
      youthId,
      serviceId: demoServiceId('youth-legal-clinic'),
      needs: ['legal'],
      note: null,
    });
    assert.equal(unlinked.statusCode, 409);
    assert.equal(unlinked.json<{ error: { code: string } }>().error.code, 'not_reachable');
    const unknown = await advocate.post('/api/referrals', {
      youthId,
      serviceId: randomUUID(),
      needs: ['legal'],
      note: null,
    });
    assert.equal(unknown.statusCode, 400);
    for (const body of [
      { youthId, serviceId: SHELTER, needs: [], note: null },
      { youthId, serviceId: SHELTER, needs: ['flying'], note: null },
      { youthId, serviceId: 'x', needs: ['housing'], note: null },
      { youthId: 'x', serviceId: SHELTER, needs: ['housing'], note: null },
      { youthId, serviceId: SHELTER, needs: ['housing'], note: 'x'.repeat(2001) },
    ]) {
      assert.equal(
        (await advocate.post('/api/referrals', body)).statusCode,
        400,
        JSON.stringify(body).slice(0, 80),
      );
    }
    for (const query of ['box=both', '', 'box=sent&status=lost', `box=sent&youthId=x`]) {
      assert.equal((await advocate.get(`/api/referrals?${query}`)).statusCode, 400, query);
    }
  });
});

describe('the staff directory', () => {
  test('search with filters and distance; anonymous callers are refused', async () => {
    const advocate = await as('advocate@demo.test');
    const names = async (query: string) =>
      (await advocate.get(`/api/directory/services?${query}`))
        .json<{ items: { name: string }[] }>()
        .items.map((s) => s.name);
    assert.equal((await names('q=sheltr'))[0], 'New Horizons Emergency Shelter');
    assert.deepEqual(await names('q=salud%20mental'), ['Youth Crisis and Trauma Therapy']);
    assert.deepEqual(await names('need=legal'), ['Youth Legal Clinic']);
    assert.ok(!(await names('age=9')).includes('Teen Health Clinic'));
    assert.ok((await names('age=10')).includes('Teen Health Clinic'));
    assert.ok(!(await names('openCapacity=true')).includes('Survivor Mentors'));
    assert.ok((await names('openCapacity=true')).includes('New Horizons Emergency Shelter'));
    assert.ok(!(await names('area=Demo%20County')).includes('Transitional Housing for Youth'));
    assert.ok(!(await names('language=es')).includes('Teen Recovery Program'));
    assert.ok((await names('csecSpecialized=true')).includes('Survivor Mentors'));
    assert.ok(!(await names('level=prevention')).includes('Survivor Mentors'));
    const near = (
      await advocate.get('/api/directory/services?near=37.7975,-122.2763&withinKm=1&sort=distance')
    ).json<{ items: { name: string; distanceKm: number }[] }>().items;
    assert.equal(near[0]?.name, 'Youth Legal Clinic');
    assert.equal(near[0]?.distanceKm, 0);
    assert.ok(near.every((s) => s.distanceKm <= 1));
    const nearest = (
      await advocate.get('/api/directory/services?near=37.7975,-122.2763&sort=distance')
    ).json<{ items: { name: string; distanceKm: number | null; phone: string | null }[] }>().items;
    assert.equal(nearest[0]?.name, 'Youth Legal Clinic', 'no distance limit: all, nearest first');
    assert.equal(nearest.at(-1)?.distanceKm, null, 'services with no public point come last');
    const shelter = (await advocate.get('/api/directory/services?q=emergency%20shelter')).json<{
      items: { name: string; phone: string | null }[];
    }>().items[0];
    assert.deepEqual(
      [shelter?.name, shelter?.phone],
      ['New Horizons Emergency Shelter', '555-0180'],
    );
    assert.equal((await new Client(app).get('/api/directory/services')).statusCode, 401);
    for (const query of ['age=-1', 'near=999,1', 'near=abc', 'level=some', 'perPage=1000', 'x=1']) {
      assert.equal((await advocate.get(`/api/directory/services?${query}`)).statusCode, 400, query);
    }
  });

  test('the safe house address: the provider and the coordinator see it, others do not', async () => {
    const address = async (email: string) =>
      (await (await as(email)).get(`/api/directory/services/${SHELTER}`)).json<{
        locations: { confidential: boolean; address: string | null }[];
      }>().locations[0];
    assert.deepEqual(await address('probation@demo.test'), {
      confidential: true,
      name: null,
      address: null,
      latitude: null,
      longitude: null,
    });
    assert.match((await address('provider@demo.test'))?.address ?? '', /1 Confidential Lane/);
    assert.match((await address('coordinator@demo.test'))?.address ?? '', /1 Confidential Lane/);
    const body = (await (await as('probation@demo.test')).get(`/api/directory/services/${SHELTER}`))
      .body;
    assert.ok(!body.includes('Confidential Lane'));
  });

  test('capacity in one action, by the provider only', async () => {
    const provider = await as('provider@demo.test');
    const updated = await provider.request('PUT', `/api/directory/services/${SHELTER}/capacity`, {
      available: 0,
      maximum: 8,
    });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json<{ capacity: { available: number } }>().capacity.available, 0);
    const advocate = await as('advocate@demo.test');
    assert.equal(
      (
        await advocate.request('PUT', `/api/directory/services/${SHELTER}/capacity`, {
          available: 3,
          maximum: 8,
        })
      ).statusCode,
      403,
    );
    assert.equal(
      (
        await provider.request('PUT', `/api/directory/services/${SHELTER}/capacity`, {
          available: 9,
          maximum: 8,
        })
      ).statusCode,
      400,
    );
    assert.equal(
      (
        await provider.request('PUT', `/api/directory/services/${CLINIC}/capacity`, {
          available: 1,
          maximum: 2,
        })
      ).statusCode,
      403,
      'not its service',
    );
    assert.equal(
      (
        await provider.request('PUT', `/api/directory/services/${randomUUID()}/capacity`, {
          available: 1,
          maximum: 2,
        })
      ).statusCode,
      404,
    );
    await provider.request('PUT', `/api/directory/services/${SHELTER}/capacity`, {
      available: 2,
      maximum: 8,
    });
  });
});
