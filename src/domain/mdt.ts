// Multidisciplinary team (MDT) meetings (docs/LEGAL-AND-MDT.md, "MDT meetings"): who sees a
// meeting and what of each case on its agenda, which cases the agenda starts with, and who reads
// the minutes. A meeting never widens access: every word of a youth it shows is asked of
// decideRead, exactly as the record would ask it.
import type { Actor } from './actor.js';
import {
  decideRead,
  neverReadsCases,
  seesYouthData,
  type AccessTime,
  type CaseFacts,
  type DenialReason,
} from './case-access.js';
import type { TaskKind } from './protocol.js';
import { isCountyCoordinator } from './tasks.js';
import type { DataCategory } from './vocabulary.js';

/** A member's own screen (their organization's access), or the room's shared screen. */
export const MEETING_VIEWS = ['own', 'shared'] as const;
export type MeetingView = (typeof MEETING_VIEWS)[number];

/** read: open the meeting; manage: schedule, edit the agenda, attendance, minutes, decisions. */
export type MeetingAction = 'read' | 'manage';

/** What managing a meeting lets the coordinator do on its screen (its `allowedActions`). */
export const MEETING_MANAGE_ACTIONS = [
  'agenda.edit',
  'attendance.record',
  'minutes.write',
  'decision.record',
  'case.review',
] as const;
export type MeetingManageAction = (typeof MEETING_MANAGE_ACTIONS)[number];

export type MeetingRefusal =
  'other_jurisdiction' | 'role_without_youth_data' | 'not_attendee' | 'not_coordinator';

/** Another county's meeting answers as an unknown one, so an id tells nothing across counties. */
export const MEETING_REFUSAL_STATUS: Readonly<Record<MeetingRefusal, 403 | 404>> = {
  other_jurisdiction: 404,
  role_without_youth_data: 403,
  not_attendee: 403,
  not_coordinator: 403,
};

export const MEETING_REFUSAL_MESSAGES: Readonly<Record<MeetingRefusal, string>> = {
  other_jurisdiction: 'The meeting was not found',
  role_without_youth_data: 'Your role does not take part in case reviews.',
  not_attendee: 'Your organization is not an attendee of this meeting.',
  not_coordinator: 'Only the county’s CSEC coordinator schedules and runs MDT meetings.',
};

export interface MeetingFacts {
  readonly jurisdictionId: string;
  readonly attendeeOrganizationIds: readonly string[];
}

export type MeetingDecision =
  | { readonly allowed: true; readonly as: 'coordinator' | 'attendee' }
  | { readonly allowed: false; readonly reason: MeetingRefusal };

/**
 * The one rule of who sees a meeting: the county coordinator (who runs it) and the people of its
 * attendee organizations who work cases, in its own county. Administrators and oversight never,
 * whatever their organization. Only the coordinator manages it.
 */
export function decideMeeting(
  actor: Actor,
  action: MeetingAction,
  meeting: MeetingFacts,
): MeetingDecision {
  if (actor.jurisdictionId !== meeting.jurisdictionId) {
    return { allowed: false, reason: 'other_jurisdiction' };
  }
  if (neverReadsCases(actor) || !seesYouthData(actor)) {
    return { allowed: false, reason: 'role_without_youth_data' };
  }
  if (isCountyCoordinator(actor)) return { allowed: true, as: 'coordinator' };
  if (action === 'manage') return { allowed: false, reason: 'not_coordinator' };
  return meeting.attendeeOrganizationIds.includes(actor.organizationId)
    ? { allowed: true, as: 'attendee' }
    : { allowed: false, reason: 'not_attendee' };
}

// --- the agenda ---

/** Why a case is on the agenda, most pressing first (the agenda's order follows it). */
export const AGENDA_REASONS = [
  'missed_clock',
  'mdt_review',
  'new_identification',
  'clock_due_soon',
  'added_by_coordinator',
] as const;
export type AgendaReason = (typeof AGENDA_REASONS)[number];

