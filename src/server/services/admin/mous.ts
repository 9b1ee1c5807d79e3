import type { Actor } from '../../../domain/actor.js';
import { agreementInForce } from '../../../domain/agreements.js';
import { decideNeighborParty, decideNeighborProposer } from '../../../domain/neighbor-parties.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import { listOrganizations } from '../../../db/repositories/organizations.js';
import {
  findMou,
  insertMou,
  listMousSeenBy,
  updateMou,
  type Mou,
  type MouFields,
  type NeighborParty,
} from '../../../db/repositories/mous.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import { authorizeAdmin } from '../authorize.js';

export type MouView = Omit<Mou, 'neighborParties'> & {
  readonly current: boolean;
  /** The caller may propose organizations of other counties (docs/CONFIDENTIALITY.md). */
  readonly mayProposeNeighbor: boolean;
  readonly neighborParties: (NeighborParty & {
    readonly mayAnswer: boolean;
    readonly mayWithdraw: boolean;
  })[];
};

/** The agreement with what the caller may do about its parties of other counties. */
export function viewMou(app: AppServices, mou: Mou, actor: Actor | null): MouView {
  const facts = {
    agreementJurisdictionId: mou.jurisdictionId,
    neighborJurisdictionIds: mou.neighborParties
      .filter((p) => p.status !== 'declined')
      .map((p) => p.jurisdictionId),
  };
  return {
    ...mou,
    current: agreementInForce(mou, app.clock.now().toISOString().slice(0, 10)),
    mayProposeNeighbor: actor !== null && decideNeighborProposer(actor, facts).allowed,
    neighborParties: mou.neighborParties.map((party) => {
      const may = (action: 'answer' | 'withdraw') =>
        actor !== null &&
        decideNeighborParty(actor, action, {
          ...facts,
          organization: { jurisdictionId: party.jurisdictionId },
          status: party.status,
        }).allowed;
      return { ...party, mayAnswer: may('answer'), mayWithdraw: may('withdraw') };
    }),
  };
}

export async function listMousFor(app: AppServices, request: RequestContext): Promise<MouView[]> {
  const actor = await authorizeAdmin(app, request, 'mou.read', {
    jurisdictionId: request.actor?.jurisdictionId ?? '',
    type: 'mou',
  });
  // Its own agreements, and other counties' that one of its organizations is proposed to or part of.
  return (await listMousSeenBy(app.db, actor.jurisdictionId)).map((m) => viewMou(app, m, actor));
}

/** Every party must be an organization of the agreement's jurisdiction. */
async function checkParties(
  app: AppServices,
  jurisdictionId: string,
  organizationIds: readonly string[],
) {
  const own = new Set(
    (await listOrganizations(app.db, { jurisdictionId, includeInactive: true })).map((o) => o.id),
  );
  const parties = new Set(organizationIds);
  if (parties.size < 2)
    throw badRequest('too_few_parties', 'An agreement needs at least two different organizations.');
  if ([...parties].some((id) => !own.has(id))) {
    throw badRequest(
      'unknown_organization',
      'Every party must be an organization of your jurisdiction.',
    );
  }
  return [...parties];
}

export async function createMou(
  app: AppServices,
  request: RequestContext,
  input: Omit<MouFields, 'endsOn'> & { endsOn?: string | null | undefined },
): Promise<MouView> {
  const actor = await authorizeAdmin(app, request, 'mou.manage', {
    jurisdictionId: request.actor?.jurisdictionId ?? '',
    type: 'mou',
  });
  const organizationIds = await checkParties(app, actor.jurisdictionId, input.organizationIds);
  const categories = [...new Set<DataCategory>(input.categories)];
  return app.db.transaction(async (tx) => {
    const id = await insertMou(tx, actor.jurisdictionId, {
      ...input,
      categories,
      organizationIds,
      endsOn: input.endsOn ?? null,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'mou.create',
      outcome: 'allowed',
      targetType: 'mou',
      targetId: id,
      categories,
      details: { parties: organizationIds.length, categories: categories.length },
    });
    return viewMou(app, (await findMou(tx, id)) as Mou, request.actor);
  });
}

export async function changeMou(
  app: AppServices,
  request: RequestContext,
  id: string,
  changes: { [K in keyof MouFields]?: MouFields[K] | undefined },
): Promise<MouView> {
  const existing = await findMou(app.db, id);
  if (!existing) throw notFound('The agreement');
  await authorizeAdmin(app, request, 'mou.manage', {
    jurisdictionId: existing.jurisdictionId,
    type: 'mou',
    id,
  });
  const startsOn = changes.startsOn ?? existing.startsOn;
  const endsOn = changes.endsOn === undefined ? existing.endsOn : changes.endsOn;
  if (endsOn !== null && endsOn < startsOn) {
    throw badRequest('invalid_dates', 'The end date must not be before the start date.');
  }
  const organizationIds = changes.organizationIds
    ? await checkParties(app, existing.jurisdictionId, changes.organizationIds)
    : undefined;
  const categories = changes.categories ? [...new Set(changes.categories)] : undefined;
  return app.db.transaction(async (tx) => {
    const fields = await updateMou(tx, existing, {
      ...changes,
      ...(organizationIds ? { organizationIds } : {}),
      ...(categories ? { categories } : {}),
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'mou.update',
      outcome: 'allowed',
      targetType: 'mou',
      targetId: id,
      details: { fields },
    });
    return viewMou(app, (await findMou(tx, id)) as Mou, request.actor);
  });
}
