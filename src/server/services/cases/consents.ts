// Releases of information and the other legal bases that open categories of a case.
import {
  decideGrant,
  decideLegalBasisEnd,
  dutyFor,
  type LegalBasisKind,
} from '../../../domain/case-access.js';
import {
  CONSENT_PROBLEM_MESSAGES,
  consentProblems,
  type ConsentGiver,
} from '../../../domain/consent.js';
import { daysBetween } from '../../../domain/legal-profile.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import {
  endLegalBasis as endStoredLegalBasis,
  findConsent,
  findLegalBasisCase,
  insertConsent,
  insertLegalBasis,
  revokeConsent as revokeStoredConsent,
} from '../../../db/repositories/case-grants.js';
import { findOrganization, listOrganizations } from '../../../db/repositories/organizations.js';
import { findUser } from '../../../db/repositories/users.js';
import { listPeople } from '../../../db/repositories/youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { auditDenial, openCase, refusal, type CaseScope } from './case-scope.js';
import { notifyCoordinators, notifyOrganization } from './notify.js';
import { askHolders } from './releases.js';

/** Every recipient must be an active organization; which county it is in, the module weighs. */
async function findRecipients(
  app: AppServices,
  ids: readonly string[],
): Promise<{ organizationId: string; jurisdictionId: string }[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    throw badRequest(
      'no_recipients',
      'Name at least one organization that may receive the information.',
    );
  }
  // Only the named organizations are looked up, not every county's list.
  const found = await Promise.all(unique.map((id) => findOrganization(app.db, id)));
  return found.map((organization) => {
    if (!organization?.active) {
      throw badRequest('unknown_organization', 'Every recipient must be an active organization.');
    }
    return { organizationId: organization.id, jurisdictionId: organization.jurisdictionId };
  });
}

/** The one rule for creating a basis of access, audited and explained when it refuses. */
async function requireGrant(
  app: AppServices,
  request: RequestContext,
  scope: CaseScope,
  grant: Parameters<typeof decideGrant>[1],
): Promise<void> {
  const decision = decideGrant(scope.actor, grant, scope.facts, scope.profile.duties);
  if (decision.allowed) return;
  await auditDenial(app, request, {
    action: grant.kind === 'consent' ? 'consent.record' : 'legalBasis.record',
    reason: decision.reason,
    targetType: 'youth',
    targetId: scope.youth.id,
  });
  throw await refusal(app, scope.actor.jurisdictionId, decision.reason);
}

export interface NewConsent {
  readonly recipientOrganizationIds: readonly string[];
  readonly categories: readonly DataCategory[];
  readonly purpose: string;
  readonly givenBy: ConsentGiver;
  readonly explainedBy: { userId: string; method: string; language: string };
  readonly signedAt: string;
  readonly expiresAt: string;
}

