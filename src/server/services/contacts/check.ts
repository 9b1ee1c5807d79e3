// The name check at the counter (docs/CONFIDENTIALITY.md, "Verified contacts"): a court clerk or a
// team member types a case number and a name and hears one of three answers. Every check is
// audited with keyed hashes, never the name; a run of checks by one person is stopped and the
// county told, because probing names one after another is how an exploiter would find out who
// the team knows about.
import { findSealInForce } from '../../../db/repositories/case-seals.js';
import {
  contactAnswer,
  CONTACT_CATEGORY,
  CONTACT_RECORDER_ROLES,
  decideContactCheck,
  decideContactCheckThrottle,
  normalizeName,
  restrainedByOrders,
  type ContactAnswer,
  type ListedContact,
  type PointPersonToCall,
} from '../../../domain/verified-contacts.js';
import { localDate } from '../../../domain/legal-profile.js';
import { ROLES_BY_ORGANIZATION_TYPE } from '../../../domain/vocabulary.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { unsafeListProtectiveOrders } from '../../../db/repositories/protective-orders.js';
import { listTeam } from '../../../db/repositories/case-grants.js';
import { findUser } from '../../../db/repositories/users.js';
import {
  lockCheckHistory,
  saveCheckHistory,
  unsafeFindYouthIdByCaseNumber,
  unsafeListContacts,
} from '../../../db/repositories/verified-contacts.js';
import { unsafeFindYouth, type Youth } from '../../../db/repositories/youth.js';
import type { Queryable } from '../../../db/database.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { tooManyAttempts } from '../../errors.js';
import { keyedHash } from '../../security/keyed-hash.js';
import { requireActor } from '../authorize.js';
import { auditDenial, coordinatorContact, pointPersonOf, refusal } from '../cases/case-scope.js';
import { notifyCoordinators, notifyOrganization } from '../cases/notify.js';

/** Whom a clerk calls: the listing organization's point person, else the county coordinator. */
async function whomToCall(
  db: Queryable,
  organizationId: string,
  jurisdictionId: string,
): Promise<PointPersonToCall | null> {
  const person =
    (await pointPersonOf(db, organizationId)) ?? (await coordinatorContact(db, jurisdictionId));
  return person
    ? {
        name: person.name,
        function: person.function,
        phone: person.phone ?? person.afterHoursPhone,
      }
    : null;
}

/**
 * The case's listed people as the answer weighs them, and the people its protective orders
 * restrain (the domain keeps those in force); point persons only for do-not-release.
 */
async function listedOn(db: Queryable, youth: Youth, now: Date): Promise<ListedContact[]> {
  const listed: ListedContact[] = [];
  const contacts = await unsafeListContacts(db, youth.id);
  const orders = [];
  for (const order of await unsafeListProtectiveOrders(db, youth.id)) {
    const linked = contacts.find((c) => c.id === order.restrainedContactId);
    orders.push({
      issuedOn: order.issuedOn,
      expiresOn: order.expiresOn,
      // The order's names, and the listed person's as they stand now when it links one.
      names: [
        order.restrainedName,
        ...order.restrainedAliases,
        ...(linked ? [linked.name, ...linked.aliases] : []),
      ],
      pointPerson: await whomToCall(db, order.recordedByOrganizationId, youth.jurisdictionId),
    });
  }
  const { timeZone } = await findLegalProfile(db, youth.jurisdictionId);
  listed.push(...restrainedByOrders(orders, localDate(now, timeZone)));
  for (const contact of contacts) {
    const current = contact.history[contact.history.length - 1];
    if (!current) continue;
    listed.push({
      names: [contact.name, ...contact.aliases],
      status: current.status,
      pointPerson:
        current.status === 'do_not_release'
          ? await whomToCall(db, current.recordedByOrganizationId, youth.jurisdictionId)
          : null,
    });
  }
  return listed;
}

