// The records the authorization matrix aims at: for each county, one real record of every kind
// a mutation names. Demo County's come from the demo seed (Maya's case, her consents, the
// agreement, the point persons...) plus what its own accounts add through the API; Neighbor
// County lacks most of them, so its accounts make them through the API, and the few things no
// route makes (spare accounts nobody signs in to, organizations Neighbor County lacks,
// qualifications that need no approval) are inserted with the repositories. Each county's
// administrator asks through the API to open the accounts whose approval the approval rows
// decide. The facts the table assumes about the world (authorization-matrix.table.ts, FACTS) are
// what this file builds.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import { insertTeamMember } from '../../src/db/repositories/case-grants.js';
import { insertQualification } from '../../src/db/repositories/legal.js';
import { insertOrganization } from '../../src/db/repositories/organizations.js';
import { insertUser, updateUser } from '../../src/db/repositories/users.js';
import type { OrganizationType, Role } from '../../src/domain/vocabulary.js';
import { demoServiceId } from '../../src/server/services/setup/demo-directory.js';
import type { Client } from '../support/http.js';
import { cheapHash } from '../support/world.js';
import {
  MATRIX_ADDRESS,
  MATRIX_EDUCATION,
  MATRIX_PLACEMENT,
  TODAY,
  type AccountOpenings,
  type CountyRecords,
  type HolidayBody,
  type LegalProfileBody,
  type NeighborPartyRecords,
  type ProtocolSettingsBody,
} from './authorization-matrix.requests.js';
import { ACCOUNTS, type County } from './authorization-matrix.table.js';

type Clients = ReadonlyMap<string, Client>;

function as(clients: Clients, email: string): Client {
  const client = clients.get(email);
  if (!client) throw new Error(`${email} is not signed in`);
  return client;
}

async function created(client: Client, path: string, body: unknown): Promise<string> {
  const response = await client.request('POST', path, body);
  assert.equal(response.statusCode, 201, `${path}: ${response.body}`);
  return response.json<{ id: string }>().id;
}

async function list<T>(client: Client, path: string): Promise<T> {
  const response = await client.get(path);
  assert.equal(response.statusCode, 200, `${path}: ${response.body}`);
  return response.json<T>();
}

const consentBody = (recipient: string, categories: string[], explainer: string) => ({
  recipientOrganizationIds: [recipient],
  categories,
  purpose: 'Coordinate services (authorization matrix)',
  givenBy: { kind: 'youth' },
  explainedBy: { userId: explainer, method: 'Read aloud together', language: 'en' },
  signedAt: TODAY,
  expiresAt: '2027-02-20',
});

const dutyBody = (advocacy: string) => ({
  kind: 'statutory_duty',
  dutyCode: 'advocate_call',
  recipientOrganizationIds: [advocacy],
  categories: ['contact_location'],
  description: 'Called the CSEC advocate (authorization matrix).',
  effectiveOn: TODAY,
});

/** A waiver over a past period, so it opens no note that exists. */
const waiverBody = (recipient: string) => ({
  kind: 'waiver',
  recipientOrganizationIds: [recipient],
  periodFrom: '2020-01-01',
  periodTo: '2020-01-02',
  expiresOn: '2027-01-01',
  signedOn: TODAY,
});

/** Neighbor County's own directory: a provider its advocacy organization answers for. */
const NEIGHBOR_PROVIDER = randomUUID();
const NEIGHBOR_SHELTER = randomUUID();
const NEIGHBOR_MENTORING = randomUUID();