export async function recordConsent(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: NewConsent,
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'consent.record');
  const { youth, actor } = scope;
  const found = await findRecipients(app, input.recipientOrganizationIds);
  const categories = [...new Set(input.categories)];
  await requireGrant(app, request, scope, { kind: 'consent', recipients: found, categories });
  const recipients = found.map((r) => r.organizationId);
  const explainer = await findUser(app.db, input.explainedBy.userId);
  if (!explainer || explainer.jurisdictionId !== youth.jurisdictionId) {
    throw badRequest(
      'unknown_user',
      'explainedBy.userId must be a person of this youth’s jurisdiction.',
    );
  }
  const problems = consentProblems(
    {
      recipientOrganizationIds: recipients,
      categories,
      givenBy: input.givenBy,
      signedOn: input.signedAt,
      expiresOn: input.expiresAt,
    },
    { today: scope.time.today, profile: scope.profile, people: await listPeople(app.db, youthId) },
  );
  const [problem] = problems;
  if (problem)
    throw badRequest(problem, problems.map((p) => CONSENT_PROBLEM_MESSAGES[p]).join(' '));
  return app.db.transaction(async (tx) => {
    const id = await insertConsent(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId,
      recipientOrganizationIds: recipients,
      categories,
      purpose: input.purpose,
      givenByKind: input.givenBy.kind,
      givenByPersonId: input.givenBy.kind === 'guardian' ? input.givenBy.personId : null,
      explainedByUserId: explainer.id,
      explanationMethod: input.explainedBy.method,
      explanationLanguage: input.explainedBy.language,
      signedOn: input.signedAt,
      expiresOn: input.expiresAt,
      userId: actor.userId,
      organizationId: actor.organizationId,
      now: scope.time.now,
    });
    const names = (await listOrganizations(tx, { jurisdictionId: youth.jurisdictionId }))
      .filter((o) => recipients.includes(o.id))
      .map((o) => o.name);
    await notifyCoordinators(tx, {
      jurisdictionId: youth.jurisdictionId,
      content: {
        code: 'consent.record',
        params: {
          caseNumber: youth.caseNumber,
          recipients: names,
          categories,
          expiresOn: input.expiresAt,
        },
      },
      youthId,
      text: `A consent on case ${youth.caseNumber} releases ${categories.join(', ').replaceAll('_', ' ')} to ${names.join(', ')} until ${input.expiresAt}: the recorder's data at once, other holders' once they accept.`,
      now: scope.time.now,
    });
    await askHolders(tx, {
      consent: {
        recordedByOrganizationId: actor.organizationId,
        recipientOrganizationIds: recipients,
      },
      categories,
      teamOrganizationIds: [...new Set(scope.team.map((m) => m.organizationId))],
      youth,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'consent.record',
      outcome: 'allowed',
      targetType: 'consent',
      targetId: id,
      categories,
      details: {
        recipients,
        givenBy: input.givenBy.kind,
        days: daysBetween(input.signedAt, input.expiresAt),
      },
    });
    return { id };
  });
}

/** Revocation takes effect at once: the next read already weighs it. */
export async function revokeConsent(
  app: AppServices,
  request: RequestContext,
  consentId: string,
  reason: string | null,
): Promise<void> {
  const consent = await findConsent(app.db, consentId);
  if (!consent) throw notFound('The consent');
  const scope = await openCase(app, request, consent.youthId, 'consent.record', 'The consent');
  await app.db.transaction(async (tx) => {
    const revoked = await revokeStoredConsent(tx, {
      id: consentId,
      userId: scope.actor.userId,
      reason,
      now: scope.time.now,
    });
    if (!revoked) throw conflict('already_revoked', 'This consent was already revoked.');
    // The recorder, and every holder that let its data go under it, hear of it at once.
    const told = new Set([
      consent.recordedByOrganizationId,
      ...consent.releases.filter((r) => r.accepted).map((r) => r.holderOrganizationId),
    ]);
    told.delete(scope.actor.organizationId);
    for (const organizationId of told) {
      await notifyOrganization(tx, organizationId, {
        jurisdictionId: scope.youth.jurisdictionId,
        content: { code: 'consent.revoke', params: { caseNumber: scope.youth.caseNumber } },
        youthId: scope.youth.id,
        text: `The youth revoked a consent on case ${scope.youth.caseNumber}; what it released no longer flows.`,
        now: scope.time.now,
      });
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'consent.revoke',
      outcome: 'allowed',
      targetType: 'consent',
      targetId: consentId,
      categories: consent.categories,
      details: {},
    });
  });
}

export interface NewLegalBasis {
  readonly kind: LegalBasisKind;
  readonly recipientOrganizationIds: readonly string[];
  readonly categories: readonly DataCategory[];
  readonly description: string;
  readonly court?: string | null | undefined;
  readonly orderDate?: string | null | undefined;
  readonly citation?: string | null | undefined;
  readonly effectiveOn: string;
  readonly expiresOn?: string | null | undefined;
  readonly dutyCode?: string | null | undefined;
}

