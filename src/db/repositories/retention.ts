// What a purge does to a closed case past its retention (docs/RETENTION.md), table by table and
// data category by category. SQL only; the service decides which categories of which case are
// due (src/domain/retention.ts) and runs these in the job's transaction.
//
// The rule: what names or describes the youth and the people around her, and what anyone wrote,
// goes; the rows the reports count stay with their dates, types, organizations and codes
// (src/db/repositories/reports.ts reads nothing that is removed here), so the measures give the
// same numbers after a purge. The audit log is never touched.
import type { Queryable } from '../database.js';
import { GENDER_WORDS } from '../../domain/measures.js';
import type { DataCategory } from '../../domain/vocabulary.js';

interface PurgeInput {
  readonly youthId: string;
  readonly category: DataCategory;
  /** The birth day the reports count her by from now on (src/domain/retention.ts). */
  readonly reportBirthDay: string | null;
}

interface PurgeStep {
  readonly table: string;
  /** One category, or `each`: the rows of whichever category is purged (the row names it). */
  readonly category: DataCategory | 'each';
  readonly fate: 'deleted' | 'scrubbed';
  readonly why: string;
  /** Runs the step; returns how many rows it deleted or scrubbed. */
  readonly run: (db: Queryable, input: PurgeInput) => Promise<number>;
}

async function count(db: Queryable, sql: string, params: unknown[]): Promise<number> {
  return (await db.query<{ one: number }>(`${sql} RETURNING 1 AS one`, params)).length;
}

const byYouth =
  (sql: string) =>
  (db: Queryable, input: PurgeInput): Promise<number> =>
    count(db, sql, [input.youthId]);
const byYouthAndCategory =
  (sql: string) =>
  (db: Queryable, input: PurgeInput): Promise<number> =>
    count(db, sql, [input.youthId, input.category]);

/**
 * Every step, in the order it runs. Text columns that must stay NOT NULL are emptied (''), so
 * the rows keep the shape the code reads.
 */
