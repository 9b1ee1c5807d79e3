// How and when a receiver answers a referral, beyond the lifecycle in referrals.ts: the urgency
// the sender sets and the answer clock it starts, the order of the inbox, the minute in which an
// accept can be undone, and the text of a message between the two sides. Pure: callers pass
// `now` and the county's calendar.
import { addBusinessDays } from './local-time.js';
import type { ReferralStatus } from './referrals.js';

/** Routine: an answer within the service's business days. Urgent ("a bed tonight"): within hours. */
export const URGENCIES = ['routine', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** The county's urgent answer time when its coordinator has set none (docs/ARCHITECTURE.md). */
export const DEFAULT_URGENT_ANSWER_HOURS = 4;
export const MAX_URGENT_ANSWER_HOURS = 72;

export interface AnswerClock {
  readonly urgency: Urgency;
  /** The service's answer time for a routine referral, 0 to 30 business days. */
  readonly responseBusinessDays: number;
  /** The county's answer time for an urgent referral, 1 to 72 hours. */
  readonly urgentAnswerHours: number;
  readonly timeZone: string;
  readonly holidays: readonly string[];
}

/**
 * When the receiver's answer is due for a referral sent at `sentAt`. An urgent one counts clock
 * hours, nights, weekends and holidays included, because a youth who needs a bed tonight needs
 * it on a Saturday too; a routine one ends with the service's last business day.
 */
export function answerDueAt(sentAt: Date, clock: AnswerClock): Date {
  if (clock.urgency === 'routine') {
    return addBusinessDays(sentAt, clock.responseBusinessDays, clock.timeZone, clock.holidays);
  }
  const hours = clock.urgentAnswerHours;
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_URGENT_ANSWER_HOURS) {
    throw new RangeError(`Urgent answer hours must be a whole number from 1 to 72.`);
  }
  return new Date(sentAt.getTime() + hours * 3_600_000);
}

/** An answer is owed while the referral waits on the receiver or on a question to the sender. */
const AWAITING: readonly ReferralStatus[] = ['sent', 'info_requested'];

/**
 * The inbox order within a group: urgent referrals that still await an answer first, the rest
 * keeping the order they came in (soonest due first). A comparator for a stable sort.
 */
export function inboxOrder(
  a: { readonly urgency: Urgency; readonly status: ReferralStatus },
  b: { readonly urgency: Urgency; readonly status: ReferralStatus },
): number {
  const rank = (r: typeof a) => (r.urgency === 'urgent' && AWAITING.includes(r.status) ? 0 : 1);
  return rank(a) - rank(b);
}

// --- undoing an accept ---

/** How long after accepting the receiver may take it back: a slip of the finger, not a change
 * of mind (a change of mind is ending the referral, with its reason). */
export const UNDO_ACCEPT_SECONDS = 60;

export type UndoProblem = 'not_accepted' | 'wrong_side' | 'undo_window_passed';

export type UndoDecision =
  | { readonly ok: true; readonly to: ReferralStatus }
  | { readonly ok: false; readonly problem: UndoProblem; readonly message: string };

export const UNDO_PROBLEM_STATUS: Readonly<Record<UndoProblem, 403 | 409>> = {
  not_accepted: 409,
  wrong_side: 403,
  undo_window_passed: 409,
};

export interface UndoRequest {
  readonly status: ReferralStatus;
  /** The caller's organization. */
  readonly organizationId: string;
  /** The step that accepted it: from what status, by which organization, when. Null if none. */
  readonly accept: {
    readonly fromStatus: ReferralStatus;
    readonly byOrganizationId: string | null;
    readonly at: Date;
  } | null;
  readonly now: Date;
}

/** Whether the caller's organization may undo its accept now, and the status it returns to. */
export function decideUndoAccept(request: UndoRequest): UndoDecision {
  const { status, accept, now } = request;
  if (status !== 'accepted' || accept === null) {
    return {
      ok: false,
      problem: 'not_accepted',
      message: 'This referral is not accepted now, so there is no accept to undo.',
    };
  }
  if (accept.byOrganizationId !== request.organizationId) {
    return {
      ok: false,
      problem: 'wrong_side',
      message: 'Only the organization that accepted a referral can undo its accept.',
    };
  }
  const elapsed = now.getTime() - accept.at.getTime();
  if (elapsed > UNDO_ACCEPT_SECONDS * 1000) {
    return {
      ok: false,
      problem: 'undo_window_passed',
      message:
        'An accept can be undone only within a minute. To stop now, end the referral with a reason.',
    };
  }
  return { ok: true, to: accept.fromStatus };
}

// --- messages between the two sides ---

export const MESSAGE_MAX_LENGTH = 2000;

export type MessageProblem = 'empty' | 'too_long' | 'control_character';

export const MESSAGE_PROBLEMS: Readonly<Record<MessageProblem, string>> = {
  empty: 'Write a message.',
  too_long: `A message is at most ${String(MESSAGE_MAX_LENGTH)} characters.`,
  control_character:
    'The message holds a control character (a pasted invisible character); remove it.',
};

// Tabs and line breaks are text; the other C0 and C1 controls and DEL are not, and a pasted one
// would print as nothing on one screen and a box on another.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** What is wrong with a message's text, or null; the length counts the trimmed text. */
export function messageProblem(body: string): MessageProblem | null {
  const text = body.trim();
  if (text.length === 0) return 'empty';
  if (text.length > MESSAGE_MAX_LENGTH) return 'too_long';
  if (CONTROL.test(text)) return 'control_character';
  return null;
}
