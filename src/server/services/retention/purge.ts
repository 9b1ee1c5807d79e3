// The daily purge (docs/RETENTION.md): the 'retention.purge' job, one per county and day, removes
// what of the county's closed cases is past its retention, category by category, and writes one
// audit event with the counts. It runs in the job's transaction: a purge is whole or not at all.
import { localDate } from '../../../domain/legal-profile.js';
import {
  closedSince,
  pastRetention,
  reportBirthDay,
  type Birth,
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
  let cases = 0;
  for (const candidate of await listPurgeCandidates(tx, jurisdictionId, DATA_CATEGORIES.length)) {
    const closedOn = closedSince(
      candidate.status,
      candidate.changes.map((c) => ({ status: c.status, on: localDate(c.at, profile.timeZone) })),
    );
    const birth = birthOf(candidate);
    const due = pastRetention(profile.retention, closedOn, birth, today).filter(
      (p) => !candidate.purged.includes(p.category),
    );
    if (due.length === 0) continue;
    cases += 1;
    for (const { category, purgeOn } of due) {
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
  const summary = { day: today, cases, categories, tables };
  await appendAuditEvent(tx, clockContext(jurisdictionId, now), {
    action: 'retention.purge',
    outcome: 'allowed',
    targetType: 'jurisdiction',
    targetId: jurisdictionId,
    details: summary,
  });
  return summary;
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
