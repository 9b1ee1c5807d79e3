// The demo county's protective response, set up so a newcomer sees it without doing so first
// (docs/SCREENING.md, docs/CONFIDENTIALITY.md "Verified contacts" and "Agreements across
// counties"): the county's re-screen schedule, two people around the youth of DEMO-0001 (a
// verified aunt, and a man posing as her cousin whom the team will not release her to), and one
// agreement between Harbor Light Advocates and Neighbor County Survivor Services. People and
// numbers are invented. Each is written as its service writes it, under the same rule and audit.
import { loadCaseFacts } from '../../../db/repositories/case-facts.js';
import type { Queryable } from '../../../db/database.js';
import { insertMou } from '../../../db/repositories/mous.js';
import {
  answerNeighborParty,
  insertNeighborParty,
} from '../../../db/repositories/mou-neighbor-parties.js';
import { saveScreeningSchedule } from '../../../db/repositories/screenings.js';
import {
  insertContact,
  insertContactStatus,
  unsafeFindYouthIdByCaseNumber,
  type StatusInput,
} from '../../../db/repositories/verified-contacts.js';
import type { Actor } from '../../../domain/actor.js';
import { CALIFORNIA_LEGAL_PROFILE, localDate } from '../../../domain/legal-profile.js';
import { screeningScheduleSchema } from '../../../domain/screening-schedule.js';
import { CONTACT_CATEGORY, decideContactRecord } from '../../../domain/verified-contacts.js';
import type { OrganizationType, Role } from '../../../domain/vocabulary.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import type { SeededJurisdiction } from './demo-county.js';

/** The title of the demo's agreement across counties. */
export const DEMO_NEIGHBOR_AGREEMENT =
  'Harbor Light Advocates and Neighbor County Survivor Services: youth served in both counties';

function seedRequest(
  seeded: SeededJurisdiction,
  email: string,
  organizationType: OrganizationType,
  role: Role,
): RequestContext & { actor: Actor } {
  const person = seeded.people.get(email);
  if (!person) throw new Error(`demo person ${email} is missing`);
  return {
    actor: {
      userId: person.userId,
      organizationId: person.organizationId,
      organizationType,
      jurisdictionId: seeded.jurisdictionId,
      roles: [role],
    },
    ip: null,
    userAgent: 'lantern-demo-seed',
  };
}

function agency(seeded: SeededJurisdiction, name: string): string {
  const id = seeded.agencies.get(name);
  if (!id) throw new Error(`demo organization ${name} is missing`);
  return id;
}

export async function seedProtectiveResponse(
  tx: Queryable,
  app: AppServices,
  demo: SeededJurisdiction,
  neighbor: SeededJurisdiction,
): Promise<void> {
  const coordinator = seedRequest(demo, 'coordinator@demo.test', 'county_lead', 'coordinator');
  await screeningSchedule(tx, app, demo, coordinator);
  await peopleAroundMaya(tx, app, demo);
  await neighborAgreement(tx, app, demo, neighbor, coordinator);
}

/**
 * Screen within 72 hours of a case's opening and every 90 days after, by the advocate on the
 * case. On return from missing the protocol's own rule gives the re-screen within 24 hours.
 * Saved after the demo's cases, so it gives them no task: it is there for the next case.
 */
async function screeningSchedule(
  tx: Queryable,
  app: AppServices,
  demo: SeededJurisdiction,
  coordinator: RequestContext & { actor: Actor },
) {
  const schedule = screeningScheduleSchema.parse({
    atCaseOpeningHours: 72,
    periodicDays: 90,
    assigneeOrganizationType: 'advocacy',
  });
  await saveScreeningSchedule(
    tx,
    demo.jurisdictionId,
    schedule,
    coordinator.actor.userId,
    app.clock.now(),
  );
  await appendAuditEvent(tx, auditContext(app, coordinator), {
    action: 'screening_schedule.save',
    outcome: 'allowed',
    targetType: 'screening_schedule',
    targetId: demo.jurisdictionId,
    details: { fields: ['atCaseOpeningHours', 'periodicDays', 'assigneeOrganizationType'] },
  });
}