export async function buildWorld(
  db: Database,
  clients: Clients,
): Promise<Record<County, CountyRecords>> {
  const coordinator = as(clients, 'coordinator@demo.test');
  const jurisdictions = await list<{ id: string; name: string }[]>(
    coordinator,
    '/api/jurisdictions',
  );
  const jurisdictionOf = (name: string) => {
    const found = jurisdictions.find((j) => j.name === name);
    assert.ok(found, name);
    return found.id;
  };
  const ids = { demo: jurisdictionOf('Demo County'), neighbor: jurisdictionOf('Neighbor County') };

  const organizations = async (county: County) => {
    const all = await list<{ id: string; type: OrganizationType }[]>(
      coordinator,
      `/api/organizations?jurisdictionId=${ids[county]}`,
    );
    const byType = new Map<OrganizationType, string>();
    for (const o of all) if (!byType.has(o.type)) byType.set(o.type, o.id);
    return (type: OrganizationType) => {
      const id = byType.get(type);
      assert.ok(id, `${county} has no ${type} organization`);
      return id;
    };
  };
  const demoOrg = await organizations('demo');
  // Neighbor County has no oversight organization (for the accounts the rows open), child welfare
  // agency (whose account opening waits for the coordinator, as Demo County's does) nor community
  // provider (for the spare provider intake): one of each, without point persons.
  for (const [name, type] of [
    ['Neighbor County Oversight Board', 'oversight'],
    ['Neighbor County Family Services', 'child_welfare'],
    ['Neighbor Youth Programs', 'community_provider'],
  ] as const) {
    await insertOrganization(db, {
      jurisdictionId: ids.neighbor,
      name,
      type,
      phone: null,
      email: null,
    });
  }
  const neighborOrg = await organizations('neighbor');

  // Every account of each county is a demo account of the table, and each one is there.
  const users = async (county: County) => {
    const all = await list<{ id: string; email: string }[]>(
      as(clients, `admin@${county}.test`),
      '/api/users',
    );
    assert.deepEqual(
      all.map((u) => u.email).sort(),
      ACCOUNTS.filter((a) => a.county === county)
        .map((a) => a.email)
        .sort(),
      `the ${county} accounts are the README's`,
    );
    return (email: string) => {
      const found = all.find((u) => u.email === email);
      assert.ok(found, email);
      return found.id;
    };
  };
  const demoUser = await users('demo');
  const neighborUser = await users('neighbor');

  // Spare accounts nobody signs in to, and a qualification for the Neighbor advocate.
  const passwordHash = await cheapHash(`unused-${randomUUID()}`);
  const spare = async (county: County, organizationId: string, kind: string, role: Role) =>
    insertUser(db, {
      jurisdictionId: ids[county],
      organizationId,
      email: `matrix.${kind}@${county}.test`,
      displayName: `Matrix ${kind}`,
      roles: [role],
      language: 'en',
      passwordHash,
      mustChangePassword: false,
    });
  const qualify = (county: County, userId: string) =>
    insertQualification(db, {
      jurisdictionId: ids[county],
      userId,
      basis: 'training',
      trainingHours: 40,
      supervisor: 'Matrix Supervisor',
      completedOn: '2026-02-01',
      recordedByUserId: null,
      now: new Date(`${TODAY}T10:00:00Z`),
    });
  await qualify('neighbor', neighborUser('advocate@neighbor.test'));

  // An organization without accounts for the team-addition row, so its joining changes no cell.
  const withoutAccounts = async (county: County) =>
    (
      await insertOrganization(db, {
        jurisdictionId: ids[county],
        name: `Matrix Family Services ${county}`,
        type: 'community_provider',
        phone: null,
        email: null,
      })
    ).id;
  const teamAddition = async (county: County) => ({
    teamAddition: { organizationId: await withoutAccounts(county), role: 'service_provider' },
  });

  const demo = await buildDemo(clients, ids.demo, demoOrg, demoUser);
  const neighbor = await buildNeighbor(clients, ids.neighbor, neighborOrg, neighborUser);
  const demoProtocol = await protocolRecords(clients, 'demo', ids.demo, demo.youthId);
  const neighborProtocol = await protocolRecords(
    clients,
    'neighbor',
    ids.neighbor,
    neighbor.youthId,
  );
  const spares = async (county: County, org: (t: OrganizationType) => string) => {
    const holder = await spare(county, org('advocacy'), 'caseworker-revoked', 'advocate');
    const deactivated = await spare(county, org('advocacy'), 'deactivated', 'advocate');
    await updateUser(db, deactivated, { active: false });
    return {
      spareUserId: await spare(county, org('oversight'), 'oversight', 'oversight_analyst'),
      spareCaseworkerId: await spare(county, org('advocacy'), 'caseworker', 'advocate'),
      qualificationToRevoke: await qualify(county, holder),
      spareIntakeId: await spare(county, org('community_provider'), 'intake', 'provider_intake'),
      deactivatedAdvocateId: deactivated,
      spareAdministratorId: await spare(county, org('county_lead'), 'admin', 'administrator'),
    };
  };
  // A record of its own for correcting, closing and reopening, so Maya's case stays as it is:
  // opened by the county's police, who alone are on its team and read its identity.
  // Its police's case note is the one corrected.
  const lifecycleRecord = async (county: County) => {
    const police = as(clients, `police@${county}.test`);
    const recordToClose = await created(police, '/api/youth', {
      givenName: 'Matrix',
      familyName: `Lifecycle ${county}`,
      estimatedBirthYear: 2010,
      createAnyway: true,
    });
    const noteToCorrect = await created(police, `/api/youth/${recordToClose}/notes`, {
      kind: 'case',
      category: 'case_notes',
      body: 'Matrix note to correct.',
    });
    // Its duplicate, opened by the same police alone, which the coordinator merges into it.
    const recordToMerge = await created(police, '/api/youth', {
      givenName: 'Matrix',
      familyName: `Duplicate ${county}`,
      estimatedBirthYear: 2010,
      createAnyway: true,
    });
    return { recordToClose, noteToCorrect, recordToMerge };
  };
  const neighborParties = await proposeNeighbors(clients, demo.mouId, neighbor.mouId, {
    demo: demoOrg,
    neighbor: neighborOrg,
  });
  const [demoOpenings, neighborOpenings] = await Promise.all([
    accountOpenings(clients, 'demo', demoOrg),
    accountOpenings(clients, 'neighbor', neighborOrg),
  ]);
  return {
    demo: {
      ...demo,
      ...demoProtocol,
      ...(await spares('demo', demoOrg)),
      ...(await teamAddition('demo')),
      ...(await lifecycleRecord('demo')),
      ...demoOpenings,
      neighborParties: neighborParties.demo,
    },
    neighbor: {
      ...neighbor,
      ...neighborProtocol,
      ...(await spares('neighbor', neighborOrg)),
      ...(await teamAddition('neighbor')),
      ...(await lifecycleRecord('neighbor')),
      ...neighborOpenings,
      neighborParties: neighborParties.neighbor,
    },
  };
}

