// The job runner: does what is due (a task falls due, an escalation, a referral's answer clock),
// each job in its own transaction with its effect, so several app processes share the work and a
// job runs once. The server runs it every few seconds; tests run it after moving the clock.
import {
  caseOfJob,
  claimDueJob,
  holdJob,
  markJobDone,
  postponeJob,
  type Job,
  type JobKind,
  JOB_KINDS,
} from '../../../db/repositories/jobs.js';
import type { Queryable } from '../../../db/database.js';
import { sealHoldsClock } from '../../../domain/case-seal.js';
import type { AppServices } from '../../context.js';
import { deliverQueuedEmails } from '../../mail/outbox.js';
import { compensationReminderFallsDue } from '../legal-matters/compensation-claims.js';
import { referralFallsDue } from '../referrals/clock.js';
import {
  purgeDayNumber,
  retentionPurgeFallsDue,
  scheduleRetentionPurges,
} from '../retention/purge.js';
import { periodicScreeningFallsDue } from '../screening/schedule.js';
import { trainingExpiryFallsDue } from '../training/expiry.js';
import { taskEscalates, taskFallsDue } from './task-clock.js';

async function handle(tx: Queryable, app: AppServices, job: Job, now: Date): Promise<void> {
  switch (job.kind) {
    case 'task.due':
      return taskFallsDue(tx, app, job.targetId, now);
    case 'task.escalate':
      return taskEscalates(tx, app, job.targetId, job.step, now);
    case 'referral.due':
      return referralFallsDue(tx, job.targetId, now);
    case 'screening.periodic':
      return periodicScreeningFallsDue(tx, app, job.targetId, job.step, now);
    case 'compensation.reminder':
      return compensationReminderFallsDue(tx, job.targetId, now);
    case 'training.expiry':
      return trainingExpiryFallsDue(tx, job.targetId, now);
    case 'retention.purge':
      return retentionPurgeFallsDue(tx, job.targetId, now);
  }
}

/** A failed job waits a minute, then doubling, up to a day; its error's message is kept. */
const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** attempts, 86_400_000);

/**
 * Runs every job due at the app clock's now, oldest first; returns how many ran. A job whose work
 * throws is rolled back to before its work, postponed and counted; the others go on. A job of a
 * sealed case's clock is held instead (counted too): nothing happens and no one is told until the
 * seal is lifted, which gives it back (docs/CONFIDENTIALITY.md, "Sealed cases").
 */
export async function runDueJobs(
  app: AppServices,
  options: { readonly kinds?: readonly JobKind[]; readonly limit?: number } = {},
): Promise<number> {
  const kinds = options.kinds ?? JOB_KINDS;
  const limit = options.limit ?? 10_000;
  let ran = 0;
  while (ran < limit) {
    const now = app.clock.now();
    const done = await app.db.transaction(async (tx) => {
      const job = await claimDueJob(tx, now, kinds);
      if (!job) return false;
      const ofCase = await caseOfJob(tx, job);
      if (ofCase && sealHoldsClock(ofCase.seal)) {
        await holdJob(tx, job.id, ofCase.youthId, now);
        return true;
      }
      await tx.query('SAVEPOINT lantern_job');
      try {
        await handle(tx, app, job, now);
        await tx.query('RELEASE SAVEPOINT lantern_job');
        await markJobDone(tx, job.id, now);
      } catch (error) {
        await tx.query('ROLLBACK TO SAVEPOINT lantern_job');
        const message = error instanceof Error ? error.message : 'unknown error';
        await postponeJob(
          tx,
          job.id,
          new Date(now.getTime() + retryDelayMs(job.attempts)),
          message,
        );
      }
      return true;
    });
    if (!done) break;
    ran += 1;
  }
  return ran;
}

/**
 * Runs the jobs every `intervalMs` until stopped. A failed round is logged by the caller's
 * `onError` and the next round goes on.
 */
export function startJobLoop(
  app: AppServices,
  options: {
    readonly intervalMs: number;
    readonly onError: (error: unknown) => void;
  },
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  // Each county's purge is scheduled once a day, the first round of the day (docs/RETENTION.md).
  let purgesScheduledFor = -1;
  const round = async () => {
    try {
      const today = purgeDayNumber(app.clock.now());
      if (today !== purgesScheduledFor) {
        await scheduleRetentionPurges(app.db, app.clock.now());
        purgesScheduledFor = today;
      }
      await runDueJobs(app);
      // Notices the jobs queued, and any left from requests, go out by email (when configured).
      await deliverQueuedEmails(app);
    } catch (error) {
      options.onError(error);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().then(schedule);
    }, options.intervalMs);
    timer.unref();
  };
  running = round().then(schedule);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
