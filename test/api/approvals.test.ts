// A second person (issue 9): an administrator holds no other role; giving a youth-data role,
// re-activating an account that sees youth data, and resetting its password or second factor
// wait for an approver of the account's own organization, who is never the person who asked
// nor the account itself, and never of another organization or jurisdiction. Each attack found
// with the demo accounts is refused here, and the legitimate path beside it works.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { insertPointPerson } from '../../src/db/repositories/point-persons.js';
import { totpCode } from '../../src/server/security/totp.js';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, signedIn, testApp } from '../support/http.js';
import { openYouth } from '../support/cases.js';
import {
  createWorld,
  PASSWORD,
  testServices,
  type TestClock,
  type TestPerson,
  type World,
} from '../support/world.js';

let database: TestDatabase;
let app: App;
let clock: TestClock;

before(async () => {
  database = await openTestDatabase();
  // Demo mode: no second factor to set up, so each test signs straight in.
  const services = testServices(database.db, { demoMode: true });
  clock = services.clock;
  app = await testApp(services);
});
after(async () => {
  await app.close();
  await database.close();
});

const code = (response: LightMyRequestResponse) =>
  response.json<{ error: { code: string } }>().error.code;

interface ApprovalBody {
  id: string;
  kind: string;
  status: string;
  subjectUserId: string;
  roles: string[] | null;
  waitingFor: { organizationId: string; organizationName: string } | null;
  declineReason: string | null;
}

/** Names a person their organization's point person, by email: its approver. */
async function makeApprover(world: World, person: TestPerson): Promise<void> {
  await insertPointPerson(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId: person.organizationId,
    function: 'CSEC point person',
    name: person.email,
    title: 'Supervisor',
    phone: null,
    afterHoursPhone: null,
    email: person.email,
    notes: null,
  });
}

async function auditCount(action: string, targetId: string): Promise<number> {
  const [row] = await database.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND target_id = $2',
    [action, targetId],
  );
  return row?.n ?? 0;
}

async function rolesOf(userId: string): Promise<string[]> {
  const [row] = await database.db.query<{ roles: string[] }>(
    'SELECT roles FROM users WHERE id = $1',
    [userId],
  );
  return row?.roles ?? [];
}

const uniqueEmail = (world: World, name: string) =>
  `${name}.${world.jurisdictionId.slice(0, 8)}@test.example`;

const loginStatus = async (email: string, password: string) =>
  (await new Client(app).login(email, password)).statusCode;