/** Her advocate lists both, as the contacts service does: under the recording rule, audited. */
async function peopleAroundMaya(tx: Queryable, app: AppServices, demo: SeededJurisdiction) {
  const now = app.clock.now();
  const today = localDate(now, CALIFORNIA_LEGAL_PROFILE.timeZone);
  const caseNumber = `${today.slice(0, 4)}-DEMO-0001`;
  const youthId = await unsafeFindYouthIdByCaseNumber(tx, demo.jurisdictionId, caseNumber);
  if (!youthId) throw new Error(`demo case ${caseNumber} is missing`);
  const advocate = seedRequest(demo, 'advocate@demo.test', 'advocacy', 'advocate');
  const facts = await loadCaseFacts(tx, youthId, demo.jurisdictionId);
  const decision = decideContactRecord(advocate.actor, {
    jurisdictionId: demo.jurisdictionId,
    team: facts.team,
    seal: facts.seal,
  });
  if (!decision.allowed)
    throw new Error(`the demo advocate may not list people: ${decision.reason}`);
  const people: { name: string; aliases: string[]; relationship: string; status: StatusInput }[] = [
    {
      name: 'Elena Rivera',
      aliases: ['Tía Elena'],
      relationship: 'aunt (mother’s sister)',
      status: {
        status: 'verified',
        method: 'id_checked',
        note: 'Demo: photo ID seen at the office; Maya named her as safe.',
        reason: null,
      },
    },
    {
      name: 'Victor Salas',
      aliases: ['Vic'],
      relationship: 'says he is a cousin',
      status: {
        status: 'do_not_release',
        method: null,
        note: null,
        reason: 'Demo: suspected exploiter posing as family; not related to Maya.',
      },
    },
  ];
  for (const person of people) {
    const id = await insertContact(tx, {
      jurisdictionId: demo.jurisdictionId,
      youthId,
      name: person.name,
      aliases: person.aliases,
      relationship: person.relationship,
      userId: advocate.actor.userId,
      organizationId: advocate.actor.organizationId,
      now,
    });
    await insertContactStatus(tx, {
      ...person.status,
      jurisdictionId: demo.jurisdictionId,
      contactId: id,
      userId: advocate.actor.userId,
      organizationId: advocate.actor.organizationId,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, advocate), {
      action: 'contact.create',
      outcome: 'allowed',
      targetType: 'verified_contact',
      targetId: id,
      categories: [CONTACT_CATEGORY],
      details: { status: person.status.status, aliases: person.aliases.length },
    });
  }
}

/**
 * Demo County's agreement naming Harbor Light (with the county's CSEC office, which signs for
 * the county), proposed to Neighbor County Survivor Services and accepted by Neighbor County's
 * coordinator. It shares nothing of a case by itself: a consent or legal basis still names it.
 */
async function neighborAgreement(
  tx: Queryable,
  app: AppServices,
  demo: SeededJurisdiction,
  neighbor: SeededJurisdiction,
  coordinator: RequestContext & { actor: Actor },
) {
  const now = app.clock.now();
  const categories = ['identity', 'contact_location', 'needs_services', 'referrals'] as const;
  const organizationIds = [
    agency(demo, 'Harbor Light Advocates'),
    agency(demo, 'Demo County CSEC Steering Office'),
  ];
  const mouId = await insertMou(tx, demo.jurisdictionId, {
    title: DEMO_NEIGHBOR_AGREEMENT,
    purpose:
      'Advocacy for youth who need services in both counties: who she is, where to find her, her needs and referrals, with her consent (demo).',
    categories: [...categories],
    organizationIds,
    startsOn: '2026-01-01',
    endsOn: null,
  });
  await appendAuditEvent(tx, auditContext(app, coordinator), {
    action: 'mou.create',
    outcome: 'allowed',
    targetType: 'mou',
    targetId: mouId,
    categories: [...categories],
    details: { parties: organizationIds.length, categories: categories.length },
  });
  const survivorServices = agency(neighbor, 'Neighbor County Survivor Services');
  const mou = { id: mouId, jurisdictionId: demo.jurisdictionId };
  const organization = { id: survivorServices, jurisdictionId: neighbor.jurisdictionId };
  await insertNeighborParty(tx, { mou, organization, userId: coordinator.actor.userId, now });
  await appendAuditEvent(tx, auditContext(app, coordinator), {
    action: 'mou.neighbor_propose',
    outcome: 'allowed',
    targetType: 'mou',
    targetId: mouId,
    details: {
      organizationId: survivorServices,
      organizationJurisdictionId: neighbor.jurisdictionId,
    },
  });
  const answerer = seedRequest(neighbor, 'coordinator@neighbor.test', 'county_lead', 'coordinator');
  await answerNeighborParty(tx, {
    mouId,
    organizationId: survivorServices,
    status: 'accepted',
    userId: answerer.actor.userId,
    now,
  });
  await appendAuditEvent(tx, auditContext(app, answerer), {
    action: 'mou.neighbor_accept',
    outcome: 'allowed',
    targetType: 'mou',
    targetId: mouId,
    details: { organizationId: survivorServices, agreementJurisdictionId: demo.jurisdictionId },
  });
}
