// Disclosing privileged notes: a recorded waiver by the youth (which notes or which period, to
// whom, until when) or a court order. Recorded and revoked by the authoring organization's
// qualified caseworkers; every step audited.
import {
  decidePrivilegedAuthor,
  disclosureInForce,
  type DisclosureKind,
} from '../../../domain/case-access.js';
import {
  findDisclosureCase,
  insertDisclosure,
  listDisclosures,
  revokeDisclosure,
  unsafeListPrivilegedNotes,
  type DisclosureRecord,
} from '../../../db/repositories/notes.js';
import { listOrganizations } from '../../../db/repositories/organizations.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { openCase } from './case-scope.js';
import { isQualifiedCaseworker, requirePrivilegedAuthor } from './privileged-notes.js';

export interface NewDisclosure {
  readonly kind: DisclosureKind;
  readonly recipientOrganizationIds: readonly string[];
  readonly noteIds?: readonly string[] | undefined;
  readonly periodFrom?: string | undefined;
  readonly periodTo?: string | undefined;
  readonly expiresOn: string;
  readonly signedOn: string;
  readonly court?: string | undefined;
  readonly orderDate?: string | undefined;
}

/** Recorded by a qualified caseworker of the organization whose notes are disclosed. */
export async function recordDisclosure(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: NewDisclosure,
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'note.write');
  const { actor, youth } = scope;
  await requirePrivilegedAuthor(app, request, scope, {
    action: 'privilege.disclose',
    targetType: 'youth',
    targetId: youthId,
  });
  const byNotes = input.noteIds !== undefined;
  const byPeriod = input.periodFrom !== undefined && input.periodTo !== undefined;
  if (byNotes === byPeriod) {
    throw badRequest(
      'disclosure_scope',
      'Name either the notes (noteIds) or a period (periodFrom and periodTo), not both.',
    );
  }
  if (byPeriod && (input.periodTo ?? '') < (input.periodFrom ?? '')) {
    throw badRequest('invalid_dates', 'The period must end on or after its first day.');
  }
  if (input.expiresOn < scope.time.today) {
    throw badRequest('already_expired', 'The disclosure would already have ended.');
  }
  if (input.signedOn > scope.time.today) {
    throw badRequest('signed_in_future', 'The signed date cannot be in the future.');
  }
  if (input.kind === 'court_order' && (!input.court || !input.orderDate)) {
    throw badRequest('court_order_incomplete', 'A court order needs the court and the order date.');
  }
  if (byNotes) {
    const own = new Set(
      (await unsafeListPrivilegedNotes(app.db, youthId))
        .filter((n) => n.authorOrganizationId === actor.organizationId)
        .map((n) => n.id),
    );
    if ((input.noteIds ?? []).length === 0 || (input.noteIds ?? []).some((id) => !own.has(id))) {
      throw badRequest(
        'unknown_note',
        'Every note must be a privileged note your organization wrote on this case.',
      );
    }
  }
  const known = new Set(
    (await listOrganizations(app.db, { jurisdictionId: youth.jurisdictionId })).map((o) => o.id),
  );
  const recipients = [...new Set(input.recipientOrganizationIds)];
  if (recipients.includes(actor.organizationId)) {
    throw badRequest(
      'self_grant',
      'Your own organization already holds these notes; name the recipients.',
    );
  }
  if (recipients.length === 0 || recipients.some((id) => !known.has(id))) {
    throw badRequest(
      'unknown_organization',
      'Every recipient must be an active organization of this youth’s jurisdiction.',
    );
  }
  return app.db.transaction(async (tx) => {
    const id = await insertDisclosure(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId,
      kind: input.kind,
      authorOrganizationId: actor.organizationId,
      recipientOrganizationIds: recipients,
      noteIds: input.noteIds ?? null,
      periodFrom: input.periodFrom ?? null,
      periodTo: input.periodTo ?? null,
      expiresOn: input.expiresOn,
      court: input.court ?? null,
      orderDate: input.orderDate ?? null,
      signedOn: input.signedOn,
      userId: actor.userId,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'privilege.disclose',
      outcome: 'allowed',
      targetType: 'privilege_disclosure',
      targetId: id,
      details: { kind: input.kind, recipients, notes: input.noteIds?.length ?? null },
    });
    return { id };
  });
}

/**
 * The disclosures the caller is concerned by: all of its own organization's (for a qualified
 * caseworker who may write privileged notes here), and those naming its organization.
 */
export async function listDisclosuresFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<(DisclosureRecord & { readonly current: boolean })[]> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const { actor } = scope;
  const qualified = await isQualifiedCaseworker(app.db, actor, scope.profile, scope.time.today);
  const author = decidePrivilegedAuthor(actor, scope.facts, qualified).allowed;
  const concerned = (await listDisclosures(app.db, youthId)).filter(
    (d) =>
      (author && d.authorOrganizationId === actor.organizationId) ||
      d.recipientOrganizationIds.includes(actor.organizationId),
  );
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    details: { view: 'privilege_disclosures', withheld: [] },
  });
  return concerned.map((d) => ({ ...d, current: disclosureInForce(d, scope.time) }));
}

/** Revoked by a qualified caseworker of the organization whose notes it disclosed. */
export async function revokeDisclosureFor(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<void> {
  const disclosure = await findDisclosureCase(app.db, id);
  if (!disclosure) throw notFound('The disclosure');
  const scope = await openCase(app, request, disclosure.youthId, 'note.write', 'The disclosure');
  await requirePrivilegedAuthor(app, request, scope, {
    action: 'privilege.disclosure_revoke',
    targetType: 'privilege_disclosure',
    targetId: id,
    authorOrganizationId: disclosure.authorOrganizationId,
  });
  await app.db.transaction(async (tx) => {
    if (!(await revokeDisclosure(tx, id, scope.time.now))) {
      throw conflict('already_revoked', 'This disclosure was already revoked.');
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'privilege.disclosure_revoke',
      outcome: 'allowed',
      targetType: 'privilege_disclosure',
      targetId: id,
      details: {},
    });
  });
}
