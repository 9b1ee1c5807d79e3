// Durable jobs: what must happen at a time (a task falls due, an escalation, a referral's answer
// clock). A job is claimed with SKIP LOCKED inside the transaction that does its work and marks
// it done, so with several app processes on one database it runs once, and a crash before the
// commit leaves it to run again (docs/PROTOCOL.md).
import type { Queryable } from '../database.js';
import {
  sealInForceColumn,
  toSealFacts,
  type SealFacts,
  type SealInForceRow,
} from './case-seals.js';

export const JOB_KINDS = [
  'task.due',
  'task.escalate',
  'referral.due',
  // The periodic re-screen (docs/SCREENING.md); its step is the cycle's day.
  'screening.periodic',
  // A planned victim compensation claim's reminder (docs/LEGAL-AND-MDT.md).
  'compensation.reminder',
  // A training completion lapses in 30 days (docs/TRAINING.md).
  'training.expiry',
  // A county's daily purge of what is past retention (docs/RETENTION.md); its step is the day.
  'retention.purge',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export interface Job {
  readonly id: string;
  readonly jurisdictionId: string | null;
  readonly kind: JobKind;
  readonly targetId: string;
  readonly step: number;
  readonly runAt: Date;
  readonly attempts: number;
}

/** Schedules a job; scheduling the same kind, target and step again changes nothing. */
export async function scheduleJob(
  db: Queryable,
  input: {
    readonly jurisdictionId: string | null;
    readonly kind: JobKind;
    readonly targetId: string;
    readonly step?: number;
    readonly runAt: Date;
    /** A clock that starts again (a referral sent again) moves its job instead of keeping it. */
    readonly restart?: boolean;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO protocol_jobs (jurisdiction_id, kind, target_id, step, run_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (kind, target_id, step) DO ${
       input.restart
         ? 'UPDATE SET run_at = EXCLUDED.run_at, done_at = NULL, attempts = 0, last_error = NULL'
         : 'NOTHING'
     }`,
    [input.jurisdictionId, input.kind, input.targetId, input.step ?? 0, input.runAt],
  );
}

/** Schedules a job per jurisdiction, the jurisdiction its target (a county's daily work). */
export async function scheduleForEveryJurisdiction(
  db: Queryable,
  kind: JobKind,
  step: number,
  runAt: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO protocol_jobs (jurisdiction_id, kind, target_id, step, run_at)
     SELECT id, $1, id, $2, $3 FROM jurisdictions
     ON CONFLICT (kind, target_id, step) DO NOTHING`,
    [kind, step, runAt],
  );
}

/** The next job due at `now` that no other transaction holds, locked until the caller commits. */
export async function claimDueJob(
  db: Queryable,
  now: Date,
  kinds: readonly JobKind[] = JOB_KINDS,
): Promise<Job | null> {
  const [row] = await db.query<{
    id: string;
    jurisdiction_id: string | null;
    kind: JobKind;
    target_id: string;
    step: number;
    run_at: Date;
    attempts: number;
  }>(
    `SELECT id, jurisdiction_id, kind, target_id, step, run_at, attempts FROM protocol_jobs
     WHERE done_at IS NULL AND run_at <= $1 AND kind = ANY($2)
     ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [now, kinds],
  );
  if (!row) return null;
  return {
    id: row.id,
    jurisdictionId: row.jurisdiction_id,
    kind: row.kind,
    targetId: row.target_id,
    step: row.step,
    runAt: row.run_at,
    attempts: row.attempts,
  };
}

export async function markJobDone(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query(`UPDATE protocol_jobs SET done_at = $2 WHERE id = $1`, [id, now]);
}

/** A job whose work failed waits and is tried again; the error's message only is kept. */
export async function postponeJob(
  db: Queryable,
  id: string,
  runAt: Date,
  error: string,
): Promise<void> {
  await db.query(
    `UPDATE protocol_jobs SET attempts = attempts + 1, run_at = $2, last_error = $3 WHERE id = $1`,
    [id, runAt, error.slice(0, 500)],
  );
}

/** Jobs not yet done for these targets, e.g. a task's escalations once it is done. */
export async function finishJobsFor(db: Queryable, targetId: string, now: Date): Promise<void> {
  await db.query(`UPDATE protocol_jobs SET done_at = $2 WHERE target_id = $1 AND done_at IS NULL`, [
    targetId,
    now,
  ]);
}

export async function nextJobTime(db: Queryable): Promise<Date | null> {
  const [row] = await db.query<{ run_at: Date | null }>(
    `SELECT min(run_at) AS run_at FROM protocol_jobs WHERE done_at IS NULL`,
  );
  return row?.run_at ?? null;
}

/**
 * The case whose clock a job is, as SQL over the job's target ($1): a task's, a referral's, the
 * youth of a periodic screening, a compensation claim's. Null for a job that is no one case's.
 * Every kind must say, so a new kind cannot forget the seal (docs/CONFIDENTIALITY.md).
 */
const CASE_OF_JOB: Readonly<Record<JobKind, string | null>> = {
  'task.due': 'SELECT youth_id FROM tasks WHERE id = $1',
  'task.escalate': 'SELECT youth_id FROM tasks WHERE id = $1',
  'referral.due': 'SELECT youth_id FROM referrals WHERE id = $1',
  'screening.periodic': 'SELECT $1::uuid',
  'compensation.reminder': 'SELECT youth_id FROM compensation_claims WHERE id = $1',
  'training.expiry': null,
  'retention.purge': null,
};

/** The case a job's clock runs for and the seal in force on it (null: none), or null. */
export async function caseOfJob(
  db: Queryable,
  job: Pick<Job, 'kind' | 'targetId'>,
): Promise<{ youthId: string; seal: SealFacts | null } | null> {
  const youthOf = CASE_OF_JOB[job.kind];
  if (youthOf === null) return null;
  const [row] = await db.query<{ youth_id: string | null; seal: SealInForceRow | null }>(
    `SELECT c.youth_id, ${sealInForceColumn('c.youth_id')}
     FROM (SELECT (${youthOf}) AS youth_id) c`,
    [job.targetId],
  );
  if (!row?.youth_id) return null;
  return { youthId: row.youth_id, seal: toSealFacts(row.seal) };
}

/** A job held for a sealed case: done for the runner, kept with the case it waits for. */
export async function holdJob(db: Queryable, id: string, youthId: string, now: Date) {
  await db.query(`UPDATE protocol_jobs SET done_at = $3, held_for_youth_id = $2 WHERE id = $1`, [
    id,
    youthId,
    now,
  ]);
}

/** The seal is lifted: the case's held jobs go back to the runner (their times have passed). */
export async function releaseHeldJobs(db: Queryable, youthId: string): Promise<number> {
  const rows = await db.query(
    `UPDATE protocol_jobs SET done_at = NULL, held_for_youth_id = NULL
     WHERE held_for_youth_id = $1 RETURNING id`,
    [youthId],
  );
  return rows.length;
}