/** A clock due within this many hours of the meeting puts its case on the agenda. */
export const SOON_DUE_HOURS = 72;
/** Without an earlier meeting, identifications of this many days count as new. */
export const NEW_IDENTIFICATION_DAYS = 7;

const HOUR_MS = 3_600_000;

/** What the agenda weighs of one open case; nothing of the youth but the case number. */
export interface AgendaCandidate {
  readonly youthId: string;
  readonly caseNumber: string;
  /** The latest identification recorded on the case, if any. */
  readonly identifiedAt: Date | null;
  /** Open tasks; `protocol` when a rule of the county's protocol gave it (a clock). */
  readonly openTasks: readonly {
    readonly kind: TaskKind;
    readonly dueAt: Date;
    readonly protocol: boolean;
  }[];
}

export interface AgendaWindow {
  /** Identifications since this instant are new. */
  readonly since: Date;
  /** When the agenda is built: a clock due before it is missed. */
  readonly now: Date;
  readonly startsAt: Date;
}

/** New since the county's last meeting before this one, or the last seven days without one. */
export function agendaWindow(lastMeetingAt: Date | null, now: Date, startsAt: Date): AgendaWindow {
  const since = lastMeetingAt ?? new Date(now.getTime() - NEW_IDENTIFICATION_DAYS * 24 * HOUR_MS);
  return { since, now, startsAt };
}

/** Why the case belongs on the agenda, most pressing first; empty when it does not. */
export function agendaReasons(candidate: AgendaCandidate, window: AgendaWindow): AgendaReason[] {
  const reasons = new Set<AgendaReason>();
  const soon = Math.max(window.now.getTime(), window.startsAt.getTime()) + SOON_DUE_HOURS * HOUR_MS;
  for (const task of candidate.openTasks) {
    if (task.kind === 'mdt_review') reasons.add('mdt_review');
    if (!task.protocol) continue;
    if (task.dueAt.getTime() <= window.now.getTime()) reasons.add('missed_clock');
    else if (task.dueAt.getTime() <= soon) reasons.add('clock_due_soon');
  }
  if (candidate.identifiedAt && candidate.identifiedAt.getTime() >= window.since.getTime()) {
    reasons.add('new_identification');
  }
  return AGENDA_REASONS.filter((r) => reasons.has(r));
}

/**
 * The agenda a meeting starts with: every candidate with a reason, the most pressing reason
 * first, then the earliest open clock, then the case number.
 */
export function selectAgenda(
  candidates: readonly AgendaCandidate[],
  window: AgendaWindow,
): { youthId: string; caseNumber: string; reasons: AgendaReason[] }[] {
  const earliest = (c: AgendaCandidate) =>
    Math.min(Infinity, ...c.openTasks.map((t) => t.dueAt.getTime()));
  return candidates
    .map((c) => ({ candidate: c, reasons: agendaReasons(c, window) }))
    .filter((e) => e.reasons.length > 0)
    .sort(
      (a, b) =>
        AGENDA_REASONS.indexOf(a.reasons[0] ?? 'added_by_coordinator') -
          AGENDA_REASONS.indexOf(b.reasons[0] ?? 'added_by_coordinator') ||
        earliest(a.candidate) - earliest(b.candidate) ||
        a.candidate.caseNumber.localeCompare(b.candidate.caseNumber),
    )
    .map((e) => ({
      youthId: e.candidate.youthId,
      caseNumber: e.candidate.caseNumber,
      reasons: e.reasons,
    }));
}

export type ClockState = 'met' | 'late' | 'overdue' | 'due';

/** A clock as the room reads it: met or late once done, overdue or due while open. */
export function clockState(
  task: {
    readonly status: 'open' | 'done' | 'cancelled';
    readonly dueAt: Date;
    readonly completedAt: Date | null;
  },
  now: Date,
): ClockState | null {
  if (task.status === 'cancelled') return null;
  if (task.status === 'done') {
    return task.completedAt && task.completedAt.getTime() <= task.dueAt.getTime() ? 'met' : 'late';
  }
  return task.dueAt.getTime() <= now.getTime() ? 'overdue' : 'due';
}

