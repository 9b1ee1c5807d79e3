// The case timeline: what happened on a case, newest first, each entry only where the reader may
// see it (docs/PROTOCOL.md, "The case timeline"). Events in full where their category may be read
// from the recorder; tasks with their clocks to the assignee, the coordinator and readers of the
// triggering event; referrals to their parties and readers of the sender's referrals; consents to
// those the record shows them to; notes, screenings and safety plan versions by metadata only,
// never their text, answers or content (timeline-screenings-and-plans.ts).
import { unsafeListCaseEvents } from '../../../db/repositories/case-events.js';
import {
  listDisclosures,
  unsafeListCaseNotes,
  unsafeListPrivilegedNotes,
} from '../../../db/repositories/notes.js';
import { listOrganizations } from '../../../db/repositories/organizations.js';
import { unsafeListCaseReferrals } from '../../../db/repositories/referrals.js';
import { listTasks } from '../../../db/repositories/tasks.js';
import type { EventType } from '../../../domain/case-events.js';
import type { TaskKind } from '../../../domain/protocol.js';
import type { ReferralStatus } from '../../../domain/referrals.js';
import { decidePrivilegedRead } from '../../../domain/case-access.js';
import { referralSide } from '../../../domain/referrals.js';
import { seesTaskOnTimeline, taskClock, type TaskClock } from '../../../domain/timeline.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { openCase, type CaseScope } from '../cases/case-scope.js';
import { isQualifiedCaseworker } from '../cases/privileged-notes.js';
import {
  safetyPlanEntries,
  screeningEntries,
  screeningEventKey,
  type TimelineSafetyPlanVersion,
  type TimelineScreening,
} from './timeline-screenings-and-plans.js';

// The route's schema (src/server/http/timeline-schemas.ts) checks these shapes on the way out.
export type TimelineEntry =
  | {
      readonly entry: 'event';
      readonly id: string;
      readonly at: Date;
      readonly type: EventType;
      readonly category: DataCategory;
      readonly occurredAt: Date;
      readonly recordedAt: Date;
      readonly details: Readonly<Record<string, unknown>>;
      readonly recordedByName: string;
      readonly recordedByOrganizationName: string;
    }
  | {
      readonly entry: 'task';
      readonly id: string;
      readonly at: Date;
      readonly title: string;
      readonly taskKind: TaskKind;
      readonly eventType: string | null;
      readonly ruleKey: string | null;
      readonly ruleVersion: number | null;
      readonly assigneeOrganizationName: string;
      readonly status: 'open' | 'done' | 'cancelled';
      readonly dueAt: Date;
      readonly completedAt: Date | null;
      readonly cancelledAt: Date | null;
      readonly clock: TaskClock;
      readonly escalations: number;
    }
  | {
      readonly entry: 'referral';
      readonly id: string;
      readonly at: Date;
      readonly status: ReferralStatus;
      readonly serviceName: string;
      readonly automatic: boolean;
      readonly senderOrganizationName: string;
      readonly receiverOrganizationName: string;
      readonly sentAt: Date | null;
      readonly dueAt: Date | null;
      readonly closedAt: Date | null;
    }
  | {
      readonly entry: 'consent';
      readonly id: string;
      readonly at: Date;
      readonly recordedByOrganizationName: string;
      readonly recipientOrganizationNames: string[];
      readonly categories: DataCategory[];
      readonly signedOn: string;
      readonly expiresOn: string;
      readonly revokedAt: Date | null;
    }
  | {
      readonly entry: 'note';
      readonly id: string;
      readonly at: Date;
      readonly category: DataCategory;
      readonly authorOrganizationName: string;
    }
  | {
      readonly entry: 'privileged_note';
      readonly id: string;
      readonly at: Date;
      readonly authorOrganizationName: string;
    }
  | TimelineScreening
  | TimelineSafetyPlanVersion;
type Entry = TimelineEntry;

export interface Timeline {
  readonly entries: TimelineEntry[];
  readonly withheld: {
    readonly category: DataCategory;
    readonly organizationId: string;
    readonly organizationName: string;
  }[];
}

