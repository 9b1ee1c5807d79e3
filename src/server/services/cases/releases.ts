// A consent is the youth's release of a holder's data (docs/CONFIDENTIALITY.md). The recorder's
// own data flows at once; every other organization holding data on the case answers for its own
// here: accept (its data then flows to the recipients) or decline with a reason. A holder may
// also accept such releases in advance, on an agreement it is party to.
import {
  consentInForce,
  decideReleaseAnswer,
  decideStandingAcceptance,
  seesYouthData,
} from '../../../domain/case-access.js';
import { localDate } from '../../../domain/legal-profile.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import {
  findConsent,
  saveReleaseDecision,
  unsafeListReleasesForHolder,
  type ConsentRecord,
} from '../../../db/repositories/case-grants.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { findMou, saveStandingAcceptance, type Mou } from '../../../db/repositories/mous.js';
import { listOrganizations } from '../../../db/repositories/organizations.js';
import { isPointPersonOfOwnOrganization } from '../../../db/repositories/point-persons.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, forbidden, notFound } from '../../errors.js';
import { requireActor } from '../authorize.js';
import { auditDenial, openCase, refusal } from './case-scope.js';
import { notifyCalledOut, notifyCoordinators, notifyOrganization } from './notify.js';

export const RELEASE_STATUSES = ['pending', 'answered', 'all'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export interface ReleaseView {
  readonly consentId: string;
  readonly youthId: string;
  readonly caseNumber: string;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
  readonly recipients: { id: string; name: string }[];
  readonly categories: DataCategory[];
  readonly purpose: string;
  readonly signedAt: string;
  readonly expiresAt: string;
  readonly current: boolean;
  readonly answer: { accepted: boolean; reason: string | null; decidedAt: Date } | null;
}

/** The caller's organization's inbox: releases of its data that consents on its cases ask for. */
export async function listReleases(
  app: AppServices,
  request: RequestContext,
  status: ReleaseStatus,
): Promise<ReleaseView[]> {
  const actor = requireActor(request);
  if (!seesYouthData(actor)) {
    throw forbidden('role_without_youth_data', 'Your role does not answer releases.');
  }
  const [rows, profile, organizations] = await Promise.all([
    unsafeListReleasesForHolder(app.db, {
      jurisdictionId: actor.jurisdictionId,
      organizationId: actor.organizationId,
    }),
    findLegalProfile(app.db, actor.jurisdictionId),
    listOrganizations(app.db, { jurisdictionId: actor.jurisdictionId, includeInactive: true }),
  ]);
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  const now = app.clock.now();
  const time = { now, today: localDate(now, profile.timeZone) };
  const views = rows
    .filter(
      (r) =>
        decideReleaseAnswer(actor, r.consent, {
          jurisdictionId: r.consent.jurisdictionId,
          // The inbox's query leaves sealed cases out (notSealed), so no row here is sealed.
          seal: null,
          team: [{ organizationId: actor.organizationId, userId: null }],
        }).allowed,
    )
    .map((r): ReleaseView => ({
      consentId: r.consent.id,
      youthId: r.youthId,
      caseNumber: r.caseNumber,
      recordedByOrganizationId: r.consent.recordedByOrganizationId,
      recordedByOrganizationName: names.get(r.consent.recordedByOrganizationId) ?? '',
      recipients: r.consent.recipientOrganizationIds.map((id) => ({
        id,
        name: names.get(id) ?? '',
      })),
      categories: [...r.consent.categories],
      purpose: r.consent.purpose,
      signedAt: r.consent.signedOn,
      expiresAt: r.consent.expiresOn,
      current: consentInForce(r.consent, time),
      answer: r.answer,
    }))
    .filter((v) =>
      status === 'all'
        ? true
        : status === 'pending'
          ? v.answer === null && v.current
          : v.answer !== null,
    );
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'release.list',
    outcome: 'allowed',
    targetType: 'organization',
    targetId: actor.organizationId,
    details: { results: views.length, pending: views.filter((v) => v.answer === null).length },
  });
  return views;
}

