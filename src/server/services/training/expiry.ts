// The warning before a training completion lapses (docs/TRAINING.md): the 'training.expiry' job,
// scheduled when the completion is recorded for 30 days before its lapse day, tells the person
// and their organization's supervisors (the county's coordinators where the organization has
// none). A renewal recorded meanwhile makes the warning moot; so does a lapse already past.
import { localDate } from '../../../domain/legal-profile.js';
import { notificationParams, type NotificationContent } from '../../../domain/notifications.js';
import { isSupervisorOf } from '../../../domain/training.js';
import type { Queryable } from '../../../db/database.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { insertNotification } from '../../../db/repositories/notifications.js';
import {
  findCompletion,
  findTrainingPerson,
  listTrainingPeople,
  renewedSince,
  type TrainingPersonRow,
} from '../../../db/repositories/training.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditContext } from '../../audit/events.js';
import { notifyCoordinators } from '../cases/notify.js';

const clockContext = (jurisdictionId: string, now: Date): AuditContext => ({
  actorUserId: null,
  actorOrganizationId: null,
  jurisdictionId,
  ip: null,
  userAgent: 'lantern-clock',
  now,
});

async function tellPerson(
  tx: Queryable,
  person: TrainingPersonRow,
  content: NotificationContent,
  text: string,
  now: Date,
): Promise<void> {
  const [role] = person.roles;
  if (!role) return;
  await insertNotification(tx, {
    jurisdictionId: person.jurisdictionId,
    recipientOrganizationId: person.organizationId,
    recipientRole: role,
    recipientUserId: person.userId,
    kind: content.code,
    youthId: null,
    caseNumber: null,
    message: text,
    params: notificationParams(content),
    now,
  });
}

export async function trainingExpiryFallsDue(
  tx: Queryable,
  completionId: string,
  now: Date,
): Promise<void> {
  const completion = await findCompletion(tx, completionId);
  if (!completion?.lapsesOn || (await renewedSince(tx, completion))) return;
  const { timeZone } = await findLegalProfile(tx, completion.jurisdictionId);
  if (completion.lapsesOn <= localDate(now, timeZone)) return;
  const person = await findTrainingPerson(tx, completion.userId);
  if (!person?.active) return;
  const content: NotificationContent = {
    code: 'training.expiring',
    params: { person: person.name, course: completion.courseTitle, lapsesOn: completion.lapsesOn },
  };
  const text = `${person.name}: the training "${completion.courseTitle}" no longer counts from ${completion.lapsesOn}. Record its renewal before then.`;
  await tellPerson(tx, person, content, text, now);
  const supervisors = (
    await listTrainingPeople(tx, person.jurisdictionId, person.organizationId)
  ).filter((p) => p.userId !== person.userId && isSupervisorOf(p, person.organizationId));
  for (const supervisor of supervisors) await tellPerson(tx, supervisor, content, text, now);
  if (supervisors.length === 0) {
    await notifyCoordinators(tx, {
      jurisdictionId: person.jurisdictionId,
      content,
      youthId: null,
      text,
      now,
    });
  }
  await appendAuditEvent(tx, clockContext(completion.jurisdictionId, now), {
    action: 'training.expiry_warning',
    outcome: 'allowed',
    targetType: 'training_completion',
    targetId: completionId,
    details: {
      userId: person.userId,
      lapsesOn: completion.lapsesOn,
      supervisors: supervisors.length,
    },
  });
}