type Built = Omit<
  CountyRecords,
  | 'spareUserId'
  | 'spareCaseworkerId'
  | 'qualificationToRevoke'
  | 'teamAddition'
  | 'recordToClose'
  | 'recordToMerge'
  | 'noteToCorrect'
  | 'spareIntakeId'
  | 'deactivatedAdvocateId'
  | 'spareAdministratorId'
  | 'openingsToApprove'
  | 'openingsToDecline'
  | 'neighborParties'
  | 'protocolSettings'
  | 'holidays'
  | 'tasks'
>;

/** The county's MDT meeting, its advocacy organization attending, the youth's case on its agenda. */
async function mdtMeeting(coordinator: Client, advocacy: string, caseNumber: string) {
  const id = await created(coordinator, '/api/mdt-meetings', {
    startsAt: '2026-11-23T18:00:00Z',
    attendeeOrganizationIds: [advocacy],
  });
  const agenda = await coordinator.patch(`/api/mdt-meetings/${id}/agenda`, {
    caseNumbers: [caseNumber],
  });
  assert.equal(agenda.statusCode, 200, agenda.body);
  return id;
}

/**
 * Each county's coordinator proposes two organizations of the other county on its agreement
 * (docs/CONFIDENTIALITY.md, Agreements across counties): one for the accept row, one for the
 * decline row, each answered by the other county's coordinator; a third, left unanswered, for the
 * withdraw row; and names one more organization of the other county, which the propose row
 * proposes.
 */