export const PURGE_STEPS: readonly PurgeStep[] = [
  {
    table: 'youth',
    category: 'identity',
    fate: 'scrubbed',
    why: 'names, name words, languages and birth day go; gender becomes the reports’ group; race and ethnicity, already the reports’ categories, stay; the reports count her by a birth day that keeps every fact’s age band',
    run: (db, input) =>
      count(
        db,
        `UPDATE youth SET given_name = NULL, family_name = NULL, alias = NULL, name_words = '',
           languages = '{}', birth_date = NULL, estimated_birth_year = NULL,
           report_birth_date = $2::date,
           gender_identity = CASE
             WHEN lower(btrim(coalesce(gender_identity, ''))) = '' THEN NULL
             WHEN lower(btrim(gender_identity)) = ANY($3::text[]) THEN 'female'
             WHEN lower(btrim(gender_identity)) = ANY($4::text[]) THEN 'male'
             ELSE 'another' END
         WHERE id = $1`,
        [input.youthId, input.reportBirthDay, GENDER_WORDS.female, GENDER_WORDS.male],
      ),
  },
  {
    table: 'youth_identity_corrections',
    category: 'identity',
    fate: 'deleted',
    why: 'the earlier identities, sealed',
    run: byYouth('DELETE FROM youth_identity_corrections WHERE youth_id = $1'),
  },
  {
    table: 'youth_people',
    category: 'identity',
    fate: 'scrubbed',
    why: 'the people around her; the row stays for the guardian’s consents it is named by',
    run: byYouth(
      `UPDATE youth_people SET name = '', relationship = '', suspected_exploiter = false
       WHERE youth_id = $1`,
    ),
  },
  {
    table: 'protective_orders',
    category: 'identity',
    fate: 'scrubbed',
    why: 'the restrained person’s name and aliases, and the link to a listed person that goes next',
    run: byYouth(
      `UPDATE protective_orders SET restrained_name = '', restrained_aliases = '{}',
         restrained_contact_id = NULL WHERE youth_id = $1`,
    ),
  },
  {
    table: 'verified_contact_statuses',
    category: 'identity',
    fate: 'deleted',
    why: 'who may take her, and why not',
    run: byYouth(
      `DELETE FROM verified_contact_statuses WHERE contact_id IN
         (SELECT id FROM verified_contacts WHERE youth_id = $1)`,
    ),
  },
  {
    table: 'verified_contacts',
    category: 'identity',
    fate: 'deleted',
    why: 'the people listed around her',
    run: byYouth('DELETE FROM verified_contacts WHERE youth_id = $1'),
  },
  {
    table: 'missing_profiles',
    category: 'identity',
    fate: 'deleted',
    why: 'her description and photo',
    run: byYouth('DELETE FROM missing_profiles WHERE youth_id = $1'),
  },
  {
    table: 'missing_episodes',
    category: 'contact_location',
    fate: 'scrubbed',
    why: 'the last known place; the episode’s days stay for the reports',
    run: byYouth(
      `UPDATE missing_episodes SET last_known_place = NULL
       WHERE youth_id = $1 AND last_known_place IS NOT NULL`,
    ),
  },
  {
    table: 'screenings',
    category: 'screening',
    fate: 'scrubbed',
    why: 'the answers; score, result, instrument and day stay for the reports',
    run: byYouth(
      `UPDATE screenings SET answers = '{}'::jsonb WHERE youth_id = $1 AND answers <> '{}'::jsonb`,
    ),
  },
  {
    table: 'case_service_plans',
    category: 'needs_services',
    fate: 'deleted',
    why: 'her needs and history',
    run: byYouth('DELETE FROM case_service_plans WHERE youth_id = $1'),
  },
  {
    table: 'referral_messages',
    category: 'referrals',
    fate: 'deleted',
    why: 'the thread between the two sides',
    run: byYouth(
      'DELETE FROM referral_messages WHERE referral_id IN (SELECT id FROM referrals WHERE youth_id = $1)',
    ),
  },
  {
    table: 'referral_events',
    category: 'referrals',
    fate: 'scrubbed',
    why: 'the notes of each step; steps and reason codes stay',
    run: byYouth(
      `UPDATE referral_events SET note = NULL WHERE note IS NOT NULL
         AND referral_id IN (SELECT id FROM referrals WHERE youth_id = $1)`,
    ),
  },
  {
    table: 'referrals',
    category: 'referrals',
    fate: 'scrubbed',
    why: 'the sender’s note; service, sides, status and times stay for the reports',
    run: byYouth(`UPDATE referrals SET note = NULL WHERE youth_id = $1 AND note IS NOT NULL`),
  },
  {
    table: 'consents',
    category: 'legal',
    fate: 'scrubbed',
    why: 'purpose and revocation reason; recipients, categories and days stay for the reports',
    run: byYouth(`UPDATE consents SET purpose = '', revocation_reason = NULL WHERE youth_id = $1`),
  },
  {
    table: 'legal_bases',
    category: 'legal',
    fate: 'scrubbed',
    why: 'the description',
    run: byYouth(`UPDATE legal_bases SET description = '' WHERE youth_id = $1`),
  },
  {
    table: 'mandated_reports',
    category: 'legal',
    fate: 'scrubbed',
    why: 'what was reported and to whom; kind and day stay',
    run: byYouth(`UPDATE mandated_reports SET content = '', reported_to = '' WHERE youth_id = $1`),
  },
  {
    table: 'certification_requests',
    category: 'legal',
    fate: 'scrubbed',
    why: 'a decline’s written reason',
    run: byYouth(
      `UPDATE certification_requests SET decline_reason = '' WHERE youth_id = $1
         AND decline_reason IS NOT NULL`,
    ),
  },
  {
    table: 'privileged_notes',
    category: 'case_notes',
    fate: 'deleted',
    why: 'privileged notes, sealed; a mandated report made from one keeps only that it was',
    run: async (db, input) => {
      await db.query(
        `UPDATE mandated_reports SET source_note_id = NULL WHERE youth_id = $1
           AND source_note_id IS NOT NULL`,
        [input.youthId],
      );
      return count(db, 'DELETE FROM privileged_notes WHERE youth_id = $1', [input.youthId]);
    },
  },
  {
    table: 'tasks',
    category: 'case_notes',
    fate: 'scrubbed',
    why: 'titles, reasons, places and cancel reasons typed by people; kind, clock, status and organization stay for the reports',
    run: byYouth(
      `UPDATE tasks SET title = '', reason = '', where_text = NULL, cancel_reason = NULL
       WHERE youth_id = $1`,
    ),
  },
  {
    table: 'mdt_decisions',
    category: 'case_notes',
    fate: 'scrubbed',
    why: 'what the meeting decided, in words',
    run: byYouth(`UPDATE mdt_decisions SET title = '' WHERE youth_id = $1`),
  },
  {
    table: 'youth_status_changes',
    category: 'case_notes',
    fate: 'scrubbed',
    why: 'why it closed, in words; the reason code and day stay',
    run: byYouth(`UPDATE youth_status_changes SET reason_text = '' WHERE youth_id = $1`),
  },
  {
    table: 'youth_merges',
    category: 'case_notes',
    fate: 'scrubbed',
    why: 'why it was merged, in words; counts stay',
    run: byYouth(
      `UPDATE youth_merges SET reason = '' WHERE survivor_youth_id = $1 OR duplicate_youth_id = $1`,
    ),
  },
  {
    table: 'case_notes',
    category: 'each',
    fate: 'deleted',
    why: 'notes of the category, with their corrections',
    run: async (db, input) => {
      // A correction of another category loses only its link to the note that goes.
      await db.query(
        `UPDATE case_notes SET corrects_note_id = NULL WHERE corrects_note_id IN
           (SELECT id FROM case_notes WHERE youth_id = $1 AND category = $2)
           AND category <> $2`,
        [input.youthId, input.category],
      );
      return count(db, 'DELETE FROM case_notes WHERE youth_id = $1 AND category = $2', [
        input.youthId,
        input.category,
      ]);
    },
  },
  {
    table: 'case_documents',
    category: 'each',
    fate: 'deleted',
    why: 'documents of the category, sealed',
    run: byYouthAndCategory('DELETE FROM case_documents WHERE youth_id = $1 AND category = $2'),
  },
  {
    table: 'structured_records',
    category: 'each',
    fate: 'deleted',
    why: 'addresses, phones, placements and schools of the category, every version (a correction is of the same category)',
    run: byYouthAndCategory('DELETE FROM structured_records WHERE youth_id = $1 AND category = $2'),
  },
  {
    table: 'case_events',
    category: 'each',
    fate: 'scrubbed',
    why: 'what was recorded of each event of the category; type, day, recorder and whether the law covered the offense (the reports’ custody measure) stay',
    run: byYouthAndCategory(
      `UPDATE case_events SET details = CASE WHEN details ? 'covered'
           THEN jsonb_build_object('covered', details -> 'covered') ELSE '{}'::jsonb END
       WHERE youth_id = $1 AND category = $2`,
    ),
  },
  {
    table: 'safety_plan_step_tasks',
    category: 'each',
    fate: 'deleted',
    why: 'with the plans of the category (the tasks stay, scrubbed)',
    run: byYouthAndCategory(
      `DELETE FROM safety_plan_step_tasks WHERE plan_id IN
         (SELECT id FROM safety_plans WHERE youth_id = $1 AND category = $2)`,
    ),
  },
  {
    table: 'safety_plan_versions',
    category: 'each',
    fate: 'deleted',
    why: 'what the plans said',
    run: byYouthAndCategory(
      `DELETE FROM safety_plan_versions WHERE plan_id IN
         (SELECT id FROM safety_plans WHERE youth_id = $1 AND category = $2)`,
    ),
  },
  {
    table: 'safety_plans',
    category: 'each',
    fate: 'deleted',
    why: 'the plans of the category',
    run: byYouthAndCategory('DELETE FROM safety_plans WHERE youth_id = $1 AND category = $2'),
  },
  {
    table: 'mdt_minutes',
    category: 'each',
    fate: 'scrubbed',
    why: 'the minutes on her that name the category',
    run: byYouthAndCategory(
      `UPDATE mdt_minutes SET body = '' WHERE youth_id = $1 AND $2 = ANY(categories)`,
    ),
  },
];

