// Break-glass: for imminent danger, a team member opens one category for an hour, with a
// written reason, sealed as it is written (break-glass-reason.ts). The coordinator is told, and
// reviews it (break-glass-review.ts); it closes by itself. Privileged notes never open.
import { randomUUID } from 'node:crypto';
import { BREAK_GLASS_MINUTES } from '../../../domain/case-access.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import { insertBreakGlass } from '../../../db/repositories/case-grants.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { findUser } from '../../../db/repositories/users.js';
import { sealBreakGlassReason } from './break-glass-reason.js';
import { openCase } from './case-scope.js';
import { notifyCoordinators } from './notify.js';

export async function openBreakGlass(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: { category: DataCategory; reason: string },
): Promise<{ id: string; category: DataCategory; openedAt: Date; expiresAt: Date }> {
  const scope = await openCase(app, request, youthId, 'breakGlass.open');
  const { actor, youth } = scope;
  const openedAt = scope.time.now;
  const expiresAt = new Date(openedAt.getTime() + BREAK_GLASS_MINUTES * 60_000);
  const opener = await findUser(app.db, actor.userId);
  // The id is chosen here because the seal names it.
  const id = randomUUID();
  return app.db.transaction(async (tx) => {
    const sealed = await sealBreakGlassReason(tx, app, {
      id,
      jurisdictionId: youth.jurisdictionId,
      reason: input.reason,
    });
    await insertBreakGlass(tx, {
      id,
      jurisdictionId: youth.jurisdictionId,
      youthId,
      userId: actor.userId,
      organizationId: actor.organizationId,
      category: input.category,
      ...sealed,
      openedAt,
      expiresAt,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'break_glass.open',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youthId,
      categories: [input.category],
      details: { minutes: BREAK_GLASS_MINUTES },
    });
    await notifyCoordinators(tx, {
      jurisdictionId: youth.jurisdictionId,
      content: {
        code: 'break_glass',
        params: {
          caseNumber: youth.caseNumber,
          openedBy: opener?.displayName ?? '',
          organization: opener?.organizationName ?? '',
          category: input.category,
          expiresAt: expiresAt.toISOString(),
          reviewId: id,
        },
      },
      youthId,
      text: `Break-glass on case ${youth.caseNumber}: ${opener ? `${opener.displayName} (${opener.organizationName})` : 'a team member'} opened ${input.category.replaceAll('_', ' ')} for ${String(BREAK_GLASS_MINUTES)} minutes. Review the written reason in Break-glass reviews.`,
      now: openedAt,
    });
    return { id, category: input.category, openedAt, expiresAt };
  });
}
