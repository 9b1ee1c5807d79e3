// Reading a youth's record: every category weighed by the access module, withheld ones named
// with whom to ask, and the read audited with the category returned and each one withheld.
import {
  breakGlassOpen,
  CASE_ACTIONS,
  consentInForce,
  decideLegalBasisEnd,
  decideLegalBasisRecord,
  decideNoteWrite,
  decidePrivilegedAuthor,
  decideTeamRemoval,
  DENIAL_MESSAGES,
  LEGAL_BASIS_KINDS,
  legalBasisInForce,
  type AccessBasis,
  type DenialReason,
} from '../../../domain/case-access.js';
import { decideLifecycle } from '../../../domain/case-lifecycle.js';
import { DATA_CATEGORIES, type DataCategory } from '../../../domain/vocabulary.js';
import { dataHolders } from '../../../db/repositories/notes.js';
import { listOrganizations } from '../../../db/repositories/organizations.js';
import type { PointPerson } from '../../../db/repositories/point-persons.js';
import type { Youth } from '../../../db/repositories/youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { openCase, pointPersonOf, type CaseScope } from './case-scope.js';
import { recordFacts } from './lifecycle-decide.js';
import { isQualifiedCaseworker, readsSomePrivilegedNote } from './privileged-notes.js';
import { identityView, type IdentityView } from './youth.js';

export interface CategoryView {
  readonly category: DataCategory;
  /** Whether the caller may add a case note in this category (decideNoteWrite). */
  readonly writable: boolean;
  /** Organizations whose data of this category the caller sees, and on what basis. */
  readonly visible: { organizationId: string; organizationName: string; basis: AccessBasis }[];
  /** Organizations whose data is withheld, why, and whom to ask. */
  readonly withheld: {
    organizationId: string;
    organizationName: string;
    reason: DenialReason;
    message: string;
    ask: PointPerson | null;
  }[];
}

export type YouthRecordView = Awaited<ReturnType<typeof recordView>>;

/** Which organizations hold data of each category on this case. */
export async function holdersByCategory(
  app: AppServices,
  youth: Youth,
): Promise<Map<DataCategory, Set<string>>> {
  const holders = new Map<DataCategory, Set<string>>(DATA_CATEGORIES.map((c) => [c, new Set()]));
  holders.get('identity')?.add(youth.createdByOrganizationId);
  for (const h of await dataHolders(app.db, youth.id))
    holders.get(h.category)?.add(h.organizationId);
  return holders;
}

export async function readYouth(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<YouthRecordView> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const { youth } = scope;
  const organizations = new Map(
    (
      await listOrganizations(app.db, {
        jurisdictionId: youth.jurisdictionId,
        includeInactive: true,
      })
    ).map((o) => [o.id, o.name]),
  );
  const holders = await holdersByCategory(app, youth);
  // One lookup per organization, however many categories it holds.
  const contacts = new Map<string, Promise<PointPerson | null>>();
  const ask = (organizationId: string) => {
    let contact = contacts.get(organizationId);
    if (!contact) contacts.set(organizationId, (contact = pointPersonOf(app.db, organizationId)));
    return contact;
  };
  const categories: CategoryView[] = [];
  for (const category of DATA_CATEGORIES) {
    const view: CategoryView = {
      category,
      writable: decideNoteWrite(scope.actor, category, scope.facts).allowed,
      visible: [],
      withheld: [],
    };
    for (const organizationId of holders.get(category) ?? []) {
      const decision = scope.read(category, organizationId);
      const organizationName = organizations.get(organizationId) ?? '';
      if (decision.allowed)
        view.visible.push({ organizationId, organizationName, basis: decision.basis });
      else {
        view.withheld.push({
          organizationId,
          organizationName,
          reason: decision.reason,
          message: DENIAL_MESSAGES[decision.reason],
          ask: await ask(organizationId),
        });
      }
    }
    categories.push(view);
  }
  const identityVisible = scope.read('identity', youth.createdByOrganizationId).allowed;
  // The record itself carries identity only; notes and reports are read (and audited) apart.
  const returned: DataCategory[] = identityVisible ? ['identity'] : [];
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youth.id,
    categories: returned,
    details: {
      view: 'record',
      withheld: categories.flatMap((c) =>
        c.withheld.map((w) => ({ category: c.category, reason: w.reason })),
      ),
    },
  });
  return recordView(app, scope, {
    identity: identityVisible ? identityView(youth.identity) : null,
    createdByOrganizationName: organizations.get(youth.createdByOrganizationId) ?? '',
    categories,
  });
}

/**
 * The record as the caller may see it, with what the caller may do: built from decisions of the
 * access module only. A consent or legal basis is shown to the organization that recorded it
 * and those it names; the rest of the team does not learn its purpose or scope.
 */