async function proposeNeighbors(
  clients: Clients,
  demoMou: string,
  neighborMou: string,
  org: Record<County, (t: OrganizationType) => string>,
): Promise<Record<County, NeighborPartyRecords>> {
  const propose = async (county: County, mouId: string, organizationId: string) => {
    const response = await as(clients, `coordinator@${county}.test`).request(
      'POST',
      `/api/mous/${mouId}/neighbor-parties`,
      { organizationId },
    );
    assert.equal(response.statusCode, 201, response.body);
    return { mouId, organizationId };
  };
  return {
    demo: {
      toPropose: org.neighbor('county_lead'),
      toAccept: await propose('neighbor', neighborMou, org.demo('advocacy')),
      toDecline: await propose('neighbor', neighborMou, org.demo('child_welfare')),
      toWithdraw: await propose('demo', demoMou, org.neighbor('community_provider')),
    },
    neighbor: {
      toPropose: org.demo('medical'),
      toAccept: await propose('demo', demoMou, org.neighbor('advocacy')),
      toDecline: await propose('demo', demoMou, org.neighbor('law_enforcement')),
      toWithdraw: await propose('neighbor', neighborMou, org.demo('probation')),
    },
  };
}

/** The function of the point person whose organization the county's own rule gives a task. */
const NIGHT_DESK = 'Matrix night desk';

/**
 * What the protocol rows name (docs/PROTOCOL.md): the county's protocol decisions and holidays as
 * they stand, and open tasks. The police identify the youth twice, and each identification gives
 * the advocacy organization two tasks (an advocate on scene, specialized services): one for each
 * task row. For the cancel row's other variant, the administrator adds an organization nobody of
 * the table works at, the coordinator names its point person and writes a rule giving that point
 * person's organization a task on protective custody, and the police record one.
 */
async function protocolRecords(
  clients: Clients,
  county: County,
  jurisdictionId: string,
  youthId: string,
): Promise<Pick<CountyRecords, 'protocolSettings' | 'holidays' | 'tasks'>> {
  const coordinator = as(clients, `coordinator@${county}.test`);
  const police = as(clients, `police@${county}.test`);
  const protocolPath = `/api/jurisdictions/${jurisdictionId}/protocol`;
  const protocol = await list<{ settings: ProtocolSettingsBody; holidays: HolidayBody[] }>(
    coordinator,
    protocolPath,
  );
  const nightDesk = await created(as(clients, `admin@${county}.test`), '/api/organizations', {
    name: `Matrix Night Desk ${county}`,
    type: 'community_provider',
  });
  await created(coordinator, '/api/point-persons', {
    organizationId: nightDesk,
    function: NIGHT_DESK,
    name: `Matrix Night Desk ${county}`,
  });
  const rule = await coordinator.put(`${protocolPath}/rules/matrix-night-desk`, {
    rule: {
      name: 'Matrix: the night desk checks on a youth in protective custody',
      trigger: 'protective_custody',
      conditions: [],
      actions: [
        {
          kind: 'task',
          taskKind: 'action',
          title: 'Matrix night desk check',
          assignee: { kind: 'point_person', function: NIGHT_DESK },
          due: { after: { amount: 1, unit: 'hours' } },
        },
      ],
      source: 'Authorization matrix',
    },
    active: true,
  });
  assert.equal(rule.statusCode, 200, `${county} rule: ${rule.body}`);
  for (const [type, details] of [
    ['identification', { prostitutionRelated: false }],
    ['identification', { prostitutionRelated: false }],
    ['protective_custody', {}],
  ] as const) {
    const response = await police.request('POST', `/api/youth/${youthId}/events`, {
      type,
      occurredAt: `${TODAY}T08:00:00Z`,
      details,
    });
    assert.equal(response.statusCode, 201, `${county} ${type}: ${response.body}`);
  }
  const advocacyTasks = (
    await list<{ id: string; assigneeOrganizationId: string }[]>(
      as(clients, `advocate@${county}.test`),
      `/api/tasks?scope=organization&status=open&youthId=${youthId}`,
    )
  ).map((t) => t.id);
  const deskTasks = (
    await list<{ id: string; assigneeOrganizationId: string }[]>(
      coordinator,
      `/api/tasks?scope=county&status=open&youthId=${youthId}`,
    )
  ).filter((t) => t.assigneeOrganizationId === nightDesk);
  const [toTake, toComplete, toCancel] = advocacyTasks;
  const [desk] = deskTasks;
  assert.ok(toTake && toComplete && toCancel, `${county}: three advocacy tasks`);
  assert.ok(desk, `${county}: the night desk's task`);
  return {
    protocolSettings: protocol.settings,
    holidays: protocol.holidays.map((h) => ({ day: h.day, name: h.name })),
    tasks: { toTake, toComplete, toCancel, otherOrganizationToCancel: desk.id },
  };
}