// --- what a case shows, and the minutes ---

/** Which organizations hold data of each category on the case (as the record counts them). */
export type CategoryHolders = ReadonlyMap<DataCategory, readonly string[]>;

/**
 * What a case on the agenda shows on a screen. The shared screen: the case number and clocks,
 * nothing else. A member's own screen adds the youth's name where they may read the identity and
 * the categories of which they may read some holder's data: decideRead decides each, as on the
 * record, so the meeting opens nothing.
 */
export function agendaCaseShows(
  actor: Actor,
  view: MeetingView,
  youth: { readonly createdByOrganizationId: string },
  holders: CategoryHolders,
  facts: CaseFacts,
  time: AccessTime,
): { readonly name: boolean; readonly categories: readonly DataCategory[] } {
  if (view === 'shared') return { name: false, categories: [] };
  const reads = (category: DataCategory, holderOrganizationId: string) =>
    decideRead(actor, { category, holderOrganizationId }, facts, time).allowed;
  return {
    name: reads('identity', youth.createdByOrganizationId),
    categories: [...holders.entries()]
      .filter(([category, orgs]) => orgs.some((o) => reads(category, o)))
      .map(([category]) => category),
  };
}

export type MinutesDecision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly reason: DenialReason | 'no_holder';
      readonly category: DataCategory;
    };

/**
 * Who reads a case's minutes: the organization that wrote them (they hold them), and any other
 * only with a read basis for every category the minutes name, from every organization holding
 * that category's data on the case (what was said may have come from any of them). A category
 * nobody holds on the case gives no basis to anyone but the writer: default deny. The meeting's
 * general minutes are for everyone who may open the meeting (`decideMeeting`).
 */
export function decideCaseMinutesRead(
  actor: Actor,
  minutes: {
    readonly categories: readonly DataCategory[];
    readonly authorOrganizationId: string;
  },
  holders: CategoryHolders,
  facts: CaseFacts,
  time: AccessTime,
): MinutesDecision {
  for (const category of minutes.categories) {
    const held = holders.get(category) ?? [];
    if (actor.organizationId === minutes.authorOrganizationId) {
      const own = decideRead(
        actor,
        { category, holderOrganizationId: actor.organizationId },
        facts,
        time,
      );
      if (!own.allowed) return { allowed: false, reason: own.reason, category };
      continue;
    }
    if (held.length === 0) return { allowed: false, reason: 'no_holder', category };
    for (const holderOrganizationId of held) {
      const decision = decideRead(actor, { category, holderOrganizationId }, facts, time);
      if (!decision.allowed) return { allowed: false, reason: decision.reason, category };
    }
  }
  return { allowed: true };
}

// --- what the coordinator types ---

/** A meeting may be recorded for today; more than a day back is a typing slip. */
export const MEETING_PAST_HOURS = 24;
export const MEETING_AHEAD_DAYS = 366;

export type MeetingTimeProblem = 'meeting_in_past' | 'meeting_too_far';

export function meetingTimeProblem(startsAt: Date, now: Date): MeetingTimeProblem | null {
  if (startsAt.getTime() < now.getTime() - MEETING_PAST_HOURS * HOUR_MS) return 'meeting_in_past';
  if (startsAt.getTime() > now.getTime() + MEETING_AHEAD_DAYS * 24 * HOUR_MS) {
    return 'meeting_too_far';
  }
  return null;
}

/** A decision's owner: an attendee of the meeting or an organization on the case's team. */
export function mayOwnDecision(
  ownerOrganizationId: string,
  meeting: Pick<MeetingFacts, 'attendeeOrganizationIds'>,
  teamOrganizationIds: readonly string[],
): boolean {
  return (
    meeting.attendeeOrganizationIds.includes(ownerOrganizationId) ||
    teamOrganizationIds.includes(ownerOrganizationId)
  );
}
