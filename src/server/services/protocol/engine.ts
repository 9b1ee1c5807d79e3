// Firing the county protocol for one recorded event, inside the transaction that records it:
// every rule that fires does all its actions with the event, or none of it happens
// (docs/PROTOCOL.md). A firing is recorded once per event and rule version; the unique key makes
// a second impossible, so a retried request or a restarted process never doubles a task.
import type { Queryable } from '../../../db/database.js';
import { unsafeListCaseEvents, type CaseEvent } from '../../../db/repositories/case-events.js';
import { insertTeamMember, listTeam } from '../../../db/repositories/case-grants.js';
import { scheduleJob } from '../../../db/repositories/jobs.js';
import { findJurisdiction } from '../../../db/repositories/jurisdictions.js';
import { countyLeadOrganizations } from '../../../db/repositories/notifications.js';
import { listOrganizations, type Organization } from '../../../db/repositories/organizations.js';
import {
  findProtocolSettings,
  insertFiring,
  listCurrentRules,
  listHolidays,
  setFiringOutcomes,
  serviceForAutomaticReferral,
  type FiringOutcome,
  type StoredRule,
} from '../../../db/repositories/protocol.js';
import { insertEscalation, insertTask } from '../../../db/repositories/tasks.js';
import type { Youth } from '../../../db/repositories/youth.js';
import type { Actor } from '../../../domain/actor.js';
import { caseRoleFor } from '../../../domain/case-team.js';
import type { EventDetails, EventType } from '../../../domain/case-events.js';
import { crossCountyNoticeText, crossCountyPacket } from '../../../domain/cross-county.js';
import { localDate, type LegalProfile } from '../../../domain/legal-profile.js';
import type { NotificationContent } from '../../../domain/notifications.js';
import { inCustody } from '../../../domain/missing-youth.js';
import { byHandReferralTitle } from '../../../domain/pack-words.js';
import { packNoticeOf } from '../../../domain/protocol-pack.js';
import {
  dueAt,
  escalationTimes,
  rulesThatFire,
  type Action,
  type Assignee,
  type CountyCalendar,
  type ProtocolCaseFacts,
  type ProtocolSettings,
  type TriggeringEvent,
} from '../../../domain/protocol.js';
import type { OrganizationType } from '../../../domain/vocabulary.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { notifyCalledOut, notifyCoordinators } from '../cases/notify.js';
import { coordinatorContact, describeContact, pointPersonOf } from '../cases/case-scope.js';
import { createReferral } from '../referrals/referrals.js';
import { withinTransaction } from '../within-transaction.js';
import {
  describeInstant,
  emailPointPersons,
  pointPersonsOf,
  pointPersonsWithFunction,
  reachRecipient,
} from './recipients.js';

export interface FiredRule {
  readonly ruleId: string;
  readonly ruleKey: string;
  readonly ruleVersion: number;
  readonly ruleName: string;
  readonly outcomes: readonly FiringOutcome[];
}

export interface RecordedEvent {
  readonly id: string;
  readonly type: EventType;
  readonly occurredAt: Date;
  readonly details: EventDetails;
  readonly recordedByOrganizationId: string;
}

/** The facts conditions test, as they stand with the event recorded (it is among `events`). */
export function protocolFacts(
  youth: Youth,
  events: readonly (Pick<CaseEvent, 'type' | 'occurredAt' | 'details'> & {
    readonly recordedAt?: Date;
  })[],
  teamTypes: readonly OrganizationType[],
): ProtocolCaseFacts {
  return {
    jurisdictionId: youth.jurisdictionId,
    teamOrganizationTypes: teamTypes,
    inCustody: inCustody(events),
    identifiedByLawEnforcement: events.some(
      (e) =>
        e.type === 'identification' &&
        (e.details as { byOrganizationType?: string }).byOrganizationType === 'law_enforcement',
    ),
  };
}

/** What the engine needs to know of the county, loaded once per event. */
export interface CountyProtocol {
  readonly rules: readonly StoredRule[];
  readonly settings: ProtocolSettings;
  readonly calendar: CountyCalendar;
  readonly organizations: readonly Organization[];
}