/**
 * The county administrator asks to open an advocate's account at the advocacy organization and a
 * child welfare worker's at the child welfare agency, twice each (one to approve, one to
 * decline): each waits (202) for a second person.
 */
async function accountOpenings(
  clients: Clients,
  county: County,
  org: (t: OrganizationType) => string,
): Promise<{ openingsToApprove: AccountOpenings; openingsToDecline: AccountOpenings }> {
  const admin = as(clients, `admin@${county}.test`);
  const open = async (decision: string, type: OrganizationType, role: Role) => {
    const response = await admin.request('POST', '/api/users', {
      email: `matrix.${decision}.${type}@${county}.test`,
      displayName: `Matrix ${decision} ${type}`,
      organizationId: org(type),
      roles: [role],
    });
    assert.equal(response.statusCode, 202, `${county} ${type} opening: ${response.body}`);
    return response.json<{ approval: { id: string } }>().approval.id;
  };
  // Side by side: each opening hashes a password (argon2 is slow, and runs off the main thread).
  const [approveAdvocacy, approveChildWelfare, declineAdvocacy, declineChildWelfare] =
    await Promise.all([
      open('approve', 'advocacy', 'advocate'),
      open('approve', 'child_welfare', 'child_welfare_worker'),
      open('decline', 'advocacy', 'advocate'),
      open('decline', 'child_welfare', 'child_welfare_worker'),
    ]);
  return {
    openingsToApprove: { advocacy: approveAdvocacy, childWelfare: approveChildWelfare },
    openingsToDecline: { advocacy: declineAdvocacy, childWelfare: declineChildWelfare },
  };
}

async function shared(
  clients: Clients,
  county: County,
  jurisdictionId: string,
  pointPersonOrganization: string,
) {
  const coordinator = as(clients, `coordinator@${county}.test`);
  const profile = await list<LegalProfileBody>(
    coordinator,
    `/api/jurisdictions/${jurisdictionId}/legal-profile`,
  );
  const [notification] = await list<{ id: string }[]>(coordinator, '/api/notifications');
  const [mou] = await list<{ id: string }[]>(coordinator, '/api/mous');
  const [pointPerson] = await list<{ id: string }[]>(
    coordinator,
    `/api/point-persons?organizationId=${pointPersonOrganization}`,
  );
  assert.ok(notification && mou && pointPerson, `${county}: notification, agreement, point person`);
  return {
    jurisdictionId,
    legalProfile: {
      timeZone: profile.timeZone,
      privilegeApplies: profile.privilegeApplies,
      privilegeCitation: profile.privilegeCitation,
      privilegeSummary: profile.privilegeSummary,
      minimumTrainingHours: profile.minimumTrainingHours,
      maxConsentDays: profile.maxConsentDays,
      confirmed: profile.confirmed,
    },
    notificationId: notification.id,
    mouId: mou.id,
    pointPersonId: pointPerson.id,
  };
}

