// Protective orders on a case (docs/LEGAL-AND-MDT.md, "Protective orders and hearings"): `legal`
// data of the organization that records them, read through the access module like a note. An
// order in force makes its restrained person "do not release" at the name check
// (src/domain/verified-contacts.ts), with the order as the reason and nothing else of it. Pure.
import type { Actor } from './actor.js';
import { decideCaseAction, type AccessDecision, type CaseFacts } from './case-access.js';
import type { DataCategory, Role } from './vocabulary.js';

/**
 * The kinds of order a team meets, shortest first: an emergency order a judge grants by phone at
 * an officer's request (days), a temporary order until the hearing (weeks), a permanent order
 * after a hearing (years), and a criminal protective order in a prosecution.
 */
export const PROTECTIVE_ORDER_TYPES = ['emergency', 'temporary', 'permanent', 'criminal'] as const;
export type ProtectiveOrderType = (typeof PROTECTIVE_ORDER_TYPES)[number];

export const PROTECTIVE_ORDER_CATEGORY: DataCategory = 'legal';

/**
 * Who records an order: those who ask for it, enforce it or hand the child over. Advocates and
 * child welfare seek them with the youth; police serve emergency orders; the prosecution asks for
 * criminal ones; the court clerk keeps the court's.
 */
export const PROTECTIVE_ORDER_RECORDER_ROLES: readonly Role[] = [
  'advocate',
  'child_welfare_worker',
  'law_enforcement_officer',
  'prosecutor',
  'victim_witness_staff',
  'court_clerk',
];

/** How many days before an order ends its recorder is given the renewal task. */
export const EXPIRY_REMINDER_DAYS = 14;

export function decideProtectiveOrderRecord(
  actor: Actor,
  facts: Pick<CaseFacts, 'jurisdictionId' | 'team' | 'seal'>,
): AccessDecision {
  const onCase = decideCaseAction(actor, 'note.write', facts);
  if (!onCase.allowed) return onCase;
  if (!actor.roles.some((r) => PROTECTIVE_ORDER_RECORDER_ROLES.includes(r))) {
    return { allowed: false, reason: 'role_cannot_record' };
  }
  return onCase;
}

export interface OrderDates {
  /** YYYY-MM-DD, the county's calendar days. */
  readonly issuedOn: string;
  readonly expiresOn: string;
}

/** An order that ends before it begins is a typing slip; it would protect no one. */
export function orderDatesProblem(dates: OrderDates): string | null {
  return dates.expiresOn < dates.issuedOn
    ? `The order expires (${dates.expiresOn}) before it is issued (${dates.issuedOn}).`
    : null;
}

/** In force on `today` (YYYY-MM-DD): from the day issued through the day it expires. */
export function orderInForce(dates: OrderDates, today: string): boolean {
  return dates.issuedOn <= today && today <= dates.expiresOn;
}

/**
 * The day the renewal task falls due: EXPIRY_REMINDER_DAYS calendar days before the order ends,
 * or today when that day has passed (an order recorded late, or a short emergency order).
 */
export function expiryReminderDay(expiresOn: string, today: string): string {
  const at = new Date(Date.parse(`${expiresOn}T00:00:00Z`) - EXPIRY_REMINDER_DAYS * 86_400_000);
  const day = at.toISOString().slice(0, 10);
  return day < today ? today : day;
}