interface Withheld {
  readonly category: DataCategory;
  readonly organizationId: string;
  readonly reason: string;
}

export async function readTimeline(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<Timeline> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const names = new Map(
    (
      await listOrganizations(app.db, {
        jurisdictionId: scope.youth.jurisdictionId,
        includeInactive: true,
      })
    ).map((o) => [o.id, o.name]),
  );
  const nameOf = (id: string) => names.get(id) ?? '';
  const shown = new Set<DataCategory>();
  const withheld: Withheld[] = [];
  // A screening is shown once, in place of the `screening_result` event written with it.
  const screeningEvents = new Map<string, number>();
  const screenings = await screeningEntries(app, scope, shown, withheld, screeningEvents);
  const entries: Entry[] = [
    ...(await eventsAndTasks(app, scope, shown, withheld, screeningEvents)),
    ...screenings,
    ...(await safetyPlanEntries(app, scope, shown, withheld)),
    ...(await referrals(app, scope, shown)),
    ...consents(scope, nameOf),
    ...(await notes(app, scope, shown, withheld)),
  ];
  // Events of the same instant (a detention and a release typed in the same minute) stand in the
  // order they were recorded, newest first like the rest (src/domain/missing-youth.ts).
  const recorded = (e: Entry) => (e.entry === 'event' ? e.recordedAt.getTime() : 0);
  entries.sort(
    (a, b) =>
      b.at.getTime() - a.at.getTime() || recorded(b) - recorded(a) || a.id.localeCompare(b.id),
  );
  // Withheld holders are named by category and organization, as the record names them.
  const holders = new Map<string, Withheld>();
  for (const w of withheld) holders.set(`${w.category} ${w.organizationId}`, w);
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: [...shown],
    details: {
      view: 'timeline',
      withheld: [...holders.values()].map((w) => ({ category: w.category, reason: w.reason })),
    },
  });
  return {
    entries,
    withheld: [...holders.values()].map((w) => ({
      category: w.category,
      organizationId: w.organizationId,
      organizationName: nameOf(w.organizationId),
    })),
  };
}

async function eventsAndTasks(
  app: AppServices,
  scope: CaseScope,
  shown: Set<DataCategory>,
  withheld: Withheld[],
  screeningEvents: Map<string, number>,
): Promise<Entry[]> {
  const events = await unsafeListCaseEvents(app.db, scope.youth.id);
  const reads = new Map(
    events.map((e) => [e.id, scope.read(e.category, e.recordedByOrganizationId)] as const),
  );
  const entries: Entry[] = [];
  for (const event of events) {
    const decision = reads.get(event.id);
    if (!decision?.allowed) {
      if (decision) {
        withheld.push({
          category: event.category,
          organizationId: event.recordedByOrganizationId,
          reason: decision.reason,
        });
      }
      continue;
    }
    shown.add(event.category);
    if (event.type === 'screening_result') {
      const key = screeningEventKey(event.recordedByOrganizationId, event.occurredAt);
      const left = screeningEvents.get(key) ?? 0;
      if (left > 0) {
        screeningEvents.set(key, left - 1);
        continue;
      }
    }
    entries.push({
      entry: 'event',
      id: event.id,
      at: event.occurredAt,
      type: event.type,
      category: event.category,
      occurredAt: event.occurredAt,
      recordedAt: event.recordedAt,
      details: event.details,
      recordedByName: event.recordedByName,
      recordedByOrganizationName: event.recordedByOrganizationName,
    });
  }
  const now = scope.time.now;
  const tasks = await listTasks(app.db, {
    jurisdictionId: scope.youth.jurisdictionId,
    youthId: scope.youth.id,
    statuses: ['open', 'done', 'cancelled'],
    limit: 500,
  });
  for (const task of tasks) {
    const eventRead = task.eventId ? (reads.get(task.eventId) ?? null) : null;
    if (!seesTaskOnTimeline(scope.actor, task, eventRead)) continue;
    // No `where`: the place is an event detail, shown here only with the event itself; the
    // assignee finds it in the task's own packet (GET /api/tasks/{id}).
    entries.push({
      entry: 'task',
      id: task.id,
      at: task.createdAt,
      title: task.title,
      taskKind: task.kind,
      eventType: task.eventType,
      ruleKey: task.ruleKey,
      ruleVersion: task.ruleVersion,
      assigneeOrganizationName: task.assigneeOrganizationName,
      status: task.status,
      dueAt: task.dueAt,
      completedAt: task.completedAt,
      cancelledAt: task.cancelledAt,
      clock: taskClock(task, now),
      escalations: task.escalations.filter((e) => e.happenedAt !== null).length,
    });
  }
  return entries;
}

