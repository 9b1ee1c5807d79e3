// Verified contacts and do-not-release (docs/CONFIDENTIALITY.md, "Verified contacts"): the people
// around a youth whom the team has checked, or must never hand the child to, and the one answer a
// court clerk or intake worker gets when someone comes to take her. Pure: no I/O.
//
// Why the answer is so small: the person at the counter may be standing next to the exploiter,
// and an exploiter may pose as a clerk. So a check says only "verified", "not verified" or "do not
// release: call <point person>", never the relationship, the reason, the youth's name or whether
// the case number exists.
import type { Actor } from './actor.js';
import {
  caseHiddenFrom,
  decideCaseAction,
  neverReadsCases,
  organizationOnTeam,
  seesYouthData,
  type AccessDecision,
  type CaseFacts,
} from './case-access.js';
import { orderInForce, type OrderDates } from './protective-orders.js';
import type { DataCategory, Role } from './vocabulary.js';

export const CONTACT_STATUSES = ['verified', 'not_verified', 'do_not_release'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** How a person was verified; a verified status always says how. */
export const VERIFICATION_METHODS = [
  'id_checked',
  'court_record',
  'caseworker_knows',
  'agency_record',
  'other',
] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

/**
 * Where a listed person came from: the team records every one. A person a protective order
 * restrains is not copied onto the list; the order itself bars them at a check while it is in
 * force (`restrainedByOrders`), so an order that ends stops barring without anyone's edit.
 */
export const CONTACT_SOURCES = ['recorded'] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/**
 * Who may take a child is a placement question, and it is kept out of contact_location on
 * purpose: a consent that lets a provider have a youth's addresses must not also carry that the
 * team suspects her "uncle" of selling her (docs/CONFIDENTIALITY.md).
 */
export const CONTACT_CATEGORY: DataCategory = 'placement';

/** The people who know the youth's family and record who may take her: advocates, child welfare. */
export const CONTACT_RECORDER_ROLES: readonly Role[] = ['advocate', 'child_welfare_worker'];

/** Roles that check a name on any case of their county, team or not: whoever hands a child over. */
export const CONTACT_CHECKER_ROLES: readonly Role[] = ['court_clerk', 'juvenile_hall_intake'];

// --- who records, who checks ---

/**
 * Recording a person, or changing their status: a role that records contacts, on the case (its
 * jurisdiction, a youth-data role, the organization on the team).
 */
export function decideContactRecord(
  actor: Actor,
  facts: Pick<CaseFacts, 'jurisdictionId' | 'team' | 'seal'>,
): AccessDecision {
  const onCase = decideCaseAction(actor, 'note.write', facts);
  if (!onCase.allowed) return onCase;
  if (!actor.roles.some((r) => CONTACT_RECORDER_ROLES.includes(r))) {
    return { allowed: false, reason: 'role_cannot_record' };
  }
  return onCase;
}

/**
 * What a name check on a case number gets:
 * - `answer`: the list is consulted;
 * - `unknown_case`: a checker role whose case number names no case of its county; it is answered
 *   "not verified", exactly like a case with no such person, so the number tells nothing;
 * - `refused`: a 403 that is the same whether the case exists or not.
 * The case is null when no case of that number exists anywhere the caller could name.
 */
export type ContactCheckDecision =
  | { readonly kind: 'answer'; readonly basis: 'checker_role' | 'case_team' }
  | { readonly kind: 'unknown_case' }
  | {
      readonly kind: 'refused';
      readonly reason: 'role_without_youth_data' | 'not_on_case_team';
    };

export function decideContactCheck(
  actor: Actor,
  target: Pick<CaseFacts, 'jurisdictionId' | 'team' | 'seal'> | null,
): ContactCheckDecision {
  const checker = actor.roles.some((r) => CONTACT_CHECKER_ROLES.includes(r));
  // Juvenile hall intake reads no record, yet checks names: handing a child over is its work.
  // Administrators and oversight never check, whatever else they hold.
  if (neverReadsCases(actor) || (!checker && !seesYouthData(actor))) {
    return { kind: 'refused', reason: 'role_without_youth_data' };
  }
  // A case of another county, or one a court's seal hides, is a number that names nothing.
  const ours = target !== null && caseHiddenFrom(actor, target) === null;
  if (checker) {
    return ours ? { kind: 'answer', basis: 'checker_role' } : { kind: 'unknown_case' };
  }
  // Anyone else checks only the cases their organization works; an unknown or foreign number is
  // refused exactly like a case they are not on.
  if (ours && organizationOnTeam(target.team, actor.organizationId)) {
    return { kind: 'answer', basis: 'case_team' };
  }
  return { kind: 'refused', reason: 'not_on_case_team' };
}

// --- names ---

/**
 * A name as it is compared: no accents, no case, apostrophes dropped (O'Brien, OBrien), every
 * other run of punctuation or spacing one space (García-López, García  López).
 */
export function normalizeName(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`´]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const tokensOf = (name: string): string[] => {
  const normalized = normalizeName(name);
  return normalized === '' ? [] : normalized.split(' ');
};

/** The same name, written alike once normalized, word for word in order. */
export function sameName(a: string, b: string): boolean {
  const left = normalizeName(a);
  return left !== '' && left === normalizeName(b);
}

/**
 * Whether a typed name may be a listed one, for do-not-release only: the same words in any
 * order, or one word more or fewer on either side (a second family name or second given name
 * left out or added: "María García" for "María José García López" is not, "María García López"
 * is), with at least two words in common. Deliberately loose: a false alarm costs a phone call,
 * a miss a child.
 */
export function mayBeSamePerson(typed: string, listed: string): boolean {
  const a = tokensOf(typed);
  const b = tokensOf(listed);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === 0) return false;
  if (longer.length - shorter.length > 1) return false;
  if (shorter.length < 2 && longer.length !== shorter.length) return false;
  const left = [...longer];
  for (const word of shorter) {
    const at = left.indexOf(word);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

// --- the answer ---

/** Whom a clerk calls about a do-not-release person: a name, what they do, a phone. */
export interface PointPersonToCall {
  readonly name: string;
  readonly function: string;
  readonly phone: string | null;
}

/** A listed person as the check weighs them: every name they go by, and their current status. */
export interface ListedContact {
  readonly names: readonly string[];
  readonly status: ContactStatus;
  /** For a do-not-release person, whom to call (the recording organization's point person). */
  readonly pointPerson: PointPersonToCall | null;
  /** Set when a protective order in force bars the person, rather than the team's list. */
  readonly byProtectiveOrder?: true;
}

/**
 * What a check says beyond the answer: only that a protective order is why, never its type,
 * court, dates or who sought it (the person at the counter may stand beside the restrained one).
 */
export type ContactAnswer =
  | { readonly answer: 'verified' }
  | { readonly answer: 'not_verified' }
  | {
      readonly answer: 'do_not_release';
      readonly reason?: 'protective_order';
      readonly pointPerson?: PointPersonToCall;
    };

/** A protective order as the check weighs it: the restrained person's names and its days. */
export interface RestrainingOrder extends OrderDates {
  readonly names: readonly string[];
  /** The recording organization's point person, else the coordinator. */
  readonly pointPerson: PointPersonToCall | null;
}

/** The restrained people of the orders in force on `today`, as do-not-release entries. */
export function restrainedByOrders(
  orders: readonly RestrainingOrder[],
  today: string,
): ListedContact[] {
  return orders
    .filter((o) => orderInForce(o, today))
    .map((o) => ({
      names: o.names,
      status: 'do_not_release' as const,
      pointPerson: o.pointPerson,
      byProtectiveOrder: true as const,
    }));
}

/**
 * The one answer to a name: do-not-release when the name may be a do-not-release person's
 * (whatever else matches: it wins), verified only for exactly a verified person's name or alias,
 * and not verified for everything else, a name not on the list included. The answer is built
 * afresh, so nothing else a listed person carries can travel with it.
 */
export function contactAnswer(typedName: string, listed: readonly ListedContact[]): ContactAnswer {
  const barring = listed.filter(
    (c) => c.status === 'do_not_release' && c.names.some((n) => mayBeSamePerson(typedName, n)),
  );
  // A court's order says more than a team's note: when both bar the name, the order is the reason.
  const barred = barring.find((c) => c.byProtectiveOrder) ?? barring[0];
  if (barred) {
    const p = barred.pointPerson;
    return {
      answer: 'do_not_release',
      ...(barred.byProtectiveOrder ? { reason: 'protective_order' as const } : {}),
      ...(p ? { pointPerson: { name: p.name, function: p.function, phone: p.phone } } : {}),
    };
  }
  const verified = listed.some(
    (c) => c.status === 'verified' && c.names.some((n) => sameName(typedName, n)),
  );
  return verified ? { answer: 'verified' } : { answer: 'not_verified' };
}

// --- a run of checks ---

/** At most `maxChecks` names by one person within any `windowMs`. */
export interface CheckThrottlePolicy {
  readonly maxChecks: number;
  readonly windowMs: number;
}

/** One person's recent checks (answered ones), and when a burst of theirs was last alerted. */
export interface CheckHistory {
  readonly recent: readonly Date[];
  readonly alertedAt: Date | null;
}

export type CheckThrottleDecision =
  | { readonly allowed: true; readonly recent: readonly Date[] }
  | { readonly allowed: false; readonly retryAt: Date; readonly alert: boolean };

/**
 * A sliding window: a check is answered while fewer than `maxChecks` answered checks fall in the
 * last `windowMs`. A refused check is not counted (waiting is enough). The first refusal of a
 * burst raises the alert; another only once a whole window has passed since, so a person probing
 * all night is reported every window, not every request.
 */
export function decideContactCheckThrottle(
  history: CheckHistory,
  now: Date,
  policy: CheckThrottlePolicy,
): CheckThrottleDecision {
  const since = now.getTime() - policy.windowMs;
  const recent = history.recent
    .filter((t) => t.getTime() > since && t.getTime() <= now.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  if (recent.length < policy.maxChecks) return { allowed: true, recent: [...recent, now] };
  const freed = recent[recent.length - policy.maxChecks] as Date;
  return {
    allowed: false,
    retryAt: new Date(freed.getTime() + policy.windowMs),
    alert: history.alertedAt === null || history.alertedAt.getTime() <= since,
  };
}

export const DEFAULT_CONTACT_CHECK_THROTTLE: CheckThrottlePolicy = {
  maxChecks: 10,
  windowMs: 15 * 60_000,
};