/**
 * Tables naming a youth that a purge leaves as they are, and why. With PURGE_STEPS they cover
 * every column naming a youth: test/api/retention.test.ts reads information_schema and fails on
 * one that is in neither, so a table added later is decided, not forgotten.
 */
export const KEPT_ON_PURGE: Readonly<Record<string, string>> = {
  case_team_members: 'which organizations worked the case: no youth data',
  break_glass_grants:
    'an emergency opening and its reason are a record of access the coordinator reviews, kept like the audit log',
  notifications: 'case number and organizations only, never youth data (docs/ARCHITECTURE.md)',
  non_criminalization_notices: 'codes: which statement was shown, for the reports',
  protocol_firings: 'which rule fired and its outcome codes, for the reports',
  mdt_agenda_items: 'reason codes',
  compensation_claims: 'program, days, status and amounts: no narrative',
  hearings: 'type, day and court: the court calendar and the reports',
  privilege_disclosures: 'which notes a waiver or order covered (the notes themselves go)',
  identified_victim_custody_events: 'a view over case_events',
  identification_reach:
    'ids and the instants an identification was reached, for the durations: kept equal to the events, tasks and referrals by migration 0046, whose columns a purge does not change',
  retention_purges: 'what was purged, counts only',
  protocol_jobs:
    'a job held while a seal hides the case (held_for_youth_id): ids and a due time, no youth data; it waits for the seal, which a purge neither lifts nor forgets',
  case_seals:
    "a court's order: dates and roles, its number sealed; a purge neither lifts nor forgets a seal",
};

