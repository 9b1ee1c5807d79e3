// The youth record's "who shares what" (holdersOf, src/web/src/pages/consent/holders.ts) names
// exactly the organizations whose Releases inbox holds the consent: on generated teams and
// recipients, the screen's list and the server's inboxes agree, answered or not.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { OrganizationType, Role } from '../../src/domain/vocabulary.js';
import type { App } from '../../src/server/http/types.js';
import { holdersOf } from '../../src/web/src/pages/consent/holders.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { acceptRelease, addToTeam, agreement, consentBody, openYouth } from '../support/cases.js';
import { createWorld, testServices, type World } from '../support/world.js';

/** Organizations that may join the case besides the police (who open it) and the advocate. */
const MEMBERS = [
  'medical',
  'child_welfare',
  'district_attorney',
  'community_provider',
  'mental_health',
] as const satisfies readonly OrganizationType[];
const RECIPIENTS = [...MEMBERS, 'advocacy', 'law_enforcement'] as const;
const PERSON: Record<(typeof RECIPIENTS)[number], Role> = {
  medical: 'medical_provider',
  child_welfare: 'child_welfare_worker',
  district_attorney: 'prosecutor',
  community_provider: 'provider_intake',
  mental_health: 'mental_health_provider',
  advocacy: 'advocate',
  law_enforcement: 'law_enforcement_officer',
};

let database: TestDatabase;
let app: App;
let world: World;
const clients = new Map<string, Client>();

before(async () => {
  database = await openTestDatabase();
  app = await testApp(testServices(database.db, { demoMode: true }));
  world = await createWorld(database.db);
  await agreement(database.db, world, RECIPIENTS);
  // One sign-in per organization, reused by every generated case.
  for (const type of RECIPIENTS) {
    clients.set(
      world.organizations[type].id,
      await signedIn(app, world.people[PERSON[type]].email),
    );
  }
});
after(async () => {
  await app.close();
  await database.close();
});

interface ConsentView {
  id: string;
  recordedByOrganizationId: string;
  recipientOrganizationIds: string[];
  releases: { holderOrganizationId: string; accepted: boolean; decidedAt: string }[];
}
interface YouthRecord {
  team: { organizationId: string }[];
  consents: ConsentView[];
}

const client = (type: (typeof RECIPIENTS)[number]) =>
  clients.get(world.organizations[type].id) as Client;

/** The organizations whose inbox lists the consent (any status), sorted. */
async function inboxesHolding(consentId: string, organizationIds: readonly string[]) {
  const holding: string[] = [];
  for (const organizationId of organizationIds) {
    const inbox = await (clients.get(organizationId) as Client).get('/api/releases?status=all');
    assert.equal(inbox.statusCode, 200, inbox.body);
    const { releases } = inbox.json<{ releases: { consentId: string }[] }>();
    if (releases.some((r) => r.consentId === consentId)) holding.push(organizationId);
  }
  return holding.sort();
}

describe('the record names the same holders as their Releases inboxes', () => {
  test('generated teams, recipients and answers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...MEMBERS]),
        fc.subarray([...RECIPIENTS], { minLength: 1 }),
        fc.boolean(),
        async (members, recipients, answerFirst) => {
          const police = client('law_enforcement');
          const youth = await openYouth(police);
          for (const type of ['advocacy', ...members] as const) {
            await addToTeam(police, youth.id, world.organizations[type].id);
          }
          const recorded = await client('advocacy').post(
            `/api/youth/${youth.id}/consents`,
            consentBody(world, {
              recipientOrganizationIds: recipients.map((type) => world.organizations[type].id),
              categories: ['case_notes'],
            }),
          );
          assert.equal(recorded.statusCode, 201, recorded.body);
          const consentId = recorded.json<{ id: string }>().id;
          const view = async () => {
            const record = (
              await client('advocacy').get(`/api/youth/${youth.id}`)
            ).json<YouthRecord>();
            const consent = record.consents.find((c) => c.id === consentId);
            assert.ok(consent);
            return { record, consent };
          };
          const { record, consent } = await view();
          const teamIds = [...new Set(record.team.map((m) => m.organizationId))];
          const shown = holdersOf(consent, record.team)
            .map((h) => h.organizationId)
            .sort();
          assert.deepEqual(shown, await inboxesHolding(consentId, teamIds));
          assert.ok(!shown.includes(consent.recordedByOrganizationId));
          assert.ok(shown.every((h) => h !== world.organizations.advocacy.id));
          // Everyone shown waits, until one answers; that one is shown with its answer.
          const [first] = shown;
          if (answerFirst && first) {
            await acceptRelease(clients.get(first) as Client, consentId);
            const answered = await view();
            const answers = holdersOf(answered.consent, answered.record.team);
            assert.deepEqual(
              answers.map((h) => [h.organizationId, h.answer?.accepted ?? null]).sort(),
              shown.map((id) => [id, id === first ? true : null]).sort(),
            );
          } else {
            assert.ok(holdersOf(consent, record.team).every((h) => h.answer === null));
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  test('a holder that answered and left the team keeps its answer; one that never did is gone', () => {
    const consent = {
      recordedByOrganizationId: 'advocates',
      recipientOrganizationIds: ['clinic', 'shelter'],
      releases: [{ holderOrganizationId: 'police', accepted: true, decidedAt: '2026-11-23' }],
    };
    const cases: [string[], [string, boolean | null][]][] = [
      [
        ['advocates', 'police', 'clinic', 'shelter'],
        [
          ['police', true],
          ['clinic', null],
          ['shelter', null],
        ],
      ],
      // The police left after accepting; the shelter left before answering.
      [
        ['advocates', 'clinic'],
        [
          ['clinic', null],
          ['police', true],
        ],
      ],
      // A consent naming only the clinic asks nothing of it: it holds its own.
      [['advocates', 'clinic'], []],
    ];
    for (const [index, [team, expected]] of cases.entries()) {
      const asked =
        index === 2 ? { ...consent, recipientOrganizationIds: ['clinic'], releases: [] } : consent;
      assert.deepEqual(
        holdersOf(
          asked,
          team.map((organizationId) => ({ organizationId })),
        ).map((h) => [h.organizationId, h.answer?.accepted ?? null]),
        expected,
        `case ${String(index)}`,
      );
    }
  });
});
