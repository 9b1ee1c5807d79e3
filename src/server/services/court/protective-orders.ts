// Protective orders on a case (docs/LEGAL-AND-MDT.md, "Protective orders and hearings"): `legal`
// data of the recording organization, read through the access module like a note. Recording one
// gives the recorder the renewal task, due 14 days before the order ends; while it is in force its
// restrained person is "do not release" at the name check (src/server/services/contacts/check.ts).
import type { AccessBasis } from '../../../domain/case-access.js';
import { localDate } from '../../../domain/legal-profile.js';
import { startOfLocalDay } from '../../../domain/local-time.js';
import {
  decideProtectiveOrderRecord,
  expiryReminderDay,
  orderDatesProblem,
  orderInForce,
  PROTECTIVE_ORDER_CATEGORY,
  type ProtectiveOrderType,
} from '../../../domain/protective-orders.js';
import { CONTACT_CATEGORY } from '../../../domain/verified-contacts.js';
import { scheduleJob } from '../../../db/repositories/jobs.js';
import {
  insertProtectiveOrder,
  setReminderTask,
  unsafeListProtectiveOrders,
} from '../../../db/repositories/protective-orders.js';
import { insertTask } from '../../../db/repositories/tasks.js';
import { unsafeFindContact } from '../../../db/repositories/verified-contacts.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { auditDenial, openCase, pointPersonOf, refusal } from '../cases/case-scope.js';
import { notifyCalledOut } from '../cases/notify.js';

export interface ProtectiveOrderInput {
  readonly type: ProtectiveOrderType;
  readonly court: string;
  readonly issuedOn: string;
  readonly expiresOn: string;
  /** A person the team listed around this youth, or a name (and aliases) typed here. */
  readonly restrainedContactId: string | null;
  readonly restrainedName: string | null;
  readonly restrainedAliases: readonly string[];
}

export interface ProtectiveOrderView {
  readonly id: string;
  readonly type: ProtectiveOrderType;
  readonly court: string;
  readonly issuedOn: string;
  readonly expiresOn: string;
  readonly inForce: boolean;
  readonly restrainedName: string;
  readonly restrainedAliases: string[];
  readonly restrainedContactId: string | null;
  readonly recordedByName: string;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
  readonly createdAt: Date;
  readonly basis: AccessBasis;
}

/** What the renewal task says: what to do, never whom the order restrains. */
const REMINDER_TITLE = 'A protective order ends in 14 days: renew it or plan for her safety';
const REMINDER_REASON = 'A protective order your organization recorded';

export async function recordProtectiveOrder(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: ProtectiveOrderInput,
): Promise<{ id: string; reminderTaskId: string }> {
  const scope = await openCase(app, request, youthId, 'note.write');
  const { actor, youth } = scope;
  const decision = decideProtectiveOrderRecord(actor, scope.facts);
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: 'protective_order.create',
      reason: decision.reason,
      targetType: 'youth',
      targetId: youth.id,
      categories: [PROTECTIVE_ORDER_CATEGORY],
    });
    throw await refusal(app, actor.jurisdictionId, decision.reason);
  }
  const datesProblem = orderDatesProblem(input);
  if (datesProblem) throw badRequest('expires_before_issued', datesProblem);

  // A linked person must be one listed on this youth's case that the recorder may read; any other
  // id (another youth's, another county's, unknown) is refused alike, so an id tells nothing.
  let names = { name: input.restrainedName ?? '', aliases: [...input.restrainedAliases] };
  if (input.restrainedContactId) {
    const contact = await unsafeFindContact(app.db, input.restrainedContactId);
    const readable =
      contact !== null &&
      contact.youthId === youth.id &&
      scope.read(CONTACT_CATEGORY, contact.recordedByOrganizationId).allowed;
    if (!contact || !readable) {
      throw badRequest(
        'restrained_person_not_on_case',
        'The restrained person must be one listed among the people around this youth; name them instead.',
      );
    }
    names = { name: contact.name, aliases: [...contact.aliases] };
  }

  const now = scope.time.now;
  const today = localDate(now, scope.profile.timeZone);
  const reminderDue = startOfLocalDay(
    expiryReminderDay(input.expiresOn, today),
    scope.profile.timeZone,
  );
  const dueAt = reminderDue.getTime() < now.getTime() ? now : reminderDue;
  return app.db.transaction(async (tx) => {
    const id = await insertProtectiveOrder(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      type: input.type,
      court: input.court,
      issuedOn: input.issuedOn,
      expiresOn: input.expiresOn,
      restrainedName: names.name,
      restrainedAliases: names.aliases,
      restrainedContactId: input.restrainedContactId,
      userId: actor.userId,
      organizationId: actor.organizationId,
      now,
    });
    const call = await pointPersonOf(tx, actor.organizationId);
    const reminderTaskId = await insertTask(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      eventId: null,
      firingId: null,
      actionIndex: null,
      kind: 'action',
      planType: null,
      title: REMINDER_TITLE,
      reason: REMINDER_REASON,
      assigneeOrganizationId: actor.organizationId,
      where: null,
      callPointPersonId: call?.id ?? null,
      dueAt,
      now,
    });
    await setReminderTask(tx, id, reminderTaskId);
    await scheduleJob(tx, {
      jurisdictionId: youth.jurisdictionId,
      kind: 'task.due',
      targetId: reminderTaskId,
      runAt: dueAt,
    });
    await notifyCalledOut(tx, actor.organizationId, {
      content: {
        code: 'task.assigned',
        params: { caseNumber: youth.caseNumber, dueAt: dueAt.toISOString() },
      },
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      text: `New task: a protective order on case ${youth.caseNumber} ends in 14 days.`,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'protective_order.create',
      outcome: 'allowed',
      targetType: 'protective_order',
      targetId: id,
      categories: [PROTECTIVE_ORDER_CATEGORY],
      details: {
        type: input.type,
        linkedContact: input.restrainedContactId !== null,
        reminderTaskId,
      },
    });
    return { id, reminderTaskId };
  });
}

export async function listProtectiveOrdersFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<{ orders: ProtectiveOrderView[]; mayRecord: boolean }> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const today = localDate(scope.time.now, scope.profile.timeZone);
  const orders: ProtectiveOrderView[] = [];
  const withheld = new Map<string, { category: string; reason: string }>();
  for (const order of await unsafeListProtectiveOrders(app.db, youthId)) {
    const decision = scope.read(PROTECTIVE_ORDER_CATEGORY, order.recordedByOrganizationId);
    if (!decision.allowed) {
      withheld.set(decision.reason, {
        category: PROTECTIVE_ORDER_CATEGORY,
        reason: decision.reason,
      });
      continue;
    }
    orders.push({
      id: order.id,
      type: order.type,
      court: order.court,
      issuedOn: order.issuedOn,
      expiresOn: order.expiresOn,
      inForce: orderInForce(order, today),
      restrainedName: order.restrainedName,
      restrainedAliases: [...order.restrainedAliases],
      restrainedContactId: order.restrainedContactId,
      recordedByName: order.recordedByName,
      recordedByOrganizationId: order.recordedByOrganizationId,
      recordedByOrganizationName: order.recordedByOrganizationName,
      createdAt: order.createdAt,
      basis: decision.basis,
    });
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: orders.length > 0 ? [PROTECTIVE_ORDER_CATEGORY] : [],
    details: { view: 'protective_orders', withheld: [...withheld.values()] },
  });
  return { orders, mayRecord: decideProtectiveOrderRecord(scope.actor, scope.facts).allowed };
}