export async function loadCountyProtocol(
  tx: Queryable,
  jurisdictionId: string,
  profile: LegalProfile,
): Promise<CountyProtocol> {
  // One after another: a transaction's connection runs one statement at a time.
  const rules = await listCurrentRules(tx, jurisdictionId);
  const settings = await findProtocolSettings(tx, jurisdictionId);
  const holidays = await listHolidays(tx, jurisdictionId);
  const organizations = await listOrganizations(tx, { jurisdictionId });
  return {
    rules,
    settings,
    calendar: { timeZone: profile.timeZone, holidays: holidays.map((h) => h.day) },
    organizations,
  };
}

/**
 * The organization of a type the protocol calls: the one already on the case team, else the
 * county's partner for that type (advocacy), else the county's first active one of that type.
 */
export function organizationOfType(
  type: OrganizationType,
  county: CountyProtocol,
  teamOrganizationIds: readonly string[],
): Organization | null {
  const active = county.organizations.filter((o) => o.active && o.type === type);
  const onTeam = active.find((o) => teamOrganizationIds.includes(o.id));
  if (onTeam) return onTeam;
  const partnerId = type === 'advocacy' ? county.settings.advocacyPartnerOrganizationId : null;
  return active.find((o) => o.id === partnerId) ?? active[0] ?? null;
}

async function assigneeOrganization(
  tx: Queryable,
  assignee: Assignee,
  context: { county: CountyProtocol; team: readonly string[]; event: RecordedEvent; youth: Youth },
): Promise<Organization | null> {
  const byId = (id: string) => context.county.organizations.find((o) => o.id === id) ?? null;
  switch (assignee.kind) {
    case 'organization_type':
      return organizationOfType(assignee.organizationType, context.county, context.team);
    case 'recorder':
      return byId(context.event.recordedByOrganizationId);
    case 'coordinator': {
      const [lead] = await countyLeadOrganizations(tx, context.youth.jurisdictionId);
      return lead ? byId(lead) : null;
    }
    case 'point_person': {
      const [person] = await pointPersonsWithFunction(
        tx,
        context.youth.jurisdictionId,
        assignee.function,
      );
      return person ? byId(person.organizationId) : null;
    }
  }
}

/**
 * Fires the county's rules for an event just recorded in `tx`, as the person who recorded it.
 * Returns what fired, in rule order, and whether the recorder must be shown the legal statement.
 */
export async function fireProtocol(
  tx: Queryable,
  app: AppServices,
  request: RequestContext,
  input: {
    readonly actor: Actor;
    readonly youth: Youth;
    readonly event: RecordedEvent;
    readonly profile: LegalProfile;
    readonly now: Date;
  },
): Promise<{ fired: FiredRule[]; statement: boolean; given: GivenTask[] }> {
  const { youth, event, now } = input;
  const county = await loadCountyProtocol(tx, youth.jurisdictionId, input.profile);
  const team = await listTeam(tx, youth.id);
  const teamIds = [...new Set(team.map((m) => m.organizationId))];
  const events = await unsafeListCaseEvents(tx, youth.id);
  const facts = protocolFacts(
    youth,
    events,
    team.map((m) => m.organizationType as OrganizationType),
  );
  const triggering: TriggeringEvent = {
    type: event.type,
    occurredAt: event.occurredAt,
    details: event.details,
  };
  const firing = rulesThatFire(county.rules, triggering, facts, county.settings);
  const fired: FiredRule[] = [];
  const given: GivenTask[] = [];
  let statement = false;
  // Whom a task's assignee calls: the recording organization's point person, looked up once.
  let call: Promise<{ id: string } | null> | null = null;
  const callPerson = () => (call ??= pointPersonOf(tx, event.recordedByOrganizationId));
  for (const rule of firing) {
    const firingId = await insertFiring(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      eventId: event.id,
      rule,
      now,
    });
    if (firingId === null) continue;
    const outcomes: FiringOutcome[] = [];
    for (const [index, action] of rule.actions.entries()) {
      if (action.kind === 'statement') {
        statement = true;
        outcomes.push({ action: 'statement', result: 'shown' });
        continue;
      }
      outcomes.push(
        await act(tx, app, request, {
          action,
          index,
          rule,
          firingId,
          county,
          team: teamIds,
          youth,
          event,
          now,
          given,
          callPerson,
        }),
      );
    }
    await setFiringOutcomes(tx, firingId, outcomes);
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'protocol.fire',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youth.id,
      details: {
        ruleKey: rule.key,
        ruleVersion: rule.version,
        eventId: event.id,
        actions: outcomes.map((o) => `${o.action}:${o.result}`),
      },
    });
    fired.push({
      ruleId: rule.id,
      ruleKey: rule.key,
      ruleVersion: rule.version,
      ruleName: rule.name,
      outcomes,
    });
  }
  return { fired, statement, given };
}

