// The rules of a closed-loop referral: who may move it to which status, with what reason, how it
// maps to a FHIR Task, and when the receiving organization's answer is due. Pure and
// deterministic: no I/O and no clock; callers pass `now`.
import type { Actor } from './actor.js';
import { seesYouthData } from './case-access.js';

export const REFERRAL_STATUSES = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'info_requested',
  'enrolled',
  'completed',
  'ended',
  'withdrawn',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const OPEN_STATUSES = ['draft', 'sent', 'info_requested', 'accepted', 'enrolled'] as const;
export const FINAL_STATUSES = ['declined', 'completed', 'ended', 'withdrawn'] as const;

/** The sending organization, or the receiving organization that is asked to serve the youth. */
export type ReferralSide = 'sender' | 'receiver';

/**
 * Which side of a referral the actor is on: its organization sent or received it, and the actor
 * works cases. An administrator or oversight analyst at a party organization is on neither side:
 * a referral carries a youth's needs and a note.
 */
export function referralSide(
  actor: Actor,
  referral: { readonly senderOrganizationId: string; readonly receiverOrganizationId: string },
): ReferralSide | null {
  if (!seesYouthData(actor)) return null;
  if (actor.organizationId === referral.senderOrganizationId) return 'sender';
  if (actor.organizationId === referral.receiverOrganizationId) return 'receiver';
  return null;
}

/** The county coordinator reads (never acts on) the county's referrals. */
export function readsAsCoordinator(
  actor: Actor,
  referral: { readonly jurisdictionId: string },
): boolean {
  return (
    seesYouthData(actor) &&
    actor.roles.includes('coordinator') &&
    referral.jurisdictionId === actor.jurisdictionId
  );
}

/** What of a referral is read: the referral with its packet, or the thread between its sides. */
export type ReferralPart = 'packet' | 'thread';

/** Who reads a referral: one of its two sides, or the county coordinator (the packet only). */
export type ReferralReader = ReferralSide | 'coordinator';

/**
 * The one rule for who reads a referral's packet and its thread. The two sides read both, the
 * receiver not before the referral is sent; the county coordinator reads the packet to follow
 * the county's referrals, but never the thread, which is what people of the two sides typed to
 * each other. Anyone else reads neither. Null: denied.
 */
export function referralReader(
  actor: Actor,
  referral: {
    readonly jurisdictionId: string;
    readonly senderOrganizationId: string;
    readonly receiverOrganizationId: string;
    readonly status: ReferralStatus;
  },
  part: ReferralPart,
): ReferralReader | null {
  const side = referralSide(actor, referral);
  if (side === 'sender') return side;
  if (referral.status === 'draft') return null;
  if (side === 'receiver') return side;
  if (part === 'packet' && readsAsCoordinator(actor, referral)) return 'coordinator';
  return null;
}

/** Every step of the lifecycle, with the side that takes it. Final statuses have none. */
const STEPS: Readonly<
  Record<ReferralStatus, Readonly<Partial<Record<ReferralStatus, ReferralSide>>>>
> = {
  draft: { sent: 'sender', withdrawn: 'sender' },
  sent: {
    accepted: 'receiver',
    declined: 'receiver',
    info_requested: 'receiver',
    withdrawn: 'sender',
  },
  // The sender answers a request for more information by sending the referral again.
  info_requested: {
    sent: 'sender',
    accepted: 'receiver',
    declined: 'receiver',
    withdrawn: 'sender',
  },
  accepted: { enrolled: 'receiver', ended: 'receiver', withdrawn: 'sender' },
  enrolled: { completed: 'receiver', ended: 'receiver', withdrawn: 'sender' },
  declined: {},
  completed: {},
  ended: {},
  withdrawn: {},
};

/** The statuses a referral may move to next, in REFERRAL_STATUSES order; only one side's if given. */
export function nextStatuses(from: ReferralStatus, side?: ReferralSide): ReferralStatus[] {
  return REFERRAL_STATUSES.filter((to) => {
    const by = STEPS[from][to];
    return by !== undefined && (side === undefined || by === side);
  });
}