/** The holder's answer. Accepting lets its data of the consent's categories go to the recipients. */
export async function answerRelease(
  app: AppServices,
  request: RequestContext,
  consentId: string,
  answer: { readonly accept: boolean; readonly reason: string | null },
): Promise<{ consentId: string; accepted: boolean }> {
  const consent = await findConsent(app.db, consentId);
  if (!consent) throw notFound('The consent');
  const scope = await openCase(app, request, consent.youthId, 'case.view', 'The consent');
  const { actor, youth } = scope;
  const decision = decideReleaseAnswer(actor, consent, scope.facts);
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: answer.accept ? 'release.accept' : 'release.decline',
      reason: decision.reason,
      targetType: 'consent',
      targetId: consentId,
    });
    throw await refusal(app, actor.jurisdictionId, decision.reason);
  }
  if (consent.revokedAt !== null) {
    throw conflict('consent_revoked', 'The youth revoked this consent; nothing is released.');
  }
  if (!consentInForce(consent, scope.time)) {
    throw conflict('consent_not_in_force', 'This consent is not in force; nothing is released.');
  }
  if (consent.recipientOrganizationIds.every((id) => id === actor.organizationId)) {
    throw conflict(
      'nothing_to_release',
      'This consent names only your organization; you already hold your own data.',
    );
  }
  if (!answer.accept && !answer.reason) {
    throw badRequest('reason_required', 'Say why you decline, so the recorder can tell the youth.');
  }
  await app.db.transaction(async (tx) => {
    await saveReleaseDecision(tx, {
      consentId,
      jurisdictionId: youth.jurisdictionId,
      holderOrganizationId: actor.organizationId,
      accepted: answer.accept,
      reason: answer.accept ? null : answer.reason,
      userId: actor.userId,
      now: scope.time.now,
    });
    const organizations = await listOrganizations(tx, { jurisdictionId: youth.jurisdictionId });
    const holderName = organizations.find((o) => o.id === actor.organizationId)?.name ?? '';
    const text = answer.accept
      ? `${holderName} accepted the release on case ${youth.caseNumber}: its ${describe(consent.categories)} now go to the organizations the youth named.`
      : `${holderName} declined the release on case ${youth.caseNumber}; its data does not go to the organizations named. Ask them why.`;
    const told = new Set([consent.recordedByOrganizationId, ...consent.recipientOrganizationIds]);
    told.delete(actor.organizationId);
    for (const organizationId of told) {
      await notifyOrganization(tx, organizationId, {
        jurisdictionId: youth.jurisdictionId,
        content: {
          code: answer.accept ? 'release.accept' : 'release.decline',
          params: {
            caseNumber: youth.caseNumber,
            holder: holderName,
            categories: consent.categories,
          },
        },
        youthId: youth.id,
        text,
        now: scope.time.now,
      });
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: answer.accept ? 'release.accept' : 'release.decline',
      outcome: 'allowed',
      targetType: 'consent',
      targetId: consentId,
      categories: consent.categories,
      details: { holderOrganizationId: actor.organizationId },
    });
  });
  return { consentId, accepted: answer.accept };
}

const describe = (categories: readonly DataCategory[]) =>
  categories.join(', ').replaceAll('_', ' ');

/**
 * Tells every organization on the team that holds data and is not the recorder that a consent
 * asks it to release its data; called in the consent's own transaction.
 */
