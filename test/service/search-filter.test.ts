// The youth list is filtered in SQL and then by the access module. This test generates random
// cases (teams, consents, revocations), lists them as each agency through the API, and checks
// the answer against the pure rule applied to the generated facts: nothing more is returned,
// nothing the rule allows is missing, and names appear (and match) only where identity is open.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import {
  decideRead,
  type CaseFacts,
  type ConsentGrant,
  type TeamMember,
} from '../../src/domain/case-access.js';
import { DATA_CATEGORIES, type OrganizationType } from '../../src/domain/vocabulary.js';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { acceptRelease, addToTeam, agreement, consentBody, openYouth } from '../support/cases.js';
import { createWorld, testServices, type TestClock, type World } from '../support/world.js';

const READERS = ['medical', 'child_welfare', 'probation', 'district_attorney'] as const;
const ROLE_OF = {
  medical: 'medical_provider',
  child_welfare: 'child_welfare_worker',
  probation: 'probation_officer',
  district_attorney: 'prosecutor',
} as const;

let database: TestDatabase;
let app: App;
let world: World;
let clock: TestClock;

before(async () => {
  database = await openTestDatabase();
  const services = testServices(database.db, { demoMode: true });
  clock = services.clock;
  app = await testApp(services);
  world = await createWorld(database.db);
  // Probation is left out of the agreement: its consents must open nothing.
  await agreement(database.db, world, [
    'law_enforcement',
    'medical',
    'child_welfare',
    'district_attorney',
  ]);
});
after(async () => {
  await app.close();
  await database.close();
});

interface GeneratedCase {
  readonly team: readonly (typeof READERS)[number][];
  readonly consents: readonly {
    recipients: readonly (typeof READERS)[number][];
    categories: readonly (typeof DATA_CATEGORIES)[number][];
    accepted: boolean;
    revoked: boolean;
  }[];
}

const arbCase: fc.Arbitrary<GeneratedCase> = fc.record({
  team: fc.subarray([...READERS]),
  consents: fc.array(
    fc.record({
      recipients: fc.subarray([...READERS], { minLength: 1 }),
      categories: fc.subarray(['identity', 'medical', 'placement'] as const, { minLength: 1 }),
      // Whether the police, who hold the identity, accept the release.
      accepted: fc.boolean(),
      revoked: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
});

describe('GET /api/youth agrees with the access module on generated cases', () => {
  test('as every reading agency, with and without a name query', async () => {
    const cases = fc.sample(arbCase, { numRuns: 16, seed: 20261123 });
    const police: Client = await signedIn(app, world.people.law_enforcement_officer.email);
    const advocate: Client = await signedIn(app, world.people.advocate.email);
    const tag = `Gen${Date.now().toString(36)}`;
    const created: { id: string; facts: CaseFacts; name: string }[] = [];
    for (const [index, generated] of cases.entries()) {
      const name = `${tag}${String(index)}`;
      const youth = await openYouth(police, { givenName: name });
      const team: TeamMember[] = [
        { organizationId: world.organizations.law_enforcement.id, userId: null },
      ];
      for (const type of generated.team) {
        await addToTeam(police, youth.id, world.organizations[type].id, 'service_provider');
        team.push({ organizationId: world.organizations[type].id, userId: null });
      }
      // The advocate records the youth's consents (the police do not).
      await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
      team.push({ organizationId: world.organizations.advocacy.id, userId: null });
      const consents: ConsentGrant[] = [];
      for (const c of generated.consents) {
        const response = await advocate.post(
          `/api/youth/${youth.id}/consents`,
          consentBody(world, {
            recipientOrganizationIds: c.recipients.map((t) => world.organizations[t].id),
            categories: c.categories,
          }),
        );
        assert.equal(response.statusCode, 201, response.body);
        const id = response.json<{ id: string }>().id;
        if (c.accepted) await acceptRelease(police, id);
        if (c.revoked) await advocate.post(`/api/consents/${id}/revoke`, {});
        consents.push({
          id,
          recordedByOrganizationId: world.organizations.advocacy.id,
          releases: c.accepted
            ? [
                {
                  holderOrganizationId: world.organizations.law_enforcement.id,
                  accepted: true,
                  decidedAt: clock.now(),
                },
              ]
            : [],
          recipientOrganizationIds: c.recipients.map((t) => world.organizations[t].id),
          categories: c.categories,
          signedOn: '2026-11-23',
          expiresOn: '2027-02-20',
          revokedAt: c.revoked ? clock.now() : null,
        });
      }
      created.push({
        id: youth.id,
        name,
        facts: {
          jurisdictionId: world.jurisdictionId,
          seal: null,
          team,
          consents,
          legalBases: [],
          breakGlass: [],
          agreements: [
            {
              startsOn: '2026-01-01',
              endsOn: null,
              categories: [...DATA_CATEGORIES],
              organizationIds: (
                [
                  'law_enforcement',
                  'medical',
                  'child_welfare',
                  'district_attorney',
                ] as OrganizationType[]
              ).map((t) => world.organizations[t].id),
            },
          ],
        },
      });
    }
    const time = { now: clock.now(), today: '2026-11-23' };
    let compared = 0;
    const outcomes = new Set<string>();
    for (const type of READERS) {
      const person = world.people[ROLE_OF[type]];
      const actor: Actor = {
        userId: person.id,
        organizationId: world.organizations[type].id,
        organizationType: type,
        jurisdictionId: world.jurisdictionId,
        roles: person.roles,
      };
      const client = await signedIn(app, person.email);
      const listed = new Map(
        (await client.get(`/api/youth?query=${tag}`))
          .json<{ id: string; identity: unknown }[]>()
          .map((y) => [y.id, y.identity !== null]),
      );
      const all = new Map(
        (await client.get('/api/youth'))
          .json<{ id: string; identity: unknown }[]>()
          .map((y) => [y.id, y.identity !== null]),
      );
      for (const c of created) {
        const onTeam = c.facts.team.some((m) => m.organizationId === actor.organizationId);
        const identity = decideRead(
          actor,
          { category: 'identity', holderOrganizationId: world.organizations.law_enforcement.id },
          c.facts,
          time,
        ).allowed;
        assert.equal(all.has(c.id), onTeam, `${type} lists ${c.name}`);
        if (onTeam) assert.equal(all.get(c.id), identity, `${type} sees the identity of ${c.name}`);
        assert.equal(listed.has(c.id), onTeam && identity, `${type} finds ${c.name} by name`);
        compared += 1;
        outcomes.add(`${String(onTeam)}/${String(identity)}`);
      }
    }
    assert.equal(compared, READERS.length * cases.length);
    // The sample reaches every outcome: off the team, on it without identity, on it with.
    assert.ok(
      outcomes.has('false/false') && outcomes.has('true/false') && outcomes.has('true/true'),
    );
  });
});