/** A task the protocol gave, as the recorder may know of it: what, to whom, by when. */
export interface GivenTask {
  readonly title: string;
  readonly assigneeOrganizationName: string;
  readonly dueAt: Date;
}

interface ActionContext {
  readonly action: Exclude<Action, { kind: 'statement' }>;
  readonly index: number;
  readonly rule: StoredRule;
  readonly firingId: string;
  readonly county: CountyProtocol;
  /** Organizations on the team; grows as the rule adds one. */
  team: string[];
  readonly youth: Youth;
  readonly event: RecordedEvent;
  readonly now: Date;
  /** The tasks given so far, for the recorder's answer. */
  readonly given: GivenTask[];
  readonly callPerson: () => Promise<{ id: string } | null>;
}

async function act(
  tx: Queryable,
  app: AppServices,
  request: RequestContext,
  context: ActionContext,
): Promise<FiringOutcome> {
  const { action, youth, event, now } = context;
  switch (action.kind) {
    case 'task':
      return makeTask(tx, app, context, action);
    case 'notify': {
      const details = event.details as {
        hearingJurisdictionId?: string;
        toJurisdictionId?: string;
      };
      const other =
        action.to.kind === 'point_person' && action.to.jurisdiction === 'hearing'
          ? (details.hearingJurisdictionId ?? null)
          : action.to.kind === 'point_person' && action.to.jurisdiction === 'transfer'
            ? (details.toJurisdictionId ?? null)
            : null;
      const sending = await findJurisdiction(tx, youth.jurisdictionId);
      const contact = await countyCoordinatorLine(tx, youth.jurisdictionId);
      const crossCounty = other !== null && other !== youth.jurisdictionId;
      // Another county hears the minimal packet only (src/domain/cross-county.ts).
      const packet = crossCountyPacket({
        type: event.type,
        details: event.details,
        occurredOn: localDate(event.occurredAt, context.county.calendar.timeZone),
        caseNumber: youth.caseNumber,
        message: action.message,
        fromCounty: sending?.name ?? 'another county',
        call: contact,
      });
      const text = crossCounty
        ? crossCountyNoticeText(packet)
        : `${action.message} (case ${youth.caseNumber})`;
      // Another county's notice words the packet alone; ours, the rule's message and the case.
      // A missing youth's notice opens the alert packet on the screens.
      // The pack's own words travel as its rule's key too, so each screen words them.
      const packNotice = packNoticeOf(action.message);
      const content: NotificationContent = {
        code: event.type === 'missing' ? 'protocol.missing_notice' : 'protocol.notice',
        params: {
          ...(crossCounty
            ? {
                caseNumber: packet.caseNumber,
                what: packet.what,
                when: packet.when,
                fromCounty: packet.fromCounty,
                ...(packet.call ? { call: packet.call } : {}),
              }
            : { caseNumber: youth.caseNumber, what: action.message }),
          ...(packNotice ? { packNotice } : {}),
        },
      };
      const told = await reachRecipient(tx, app, {
        recipient: action.to,
        jurisdictionId: youth.jurisdictionId,
        youthId: youth.id,
        caseNumber: youth.caseNumber,
        otherJurisdictionId: other,
        content,
        text,
        now,
        email: { what: action.message, dueAt: null, timeZone: context.county.calendar.timeZone },
      });
      return told.length > 0
        ? { action: 'notify', result: 'sent', ...(told[0] ? { organizationId: told[0] } : {}) }
        : { action: 'notify', result: 'no_recipient' };
    }
    case 'add_to_team': {
      const organization = organizationOfType(
        action.organizationType,
        context.county,
        context.team,
      );
      if (!organization) return { action: 'add_to_team', result: 'no_organization' };
      if (context.team.includes(organization.id)) {
        return {
          action: 'add_to_team',
          result: 'already_on_team',
          organizationId: organization.id,
        };
      }
      const role = caseRoleFor(organization.type);
      await insertTeamMember(tx, {
        jurisdictionId: youth.jurisdictionId,
        youthId: youth.id,
        organizationId: organization.id,
        userId: null,
        role,
        addedByUserId: null,
        now,
      });
      context.team.push(organization.id);
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'team.add',
        outcome: 'allowed',
        targetType: 'youth',
        targetId: youth.id,
        details: { organizationId: organization.id, userId: null, role, byRule: context.rule.key },
      });
      const content = {
        code: 'team.add',
        params: {
          caseNumber: youth.caseNumber,
          organization: organization.name,
          teamRole: role,
          byRule: context.rule.name,
        },
      } as const;
      if (organization.type !== 'county_lead') {
        await notifyCalledOut(tx, organization.id, {
          content,
          jurisdictionId: youth.jurisdictionId,
          youthId: youth.id,
          text: `The county protocol put your organization on case ${youth.caseNumber} (${context.rule.name}).`,
          now,
        });
      }
      await notifyCoordinators(tx, {
        jurisdictionId: youth.jurisdictionId,
        content,
        youthId: youth.id,
        text: `${organization.name} joined case ${youth.caseNumber} by the county protocol (${context.rule.name}).`,
        now,
      });
      return { action: 'add_to_team', result: 'added', organizationId: organization.id };
    }
    case 'referral':
      return automaticReferral(tx, app, request, context, action);
  }
}