/** A party to a referral, or a reader of the sender's referrals; a draft is the sender's alone. */
async function referrals(
  app: AppServices,
  scope: CaseScope,
  shown: Set<DataCategory>,
): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const referral of await unsafeListCaseReferrals(app.db, scope.youth.id)) {
    const side = referralSide(scope.actor, referral);
    const visible =
      referral.status === 'draft'
        ? side === 'sender'
        : side !== null || scope.read('referrals', referral.senderOrganizationId).allowed;
    if (!visible) continue;
    shown.add('referrals');
    entries.push({
      entry: 'referral',
      id: referral.id,
      at: referral.sentAt ?? referral.createdAt,
      status: referral.status,
      serviceName: referral.serviceName,
      automatic: referral.automatic,
      senderOrganizationName: referral.senderOrganizationName,
      receiverOrganizationName: referral.receiverOrganizationName,
      sentAt: referral.sentAt,
      dueAt: referral.dueAt,
      closedAt: referral.closedAt,
    });
  }
  return entries;
}

/** As the record shows them: to the organization that recorded a consent and those it names. */
function consents(scope: CaseScope, nameOf: (id: string) => string): Entry[] {
  const organizationId = scope.actor.organizationId;
  return scope.consents
    .filter(
      (c) =>
        c.recordedByOrganizationId === organizationId ||
        c.recipientOrganizationIds.includes(organizationId),
    )
    .map((c) => ({
      entry: 'consent' as const,
      id: c.id,
      at: c.createdAt,
      recordedByOrganizationName: nameOf(c.recordedByOrganizationId),
      recipientOrganizationNames: c.recipientOrganizationIds.map(nameOf),
      categories: [...c.categories],
      signedOn: c.signedOn,
      expiresOn: c.expiresOn,
      revokedAt: c.revokedAt,
    }));
}

/** Notes by metadata: never their text; a privileged note only to whom it may be disclosed. */
async function notes(
  app: AppServices,
  scope: CaseScope,
  shown: Set<DataCategory>,
  withheld: Withheld[],
): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const note of await unsafeListCaseNotes(app.db, scope.youth.id)) {
    const decision = scope.read(note.category, note.authorOrganizationId);
    if (!decision.allowed) {
      withheld.push({
        category: note.category,
        organizationId: note.authorOrganizationId,
        reason: decision.reason,
      });
      continue;
    }
    shown.add(note.category);
    entries.push({
      entry: 'note',
      id: note.id,
      at: note.createdAt,
      category: note.category,
      authorOrganizationName: note.authorOrganizationName,
    });
  }
  const privileged = await unsafeListPrivilegedNotes(app.db, scope.youth.id);
  if (privileged.length === 0) return entries;
  const [qualified, disclosures] = await Promise.all([
    isQualifiedCaseworker(app.db, scope.actor, scope.profile, scope.time.today),
    listDisclosures(app.db, scope.youth.id),
  ]);
  for (const note of privileged) {
    const decision = decidePrivilegedRead(
      scope.actor,
      { id: note.id, authorOrganizationId: note.authorOrganizationId, writtenOn: note.writtenOn },
      {
        jurisdictionId: scope.youth.jurisdictionId,
        team: scope.facts.team,
        seal: scope.facts.seal,
        disclosures,
      },
      qualified,
      scope.time,
    );
    // Others are not told a privileged note exists: the record does not tell them either.
    if (!decision.allowed) continue;
    entries.push({
      entry: 'privileged_note',
      id: note.id,
      at: note.createdAt,
      authorOrganizationName: note.authorOrganizationName,
    });
  }
  return entries;
}