/** The tables and columns naming a youth in this database, for the test above. */
export async function youthColumns(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ table_name: string }>(
    `SELECT DISTINCT table_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name LIKE '%youth_id'`,
  );
  return rows.map((r) => r.table_name);
}

/** Runs every step of one category on one case; returns the rows touched per table. */
export async function purgeCategory(
  db: Queryable,
  input: PurgeInput,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const step of PURGE_STEPS) {
    if (step.category !== input.category && step.category !== 'each') continue;
    const n = await step.run(db, input);
    if (n > 0) counts[step.table] = (counts[step.table] ?? 0) + n;
  }
  return counts;
}

export interface PurgeCandidate {
  readonly youthId: string;
  readonly status: 'open' | 'closed' | 'merged';
  readonly birthDate: string | null;
  readonly birthYear: number | null;
  readonly reportBirthDate: string | null;
  /** Categories already purged. */
  readonly purged: readonly string[];
  /** Status changes, oldest first, as instants. */
  readonly changes: readonly {
    readonly status: 'closed' | 'reopened' | 'merged';
    readonly at: Date;
  }[];
}

/** The county's closed cases with a category not yet purged. */
export async function listPurgeCandidates(
  db: Queryable,
  jurisdictionId: string,
  categories: number,
): Promise<PurgeCandidate[]> {
  const rows = await db.query<{
    id: string;
    status: 'open' | 'closed' | 'merged';
    birth_date: string | null;
    estimated_birth_year: number | null;
    report_birth_date: string | null;
    purged: string[];
    changes: { status: 'closed' | 'reopened' | 'merged'; at: string }[];
  }>(
    `SELECT y.id, y.status, to_char(y.birth_date, 'YYYY-MM-DD') AS birth_date,
       y.estimated_birth_year, to_char(y.report_birth_date, 'YYYY-MM-DD') AS report_birth_date,
       coalesce((SELECT array_agg(p.category) FROM retention_purges p WHERE p.youth_id = y.id),
         '{}') AS purged,
       coalesce((SELECT json_agg(json_build_object('status', c.status, 'at', c.changed_at)
           ORDER BY c.seq) FROM youth_status_changes c WHERE c.youth_id = y.id), '[]') AS changes
     FROM youth y
     WHERE y.jurisdiction_id = $1 AND y.status = 'closed'
       AND (SELECT count(*) FROM retention_purges p WHERE p.youth_id = y.id) < $2`,
    [jurisdictionId, categories],
  );
  return rows.map((r) => ({
    youthId: r.id,
    status: r.status,
    birthDate: r.birth_date,
    birthYear: r.estimated_birth_year,
    reportBirthDate: r.report_birth_date,
    purged: r.purged,
    changes: r.changes.map((c) => ({ status: c.status, at: new Date(c.at) })),
  }));
}

/**
 * The county days of every fact the reports count for a youth (the instants the measures of
 * src/db/repositories/reports.ts date their facts by), in the reports' time zone.
 */
export async function reportFactDays(
  db: Queryable,
  youthId: string,
  timeZone: string,
): Promise<string[]> {
  const rows = await db.query<{ day: string }>(
    `SELECT DISTINCT to_char(f.at AT TIME ZONE $2, 'YYYY-MM-DD') AS day FROM (
       SELECT occurred_at AS at FROM case_events WHERE youth_id = $1
       UNION ALL SELECT due_at FROM tasks WHERE youth_id = $1
       UNION ALL SELECT sent_at FROM referrals WHERE youth_id = $1 AND sent_at IS NOT NULL
       UNION ALL SELECT started_at FROM missing_episodes WHERE youth_id = $1
       UNION ALL SELECT ended_at FROM missing_episodes WHERE youth_id = $1 AND ended_at IS NOT NULL
       UNION ALL SELECT administered_at FROM screenings WHERE youth_id = $1
       UNION ALL SELECT created_at FROM consents WHERE youth_id = $1
       UNION ALL SELECT revoked_at FROM consents WHERE youth_id = $1 AND revoked_at IS NOT NULL
       UNION ALL SELECT (expires_on + 1)::timestamp AT TIME ZONE $2 FROM consents
         WHERE youth_id = $1
       UNION ALL SELECT opened_at FROM break_glass_grants WHERE youth_id = $1) f
     ORDER BY 1`,
    [youthId, timeZone],
  );
  return rows.map((r) => r.day);
}

export async function recordPurge(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly category: DataCategory;
    readonly purgeOn: string;
    readonly counts: Record<string, number>;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO retention_purges (jurisdiction_id, youth_id, category, purge_on, purged_at, counts)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      input.jurisdictionId,
      input.youthId,
      input.category,
      input.purgeOn,
      input.now,
      JSON.stringify(input.counts),
    ],
  );
}
