// What happens on the invented cases: protocol events recorded by team members who may record
// them, and referrals from the youth's advocate to the county's providers. Written as rows, not
// through the protocol engine: no rule fires and no task is made (a generated state is for
// reading and load, not for replaying a county's year; test/service/county-year.test.ts does
// that). Types whose recording also writes other tables (missing, custody, transfers, screening
// results) are left out, so every row stands as the app would have it.
import type { Database } from '../../src/db/database.js';
import {
  EVENT_CATEGORY,
  EVENT_RECORDER_ROLES,
  IDENTIFICATION_SETTINGS,
  type EventType,
} from '../../src/domain/case-events.js';
import { END_REASONS, outcomeOf, type ReferralStatus } from '../../src/domain/referrals.js';
import type { GeneratedYouth, TeamMember } from './cases.js';
import { dateOf } from './cases.js';
import type { GeneratedCounty } from './counties.js';
import type { GeneratedService } from './directory.js';
import { seededRandom, type Random } from './random.js';
import { TableWriter, type Progress } from './writer.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const GENERATED_EVENT_TYPES: readonly EventType[] = [
  'identification',
  'protective_custody',
  'arrest_attempt',
  'placement_change',
  'disclosure',
  'subpoena',
  'hearing',
  'charging',
];

function details(type: EventType, random: Random, at: Date): Record<string, unknown> {
  const hearingDate = dateOf(new Date(at.getTime() + (7 + random.below(60)) * DAY));
  switch (type) {
    case 'identification':
      return {
        where: 'Invented place',
        setting: random.pick(IDENTIFICATION_SETTINGS),
        prostitutionRelated: random.chance(0.5),
        meetsForensicInterviewCriteria: random.chance(0.3),
      };
    case 'arrest_attempt':
    case 'charging':
      return { offenseDescription: 'Invented offense', prostitutionRelated: false };
    case 'placement_change':
      return { placementType: 'Invented placement' };
    case 'disclosure':
      return { toOrganizationType: 'advocacy', inCustody: false };
    case 'subpoena':
      return { hearingDate, court: 'Invented Juvenile Court' };
    case 'hearing':
      return { hearingDate, court: 'Invented Juvenile Court', youthTestifies: false };
    default:
      return { where: 'Invented place' };
  }
}

export async function generateEvents(
  db: Database,
  input: { readonly seed: string; readonly events: number; readonly now: Date },
  youth: readonly GeneratedYouth[],
  counties: readonly GeneratedCounty[],
  progress: Progress,
): Promise<void> {
  const random = seededRandom(input.seed, 'events');
  const writer = new TableWriter(
    db,
    'case_events',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['youth_id', 'uuid'],
      ['type', 'text'],
      ['category', 'text'],
      ['occurred_at', 'timestamptz'],
      ['recorded_at', 'timestamptz'],
      ['details', 'jsonb'],
      ['recorded_by_user_id', 'uuid'],
      ['recorded_by_organization_id', 'uuid'],
    ],
    progress,
    { expected: input.events },
  );
  const recordable = (m: TeamMember) =>
    GENERATED_EVENT_TYPES.filter((type) => EVENT_RECORDER_ROLES[type].includes(m.role));
  for (let e = 0; e < input.events && youth.length > 0; e += 1) {
    const record = random.pick(youth);
    const recorders = record.team.filter((m) => recordable(m).length > 0);
    const recorder = random.pick(recorders);
    const type = random.pick(recordable(recorder));
    const span = Math.max(HOUR, input.now.getTime() - record.createdAt.getTime() - HOUR);
    const occurredAt = new Date(record.createdAt.getTime() + random.below(span));
    await writer.add([
      random.uuid(),
      record.jurisdictionId,
      record.id,
      type,
      EVENT_CATEGORY[type],
      occurredAt,
      new Date(occurredAt.getTime() + random.below(HOUR)),
      details(type, random, occurredAt),
      recorder.userId,
      recorder.organizationId,
    ]);
  }
  await writer.finish();
}

const STATUSES: readonly ReferralStatus[] = [
  'sent',
  'accepted',
  'enrolled',
  'enrolled',
  'completed',
  'completed',
  'declined',
  'ended',
  'withdrawn',
];

export async function generateReferrals(
  db: Database,
  input: { readonly seed: string; readonly referrals: number; readonly now: Date },
  youth: readonly GeneratedYouth[],
  counties: readonly GeneratedCounty[],
  services: readonly (readonly GeneratedService[])[],
  progress: Progress,
): Promise<void> {
  const random = seededRandom(input.seed, 'referrals');
  const writer = new TableWriter(
    db,
    'referrals',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['youth_id', 'uuid'],
      ['service_id', 'text'],
      ['service_name', 'text'],
      ['sender_organization_id', 'uuid'],
      ['sender_user_id', 'uuid'],
      ['sender_role', 'text'],
      ['receiver_organization_id', 'uuid'],
      ['needs', 'text[]'],
      ['note', 'text'],
      ['status', 'text'],
      ['response_business_days', 'int'],
      ['sent_at', 'timestamptz'],
      ['due_at', 'timestamptz'],
      ['overdue_notified_at', 'timestamptz'],
      ['first_response_at', 'timestamptz'],
      ['closed_at', 'timestamptz'],
      ['outcome', 'text'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    progress,
    { expected: input.referrals },
  );
  const now = input.now.getTime();
  for (let r = 0; r < input.referrals && youth.length > 0; r += 1) {
    const record = random.pick(youth);
    const offered = services[record.county] ?? [];
    if (offered.length === 0) continue;
    const service = random.pick(offered);
    const { advocate } = record;
    const status = random.pick(STATUSES);
    const sentAt = new Date(
      record.createdAt.getTime() + random.below(Math.max(DAY, now - record.createdAt.getTime())),
    );
    // Three calendar days stand in for two business days: the clock's own rule is not needed
    // to invent a row, and an overdue one is marked as already told, so the app's job does not
    // send thousands of notices when it first runs.
    const dueAt = new Date(sentAt.getTime() + 3 * DAY);
    const answered = status !== 'sent' && status !== 'withdrawn';
    const firstResponseAt = answered
      ? new Date(Math.min(now, sentAt.getTime() + random.below(2 * DAY)))
      : null;
    const final = ['completed', 'declined', 'ended', 'withdrawn'].includes(status);
    const closedAt = final
      ? new Date(Math.min(now, sentAt.getTime() + random.below(60 * DAY)))
      : null;
    const updatedAt = closedAt ?? firstResponseAt ?? sentAt;
    await writer.add([
      random.uuid(),
      record.jurisdictionId,
      record.id,
      service.id,
      service.name,
      advocate.organizationId,
      advocate.userId,
      advocate.role,
      service.providerOrganizationId,
      service.needs.length > 0 ? [...new Set(service.needs)] : ['basic_needs'],
      'Generated referral (invented).',
      status,
      2,
      sentAt,
      dueAt,
      status === 'sent' && dueAt.getTime() < now ? dueAt : null,
      firstResponseAt,
      closedAt,
      outcomeOf(status, status === 'ended' ? random.pick(END_REASONS) : null),
      sentAt,
      updatedAt,
    ]);
  }
  await writer.finish();
}
