// Organizations of neighboring counties on an agreement (docs/CONFIDENTIALITY.md, Agreements
// across counties): the agreement's coordinator proposes one, the other county's coordinator
// accepts or declines; until it answers, the proposing coordinator may withdraw the proposal. The
// rule is src/domain/neighbor-parties.ts; this records and tells.
import type { Actor } from '../../../domain/actor.js';
import {
  decideNeighborParty,
  type NeighborPartyAction,
  type NeighborPartyDecision,
} from '../../../domain/neighbor-parties.js';
import { findOrganization, type Organization } from '../../../db/repositories/organizations.js';
import { findJurisdiction } from '../../../db/repositories/jurisdictions.js';
import { findMou, type Mou } from '../../../db/repositories/mous.js';
import {
  answerNeighborParty,
  findNeighborPartyStatus,
  insertNeighborParty,
  neighborJurisdictionsOf,
  withdrawNeighborParty,
} from '../../../db/repositories/mou-neighbor-parties.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import type { AppError } from '../../errors.js';
import { badRequest, conflict, forbidden, notFound } from '../../errors.js';
import { notifyCoordinators } from '../cases/notify.js';
import { auditDenial, requireActor } from '../authorize.js';
import { viewMou, type MouView } from './mous.js';

type Refusal = Extract<NeighborPartyDecision, { allowed: false }>['refusal'];

const ANSWERS: Readonly<Record<Refusal, (reason: string) => AppError>> = {
  hidden: () => notFound('The agreement'),
  not_proposed: () => notFound('The proposal'),
  forbidden: (reason) => forbidden('forbidden', `Not allowed: ${reason}.`),
  unknown_organization: () =>
    badRequest('unknown_organization', 'Name an active organization of another county.'),
  own_county_organization: () =>
    badRequest(
      'own_county_organization',
      'This organization is of the agreement’s own county: add it as an ordinary party.',
    ),
  already_proposed: () =>
    conflict('already_proposed', 'This organization is already proposed or a party.'),
  declined: () =>
    conflict(
      'neighbor_party_declined',
      'The organization’s county declined it on this agreement; it is not proposed again.',
    ),
  already_answered: () => conflict('already_answered', 'This proposal was already answered.'),
};

interface Loaded {
  readonly actor: Actor;
  readonly mou: Mou;
  readonly organization: Organization | null;
}

/** Loads the facts, decides, and turns a refusal into an audited answer. */
async function decide(
  app: AppServices,
  request: RequestContext,
  action: NeighborPartyAction,
  mouId: string,
  organizationId: string,
): Promise<Loaded> {
  const actor = requireActor(request);
  const mou = await findMou(app.db, mouId);
  if (!mou) throw notFound('The agreement');
  const found = await findOrganization(app.db, organizationId);
  const organization = found?.active ? found : null;
  const decision = decideNeighborParty(actor, action, {
    agreementJurisdictionId: mou.jurisdictionId,
    neighborJurisdictionIds: await neighborJurisdictionsOf(app.db, mou.id),
    organization,
    status: organization ? await findNeighborPartyStatus(app.db, mou.id, organization.id) : null,
  });
  if (!decision.allowed) {
    await auditDenial(app, request, decision.reason, {
      action: `mou.neighbor_${action}`,
      targetType: 'mou',
      targetId: mouId,
    });
    throw ANSWERS[decision.refusal](decision.reason);
  }
  return { actor, mou, organization };
}