/**
 * The records of a case that rows consume: a consent to revoke (the advocate's), a duty to end
 * (the police's, under the profile's advocate_call duty), a waiver to revoke (the advocate's), a
 * person the advocate listed (verified contacts), the case number, and a sent referral to accept.
 */
async function caseRecords(
  clients: Clients,
  county: County,
  youthId: string,
  o: {
    consentRecipient: string;
    advocacy: string;
    disclosureRecipient: string;
    explainer: string;
    referral: { sender: string; serviceId: string };
    certifier: string;
  },
) {
  const advocate = as(clients, `advocate@${county}.test`);
  const youth = `/api/youth/${youthId}`;
  const { caseNumber } = await list<{ caseNumber: string }>(advocate, youth);
  return {
    consentToRevoke: await created(
      advocate,
      `${youth}/consents`,
      consentBody(o.consentRecipient, ['education'], o.explainer),
    ),
    legalBasisToEnd: await created(
      as(clients, `police@${county}.test`),
      `${youth}/legal-bases`,
      dutyBody(o.advocacy),
    ),
    disclosureToRevoke: await created(
      advocate,
      `${youth}/privilege-disclosures`,
      waiverBody(o.disclosureRecipient),
    ),
    contactToChange: await created(advocate, `${youth}/contacts`, {
      name: 'Matrix Uncle',
      relationship: 'uncle',
      status: 'do_not_release',
      reason: 'Authorization matrix',
    }),
    caseNumber,
    mdtMeetingId: await mdtMeeting(
      as(clients, `coordinator@${county}.test`),
      o.advocacy,
      caseNumber,
    ),
    safetyPlanId: await created(advocate, `${youth}/safety-plans`, {
      type: 'general',
      warningSigns: ['Matrix plan'],
      writtenWithYouth: false,
    }),
    certificationRequestId: await created(advocate, `${youth}/certification-requests`, {
      visaKind: 'u_visa',
      certifyingOrganizationId: o.certifier,
      receivedOn: '2026-11-20',
      removalProceedings: false,
    }),
    compensationClaimId: await created(advocate, `${youth}/compensation-claims`, {
      program: 'Matrix program',
      crimeDate: '2026-01-01',
      status: 'planned',
    }),
    contactLocationToCorrect: await created(
      as(clients, `police@${county}.test`),
      `${youth}/contact-locations`,
      MATRIX_ADDRESS,
    ),
    placementToCorrect: await created(
      as(clients, `police@${county}.test`),
      `${youth}/placements`,
      MATRIX_PLACEMENT,
    ),
    educationToCorrect: await created(advocate, `${youth}/education`, MATRIX_EDUCATION),
    // Identity, which the advocate already reads: the hour opens nothing new.
    breakGlassToReview: await created(advocate, `${youth}/break-glass`, {
      category: 'identity',
      reason: 'Imminent danger: she is not answering her phone (matrix).',
    }),
    trainingCourseId: await created(
      as(clients, `coordinator@${county}.test`),
      '/api/training/courses',
      {
        title: 'Matrix core training',
        topic: 'Matrix',
        hours: 40,
        validityMonths: 24,
      },
    ),
    trainingCourseToRetire: await created(
      as(clients, `coordinator@${county}.test`),
      '/api/training/courses',
      { title: 'Matrix course to retire', topic: 'Matrix', hours: 2, validityMonths: null },
    ),
    trainingCourseToDelete: await created(
      as(clients, `coordinator@${county}.test`),
      '/api/training/courses',
      { title: 'Matrix course to delete', topic: 'Matrix', hours: 2, validityMonths: null },
    ),
    referralId: await created(as(clients, o.referral.sender), '/api/referrals', {
      youthId,
      serviceId: o.referral.serviceId,
      needs: ['medical'],
      send: true,
    }),
  };
}