export async function askHolders(
  tx: Parameters<typeof notifyOrganization>[0],
  input: {
    readonly consent: Pick<ConsentRecord, 'recordedByOrganizationId' | 'recipientOrganizationIds'>;
    readonly categories: readonly DataCategory[];
    readonly teamOrganizationIds: readonly string[];
    readonly youth: { id: string; jurisdictionId: string; caseNumber: string };
    readonly now: Date;
  },
): Promise<void> {
  const holders = new Set(input.teamOrganizationIds);
  holders.delete(input.consent.recordedByOrganizationId);
  const organizations = await listOrganizations(tx, { jurisdictionId: input.youth.jurisdictionId });
  const nameOf = (id: string) => organizations.find((o) => o.id === id)?.name ?? '';
  for (const holder of holders) {
    if (input.consent.recipientOrganizationIds.every((id) => id === holder)) continue;
    await notifyCalledOut(tx, holder, {
      content: {
        code: 'release.request',
        params: {
          caseNumber: input.youth.caseNumber,
          recordedBy: nameOf(input.consent.recordedByOrganizationId),
          recipients: input.consent.recipientOrganizationIds
            .filter((id) => id !== holder)
            .map(nameOf),
          categories: input.categories,
        },
      },
      jurisdictionId: input.youth.jurisdictionId,
      youthId: input.youth.id,
      text: `A consent on case ${input.youth.caseNumber} asks your organization to release its ${describe(input.categories)}. Accept or decline it under Releases.`,
      now: input.now,
    });
  }
}

/**
 * A holder's acceptance in advance, on an agreement it is party to, of releases of its data of
 * these categories to these partners. Empty categories clear it.
 */
export async function setStandingAcceptance(
  app: AppServices,
  request: RequestContext,
  mouId: string,
  input: {
    readonly recipientOrganizationIds: readonly string[];
    readonly categories: readonly DataCategory[];
  },
): Promise<Mou> {
  const actor = requireActor(request);
  const mou = await findMou(app.db, mouId);
  if (!mou || mou.jurisdictionId !== actor.jurisdictionId) throw notFound('The agreement');
  const decision = decideStandingAcceptance(
    actor,
    mou,
    await isPointPersonOfOwnOrganization(app.db, actor.userId),
  );
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: 'mou.standing_acceptance',
      reason: decision.reason,
      targetType: 'mou',
      targetId: mouId,
    });
    throw await refusal(app, actor.jurisdictionId, decision.reason);
  }
  const recipients = [...new Set(input.recipientOrganizationIds)];
  const categories = [...new Set(input.categories)];
  if (recipients.some((id) => id === actor.organizationId || !mou.organizationIds.includes(id))) {
    throw badRequest(
      'not_a_party',
      'Name only the other parties to this agreement as recipients of your data.',
    );
  }
  const outside = categories.filter((c) => !mou.categories.includes(c));
  if (outside.length > 0) {
    throw badRequest(
      'category_not_in_agreement',
      `The agreement does not cover ${describe(outside)}.`,
    );
  }
  const now = app.clock.now();
  await app.db.transaction(async (tx) => {
    await saveStandingAcceptance(tx, {
      mou,
      holderOrganizationId: actor.organizationId,
      recipientOrganizationIds: recipients,
      categories,
      userId: actor.userId,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'mou.standing_acceptance',
      outcome: 'allowed',
      targetType: 'mou',
      targetId: mouId,
      categories,
      details: { holderOrganizationId: actor.organizationId, recipients: recipients.length },
    });
    const organizations = await listOrganizations(tx, { jurisdictionId: actor.jurisdictionId });
    const holderName = organizations.find((o) => o.id === actor.organizationId)?.name ?? '';
    await notifyCoordinators(tx, {
      jurisdictionId: actor.jurisdictionId,
      content: {
        code: 'mou.standing_acceptance',
        params: {
          holder: holderName,
          agreement: mou.title,
          categories: recipients.length === 0 ? [] : categories,
          partners: String(recipients.length),
        },
      },
      youthId: null,
      text:
        categories.length === 0 || recipients.length === 0
          ? `${holderName} withdrew its standing acceptance on the agreement “${mou.title}”.`
          : `${holderName} now accepts in advance releases of its ${describe(categories)} to ${String(recipients.length)} partner(s) on the agreement “${mou.title}”.`,
      now,
    });
  });
  return (await findMou(app.db, mouId)) as Mou;
}
