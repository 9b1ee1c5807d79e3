// Searching youth records: only what the caller may see, each case decided by the access module.
import { DENIAL_MESSAGES } from '../../../domain/case-access.js';
import type { CaseStatus } from '../../../domain/case-lifecycle.js';
import { roleSeesYouthData } from '../../../domain/vocabulary.js';
import { listCaseCandidates } from '../../../db/repositories/youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { forbidden } from '../../errors.js';
import { requireActor } from '../authorize.js';
import { auditSealedRead, loadCases, loadJurisdictionFacts } from './case-scope.js';
import { identityView, type IdentityView } from './youth.js';

export interface YouthSummary {
  readonly id: string;
  readonly caseNumber: string;
  readonly createdAt: Date;
  /** Null when the caller may not see identity. */
  readonly identity: IdentityView | null;
  readonly status: CaseStatus;
}

const SEARCH_CANDIDATES = 500;
const SEARCH_RESULTS = 50;

/**
 * Searches only what the caller may see. SQL narrows to cases the caller's organization created
 * or is on the team of; the access module decides each; a name match counts only where the
 * caller may see identity, so a search never confirms a name the caller may not read.
 */
export async function searchYouth(
  app: AppServices,
  request: RequestContext,
  query: string | undefined,
  status: 'open' | 'closed' | 'all' = 'open',
): Promise<YouthSummary[]> {
  const actor = requireActor(request);
  if (!actor.roles.some(roleSeesYouthData)) {
    await appendAuditEvent(app.db, auditContext(app, request), {
      action: 'access.denied',
      outcome: 'denied',
      reason: 'role_without_youth_data',
      targetType: 'youth',
      details: { action: 'youth.search' },
    });
    throw forbidden(
      'role_without_youth_data',
      `Not allowed: ${DENIAL_MESSAGES.role_without_youth_data}.`,
    );
  }
  const text = query?.trim() ? query.trim() : null;
  const candidates = await listCaseCandidates(app.db, {
    jurisdictionId: actor.jurisdictionId,
    organizationId: actor.organizationId,
    text,
    limit: SEARCH_CANDIDATES,
    // Closed cases leave the default list; the filter shows them.
    statuses: status === 'all' ? ['open', 'closed'] : [status],
  });
  const results: YouthSummary[] = [];
  const shared = await loadJurisdictionFacts(app.db, app, actor.jurisdictionId);
  // The facts of a page's worth of candidates in one statement, and of the rest in one more only
  // when some of those are not shown: each case is still decided by the access module alone.
  const batches = [candidates.slice(0, SEARCH_RESULTS), candidates.slice(SEARCH_RESULTS)];
  for (const batch of batches) {
    if (results.length >= SEARCH_RESULTS || batch.length === 0) break;
    for (const [candidate, scope] of await loadCases(app.db, actor, batch, (c) => c, shared)) {
      if (results.length >= SEARCH_RESULTS) break;
      if (!scope.may('case.view')) continue;
      // Only the court roles a seal names still find a sealed case; each time is on record.
      if (scope.facts.seal) await auditSealedRead(app, request, candidate.id, 'youth.search');
      const seesIdentity = scope.read('identity', candidate.createdByOrganizationId).allowed;
      if (candidate.matchedBy === 'name' && !seesIdentity) continue;
      results.push({
        id: candidate.id,
        caseNumber: candidate.caseNumber,
        createdAt: candidate.createdAt,
        identity: seesIdentity ? identityView(candidate.identity) : null,
        status: candidate.status,
      });
    }
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.search',
    outcome: 'allowed',
    targetType: 'youth',
    categories: results.some((r) => r.identity) ? ['identity'] : [],
    details: { results: results.length },
  });
  return results;
}