async function makeTask(
  tx: Queryable,
  app: AppServices,
  context: ActionContext,
  action: Extract<Action, { kind: 'task' }>,
): Promise<FiringOutcome> {
  const { youth, event, now, county } = context;
  let assignee = await assigneeOrganization(tx, action.assignee, context);
  let result = 'created';
  if (!assignee) {
    // Nobody of that kind in the county: the coordinator gets the task rather than nobody.
    const [lead] = await countyLeadOrganizations(tx, youth.jurisdictionId);
    assignee = county.organizations.find((o) => o.id === lead) ?? null;
    result = 'created_for_coordinator';
  }
  if (!assignee) return { action: 'task', result: 'no_assignee' };
  const due = dueAt(action.due, event, county.calendar);
  const call = await context.callPerson();
  const where = 'where' in event.details ? (event.details.where ?? null) : null;
  const taskId = await insertTask(tx, {
    jurisdictionId: youth.jurisdictionId,
    youthId: youth.id,
    eventId: event.id,
    firingId: context.firingId,
    actionIndex: context.index,
    kind: action.taskKind,
    planType: action.planType ?? null,
    title: action.title,
    reason: context.rule.name,
    assigneeOrganizationId: assignee.id,
    where,
    callPointPersonId: call?.id ?? null,
    dueAt: due,
    now,
  });
  await scheduleJob(tx, {
    jurisdictionId: youth.jurisdictionId,
    kind: 'task.due',
    targetId: taskId,
    runAt: due,
  });
  context.given.push({ title: action.title, assigneeOrganizationName: assignee.name, dueAt: due });
  const times = escalationTimes(due, action.escalations, county.calendar);
  for (const [step, escalation] of action.escalations.entries()) {
    const at = times[step] ?? due;
    await insertEscalation(tx, {
      jurisdictionId: youth.jurisdictionId,
      taskId,
      step,
      dueAt: at,
      recipient: escalation.to,
    });
    await scheduleJob(tx, {
      jurisdictionId: youth.jurisdictionId,
      kind: 'task.escalate',
      targetId: taskId,
      step,
      runAt: at,
    });
  }
  const people = app.config.mail ? await pointPersonsOf(tx, assignee.id) : [];
  await emailPointPersons(tx, app, people, {
    what: action.title,
    dueAt: due,
    timeZone: county.calendar.timeZone,
    jurisdictionId: youth.jurisdictionId,
    now,
  });
  await notifyCalledOut(tx, assignee.id, {
    content: {
      code: 'task.assigned',
      params: { caseNumber: youth.caseNumber, task: action.title, dueAt: due.toISOString() },
    },
    jurisdictionId: youth.jurisdictionId,
    youthId: youth.id,
    text: `New task: ${action.title} (case ${youth.caseNumber}), due ${describeInstant(due, county.calendar.timeZone)}.`,
    now,
  });
  return { action: 'task', result, taskId, organizationId: assignee.id };
}

