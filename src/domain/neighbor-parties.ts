// Agreements with organizations of neighboring counties (docs/CONFIDENTIALITY.md, Agreements
// across counties). An agreement belongs to one county; an organization of another county joins
// it as a neighbor party in two steps by two people of two counties: the agreement's county's
// coordinator proposes it, and the organization's county's coordinator accepts or declines. So
// nobody creates the basis of their own county's participation alone.
//
// Administrators do neither: an agreement says what may flow between agencies that work cases,
// which is the coordinator's to keep (administration.ts), and an administrator who could both
// propose and accept across two counties' accounts would need no second person at all.
//
// A neighbor party opens nothing of any case: `decideRead` (case-access.ts) refuses every read
// across counties before it looks at an agreement, and neighbor parties are not among an
// agreement's `organizationIds`, which is all `agreementCovers` reads.
import type { Actor } from './actor.js';

export const NEIGHBOR_PARTY_STATUSES = ['proposed', 'accepted', 'declined'] as const;
export type NeighborPartyStatus = (typeof NEIGHBOR_PARTY_STATUSES)[number];

/**
 * `withdraw`: the agreement's county takes back a proposal before the other county answers it
 * (after an answer there is nothing to withdraw: an accepted party leaves by a change of the
 * agreement, a declined one is never proposed again).
 */
export type NeighborPartyAction = 'propose' | 'answer' | 'withdraw';

/** What the rule needs to know, loaded by the service. */
export interface NeighborPartyFacts {
  readonly agreementJurisdictionId: string;
  /**
   * Counties whose organizations are proposed or accepted on the agreement: they see it. A
   * declined organization's county no longer does.
   */
  readonly neighborJurisdictionIds: readonly string[];
  /** The organization named, or null when there is no active organization with that id. */
  readonly organization: { readonly jurisdictionId: string } | null;
  /** Where the organization stands on this agreement; null when it was never proposed. */
  readonly status: NeighborPartyStatus | null;
}

/**
 * Why a step is refused, which the service turns into its answer: `hidden` 404 (the agreement is
 * none of the caller's county, answered like an unknown id), `not_proposed` 404 (no such
 * proposal), `forbidden` 403, `unknown_organization` and `own_county_organization` 400,
 * `already_proposed`, `declined` and `already_answered` 409.
 */
export type NeighborPartyRefusal =
  | 'hidden'
  | 'forbidden'
  | 'unknown_organization'
  | 'own_county_organization'
  | 'already_proposed'
  | 'declined'
  | 'already_answered'
  | 'not_proposed';

export type NeighborPartyDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly refusal: NeighborPartyRefusal; readonly reason: string };

const refuse = (refusal: NeighborPartyRefusal, reason: string): NeighborPartyDecision => ({
  allowed: false,
  refusal,
  reason,
});
const allowed: NeighborPartyDecision = { allowed: true };

/** The agreement's county, and the counties of its proposed or accepted neighbor parties. */
export function seesAgreement(
  actor: Pick<Actor, 'jurisdictionId'>,
  facts: Pick<NeighborPartyFacts, 'agreementJurisdictionId' | 'neighborJurisdictionIds'>,
): boolean {
  return (
    actor.jurisdictionId === facts.agreementJurisdictionId ||
    facts.neighborJurisdictionIds.includes(actor.jurisdictionId)
  );
}

/** Who may act at all: the caller's county sees the agreement, and the caller is a coordinator. */
function decideActor(
  actor: Actor,
  action: NeighborPartyAction,
  facts: Pick<NeighborPartyFacts, 'agreementJurisdictionId' | 'neighborJurisdictionIds'>,
): NeighborPartyDecision {
  if (!seesAgreement(actor, facts)) {
    return refuse('hidden', "the agreement is not of the actor's county nor proposed to it");
  }
  if (actor.roles.includes('administrator')) {
    return refuse(
      'forbidden',
      'an administrator neither proposes nor answers a party of another county: the coordinators do',
    );
  }
  if (!actor.roles.includes('coordinator')) {
    return refuse('forbidden', `to ${action} a neighbor party needs the coordinator role`);
  }
  return allowed;
}

/**
 * Whether the caller may propose organizations of other counties on this agreement at all
 * (the screen offers the form only then): the coordinator of the agreement's own county.
 */
export function decideNeighborProposer(
  actor: Actor,
  facts: Pick<NeighborPartyFacts, 'agreementJurisdictionId' | 'neighborJurisdictionIds'>,
): NeighborPartyDecision {
  const who = decideActor(actor, 'propose', facts);
  if (!who.allowed) return who;
  if (actor.jurisdictionId !== facts.agreementJurisdictionId) {
    return refuse('forbidden', "only the agreement's own county proposes its parties");
  }
  return allowed;
}

export function decideNeighborParty(
  actor: Actor,
  action: NeighborPartyAction,
  facts: NeighborPartyFacts,
): NeighborPartyDecision {
  if (action === 'propose') {
    const proposer = decideNeighborProposer(actor, facts);
    return proposer.allowed ? decideProposal(facts) : proposer;
  }
  if (action === 'withdraw') {
    const proposer = decideNeighborProposer(actor, facts);
    return proposer.allowed ? decideWithdrawal(facts) : proposer;
  }
  const who = decideActor(actor, action, facts);
  return who.allowed ? decideAnswer(actor, facts) : who;
}

function decideProposal(facts: NeighborPartyFacts): NeighborPartyDecision {
  if (facts.organization === null) {
    return refuse('unknown_organization', 'no active organization has this id');
  }
  if (facts.organization.jurisdictionId === facts.agreementJurisdictionId) {
    return refuse(
      'own_county_organization',
      "an organization of the agreement's own county is an ordinary party",
    );
  }
  if (facts.status === 'declined') {
    return refuse('declined', "the organization's county declined it on this agreement");
  }
  if (facts.status !== null) {
    return refuse('already_proposed', `the organization is already ${facts.status}`);
  }
  return allowed;
}

function decideAnswer(actor: Actor, facts: NeighborPartyFacts): NeighborPartyDecision {
  if (facts.organization === null || facts.status === null) {
    return refuse('not_proposed', 'the organization was not proposed on this agreement');
  }
  if (
    actor.jurisdictionId !== facts.organization.jurisdictionId ||
    actor.jurisdictionId === facts.agreementJurisdictionId
  ) {
    return refuse('forbidden', "only the proposed organization's own county answers a proposal");
  }
  if (facts.status !== 'proposed') {
    return refuse('already_answered', `the proposal was already ${facts.status}`);
  }
  return allowed;
}

function decideWithdrawal(facts: NeighborPartyFacts): NeighborPartyDecision {
  if (facts.organization === null || facts.status === null) {
    return refuse('not_proposed', 'the organization was not proposed on this agreement');
  }
  if (facts.status !== 'proposed') {
    return refuse('already_answered', `the proposal was already ${facts.status}`);
  }
  return allowed;
}