async function buildDemo(
  clients: Clients,
  jurisdictionId: string,
  org: (t: OrganizationType) => string,
  user: (email: string) => string,
): Promise<Built> {
  const advocate = as(clients, 'advocate@demo.test');
  const [maya] = await list<{ id: string }[]>(advocate, '/api/youth?query=Maya');
  assert.ok(maya, 'Maya');
  const youthId = maya.id;
  // The court joins, so that court orders have a recorder on the team.
  await created(as(clients, 'coordinator@demo.test'), `/api/youth/${youthId}/team`, {
    organizationId: org('juvenile_court'),
    role: 'court',
    userId: user('court@demo.test'),
  });
  // The seeded release of the clinic's medical notes to the advocate, waiting in its inbox.
  const pending = await list<{ releases: { consentId: string; categories: string[] }[] }>(
    as(clients, 'medical@demo.test'),
    '/api/releases',
  );
  const release = pending.releases.find((r) => r.categories.join() === 'medical');
  assert.ok(release, 'the clinic’s pending release');
  const advocateId = user('advocate@demo.test');
  const records = {
    youthId,
    consentForRelease: release.consentId,
    // To the clinic, already on the team: sending it changes nobody's place on the case.
    ...(await caseRecords(clients, 'demo', youthId, {
      consentRecipient: org('child_welfare'),
      advocacy: org('advocacy'),
      disclosureRecipient: org('medical'),
      explainer: advocateId,
      referral: { sender: 'advocate@demo.test', serviceId: demoServiceId('teen-health') },
      certifier: org('law_enforcement'),
    })),
  };
  return {
    ...(await shared(clients, 'demo', jurisdictionId, org('medical'))),
    ...records,
    organizationToChange: org('medical'),
    accountOrganization: org('oversight'),
    countyLead: org('county_lead'),
    agreementParties: [org('advocacy'), org('law_enforcement')],
    advocacy: org('advocacy'),
    consentRecipient: org('child_welfare'),
    courtOrderRecipient: org('district_attorney'),
    disclosureRecipient: org('medical'),
    teamRemoval: {
      organizationId: org('district_attorney'),
      userId: user('da@demo.test'),
      role: 'prosecution',
    },
    explainerUserId: advocateId,
    userToChange: user('police@demo.test'),
    capacityServiceId: demoServiceId('new-horizons-shelter'),
    referralServiceId: demoServiceId('teen-health'),
    importServiceId: demoServiceId('youth-employment'),
  };
}

