// The daily purge (docs/RETENTION.md): the 'retention.purge' job, one per county and day, removes
// what of the county's closed cases is past its retention, category by category, and writes one
// audit event with the counts. It runs in the job's transaction: a purge is whole or not at all.
import { localDate } from '../../../domain/legal-profile.js';
import {
  closedSince,
  pastRetention,
  reportBirthDay,
  type Birth,
  type CategoryPastRetention,
  type RetentionSettings,
} from '../../../domain/retention.js';
import { DATA_CATEGORIES } from '../../../domain/vocabulary.js';
import type { Queryable } from '../../../db/database.js';
import { scheduleForEveryJurisdiction } from '../../../db/repositories/jobs.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { countyOfReport } from '../../../db/repositories/reports.js';
import {
  listPurgeCandidates,
  purgeCategory,
  recordPurge,
  reportFactDays,
  type PurgeCandidate,
} from '../../../db/repositories/retention.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditContext } from '../../audit/events.js';

const clockContext = (jurisdictionId: string, now: Date): AuditContext => ({
  actorUserId: null,
  actorOrganizationId: null,
  jurisdictionId,
  ip: null,
  userAgent: 'lantern-clock',
  now,
});

/**
 * What the rule knows of her birth. Once her identity is purged, the year the reports keep
 * stands in: the rule then waits for the last day of that year, never less than her own.
 */
function birthOf(candidate: PurgeCandidate): Birth {
  if (candidate.birthDate) return { date: candidate.birthDate };
  if (candidate.birthYear !== null) return { year: candidate.birthYear };
  if (candidate.reportBirthDate) return { year: Number(candidate.reportBirthDate.slice(0, 4)) };
  return null;
}

export interface PurgeSummary {
  readonly day: string;
  readonly cases: number;
  readonly categories: Record<string, number>;
  readonly tables: Record<string, number>;
}

/** A case with the categories of its data past retention on a day and not yet purged. */
interface DuePurge {
  readonly candidate: PurgeCandidate;
  readonly birth: Birth;
  readonly due: readonly CategoryPastRetention[];
}

/**
 * What of the county's closed cases is past retention on the county's `day` and not yet
 * purged: the one reading of the rule that both the purge and its dry run use, so the two can
 * never disagree.
 */
async function duePurges(
  db: Queryable,
  jurisdictionId: string,
  day: string,
  timeZone: string,
  retention: RetentionSettings,
): Promise<DuePurge[]> {
  const found: DuePurge[] = [];
  for (const candidate of await listPurgeCandidates(db, jurisdictionId, DATA_CATEGORIES.length)) {
    const closedOn = closedSince(
      candidate.status,
      candidate.changes.map((c) => ({ status: c.status, on: localDate(c.at, timeZone) })),
    );
    const birth = birthOf(candidate);
    const due = pastRetention(retention, closedOn, birth, day).filter(
      (p) => !candidate.purged.includes(p.category),
    );
    if (due.length > 0) found.push({ candidate, birth, due });
  }
  return found;
}

/** Purges one county's cases past retention at `now`, and audits the run with its counts. */
export async function purgeCounty(
  tx: Queryable,
  jurisdictionId: string,
  now: Date,
): Promise<PurgeSummary> {
  const profile = await findLegalProfile(tx, jurisdictionId);
  const today = localDate(now, profile.timeZone);
  // The reports date facts in their own zone (UTC where no profile is recorded).
  const { timeZone: reportZone } = await countyOfReport(tx, jurisdictionId);
  const categories: Record<string, number> = {};
  const tables: Record<string, number> = {};
  const due = await duePurges(tx, jurisdictionId, today, profile.timeZone, profile.retention);
  for (const { candidate, birth, due: categoriesDue } of due) {
    for (const { category, purgeOn } of categoriesDue) {
      const reportBirth =
        category === 'identity'
          ? reportBirthDay(birth, await reportFactDays(tx, candidate.youthId, reportZone))
          : null;
      const counts = await purgeCategory(tx, {
        youthId: candidate.youthId,
        category,
        reportBirthDay: reportBirth,
      });
      await recordPurge(tx, {
        jurisdictionId,
        youthId: candidate.youthId,
        category,
        purgeOn,
        counts,
        now,
      });
      categories[category] = (categories[category] ?? 0) + 1;
      for (const [table, n] of Object.entries(counts)) tables[table] = (tables[table] ?? 0) + n;
    }
  }
  const summary = { day: today, cases: due.length, categories, tables };
  await appendAuditEvent(tx, clockContext(jurisdictionId, now), {
    action: 'retention.purge',
    outcome: 'allowed',
    targetType: 'jurisdiction',
    targetId: jurisdictionId,
    details: summary,
  });
  return summary;
}

export interface PurgeForecast {
  /** The county's day the forecast is for. */
  readonly day: string;
  /** Cases with at least one category to purge that day. */
  readonly cases: number;
  /** Per category, how many cases' data of it would go. */
  readonly categories: Record<string, number>;
}

/**
 * The dry run (`lantern purge --dry-run`): how many cases' data, per category, the county's
 * purge would remove on `day` (its today when not given), from the same reading of the rule as
 * the purge. Counts only, no case named; it reads and writes nothing else, not even an audit
 * event. A day ahead assumes nothing changes meanwhile (no case closed or reopened).
 */
export async function forecastPurge(
  db: Queryable,
  jurisdictionId: string,
  now: Date,
  day?: string,
): Promise<PurgeForecast> {
  const profile = await findLegalProfile(db, jurisdictionId);
  const on = day ?? localDate(now, profile.timeZone);
  const due = await duePurges(db, jurisdictionId, on, profile.timeZone, profile.retention);
  const categories: Record<string, number> = {};
  for (const { due: categoriesDue } of due) {
    for (const { category } of categoriesDue) {
      categories[category] = (categories[category] ?? 0) + 1;
    }
  }
  return { day: on, cases: due.length, categories };
}

/** The job: the county's purge of the day (the job's step is the day, so it runs once). */
export async function retentionPurgeFallsDue(
  tx: Queryable,
  jurisdictionId: string,
  now: Date,
): Promise<void> {
  await purgeCounty(tx, jurisdictionId, now);
}

/** A day number (UTC days since 1970), the step that makes each day's job its own. */
export const purgeDayNumber = (instant: Date) => Math.floor(instant.getTime() / 86_400_000);

/** Schedules today's purge of every county, once (scheduling it again changes nothing). */
export async function scheduleRetentionPurges(db: Queryable, now: Date): Promise<void> {
  await scheduleForEveryJurisdiction(db, 'retention.purge', purgeDayNumber(now), now);
}
