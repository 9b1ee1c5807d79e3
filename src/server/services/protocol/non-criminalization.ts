// Non-criminalization at the moment it matters (docs/PROTOCOL.md, Non-criminalization): when an
// officer records an arrest attempt or a prosecutor a charging step, Lantern decides from the
// legal profile whether the law covers the offense for this youth, fills the event's `covered`
// detail (the pack's rule for the DA's review tests it), and records that the answer was shown.
import type { Queryable } from '../../../db/database.js';
import { unsafeListCaseEvents } from '../../../db/repositories/case-events.js';
import { insertNonCriminalizationNotice } from '../../../db/repositories/non-criminalization.js';
import type { Youth } from '../../../db/repositories/youth.js';
import type { Actor } from '../../../domain/actor.js';
import type { EventDetails, EventType } from '../../../domain/case-events.js';
import { localDate, OTHER_OFFENSE, type LegalProfile } from '../../../domain/legal-profile.js';
import {
  ageOn,
  CONSIDER_VICTIM_STATUS,
  nonCriminalizationDecision,
  offenseCodeOf,
  type NonCriminalizationDecision,
} from '../../../domain/non-criminalization.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';

/** The events that name an offense a minor may be protected from being charged with. */
export function namesOffense(type: EventType): type is 'arrest_attempt' | 'charging' {
  return type === 'arrest_attempt' || type === 'charging';
}

type OffenseDetails = {
  offenseCode?: string | undefined;
  prostitutionRelated?: boolean | undefined;
  covered?: boolean | undefined;
};

/** What the recorder is told about the offense, in the recording's answer. */
export interface NonCriminalizationView {
  readonly decision: 'covered' | 'consider_victim_status';
  readonly offense: {
    readonly code: string;
    readonly label: string | null;
    readonly citation: string | null;
    readonly ageLimit: number | null;
  };
  /** The words shown for "consider victim status"; the statement itself is the response's. */
  readonly message: string | null;
  readonly shownAt: Date;
}

/**
 * An offense code the profile does not list (and not `other`) is refused: a code the county has
 * not recorded cannot be decided. Returns the problem's message, or null.
 */
export function unknownOffense(profile: LegalProfile, details: OffenseDetails): string | null {
  const code = details.offenseCode;
  if (code === undefined || code === OTHER_OFFENSE) return null;
  if (profile.coveredOffenses.some((o) => o.code === code)) return null;
  const known = [...profile.coveredOffenses.map((o) => o.code), OTHER_OFFENSE].join(', ');
  return `offenseCode must be one of the legal profile's offenses (${known}).`;
}

/**
 * Decides for an event about to be recorded and returns its details with `covered` and
 * `prostitutionRelated` filled in from the profile (whatever the request said of `covered`).
 * The youth is identified as a victim when any identification is on the case by then.
 */
export async function decideForEvent(
  tx: Queryable,
  input: {
    readonly youth: Youth;
    readonly profile: LegalProfile;
    readonly occurredAt: Date;
    readonly details: EventDetails;
  },
): Promise<{ details: EventDetails; code: string; decision: NonCriminalizationDecision }> {
  const details = input.details as OffenseDetails;
  const code = offenseCodeOf(input.profile, details);
  const events = await unsafeListCaseEvents(tx, input.youth.id);
  const identified = events.some(
    (e) => e.type === 'identification' && e.occurredAt.getTime() <= input.occurredAt.getTime(),
  );
  const age = ageOn(localDate(input.occurredAt, input.profile.timeZone), input.youth.identity);
  const decision = nonCriminalizationDecision(input.profile, code, age, identified);
  const offense = input.profile.coveredOffenses.find((o) => o.code === code);
  return {
    code,
    decision,
    details: {
      ...details,
      prostitutionRelated: details.prostitutionRelated ?? offense?.prostitutionRelated ?? false,
      covered: decision.kind === 'covered',
    } as EventDetails,
  };
}

/** Records, in the event's transaction, that the recorder was shown the answer; audits codes. */
export async function recordShown(
  tx: Queryable,
  app: AppServices,
  request: RequestContext,
  input: {
    readonly actor: Actor;
    readonly youth: Youth;
    readonly profile: LegalProfile;
    readonly eventId: string;
    readonly code: string;
    readonly decision: NonCriminalizationDecision;
    readonly now: Date;
  },
): Promise<NonCriminalizationView | null> {
  const { decision } = input;
  if (decision.kind === 'none') return null;
  await insertNonCriminalizationNotice(tx, {
    jurisdictionId: input.youth.jurisdictionId,
    youthId: input.youth.id,
    eventId: input.eventId,
    decision: decision.kind,
    offenseCode: input.code,
    userId: input.actor.userId,
    organizationId: input.actor.organizationId,
    now: input.now,
  });
  await appendAuditEvent(tx, auditContext(app, request), {
    action: 'non_criminalization.shown',
    outcome: 'allowed',
    targetType: 'case_event',
    targetId: input.eventId,
    details: { eventId: input.eventId, decision: decision.kind, offenseCode: input.code },
  });
  const offense = input.profile.coveredOffenses.find((o) => o.code === input.code);
  return {
    decision: decision.kind,
    offense: {
      code: input.code,
      label: offense?.label ?? null,
      citation: offense?.citation ?? null,
      ageLimit: offense?.ageLimit ?? null,
    },
    message: decision.kind === 'consider_victim_status' ? CONSIDER_VICTIM_STATUS : null,
    shownAt: input.now,
  };
}