export async function recordLegalBasis(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: NewLegalBasis,
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'legalBasis.record');
  const { youth, actor } = scope;
  const found = await findRecipients(app, input.recipientOrganizationIds);
  const recipients = found.map((r) => r.organizationId);
  const categories = [...new Set(input.categories)];
  const basis = {
    kind: input.kind,
    recipientOrganizationIds: recipients,
    categories,
    dutyCode: input.dutyCode ?? null,
  };
  await requireGrant(app, request, scope, { ...basis, recipients: found });
  const duty =
    input.kind === 'court_order'
      ? null
      : dutyFor(scope.profile.duties, basis, actor.organizationType);
  if (categories.length === 0)
    throw badRequest('no_categories', 'Name at least one kind of information.');
  const expiresOn = input.expiresOn ?? null;
  if (input.kind === 'court_order' && (!input.court || !input.orderDate || !expiresOn)) {
    throw badRequest(
      'court_order_incomplete',
      'A court order needs the court, the order date and when it ends.',
    );
  }
  if (expiresOn !== null && expiresOn < input.effectiveOn) {
    throw badRequest('invalid_dates', 'The end date must not be before the effective date.');
  }
  return app.db.transaction(async (tx) => {
    const id = await insertLegalBasis(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId,
      kind: input.kind,
      recipientOrganizationIds: recipients,
      categories,
      description: input.description,
      court: input.court ?? null,
      orderDate: input.orderDate ?? null,
      citation: input.citation ?? null,
      effectiveOn: input.effectiveOn,
      expiresOn,
      dutyCode: duty?.code ?? null,
      userId: actor.userId,
      organizationId: actor.organizationId,
      now: scope.time.now,
    });
    const names = (await listOrganizations(tx, { jurisdictionId: youth.jurisdictionId }))
      .filter((o) => recipients.includes(o.id))
      .map((o) => o.name);
    await notifyCoordinators(tx, {
      jurisdictionId: youth.jurisdictionId,
      content: {
        code: 'legal_basis.record',
        params: {
          caseNumber: youth.caseNumber,
          recipients: names,
          categories,
          ...(duty ? { duty: duty.name, citation: duty.citation } : {}),
        },
      },
      youthId,
      text: duty
        ? `Under “${duty.name}” (${duty.citation}), case ${youth.caseNumber}: the recorder now shares its own ${categories.join(', ').replaceAll('_', ' ')} with ${names.join(', ')}.`
        : `A court order on case ${youth.caseNumber} now lets ${names.join(', ')} see ${categories.join(', ').replaceAll('_', ' ')}.`,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'legal_basis.record',
      outcome: 'allowed',
      targetType: 'legal_basis',
      targetId: id,
      categories,
      details: { kind: input.kind, recipients, duty: duty?.code ?? null },
    });
    return { id };
  });
}

/** Ends a legal basis at once: an order vacated or a duty discharged. */
export async function endLegalBasis(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<void> {
  const basis = await findLegalBasisCase(app.db, id);
  if (!basis) throw notFound('The legal basis');
  const scope = await openCase(app, request, basis.youthId, 'legalBasis.record', 'The legal basis');
  const decision = decideLegalBasisEnd(scope.actor, basis, scope.facts);
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: 'legalBasis.end',
      reason: decision.reason,
      targetType: 'legal_basis',
      targetId: id,
    });
    throw await refusal(app, scope.actor.jurisdictionId, decision.reason);
  }
  await app.db.transaction(async (tx) => {
    if (!(await endStoredLegalBasis(tx, { id, userId: scope.actor.userId, now: scope.time.now }))) {
      throw conflict('already_ended', 'This legal basis has already ended.');
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'legal_basis.end',
      outcome: 'allowed',
      targetType: 'legal_basis',
      targetId: id,
      categories: basis.categories,
      details: {},
    });
  });
}