/**
 * An automatic referral through the same path a person uses (the same hard rules, and only what
 * consent allows travels with it), sent by the recorder's organization. When no service can take
 * it, the coordinator is given a task to make it by hand, so nothing is dropped.
 */
async function automaticReferral(
  tx: Queryable,
  app: AppServices,
  request: RequestContext,
  context: ActionContext,
  action: Extract<Action, { kind: 'referral' }>,
): Promise<FiringOutcome> {
  const { youth, now } = context;
  const serviceId = await serviceForAutomaticReferral(tx, {
    jurisdictionId: youth.jurisdictionId,
    organizationType: action.receiverOrganizationType,
    need: action.need ?? null,
  });
  let problem = 'no_service';
  if (serviceId) {
    try {
      const referral = await createReferral(
        withinTransaction(app, tx),
        request,
        {
          youthId: youth.id,
          serviceId,
          needs: action.need ? [action.need] : [],
          note: `Made by the county protocol: ${context.rule.name}.`,
          send: true,
        },
        { automatic: true },
      );
      return { action: 'referral', result: 'sent', referralId: referral.id };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problem = error.code;
    }
  }
  const [lead] = await countyLeadOrganizations(tx, youth.jurisdictionId);
  if (!lead) return { action: 'referral', result: `not_possible:${problem}` };
  // A referral by hand is the coordinator's task for the next day, on a clock like any other.
  const due = new Date(now.getTime() + BY_HAND_HOURS * 3_600_000);
  const title = byHandReferralTitle(action.receiverOrganizationType, problem);
  const taskId = await insertTask(tx, {
    jurisdictionId: youth.jurisdictionId,
    youthId: youth.id,
    eventId: context.event.id,
    firingId: context.firingId,
    actionIndex: context.index,
    kind: 'action',
    planType: null,
    title,
    reason: context.rule.name,
    assigneeOrganizationId: lead,
    where: null,
    callPointPersonId: null,
    dueAt: due,
    now,
  });
  await scheduleJob(tx, {
    jurisdictionId: youth.jurisdictionId,
    kind: 'task.due',
    targetId: taskId,
    runAt: due,
  });
  const leadName = context.county.organizations.find((o) => o.id === lead)?.name ?? '';
  context.given.push({ title, assigneeOrganizationName: leadName, dueAt: due });
  await notifyCalledOut(tx, lead, {
    content: {
      code: 'task.assigned',
      params: { caseNumber: youth.caseNumber, task: title, dueAt: due.toISOString() },
    },
    jurisdictionId: youth.jurisdictionId,
    youthId: youth.id,
    text: `New task: ${title} (case ${youth.caseNumber}), due ${describeInstant(due, context.county.calendar.timeZone)}.`,
    now,
  });
  return { action: 'referral', result: `not_possible:${problem}`, taskId, organizationId: lead };
}

/** How long the coordinator has to make by hand a referral the protocol could not make. */
const BY_HAND_HOURS = 24;

async function countyCoordinatorLine(tx: Queryable, jurisdictionId: string) {
  const contact = await coordinatorContact(tx, jurisdictionId);
  return contact ? describeContact(contact) : null;
}
