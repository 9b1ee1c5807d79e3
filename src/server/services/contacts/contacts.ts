// People around a youth, as the team lists them: who is verified (and how), who is not, and who
// must never be handed the child. Placement data of the organization that listed them, read
// through the access module like a note (docs/CONFIDENTIALITY.md, "Verified contacts").
import type { AccessBasis } from '../../../domain/case-access.js';
import {
  CONTACT_CATEGORY,
  decideContactRecord,
  type ContactSource,
  type ContactStatus,
  type VerificationMethod,
} from '../../../domain/verified-contacts.js';
import {
  insertContact,
  insertContactStatus,
  unsafeFindContact,
  unsafeListContacts,
  updateContactAliases,
  type ContactStatusEntry,
  type StatusInput,
} from '../../../db/repositories/verified-contacts.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { auditDenial, openCase, refusal, type CaseScope } from '../cases/case-scope.js';

export interface ContactView {
  readonly id: string;
  readonly name: string;
  readonly aliases: string[];
  readonly relationship: string;
  readonly source: ContactSource;
  readonly status: ContactStatus;
  readonly method: VerificationMethod | null;
  /** Why a person is not to be released: the team's words, never in a check's answer. */
  readonly reason: string | null;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
  readonly createdAt: Date;
  readonly history: ContactStatusEntry[];
  readonly basis: AccessBasis;
  /** Whether the caller may change this person's status (their organization listed them). */
  readonly mayChange: boolean;
}

export interface ContactList {
  readonly contacts: ContactView[];
  /** Whether the caller may list a person on this case. */
  readonly mayRecord: boolean;
}

type StatusFields = StatusInput;

/** The recording rule, audited and turned into a 403 when it refuses. */
async function requireRecorder(
  app: AppServices,
  request: RequestContext,
  scope: CaseScope,
  action: string,
): Promise<void> {
  const decision = decideContactRecord(scope.actor, scope.facts);
  if (decision.allowed) return;
  await auditDenial(app, request, {
    action,
    reason: decision.reason,
    targetType: 'youth',
    targetId: scope.youth.id,
    categories: [CONTACT_CATEGORY],
  });
  throw await refusal(app, scope.actor.jurisdictionId, decision.reason);
}

export async function recordContact(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: StatusFields & { name: string; aliases: readonly string[]; relationship: string },
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'note.write');
  await requireRecorder(app, request, scope, 'contact.create');
  return app.db.transaction(async (tx) => {
    const id = await insertContact(tx, {
      jurisdictionId: scope.youth.jurisdictionId,
      youthId,
      name: input.name,
      aliases: input.aliases,
      relationship: input.relationship,
      userId: scope.actor.userId,
      organizationId: scope.actor.organizationId,
      now: scope.time.now,
    });
    await insertContactStatus(tx, {
      jurisdictionId: scope.youth.jurisdictionId,
      contactId: id,
      status: input.status,
      method: input.method,
      note: input.note,
      reason: input.reason,
      userId: scope.actor.userId,
      organizationId: scope.actor.organizationId,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'contact.create',
      outcome: 'allowed',
      targetType: 'verified_contact',
      targetId: id,
      categories: [CONTACT_CATEGORY],
      details: { status: input.status, aliases: input.aliases.length },
    });
    return { id };
  });
}

export async function listContactsFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<ContactList> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const mayRecord = decideContactRecord(scope.actor, scope.facts).allowed;
  const contacts: ContactView[] = [];
  const withheld: { category: string; reason: string }[] = [];
  for (const contact of await unsafeListContacts(app.db, youthId)) {
    const decision = scope.read(CONTACT_CATEGORY, contact.recordedByOrganizationId);
    if (!decision.allowed) {
      withheld.push({ category: CONTACT_CATEGORY, reason: decision.reason });
      continue;
    }
    const current = contact.history[contact.history.length - 1];
    if (!current) continue;
    contacts.push({
      id: contact.id,
      name: contact.name,
      aliases: [...contact.aliases],
      relationship: contact.relationship,
      source: contact.source,
      status: current.status,
      method: current.method,
      reason: current.reason,
      recordedByOrganizationId: contact.recordedByOrganizationId,
      recordedByOrganizationName: contact.recordedByOrganizationName,
      createdAt: contact.createdAt,
      history: [...contact.history].reverse(),
      basis: decision.basis,
      mayChange: mayRecord && contact.recordedByOrganizationId === scope.actor.organizationId,
    });
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: contacts.length > 0 ? [CONTACT_CATEGORY] : [],
    // One entry per holder withheld, never how many people it lists.
    details: { view: 'contacts', withheld: dedupe(withheld) },
  });
  return { contacts, mayRecord };
}

const dedupe = (items: { category: string; reason: string }[]) => [
  ...new Map(items.map((i) => [`${i.category}:${i.reason}`, i])).values(),
];

/**
 * A new status (the old ones stay as history) and, when given, the aliases as they now stand.
 * Only the organization that listed the person changes them; another team organization that
 * knows better lists the person itself, and a do-not-release from anyone wins at a check.
 */
export async function changeContact(
  app: AppServices,
  request: RequestContext,
  contactId: string,
  input: { status: StatusFields | null; aliases: readonly string[] | null },
): Promise<{ id: string }> {
  const contact = await unsafeFindContact(app.db, contactId);
  if (!contact) throw notFound('The contact');
  const scope = await openCase(app, request, contact.youthId, 'note.write', 'The contact');
  const read = scope.read(CONTACT_CATEGORY, contact.recordedByOrganizationId);
  if (!read.allowed) {
    // One the caller may not read answers like an unknown id: the list it is on is not theirs.
    await auditDenial(app, request, {
      action: 'contact.update',
      reason: read.reason,
      targetType: 'verified_contact',
      targetId: contact.id,
      categories: [CONTACT_CATEGORY],
    });
    throw notFound('The contact');
  }
  await requireRecorder(app, request, scope, 'contact.update');
  if (contact.recordedByOrganizationId !== scope.actor.organizationId) {
    await auditDenial(app, request, {
      action: 'contact.update',
      reason: 'not_the_holder',
      targetType: 'verified_contact',
      targetId: contact.id,
      categories: [CONTACT_CATEGORY],
    });
    throw forbidden(
      'not_the_holder',
      `Not allowed: only ${contact.recordedByOrganizationName}, which listed this person, changes their status. List the person yourself to record what you know; a do-not-release from any organization stops a release.`,
    );
  }
  return app.db.transaction(async (tx) => {
    if (input.aliases) await updateContactAliases(tx, contact.id, input.aliases);
    if (input.status) {
      await insertContactStatus(tx, {
        ...input.status,
        jurisdictionId: contact.jurisdictionId,
        contactId: contact.id,
        userId: scope.actor.userId,
        organizationId: scope.actor.organizationId,
        now: scope.time.now,
      });
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'contact.update',
      outcome: 'allowed',
      targetType: 'verified_contact',
      targetId: contact.id,
      categories: [CONTACT_CATEGORY],
      details: {
        status: input.status?.status ?? null,
        aliases: input.aliases ? input.aliases.length : null,
      },
    });
    return { id: contact.id };
  });
}
