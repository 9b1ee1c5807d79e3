// Opening an MDT meeting for a use case: the one rule in src/domain/mdt.ts decides, a refusal is
// audited in its own transaction, and another county's meeting answers exactly as an unknown id.
import { findMeeting, type Meeting } from '../../../db/repositories/mdt-meetings.js';
import type { Actor } from '../../../domain/actor.js';
import {
  decideMeeting,
  MEETING_REFUSAL_MESSAGES,
  MEETING_REFUSAL_STATUS,
  type MeetingAction,
  type MeetingFacts,
} from '../../../domain/mdt.js';
import type { AppServices, RequestContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { auditDenial, requireActor } from '../authorize.js';

export const meetingFacts = (meeting: Meeting): MeetingFacts => ({
  jurisdictionId: meeting.jurisdictionId,
  attendeeOrganizationIds: meeting.attendees.map((a) => a.organizationId),
});

/** Refuses `action` unless the rule allows it; returns how the caller takes part. */
export async function authorizeMeeting(
  app: AppServices,
  request: RequestContext,
  action: MeetingAction,
  facts: MeetingFacts,
  targetId?: string,
): Promise<{ actor: Actor; as: 'coordinator' | 'attendee' }> {
  const actor = requireActor(request);
  const decision = decideMeeting(actor, action, facts);
  if (decision.allowed) return { actor, as: decision.as };
  await auditDenial(app, request, decision.reason, {
    action: `mdt.${action}`,
    targetType: 'mdt_meeting',
    targetId,
  });
  if (MEETING_REFUSAL_STATUS[decision.reason] === 404) throw notFound('The meeting');
  throw new AppError(403, decision.reason, MEETING_REFUSAL_MESSAGES[decision.reason]);
}

export async function openMeeting(
  app: AppServices,
  request: RequestContext,
  meetingId: string,
  action: MeetingAction,
): Promise<{ actor: Actor; as: 'coordinator' | 'attendee'; meeting: Meeting }> {
  requireActor(request);
  const meeting = await findMeeting(app.db, meetingId);
  if (!meeting) throw notFound('The meeting');
  const allowed = await authorizeMeeting(app, request, action, meetingFacts(meeting), meeting.id);
  return { ...allowed, meeting };
}