async function buildNeighbor(
  clients: Clients,
  jurisdictionId: string,
  org: (t: OrganizationType) => string,
  user: (email: string) => string,
): Promise<Built> {
  const police = as(clients, 'police@neighbor.test');
  const imported = await as(clients, 'coordinator@neighbor.test').request(
    'POST',
    '/api/directory/import',
    {
      files: {
        'organizations.csv': [
          {
            id: NEIGHBOR_PROVIDER,
            name: 'Neighbor Youth Network',
            description: 'Matrix provider.',
          },
        ],
        'services.csv': [NEIGHBOR_SHELTER, NEIGHBOR_MENTORING].map((id, i) => ({
          id,
          organization_id: NEIGHBOR_PROVIDER,
          name: i === 0 ? 'Neighbor Youth Shelter Beds' : 'Neighbor Youth Mentoring',
          description: 'Matrix service.',
          status: 'active',
        })),
        'lantern_services.csv': [
          {
            service_id: NEIGHBOR_SHELTER,
            needs: 'emergency_shelter',
            capacity_available: 3,
            capacity_maximum: 6,
          },
          { service_id: NEIGHBOR_MENTORING, needs: 'survivor_mentoring' },
        ],
        'lantern_organizations.csv': [
          { organization_id: NEIGHBOR_PROVIDER, lantern_organization_id: org('advocacy') },
        ],
      },
    },
  );
  assert.equal(imported.statusCode, 200, imported.body);
  assert.equal(imported.json<{ committed: boolean }>().committed, true, imported.body);

  const youthId = await created(police, '/api/youth', {
    givenName: 'Neighbor',
    familyName: 'Youth',
    estimatedBirthYear: 2011,
    createAnyway: true,
  });
  await created(police, `/api/youth/${youthId}/team`, {
    organizationId: org('advocacy'),
    role: 'advocate',
    userId: user('advocate@neighbor.test'),
  });
  const advocateId = user('advocate@neighbor.test');
  const records = {
    youthId,
    // Like Demo's: the advocate records a release to itself of what the sheriff holds.
    consentForRelease: await created(
      as(clients, 'advocate@neighbor.test'),
      `/api/youth/${youthId}/consents`,
      consentBody(org('advocacy'), ['case_notes'], advocateId),
    ),
    // To the advocacy organization's shelter, already on the team.
    ...(await caseRecords(clients, 'neighbor', youthId, {
      consentRecipient: org('law_enforcement'),
      advocacy: org('advocacy'),
      disclosureRecipient: org('law_enforcement'),
      explainer: advocateId,
      referral: { sender: 'police@neighbor.test', serviceId: NEIGHBOR_SHELTER },
      certifier: org('law_enforcement'),
    })),
  };
  return {
    ...(await shared(clients, 'neighbor', jurisdictionId, org('law_enforcement'))),
    ...records,
    organizationToChange: org('law_enforcement'),
    accountOrganization: org('oversight'),
    countyLead: org('county_lead'),
    agreementParties: [org('advocacy'), org('law_enforcement')],
    advocacy: org('advocacy'),
    consentRecipient: org('law_enforcement'),
    courtOrderRecipient: org('law_enforcement'),
    disclosureRecipient: org('law_enforcement'),
    teamRemoval: { organizationId: org('advocacy'), userId: advocateId, role: 'advocate' },
    explainerUserId: advocateId,
    userToChange: user('police@neighbor.test'),
    capacityServiceId: NEIGHBOR_SHELTER,
    referralServiceId: NEIGHBOR_SHELTER,
    importServiceId: NEIGHBOR_MENTORING,
  };
}

/** The team's organizations as the county coordinator sees them. */
export async function teamTypes(coordinator: Client, youthId: string): Promise<OrganizationType[]> {
  const record = await list<{ team: { organizationType: OrganizationType }[] }>(
    coordinator,
    `/api/youth/${youthId}`,
  );
  return [...new Set(record.team.map((m) => m.organizationType))].sort();
}

/**
 * The county's accounts whose email is that of an active point person of their own
 * organization: the approvers the table's FACTS name.
 */
export async function pointPersonAccounts(
  clients: Clients,
  county: County,
  jurisdictionId: string,
): Promise<string[]> {
  const accounts = await list<{ email: string; organizationId: string }[]>(
    as(clients, `admin@${county}.test`),
    '/api/users',
  );
  const roster = await list<{ organizationId: string; email: string | null; active: boolean }[]>(
    as(clients, `coordinator@${county}.test`),
    `/api/point-persons?jurisdictionId=${jurisdictionId}`,
  );
  return accounts
    .filter((a) =>
      roster.some((p) => p.active && p.email === a.email && p.organizationId === a.organizationId),
    )
    .map((a) => a.email)
    .sort();
}

/** Puts the team-removal target back, so that each removal the table allows can succeed. */
export async function restoreTeamMember(
  db: Database,
  county: Pick<CountyRecords, 'jurisdictionId' | 'youthId' | 'teamRemoval'>,
): Promise<void> {
  for (const userId of [null, county.teamRemoval.userId]) {
    await insertTeamMember(db, {
      jurisdictionId: county.jurisdictionId,
      youthId: county.youthId,
      organizationId: county.teamRemoval.organizationId,
      userId,
      role: county.teamRemoval.role,
      addedByUserId: null,
      now: new Date(`${TODAY}T10:00:00Z`),
    });
  }
}