/** The side that takes the step from one status to another; null when it is not a step. */
export function sideFor(from: ReferralStatus, to: ReferralStatus): ReferralSide | null {
  return STEPS[from][to] ?? null;
}

export const DECLINE_REASONS = [
  'no_capacity',
  'not_eligible',
  'outside_service_area',
  'youth_declined',
  'duplicate',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Why an accepted or enrolled referral ended without being completed. */
export const END_REASONS = ['youth_declined', 'unable_to_contact', 'moved', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export type TransitionProblem =
  | 'impossible'
  | 'wrong_side'
  | 'reason_required'
  | 'reason_not_allowed'
  | 'unknown_reason'
  | 'note_required';

export type TransitionDecision =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: TransitionProblem; readonly message: string };

/** The HTTP status the API answers with for each problem. */
export const PROBLEM_STATUS: Readonly<Record<TransitionProblem, 400 | 403 | 409>> = {
  impossible: 409,
  wrong_side: 403,
  reason_required: 400,
  reason_not_allowed: 400,
  unknown_reason: 400,
  note_required: 400,
};

export interface TransitionRequest {
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
  readonly side: ReferralSide;
  /** Unchecked input: a decline or end reason code. */
  readonly reason?: string | null;
  readonly note?: string | null;
}

/** Where a referral stands, to finish "This referral is ...". */
const STANDING: Readonly<Record<ReferralStatus, string>> = {
  draft: 'a draft',
  sent: 'waiting for an answer',
  info_requested: 'waiting for more information from the sender',
  accepted: 'accepted',
  enrolled: 'enrolled',
  declined: 'declined',
  completed: 'completed',
  ended: 'ended',
  withdrawn: 'withdrawn',
};

/** Each step in words, to finish "it can be ...". */
const STEP_WORDS: Readonly<Record<ReferralStatus, string>> = {
  draft: 'returned to draft',
  sent: 'sent',
  info_requested: 'put on hold for more information',
  accepted: 'accepted',
  declined: 'declined',
  enrolled: 'marked enrolled',
  completed: 'marked completed',
  ended: 'ended',
  withdrawn: 'withdrawn',
};

/** Each step as an action, to finish "Only the ... organization can ...". */
const ACTIONS: Readonly<Record<ReferralStatus, string>> = {
  draft: 'return this referral to draft',
  sent: 'send this referral',
  info_requested: 'ask for more information about this referral',
  accepted: 'accept this referral',
  declined: 'decline this referral',
  enrolled: 'record that the youth has enrolled',
  completed: 'mark this referral completed',
  ended: 'end this referral',
  withdrawn: 'withdraw this referral',
};

const CLOSED: Readonly<Record<(typeof FINAL_STATUSES)[number], string>> = {
  declined: 'A declined referral is closed; send a new one.',
  completed: 'A completed referral is closed; send a new one if the youth needs more help.',
  ended: 'An ended referral is closed; send a new one if the youth wants services again.',
  withdrawn: 'A withdrawn referral is closed; send a new one.',
};

const isFinal = (status: ReferralStatus): status is (typeof FINAL_STATUSES)[number] =>
  (FINAL_STATUSES as readonly ReferralStatus[]).includes(status);

const list = (words: readonly string[]) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;

const blank = (text: string | null | undefined) =>
  text === null || text === undefined || !text.trim();

const problem = (kind: TransitionProblem, message: string): TransitionDecision => ({
  ok: false,
  problem: kind,
  message,
});

/** Whether one side may move a referral from one status to another, with this reason and note. */
export function decideTransition(request: TransitionRequest): TransitionDecision {
  const { from, to, side, reason, note } = request;
  const by = STEPS[from][to];
  if (by === undefined) {
    if (isFinal(from)) return problem('impossible', CLOSED[from]);
    if (from === to) return problem('impossible', `This referral is already ${STANDING[from]}.`);
    return problem(
      'impossible',
      `This referral is ${STANDING[from]}, so it cannot be ${STEP_WORDS[to]}. ` +
        `Next it can be ${list(nextStatuses(from).map((s) => STEP_WORDS[s]))}.`,
    );
  }
  if (by !== side) {
    const action =
      from === 'info_requested' && to === 'sent'
        ? 'answer a request for more information'
        : ACTIONS[to];
    const organization = by === 'sender' ? 'sending' : 'receiving';
    return problem('wrong_side', `Only the ${organization} organization can ${action}.`);
  }
  const reasons: readonly string[] | null =
    to === 'declined' ? DECLINE_REASONS : to === 'ended' ? END_REASONS : null;
  if (reasons === null) {
    return blank(reason)
      ? { ok: true }
      : problem(
          'reason_not_allowed',
          'Only declining or ending a referral takes a reason; leave the reason empty.',
        );
  }
  const doing = to === 'declined' ? 'declining this referral' : 'ending this referral';
  if (blank(reason)) return problem('reason_required', `Choose a reason for ${doing}.`);
  if (!reasons.includes(reason ?? '')) {
    return problem(
      'unknown_reason',
      `That is not one of the reasons for ${doing}; choose one from the list.`,
    );
  }
  if (reason === 'other' && blank(note)) {
    return problem('note_required', 'You chose "other"; add a note that says why.');
  }
  return { ok: true };
}

/**
 * FHIR R4 Task.status for each status, as the HL7 SDOH Clinical Care IG's referral Task uses them.
 * Ended and withdrawn are both 'cancelled' ("the task was not completed", which the IG lets the
 * requester or the performer set). 'completed' would claim the service was delivered, and
 * 'failed' means "could not be completed due to some error": a youth who says no, moves or cannot
 * be reached is not an error. The end reason goes in Task.statusReason.
 */
export const FHIR_TASK_STATUS: Readonly<Record<ReferralStatus, string>> = {
  draft: 'draft',
  sent: 'requested',
  accepted: 'accepted',
  declined: 'rejected',
  info_requested: 'on-hold',
  enrolled: 'in-progress',
  completed: 'completed',
  ended: 'cancelled',
  withdrawn: 'cancelled',
};

/** How a referral that reached services turned out. */
export const OUTCOMES = ['completed', ...END_REASONS] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The outcome of a completed or ended referral; null for any other status. An ended referral
 * without a valid end reason is corrupt data, so it throws rather than report no outcome.
 */
export function outcomeOf(status: ReferralStatus, reason: string | null): Outcome | null {
  if (status === 'completed') return 'completed';
  if (status !== 'ended') return null;
  const outcome = END_REASONS.find((r) => r === reason);
  if (outcome === undefined) throw new RangeError('An ended referral must have an end reason.');
  return outcome;
}

// --- clocks ---

// Business days live with the other local-time rules; referrals keep exporting them.
export { addBusinessDays } from './local-time.js';

export interface ReferralClock {
  readonly status: ReferralStatus;
  /** When the receiver's answer is due; null before the referral is sent. */
  readonly dueAt: Date | null;
}

/** Whether the receiver owes an answer past its deadline. A request for more information waits
 * on the sender, so it never makes the receiver overdue. */
export function isOverdue(referral: ReferralClock, now: Date): boolean {
  return (
    referral.status === 'sent' &&
    referral.dueAt !== null &&
    now.getTime() >= referral.dueAt.getTime()
  );
}

export const INBOX_GROUPS = ['new', 'overdue', 'in_progress', 'closed'] as const;
export type InboxGroup = (typeof INBOX_GROUPS)[number];

/** Where a referral sits in the receiver's inbox; null for a draft, which the receiver never sees. */
export function inboxGroup(referral: ReferralClock, now: Date): InboxGroup | null {
  switch (referral.status) {
    case 'draft':
      return null;
    case 'sent':
      return isOverdue(referral, now) ? 'overdue' : 'new';
    case 'info_requested':
    case 'accepted':
    case 'enrolled':
      return 'in_progress';
    case 'declined':
    case 'completed':
    case 'ended':
    case 'withdrawn':
      return 'closed';
  }
}
