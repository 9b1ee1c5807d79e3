// Default-pack rules a county lacks, and adopting them (docs/PROTOCOL.md, "New default rules").
// A county set up before a rule joined Lantern's default pack does not have it; its coordinator
// sees which ones are missing and adopts those they choose. Adopting only ever adds a rule the
// county has never held: a rule the county edited or switched off is never touched.
import { adoptPackRule, listRuleKeys } from '../../../db/repositories/protocol.js';
import { packRuleOf, packRulesMissing, type PackRule } from '../../../domain/protocol-pack.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { authorizeAdmin } from '../authorize.js';

export interface PackUpdates {
  /** Rules of the default pack whose key the county has never held, as the pack writes them. */
  readonly missing: readonly PackRule[];
}

export async function readPackUpdates(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
): Promise<PackUpdates> {
  await authorizeAdmin(app, request, 'protocol.read', {
    jurisdictionId,
    type: 'protocol',
    id: jurisdictionId,
  });
  return { missing: packRulesMissing(await listRuleKeys(app.db, jurisdictionId)) };
}

export interface AdoptedPackRules {
  /** Keys now in force in the county as version 1 of a county default. */
  readonly adopted: readonly string[];
  /** Keys the county already held (perhaps adopted a moment ago): left as they are. */
  readonly alreadyInCounty: readonly string[];
}

/**
 * Adopts the named pack rules (coordinator). A key outside the pack is refused with 400
 * unknown_pack_rule and nothing is written; a key the county already holds is reported and left
 * alone. Each adoption is audited.
 */
export async function adoptPackRules(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
  keys: readonly string[],
): Promise<AdoptedPackRules> {
  const actor = await authorizeAdmin(app, request, 'protocol.manage', {
    jurisdictionId,
    type: 'protocol',
    id: jurisdictionId,
  });
  const wanted = [...new Set(keys)];
  const unknown = wanted.filter((key) => packRuleOf(key) === null);
  if (unknown.length > 0) {
    throw badRequest(
      'unknown_pack_rule',
      `Not a rule of Lantern's default pack: ${unknown.join(', ')}.`,
    );
  }
  const now = app.clock.now();
  return app.db.transaction(async (tx) => {
    const adopted: string[] = [];
    const alreadyInCounty: string[] = [];
    for (const key of wanted) {
      const pack = packRuleOf(key) as PackRule;
      const saved = await adoptPackRule(tx, {
        jurisdictionId,
        key,
        rule: {
          name: pack.name,
          trigger: pack.trigger,
          conditions: pack.conditions,
          actions: pack.actions,
          source: pack.source,
        },
        userId: actor.userId,
        now,
      });
      if (!saved) {
        alreadyInCounty.push(key);
        continue;
      }
      adopted.push(key);
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'protocol_rule.adopt',
        outcome: 'allowed',
        targetType: 'protocol_rule',
        targetId: saved.id,
        details: { key, version: saved.version },
      });
    }
    return { adopted, alreadyInCounty };
  });
}