/** The agreement's county's coordinator names an organization of another county. */
export async function proposeNeighborParty(
  app: AppServices,
  request: RequestContext,
  mouId: string,
  organizationId: string,
): Promise<MouView> {
  const { actor, mou, organization } = await decide(app, request, 'propose', mouId, organizationId);
  if (!organization) throw ANSWERS.unknown_organization('');
  const now = app.clock.now();
  return app.db.transaction(async (tx) => {
    const inserted = await insertNeighborParty(tx, {
      mou,
      organization,
      userId: actor.userId,
      now,
    });
    if (!inserted) throw ANSWERS.already_proposed('');
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'mou.neighbor_propose',
      outcome: 'allowed',
      targetType: 'mou',
      targetId: mou.id,
      details: {
        organizationId: organization.id,
        organizationJurisdictionId: organization.jurisdictionId,
      },
    });
    await notifyCoordinators(tx, {
      jurisdictionId: organization.jurisdictionId,
      content: {
        code: 'mou.neighbor_proposed',
        params: {
          fromCounty: mou.jurisdictionName,
          organization: organization.name,
          agreement: mou.title,
        },
      },
      youthId: null,
      text: `${mou.jurisdictionName} proposes ${organization.name} as a party to its agreement “${mou.title}”. Accept or decline it on the Agreements page.`,
      now,
    });
    return viewMou(app, (await findMou(tx, mou.id)) as Mou, actor);
  });
}

/** The proposed organization's county's coordinator accepts or declines. */
export async function answerNeighborProposal(
  app: AppServices,
  request: RequestContext,
  mouId: string,
  organizationId: string,
  answer: 'accepted' | 'declined',
): Promise<MouView> {
  const { actor, mou, organization } = await decide(app, request, 'answer', mouId, organizationId);
  if (!organization) throw ANSWERS.not_proposed('');
  const county = await findJurisdiction(app.db, organization.jurisdictionId);
  const now = app.clock.now();
  return app.db.transaction(async (tx) => {
    const answered = await answerNeighborParty(tx, {
      mouId: mou.id,
      organizationId: organization.id,
      status: answer,
      userId: actor.userId,
      now,
    });
    if (!answered) throw ANSWERS.already_answered('');
    await appendAuditEvent(tx, auditContext(app, request), {
      action: answer === 'accepted' ? 'mou.neighbor_accept' : 'mou.neighbor_decline',
      outcome: 'allowed',
      targetType: 'mou',
      targetId: mou.id,
      details: { organizationId: organization.id, agreementJurisdictionId: mou.jurisdictionId },
    });
    await notifyCoordinators(tx, {
      jurisdictionId: mou.jurisdictionId,
      content: {
        code: 'mou.neighbor_answered',
        params: {
          organization: organization.name,
          county: county?.name ?? '',
          agreement: mou.title,
          answer,
        },
      },
      youthId: null,
      text: `${organization.name} (${county?.name ?? ''}) ${answer === 'accepted' ? 'accepted' : 'declined'} being a party to the agreement “${mou.title}”.`,
      now,
    });
    return viewMou(app, (await findMou(tx, mou.id)) as Mou, actor);
  });
}

/**
 * The agreement's county's coordinator takes back a proposal the other county has not answered:
 * the proposal is gone (it may be made again), and that county's coordinators, who were asked to
 * answer it, are told there is nothing to answer.
 */
export async function withdrawNeighborProposal(
  app: AppServices,
  request: RequestContext,
  mouId: string,
  organizationId: string,
): Promise<MouView> {
  const { actor, mou, organization } = await decide(
    app,
    request,
    'withdraw',
    mouId,
    organizationId,
  );
  if (!organization) throw ANSWERS.not_proposed('');
  const now = app.clock.now();
  return app.db.transaction(async (tx) => {
    const withdrawn = await withdrawNeighborParty(tx, {
      mouId: mou.id,
      organizationId: organization.id,
    });
    if (!withdrawn) throw ANSWERS.already_answered('');
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'mou.neighbor_withdraw',
      outcome: 'allowed',
      targetType: 'mou',
      targetId: mou.id,
      details: {
        organizationId: organization.id,
        organizationJurisdictionId: organization.jurisdictionId,
      },
    });
    await notifyCoordinators(tx, {
      jurisdictionId: organization.jurisdictionId,
      content: {
        code: 'mou.neighbor_withdrawn',
        params: {
          fromCounty: mou.jurisdictionName,
          organization: organization.name,
          agreement: mou.title,
        },
      },
      youthId: null,
      text: `${mou.jurisdictionName} withdrew its proposal of ${organization.name} as a party to its agreement “${mou.title}”. There is nothing to answer.`,
      now,
    });
    return viewMou(app, (await findMou(tx, mou.id)) as Mou, actor);
  });
}
