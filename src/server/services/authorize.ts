import type { Actor } from '../../domain/actor.js';
import type { AdministrationAction, AdministrationTarget } from '../../domain/administration.js';
import { authorizeAdministration } from '../../domain/administration.js';
import type { Decision } from '../../domain/decision.js';
import { appendAuditEvent } from '../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';

export function requireActor(request: RequestContext): Actor {
  if (!request.actor) throw unauthenticated('not_signed_in', 'Sign in first.');
  return request.actor;
}

/**
 * Turns a denial into an audited 403 (with `code`, `forbidden` unless a rule names the
 * refusal more exactly). The denial is written in its own transaction, so it stays on record
 * even though the refused work rolls back.
 */
export async function enforce(
  app: AppServices,
  request: RequestContext,
  decision: Decision,
  audit: {
    readonly action: string;
    readonly targetType: string;
    readonly targetId?: string | undefined;
  },
  code = 'forbidden',
): Promise<void> {
  if (decision.allowed) return;
  await auditDenial(app, request, decision.reason, audit);
  throw forbidden(code, `Not allowed: ${decision.reason}.`);
}

/** Writes a denial to the audit log in its own transaction. */
export async function auditDenial(
  app: AppServices,
  request: RequestContext,
  reason: string,
  audit: {
    readonly action: string;
    readonly targetType: string;
    readonly targetId?: string | undefined;
  },
): Promise<void> {
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'access.denied',
    outcome: 'denied',
    reason,
    targetType: audit.targetType,
    ...(audit.targetId === undefined ? {} : { targetId: audit.targetId }),
    details: { action: audit.action },
  });
}

/** The usual check for administration: who may do `action` to something in a jurisdiction. */
export async function authorizeAdmin(
  app: AppServices,
  request: RequestContext,
  action: AdministrationAction,
  target: AdministrationTarget & { readonly type: string; readonly id?: string | undefined },
): Promise<Actor> {
  const actor = requireActor(request);
  await enforce(app, request, authorizeAdministration(actor, action, target), {
    action,
    targetType: target.type,
    targetId: target.id,
  });
  return actor;
}