describe('an administrator holds no other role', () => {
  test('giving oneself a coordinator role beside administrator is refused (403 role_combination), audited', async () => {
    const world = await createWorld(database.db);
    const admin = await signedIn(app, world.people.administrator.email);
    const attempt = await admin.patch(`/api/users/${world.people.administrator.id}`, {
      roles: ['administrator', 'coordinator'],
    });
    assert.equal(attempt.statusCode, 403, attempt.body);
    assert.equal(code(attempt), 'role_combination');
    assert.deepEqual(await rolesOf(world.people.administrator.id), ['administrator']);
    assert.equal(await auditCount('access.denied', world.people.administrator.id), 1);

    const created = await admin.post('/api/users', {
      email: uniqueEmail(world, 'both'),
      displayName: 'Both',
      organizationId: world.organizations.county_lead.id,
      roles: ['coordinator', 'administrator'],
    });
    assert.equal(created.statusCode, 403);
    assert.equal(code(created), 'role_combination');

    // Beside it, what administrators do still works.
    const renamed = await admin.patch(`/api/users/${world.people.administrator.id}`, {
      displayName: 'Renamed Administrator',
    });
    assert.equal(renamed.statusCode, 200, renamed.body);
  });

  test('taking the coordinator role instead waits: no case, no team, no break-glass until approved', async () => {
    const world = await createWorld(database.db);
    const police = await signedIn(app, world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    const admin = await signedIn(app, world.people.administrator.email);
    const asked = await admin.patch(`/api/users/${world.people.administrator.id}`, {
      roles: ['coordinator'],
    });
    assert.equal(asked.statusCode, 202, asked.body);
    const body = asked.json<{
      user: { roles: string[] };
      approvals: ApprovalBody[];
      temporaryPasswordFirstHalf: string | null;
    }>();
    assert.deepEqual(body.user.roles, []);
    assert.equal(body.approvals[0]?.kind, 'account.roles');
    assert.match(body.temporaryPasswordFirstHalf ?? '', /^[a-z2-9]{5}-[a-z2-9]{5}$/);
    // The role change ended the session; signed in again, the account holds no role.
    assert.equal((await admin.get('/api/organizations')).statusCode, 401);
    const again = await signedIn(app, world.people.administrator.email);
    const session = (await again.get('/api/auth/session')).json<{ user: { roles: string[] } }>();
    assert.deepEqual(session.user.roles, []);
    const join = await again.post(`/api/youth/${youth.id}/team`, {
      organizationId: world.organizations.county_lead.id,
      role: 'coordination',
      userId: world.people.administrator.id,
    });
    assert.equal(join.statusCode, 403, join.body);
    assert.equal(code(join), 'role_without_youth_data');
    const glass = await again.post(`/api/youth/${youth.id}/break-glass`, {
      category: 'identity',
      reason: 'Imminent danger reported by phone just now',
    });
    assert.equal(glass.statusCode, 403, glass.body);
    assert.equal(code(glass), 'role_without_youth_data');
    assert.equal((await again.get(`/api/youth/${youth.id}`)).statusCode, 403);
    // Their own request cannot be approved by themselves (no role, and the subject too).
    const approvalId = body.approvals[0]?.id ?? '';
    const self = await again.post(`/api/approvals/${approvalId}/approve`);
    assert.equal(self.statusCode, 403);
    assert.equal(code(self), 'own_request');

    // The coordinator, a second person, approves; the account's sign-in starts over.
    const coordinator = await signedIn(app, world.people.coordinator.email);
    const approved = await coordinator.post(`/api/approvals/${approvalId}/approve`);
    assert.equal(approved.statusCode, 200, approved.body);
    const second = approved.json<{ temporaryPasswordSecondHalf: string | null }>()
      .temporaryPasswordSecondHalf;
    assert.match(second ?? '', /^[a-z2-9]{5}-[a-z2-9]{5}$/);
    assert.deepEqual(await rolesOf(world.people.administrator.id), ['coordinator']);
    assert.equal(await loginStatus(world.people.administrator.email, PASSWORD), 401);
    const whole = `${body.temporaryPasswordFirstHalf ?? ''}-${second ?? ''}`;
    const fresh = new Client(app);
    const login = await fresh.login(world.people.administrator.email, whole);
    assert.equal(login.statusCode, 200, login.body);
    assert.equal(login.json<{ pending: string }>().pending, 'password');
  });
});

describe('opening an account that sees youth data', () => {
  test('waits for the organization’s approver; the administrator’s half alone signs nobody in', async () => {
    const world = await createWorld(database.db);
    await makeApprover(world, world.people.advocate);
    const admin = await signedIn(app, world.people.administrator.email);
    const email = uniqueEmail(world, 'new.advocate');
    const created = await admin.post('/api/users', {
      email,
      displayName: 'New Advocate',
      organizationId: world.organizations.advocacy.id,
      roles: ['advocate'],
    });
    assert.equal(created.statusCode, 202, created.body);
    const body = created.json<{
      user: { id: string; roles: string[]; pendingApprovals: ApprovalBody[] };
      approval: ApprovalBody;
      temporaryPasswordFirstHalf: string;
    }>();
    assert.deepEqual(body.user.roles, []);
    assert.equal(body.approval.kind, 'account.create');
    assert.deepEqual(body.approval.roles, ['advocate']);
    assert.equal(body.approval.waitingFor?.organizationId, world.organizations.advocacy.id);
    assert.equal(body.user.pendingApprovals[0]?.id, body.approval.id);
    assert.ok(!created.body.includes('temporaryPassword"'), 'no whole password');
    assert.equal(await loginStatus(email, body.temporaryPasswordFirstHalf), 401);
    assert.equal(await auditCount('approval.request', body.approval.id), 1);

    // Nobody but the advocacy organization's approver decides.
    const refusals: [Client, number, string][] = [
      [admin, 403, 'own_request'],
      [await signedIn(app, world.people.coordinator.email), 403, 'not_an_approver'],
      [await signedIn(app, world.people.medical_provider.email), 403, 'not_an_approver'],
      [await signedIn(app, world.people.law_enforcement_officer.email), 403, 'not_an_approver'],
    ];
    for (const [client, status, expected] of refusals) {
      const response = await client.post(`/api/approvals/${body.approval.id}/approve`);
      assert.equal(response.statusCode, status, response.body);
      assert.equal(code(response), expected);
    }
    const elsewhere = await createWorld(database.db, 'Elsewhere');
    await makeApprover(elsewhere, elsewhere.people.advocate);
    for (const person of [elsewhere.people.coordinator, elsewhere.people.advocate]) {
      const other = await signedIn(app, person.email);
      const response = await other.post(`/api/approvals/${body.approval.id}/approve`);
      assert.equal(response.statusCode, 404, response.body);
    }
    assert.equal(await auditCount('access.denied', body.approval.id), 6);
    assert.deepEqual(await rolesOf(body.user.id), []);

    // The approver sees it in the inbox and approves; the person signs in with both halves.
    const approver = await signedIn(app, world.people.advocate.email);
    const inbox = (await approver.get('/api/approvals')).json<{
      toDecide: ApprovalBody[];
      requested: ApprovalBody[];
    }>();
    assert.deepEqual(
      inbox.toDecide.map((a) => a.id),
      [body.approval.id],
    );
    const asked = (await admin.get('/api/approvals')).json<{ requested: ApprovalBody[] }>();
    assert.equal(asked.requested[0]?.id, body.approval.id);
    const approved = await approver.post(`/api/approvals/${body.approval.id}/approve`);
    assert.equal(approved.statusCode, 200, approved.body);
    const result = approved.json<{
      approval: ApprovalBody;
      temporaryPasswordSecondHalf: string;
    }>();
    assert.equal(result.approval.status, 'approved');
    assert.equal(result.approval.waitingFor, null);
    assert.deepEqual(await rolesOf(body.user.id), ['advocate']);
    assert.equal(await loginStatus(email, result.temporaryPasswordSecondHalf), 401);
    const person = new Client(app);
    const login = await person.login(
      email,
      `${body.temporaryPasswordFirstHalf}-${result.temporaryPasswordSecondHalf}`,
    );
    assert.equal(login.statusCode, 200, login.body);
    assert.equal(login.json<{ pending: string }>().pending, 'password');
    assert.equal(await auditCount('approval.approve', body.approval.id), 1);

    const twice = await approver.post(`/api/approvals/${body.approval.id}/approve`);
    assert.equal(twice.statusCode, 409);
    assert.equal(code(twice), 'approval_not_pending');
  });

  test('an organization without an approver: the county lead coordinator approves', async () => {
    const world = await createWorld(database.db);
    const admin = await signedIn(app, world.people.administrator.email);
    const created = await admin.post('/api/users', {
      email: uniqueEmail(world, 'new.officer'),
      displayName: 'New Officer',
      organizationId: world.organizations.law_enforcement.id,
      roles: ['law_enforcement_officer'],
    });
    assert.equal(created.statusCode, 202, created.body);
    const { approval } = created.json<{ approval: ApprovalBody }>();
    assert.equal(approval.waitingFor?.organizationId, world.organizations.county_lead.id);
    const officer = await signedIn(app, world.people.law_enforcement_officer.email);
    const notThem = await officer.post(`/api/approvals/${approval.id}/approve`);
    assert.equal(code(notThem), 'not_an_approver');
    const coordinator = await signedIn(app, world.people.coordinator.email);
    const approved = await coordinator.post(`/api/approvals/${approval.id}/approve`);
    assert.equal(approved.statusCode, 200, approved.body);
  });

  test('declined with a reason: the account stays closed; the coordinator hears of both', async () => {
    const world = await createWorld(database.db);
    await makeApprover(world, world.people.advocate);
    const admin = await signedIn(app, world.people.administrator.email);
    const created = await admin.post('/api/users', {
      email: uniqueEmail(world, 'unknown.person'),
      displayName: 'Unknown Person',
      organizationId: world.organizations.advocacy.id,
      roles: ['advocate'],
    });
    const { approval, user } = created.json<{ approval: ApprovalBody; user: { id: string } }>();
    const approver = await signedIn(app, world.people.advocate.email);
    for (const bad of [{}, { reason: '' }, { reason: '   ' }, { reason: 'x'.repeat(1001) }]) {
      const response = await approver.post(`/api/approvals/${approval.id}/decline`, bad);
      assert.equal(response.statusCode, 400, JSON.stringify(bad).slice(0, 40));
    }
    const declined = await approver.post(`/api/approvals/${approval.id}/decline`, {
      reason: 'Nobody of that name works here.',
    });
    assert.equal(declined.statusCode, 200, declined.body);
    const decision = declined.json<ApprovalBody>();
    assert.equal(decision.status, 'declined');
    assert.equal(decision.declineReason, 'Nobody of that name works here.');
    const [row] = await database.db.query<{ active: boolean; roles: string[] }>(
      'SELECT active, roles FROM users WHERE id = $1',
      [user.id],
    );
    assert.deepEqual(row, { active: false, roles: [] });
    assert.equal(await auditCount('approval.decline', approval.id), 1);
    const approve = await approver.post(`/api/approvals/${approval.id}/approve`);
    assert.equal(approve.statusCode, 409);

    const coordinator = await signedIn(app, world.people.coordinator.email);
    const notes = (await coordinator.get('/api/notifications')).json<
      { kind: string; message: string; youthId: string | null }[]
    >();
    const kinds = notes.map((n) => n.kind);
    assert.ok(kinds.includes('approval.request'), kinds.join());
    assert.ok(kinds.includes('approval.decline'), kinds.join());
    assert.ok(notes.every((n) => n.youthId === null));
    assert.ok(notes.some((n) => n.message.includes('Unknown Person')));
  });

  test('bad input: unknown and malformed request ids', async () => {
    const world = await createWorld(database.db);
    const coordinator = await signedIn(app, world.people.coordinator.email);
    const unknown = await coordinator.post(`/api/approvals/${crypto.randomUUID()}/approve`);
    assert.equal(unknown.statusCode, 404);
    assert.equal((await coordinator.post('/api/approvals/not-an-id/approve')).statusCode, 400);
    const extra = await coordinator.post(`/api/approvals/${crypto.randomUUID()}/decline`, {
      reason: 'x',
      more: 1,
    });
    assert.equal(extra.statusCode, 400);
    const analyst = await signedIn(app, world.people.oversight_analyst.email);
    assert.equal((await analyst.get('/api/approvals')).statusCode, 403);
  });
});

describe('credentials of an account that sees youth data', () => {
  test('an administrator resetting password and second factor cannot sign in as the advocate', async () => {
    const world = await createWorld(database.db);
    const advocate = world.people.advocate;
    await makeApprover(world, advocate);
    // The advocate sets up a second factor.
    const own = await signedIn(app, advocate.email);
    const { secret } = (await own.post('/api/auth/mfa/setup')).json<{ secret: string }>();
    const enabled = await own.post('/api/auth/mfa/enable', {
      code: totpCode(secret, clock.now()),
    });
    assert.equal(enabled.statusCode, 200, enabled.body);

    const admin = await signedIn(app, world.people.administrator.email);
    const reset = await admin.post(`/api/users/${advocate.id}/reset-password`);
    assert.equal(reset.statusCode, 202, reset.body);
    const asked = reset.json<{ approval: ApprovalBody; temporaryPasswordFirstHalf: string }>();
    assert.ok(!reset.body.includes('"temporaryPassword"'));
    assert.equal(asked.approval.kind, 'password.reset');
    const mfa = await admin.post(`/api/users/${advocate.id}/reset-mfa`);
    assert.equal(mfa.statusCode, 202, mfa.body);
    const mfaAsked = mfa.json<{ approval: ApprovalBody; user: { mfaEnabled: boolean } }>();
    assert.equal(mfaAsked.user.mfaEnabled, true, 'nothing changes until approved');
    // Nothing changed: the half is no password, the old one still works.
    assert.equal(await loginStatus(advocate.email, asked.temporaryPasswordFirstHalf), 401);
    assert.equal(await loginStatus(advocate.email, PASSWORD), 200);

    // The advocate is Advocacy's only approver, but not of their own account: the coordinator.
    assert.equal(asked.approval.waitingFor?.organizationId, world.organizations.county_lead.id);
    const selfApproval = await own.post(`/api/approvals/${asked.approval.id}/approve`);
    assert.equal(selfApproval.statusCode, 403);
    assert.equal(code(selfApproval), 'own_account');
    const byAdmin = await admin.post(`/api/approvals/${mfaAsked.approval.id}/approve`);
    assert.equal(code(byAdmin), 'own_request');

    const coordinator = await signedIn(app, world.people.coordinator.email);
    const approved = await coordinator.post(`/api/approvals/${asked.approval.id}/approve`);
    assert.equal(approved.statusCode, 200, approved.body);
    const second = approved.json<{ temporaryPasswordSecondHalf: string }>()
      .temporaryPasswordSecondHalf;
    // Neither half alone, nor the old password; the whole still asks for the advocate's code.
    assert.equal(await loginStatus(advocate.email, PASSWORD), 401);
    assert.equal(await loginStatus(advocate.email, asked.temporaryPasswordFirstHalf), 401);
    assert.equal(await loginStatus(advocate.email, second), 401);
    const whole = new Client(app);
    const login = await whole.login(
      advocate.email,
      `${asked.temporaryPasswordFirstHalf}-${second}`,
    );
    assert.equal(login.json<{ pending: string }>().pending, 'verify');
    // The second factor reset, approved, clears it: the person enrols again at sign-in.
    const mfaApproved = await coordinator.post(`/api/approvals/${mfaAsked.approval.id}/approve`);
    assert.equal(mfaApproved.statusCode, 200, mfaApproved.body);
    assert.equal(
      mfaApproved.json<{ temporaryPasswordSecondHalf: string | null }>()
        .temporaryPasswordSecondHalf,
      null,
    );
    assert.equal(await auditCount('user.password_reset', advocate.id), 1);
    assert.equal(await auditCount('user.mfa_reset', advocate.id), 1);
  });

  test('accounts that see no youth data are reset at once, as before', async () => {
    const world = await createWorld(database.db);
    const admin = await signedIn(app, world.people.administrator.email);
    const reset = await admin.post(
      `/api/users/${world.people.oversight_analyst.id}/reset-password`,
    );
    assert.equal(reset.statusCode, 200);
    assert.match(
      reset.json<{ temporaryPassword: string }>().temporaryPassword,
      /^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/,
    );
    const mfa = await admin.post(`/api/users/${world.people.oversight_analyst.id}/reset-mfa`);
    assert.equal(mfa.statusCode, 200);
  });

  test('an account whose youth-data role still waits cannot be reset alone either', async () => {
    const world = await createWorld(database.db);
    const admin = await signedIn(app, world.people.administrator.email);
    const created = await admin.post('/api/users', {
      email: uniqueEmail(world, 'waiting'),
      displayName: 'Waiting',
      organizationId: world.organizations.medical.id,
      roles: ['medical_provider'],
    });
    const { user } = created.json<{ user: { id: string } }>();
    const reset = await admin.post(`/api/users/${user.id}/reset-password`);
    assert.equal(reset.statusCode, 202, reset.body);
  });
});

describe('changing an account', () => {
  test('re-activating an advocate waits; deactivating is at once', async () => {
    const world = await createWorld(database.db);
    const admin = await signedIn(app, world.people.administrator.email);
    const id = world.people.advocate.id;
    const off = await admin.patch(`/api/users/${id}`, { active: false });
    assert.equal(off.statusCode, 200);
    const on = await admin.patch(`/api/users/${id}`, { active: true });
    assert.equal(on.statusCode, 202, on.body);
    const { approvals, user } = on.json<{ approvals: ApprovalBody[]; user: { active: boolean } }>();
    assert.equal(user.active, false);
    assert.equal(approvals[0]?.kind, 'account.enable');
    assert.equal(await loginStatus(world.people.advocate.email, PASSWORD), 401);
    const coordinator = await signedIn(app, world.people.coordinator.email);
    const approved = await coordinator.post(`/api/approvals/${approvals[0]?.id ?? ''}/approve`);
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(await loginStatus(world.people.advocate.email, PASSWORD), 200);
  });

  test('adding a role waits, removing one does not; a newer request replaces the older', async () => {
    const world = await createWorld(database.db);
    const admin = await signedIn(app, world.people.administrator.email);
    const id = world.people.prosecutor.id;
    const added = await admin.patch(`/api/users/${id}`, {
      roles: ['prosecutor', 'victim_witness_staff'],
    });
    assert.equal(added.statusCode, 202, added.body);
    const first = added.json<{ approvals: ApprovalBody[]; temporaryPasswordFirstHalf: null }>();
    assert.equal(first.temporaryPasswordFirstHalf, null, 'the prosecutor keeps their password');
    assert.deepEqual(await rolesOf(id), ['prosecutor']);
    const replaced = await admin.patch(`/api/users/${id}`, { roles: ['victim_witness_staff'] });
    assert.equal(replaced.statusCode, 202);
    assert.deepEqual(await rolesOf(id), []);
    const [old] = await database.db.query<{ status: string }>(
      'SELECT status FROM approval_requests WHERE id = $1',
      [first.approvals[0]?.id],
    );
    assert.equal(old?.status, 'withdrawn');
    const listed = (await admin.get('/api/users')).json<
      { id: string; pendingApprovals: ApprovalBody[] }[]
    >();
    const pending = listed.find((u) => u.id === id)?.pendingApprovals ?? [];
    assert.deepEqual(
      pending.map((a) => a.roles),
      [['victim_witness_staff']],
    );
    // Asking for what is already in effect takes effect at once, and the waiting request goes.
    const judge = world.people.judge.id;
    const both = await admin.patch(`/api/users/${judge}`, { roles: ['judge', 'court_clerk'] });
    assert.equal(both.statusCode, 202);
    const back = await admin.patch(`/api/users/${judge}`, { roles: ['judge'] });
    assert.equal(back.statusCode, 200, back.body);
    assert.deepEqual(back.json<{ pendingApprovals: unknown[] }>().pendingApprovals, []);
    assert.deepEqual(await rolesOf(judge), ['judge']);
  });

  test('moving an advocate to another organization: its approvers decide', async () => {
    const world = await createWorld(database.db);
    await makeApprover(world, world.people.provider_intake);
    const admin = await signedIn(app, world.people.administrator.email);
    const moved = await admin.patch(`/api/users/${world.people.advocate.id}`, {
      organizationId: world.organizations.community_provider.id,
    });
    assert.equal(moved.statusCode, 202, moved.body);
    const { approvals } = moved.json<{ approvals: ApprovalBody[] }>();
    assert.equal(
      approvals[0]?.waitingFor?.organizationId,
      world.organizations.community_provider.id,
    );
    assert.deepEqual(await rolesOf(world.people.advocate.id), []);
    const provider = await signedIn(app, world.people.provider_intake.email);
    const approved = await provider.post(`/api/approvals/${approvals[0]?.id ?? ''}/approve`);
    assert.equal(approved.statusCode, 200, approved.body);
    assert.deepEqual(await rolesOf(world.people.advocate.id), ['advocate']);
  });
});