async function recordView(
  app: AppServices,
  scope: CaseScope,
  parts: {
    readonly identity: IdentityView | null;
    readonly createdByOrganizationName: string;
    readonly categories: CategoryView[];
  },
) {
  const { youth } = scope;
  const qualified = await isQualifiedCaseworker(
    app.db,
    scope.actor,
    scope.profile,
    scope.time.today,
  );
  const allowedActions = [
    ...CASE_ACTIONS.filter((a) => scope.may(a)),
    ...(decidePrivilegedAuthor(scope.actor, scope.facts, qualified).allowed
      ? (['privilegedNote.write'] as const)
      : []),
    ...((await readsSomePrivilegedNote(app, scope, qualified))
      ? (['privilegedNote.read'] as const)
      : []),
  ];
  // The profile's duties the caller's organization may record, with what each discloses.
  const duties = scope.profile.duties.filter(
    (d) =>
      decideLegalBasisRecord(
        scope.actor,
        { kind: d.kind, recipientOrganizationIds: [], categories: d.categories, dutyCode: d.code },
        scope.facts,
        scope.profile.duties,
      ).allowed,
  );
  const concerns = (grant: {
    recordedByOrganizationId: string;
    recipientOrganizationIds: readonly string[];
  }) =>
    grant.recordedByOrganizationId === scope.actor.organizationId ||
    grant.recipientOrganizationIds.includes(scope.actor.organizationId);
  return {
    id: youth.id,
    caseNumber: youth.caseNumber,
    jurisdictionId: youth.jurisdictionId,
    createdAt: youth.createdAt,
    createdByOrganizationId: youth.createdByOrganizationId,
    createdByOrganizationName: parts.createdByOrganizationName,
    identity: parts.identity,
    status: youth.status,
    lifecycleActions: (
      ['identity.correct', 'case.close', 'case.reopen', 'case.merge'] as const
    ).filter(
      (action) =>
        decideLifecycle(scope.actor, action, recordFacts(scope), scope.time, {
          recordId: youth.id,
          // Whether a duplicate could be merged into this record: another open one of the county.
          other: { id: '', jurisdictionId: youth.jurisdictionId, status: 'open', seal: null },
        }).allowed,
    ),
    categories: parts.categories,
    team: scope.team.map((m) => ({
      ...m,
      removable:
        m.organizationId !== youth.createdByOrganizationId &&
        decideTeamRemoval(
          scope.actor,
          {
            organizationId: m.organizationId,
            createdByOrganizationId: youth.createdByOrganizationId,
          },
          scope.facts,
        ).allowed,
    })),
    consents: scope.consents.filter(concerns).map((c) => ({
      id: c.id,
      recipientOrganizationIds: [...c.recipientOrganizationIds],
      categories: [...c.categories],
      purpose: c.purpose,
      givenBy: c.givenByKind,
      explanationMethod: c.explanationMethod,
      explanationLanguage: c.explanationLanguage,
      signedAt: c.signedOn,
      expiresAt: c.expiresOn,
      revokedAt: c.revokedAt,
      current: consentInForce(c, scope.time),
      recordedByOrganizationId: c.recordedByOrganizationId,
      releases: c.releases.map((r) => ({
        holderOrganizationId: r.holderOrganizationId,
        accepted: r.accepted,
        decidedAt: r.decidedAt,
      })),
    })),
    legalBases: scope.legalBases.filter(concerns).map((b) => ({
      id: b.id,
      endable:
        legalBasisInForce(b, scope.time) &&
        decideLegalBasisEnd(scope.actor, b, scope.facts).allowed,
      endedAt: b.endedAt,
      recordedByOrganizationId: b.recordedByOrganizationId,
      dutyCode: b.dutyCode,
      kind: b.kind,
      recipientOrganizationIds: [...b.recipientOrganizationIds],
      categories: [...b.categories],
      description: b.description,
      court: b.court,
      orderDate: b.orderDate,
      citation: b.citation,
      effectiveOn: b.effectiveOn,
      expiresOn: b.expiresOn,
      current: legalBasisInForce(b, scope.time),
    })),
    breakGlass: scope.facts.breakGlass
      .filter((g) => g.userId === scope.actor.userId && breakGlassOpen(g, scope.time))
      .map((g) => ({
        id: g.id,
        category: g.category,
        openedAt: g.openedAt,
        expiresAt: g.expiresAt,
      })),
    privilege: {
      applies: scope.profile.privilegeApplies,
      citation: scope.profile.privilegeCitation,
      summary: scope.profile.privilegeSummary,
      confirmed: scope.profile.confirmed,
    },
    allowedActions,
    legalBasisKinds: LEGAL_BASIS_KINDS.filter((kind) =>
      kind === 'court_order'
        ? decideLegalBasisRecord(
            scope.actor,
            { kind, recipientOrganizationIds: [], categories: [] },
            scope.facts,
            scope.profile.duties,
          ).allowed
        : duties.some((d) => d.kind === kind),
    ),
    duties,
  };
}
