// A case sealed by court order (docs/CONFIDENTIALITY.md, "Sealed cases"): who records the seal
// and its lifting, and whom a sealed case stays visible to. Pure. The access module
// (src/domain/case-access.ts) asks `sealHidesCase` first on every decision about a case, so
// every read path inherits the seal without knowing it exists.
import type { Actor } from './actor.js';
import type { Role } from './vocabulary.js';

/** The court's roles: the only ones that record a seal and the only ones an order may name. */
export const SEAL_COURT_ROLES = ['judge', 'court_clerk'] as const satisfies readonly Role[];
export type SealCourtRole = (typeof SEAL_COURT_ROLES)[number];

/** A seal in force, as the access module weighs it: the court that ordered it, and whom it names. */
export interface CaseSealFacts {
  readonly courtOrganizationId: string;
  readonly rolesAllowed: readonly SealCourtRole[];
}

export type SealRefusal =
  | 'other_jurisdiction'
  | 'not_court'
  | 'already_sealed'
  | 'not_sealed'
  | 'order_in_future'
  | 'order_before_seal';

export type SealDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: SealRefusal };

const ALLOWED: SealDecision = Object.freeze({ allowed: true });
const refuse = (reason: SealRefusal): SealDecision => ({ allowed: false, reason });

export const SEAL_REFUSAL_MESSAGES: Readonly<Record<SealRefusal, string>> = {
  other_jurisdiction: 'this youth belongs to another jurisdiction',
  not_court: 'only a judge or court clerk of the county’s juvenile court records a sealing order',
  already_sealed: 'this case is already sealed',
  not_sealed: 'this case is not sealed',
  order_in_future: 'the order’s date is after today',
  order_before_seal: 'an order lifting the seal cannot be dated before the order that sealed it',
};

function isCourtActor(actor: Actor): boolean {
  return (
    actor.organizationType === 'juvenile_court' &&
    actor.roles.some((r) => (SEAL_COURT_ROLES as readonly Role[]).includes(r))
  );
}

/**
 * Whether the seal hides the case from `actor`: always, unless the actor is of the court that
 * ordered it and holds a role the order names. The court of another county never qualifies:
 * its organization is not the ordering court. A hidden case is answered as one that does not
 * exist (404), never with a hint.
 */
export function sealHidesCase(actor: Actor, seal: CaseSealFacts | null): boolean {
  if (seal === null) return false;
  if (actor.organizationId !== seal.courtOrganizationId) return true;
  if (actor.organizationType !== 'juvenile_court') return true;
  return !actor.roles.some((r) => (seal.rolesAllowed as readonly Role[]).includes(r));
}

/**
 * Recording a sealing order: a judge or court clerk of a juvenile court of the case's own county,
 * for an order dated today or before, on a case not already sealed. Administrators, oversight,
 * the coordinator and every other agency never record one: the seal is the court's act.
 */
export function decideSealRecord(
  actor: Actor,
  caseFacts: { readonly jurisdictionId: string; readonly sealed: boolean },
  order: { readonly orderDate: string },
  today: string,
): SealDecision {
  if (actor.jurisdictionId !== caseFacts.jurisdictionId) return refuse('other_jurisdiction');
  if (!isCourtActor(actor)) return refuse('not_court');
  if (order.orderDate > today) return refuse('order_in_future');
  if (caseFacts.sealed) return refuse('already_sealed');
  return ALLOWED;
}

/**
 * Lifting a seal: a later order, recorded by the same roles of the court that sealed the case and
 * the order names (anyone else does not see the case at all), dated neither after today nor
 * before the sealing order.
 */
export function decideUnseal(
  actor: Actor,
  caseFacts: {
    readonly jurisdictionId: string;
    readonly seal: (CaseSealFacts & { readonly orderDate: string }) | null;
  },
  order: { readonly orderDate: string },
  today: string,
): SealDecision {
  if (actor.jurisdictionId !== caseFacts.jurisdictionId) return refuse('other_jurisdiction');
  if (!isCourtActor(actor)) return refuse('not_court');
  if (caseFacts.seal === null) return refuse('not_sealed');
  if (sealHidesCase(actor, caseFacts.seal)) return refuse('not_court');
  if (order.orderDate > today) return refuse('order_in_future');
  if (order.orderDate < caseFacts.seal.orderDate) return refuse('order_before_seal');
  return ALLOWED;
}

/**
 * Whether a clock of the case waits instead of running (docs/CONFIDENTIALITY.md, "Sealed cases"):
 * while a seal is in force, a task of the case does not fall due or escalate, a referral's answer
 * clock does not run out, a periodic screening or a compensation reminder gives no task, so
 * nothing tells anyone about a case the court has sealed. The clock is held, never dropped:
 * lifting the seal gives each held step back to the job runner, which runs it then.
 */
export function sealHoldsClock(seal: CaseSealFacts | null): boolean {
  return seal !== null;
}