export async function checkContact(
  app: AppServices,
  request: RequestContext,
  input: { caseNumber: string; name: string },
): Promise<ContactAnswer> {
  const actor = requireActor(request);
  const now = app.clock.now();
  // Only the caller's own county is looked in: another county's number is an unknown one.
  const youthId = await unsafeFindYouthIdByCaseNumber(
    app.db,
    actor.jurisdictionId,
    input.caseNumber,
  );
  const youth = youthId ? await unsafeFindYouth(app.db, youthId) : null;
  const team = youth ? await listTeam(app.db, youth.id) : [];
  const decision = decideContactCheck(
    actor,
    youth
      ? {
          jurisdictionId: youth.jurisdictionId,
          team: team.map((m) => ({ organizationId: m.organizationId, userId: m.userId })),
          seal: await findSealInForce(app.db, youth.id),
        }
      : null,
  );
  const caseHash = youth ? null : keyedHash(app.masterKey, 'contact-check-case', input.caseNumber);
  const target = youth
    ? { targetType: 'youth', targetId: youth.id }
    : { targetType: 'case_number', targetId: caseHash ?? '' };
  if (decision.kind === 'refused') {
    await auditDenial(app, request, {
      action: 'contact.check',
      reason: decision.reason,
      ...target,
    });
    throw await refusal(app, actor.jurisdictionId, decision.reason);
  }
  const nameHash = keyedHash(app.masterKey, 'contact-check-name', normalizeName(input.name));
  const listed = decision.kind === 'answer' && youth ? await listedOn(app.db, youth, now) : [];
  const checker = await findUser(app.db, actor.userId);

  type Outcome = { answer: ContactAnswer } | { refusedUntil: Date };
  const outcome = await app.db.transaction(async (tx): Promise<Outcome> => {
    const context = auditContext(app, request);
    const history = await lockCheckHistory(tx, {
      userId: actor.userId,
      jurisdictionId: actor.jurisdictionId,
      now,
    });
    const throttle = decideContactCheckThrottle(history, now, app.config.contactCheck);
    if (!throttle.allowed) {
      await appendAuditEvent(tx, context, {
        action: 'contact_check',
        outcome: 'denied',
        reason: 'rate_limited',
        ...target,
        details: { answer: null, nameHash, caseHash },
      });
      if (throttle.alert) {
        await saveCheckHistory(tx, actor.userId, { ...history, alertedAt: now, now });
        await raiseBurst(app, tx, context, {
          jurisdictionId: actor.jurisdictionId,
          checker: checker
            ? { name: checker.displayName, organization: checker.organizationName }
            : null,
          youth,
          listingOrganizations: [
            ...new Set(
              (youth ? await unsafeListContacts(tx, youth.id) : []).map(
                (c) => c.recordedByOrganizationId,
              ),
            ),
          ],
          now,
        });
      }
      return { refusedUntil: throttle.retryAt };
    }
    await saveCheckHistory(tx, actor.userId, {
      recent: throttle.recent,
      alertedAt: history.alertedAt,
      now,
    });
    const answer: ContactAnswer =
      decision.kind === 'answer' ? contactAnswer(input.name, listed) : { answer: 'not_verified' };
    await appendAuditEvent(tx, context, {
      action: 'contact_check',
      outcome: 'allowed',
      ...target,
      ...(decision.kind === 'answer' ? { categories: [CONTACT_CATEGORY] } : {}),
      details: { answer: answer.answer, nameHash, caseHash },
    });
    return { answer };
  });

  if ('answer' in outcome) return outcome.answer;
  const seconds = Math.max(1, Math.ceil((outcome.refusedUntil.getTime() - now.getTime()) / 1000));
  const policy = app.config.contactCheck;
  throw tooManyAttempts(
    'too_many_checks',
    `Too many names checked: at most ${String(policy.maxChecks)} in ${String(policy.windowMs / 60_000)} minutes. The county coordinator has been told. Try again in ${String(Math.ceil(seconds / 60))} minutes, or call the youth's point person.`,
    seconds,
  );
}

/**
 * A run of checks was stopped: audited, the county coordinators told who and how many, and the
 * organizations that listed people on the case named told which case. Never a name checked.
 */
async function raiseBurst(
  app: AppServices,
  tx: Queryable,
  context: ReturnType<typeof auditContext>,
  input: {
    readonly jurisdictionId: string;
    readonly checker: { readonly name: string; readonly organization: string } | null;
    readonly youth: Youth | null;
    readonly listingOrganizations: readonly string[];
    readonly now: Date;
  },
): Promise<void> {
  const { maxChecks, windowMs } = app.config.contactCheck;
  const minutes = windowMs / 60_000;
  await appendAuditEvent(tx, context, {
    action: 'contact_check.burst',
    outcome: 'denied',
    reason: 'rate_limited',
    ...(input.youth ? { targetType: 'youth', targetId: input.youth.id } : {}),
    details: { checks: maxChecks, windowMinutes: minutes },
  });
  const who = input.checker
    ? `${input.checker.name} (${input.checker.organization})`
    : 'An account';
  const text = `Name checks stopped: ${who} checked ${String(maxChecks)} names within ${String(minutes)} minutes. Checking many names is how someone would probe the do-not-release lists; call them, and review the audit log.`;
  const burst = {
    checkedBy: input.checker?.name ?? '',
    organization: input.checker?.organization ?? '',
    checks: String(maxChecks),
    minutes: String(minutes),
  };
  await notifyCoordinators(tx, {
    jurisdictionId: input.jurisdictionId,
    content: { code: 'contact_check_burst', params: burst },
    youthId: null,
    text,
    now: input.now,
  });
  const youth = input.youth;
  if (!youth) return;
  for (const organizationId of input.listingOrganizations) {
    const organization = await findOrganization(tx, organizationId);
    if (!organization) continue;
    const roles = ROLES_BY_ORGANIZATION_TYPE[organization.type].filter((r) =>
      CONTACT_RECORDER_ROLES.includes(r),
    );
    await notifyOrganization(
      tx,
      organizationId,
      {
        jurisdictionId: youth.jurisdictionId,
        content: {
          code: 'contact_check_burst',
          params: { ...burst, caseNumber: youth.caseNumber },
        },
        youthId: youth.id,
        text: `${text} The last was on case ${youth.caseNumber}, where your organization lists people.`,
        now: input.now,
      },
      roles,
    );
  }
}
