// What a Citus cluster needs to distribute Lantern by jurisdiction (issue 14 item 6,
// docs/scaling.md): every tenant table carries `jurisdiction_id`, and its primary key, its unique
// constraints and indexes, and its foreign keys include it; a table that cannot is global (a
// reference table, copied to every node) and says why, or is listed as not yet distributable with
// the reason. A new table must take one of the three places, or this test fails by name.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Queryable } from '../../src/db/database.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

/** Reference tables: the same on every node, each with the reason it is global. */
export const GLOBAL_TABLES: Readonly<Record<string, string>> = {
  jurisdictions: 'the tenants themselves',
  schema_migrations: 'the schema version, one for the whole database',
  settings: 'deployment settings, not any one county',
  rate_limit_counters:
    'sign-in, code and public directory limits per client address or account, across every county the deployment serves; short-lived rows',
  organizations:
    'readable across jurisdictions (who to call, neighboring-county agreements); few rows, seldom written',
  point_persons: 'readable across jurisdictions (who to call); few rows, seldom written',
  users:
    'accounts: few rows, seldom written, named by nearly every table as author; replicated so those foreign keys hold on every node',
  hsds_records: 'the service directory is shared across jurisdictions (HSDS import)',
  directory_search: 'search rows of the shared service directory',
  directory_words: 'word list of the shared service directory',
  directory_location_profiles: 'derived profiles of the shared service directory',
  directory_service_profiles: 'derived profiles of the shared service directory',
};

/**
 * Tenant tables that do not meet the rule yet, each with what stands in the way. Most are keyed
 * by a uuid `id` alone: keying them by (jurisdiction_id, id) means moving every foreign key that
 * names the id alone to (jurisdiction_id, id) first, table by table (docs/scaling.md).
 */
export const NOT_YET_DISTRIBUTABLE: Readonly<Record<string, string>> = {
  approval_requests: 'primary key (id) alone; unique index approval_requests_one_pending',
  audit_chain_head:
    'one chain head for the whole deployment (every audited write takes its row lock); needs one chain per jurisdiction first',
  audit_events:
    'keyed by the global chain sequence (seq); needs one chain per jurisdiction, keyed (jurisdiction_id, seq)',
  break_glass_grants: 'primary key (id) alone',
  break_glass_reviews:
    'primary key (id) alone; foreign key (break_glass_id) -> break_glass_grants without jurisdiction_id',
  case_documents: 'primary key (id) alone',
  case_events: 'primary key (id) alone',
  case_notes:
    'primary key (id) alone; foreign key (corrects_note_id) -> case_notes without jurisdiction_id; unique index case_notes_one_correction',
  case_seals: 'primary key (id) alone; unique index case_seals_in_force_idx',
  case_team_members: 'primary key (id) alone; unique index case_team_current',
  caseworker_qualifications:
    'primary key (id) alone; unique index caseworker_qualifications_current',
  certification_requests:
    'primary key (id) alone; foreign key (task_id) -> tasks without jurisdiction_id',
  compensation_claims:
    'primary key (id) alone; foreign key (reminder_task_id) -> tasks without jurisdiction_id',
  consent_releases:
    'keyed by (consent_id, holder_organization_id), named in ON CONFLICT; foreign key by consent id alone',
  consents:
    'primary key (id) alone; foreign key (given_by_person_id) -> youth_people without jurisdiction_id',
  contact_check_throttle: 'keyed by user_id, named in ON CONFLICT (user_id)',
  directory_organization_links:
    'keyed by the shared directory organization id alone; a directory organization linked in two jurisdictions would need (jurisdiction_id, hsds_organization_id)',
  email_outbox: 'primary key (id) alone',
  hearings: 'primary key (id) alone; foreign key (event_id) -> case_events without jurisdiction_id',
  legal_bases: 'primary key (id) alone',
  mandated_reports:
    'primary key (id) alone; foreign key (source_note_id) -> privileged_notes without jurisdiction_id',
  mdt_decisions:
    'primary key (id) alone; foreign key (minutes_id) -> mdt_minutes without jurisdiction_id; foreign key (task_id) -> tasks without jurisdiction_id',
  mdt_meetings: 'primary key (id) alone',
  mdt_minutes: 'primary key (id) alone',
  missing_episodes:
    'primary key (id) alone; foreign key (missing_event_id) -> case_events without jurisdiction_id; foreign key (returned_event_id) -> case_events without jurisdiction_id; unique index missing_episodes_open_idx',
  missing_profiles: 'keyed by youth_id, named in ON CONFLICT (youth_id)',
  mou_neighbor_parties:
    'links an agreement of one jurisdiction to an organization of another: rows belong to two jurisdictions (mou_jurisdiction_id), no jurisdiction_id column',
  mou_standing_acceptances: 'keyed by (mou_id, holder_organization_id), named in ON CONFLICT',
  mous: 'primary key (id) alone',
  non_criminalization_notices:
    'primary key (id) alone; unique (event_id); foreign key (event_id) -> case_events without jurisdiction_id',
  notifications: 'primary key (id) alone',
  privilege_disclosures: 'primary key (id) alone',
  privileged_notes: 'primary key (id) alone',
  protective_orders:
    'primary key (id) alone; foreign key (reminder_task_id) -> tasks without jurisdiction_id',
  protocol_firings:
    'primary key (id) alone; unique (event_id, rule_id); foreign key (event_id) -> case_events without jurisdiction_id; foreign key (rule_id) -> protocol_rules without jurisdiction_id',
  protocol_jobs: 'primary key (id) alone; unique (kind, target_id, step)',
  protocol_rules: 'primary key (id) alone',
  referral_events: 'primary key (id) alone',
  referral_messages: 'primary key (id) alone',
  referrals: 'primary key (id) alone',
  safety_plan_step_tasks:
    'no jurisdiction_id column; needs the column and foreign keys that include it',
  safety_plan_versions:
    'no jurisdiction_id column (keyed by plan_id, version); needs the column and (jurisdiction_id, plan_id) foreign key',
  safety_plans:
    'primary key (id) alone; foreign key (started_from_plan_id) -> safety_plans without jurisdiction_id',
  screening_instruments: 'primary key (id) alone',
  screenings: 'primary key (id) alone',
  sessions:
    'looked up by token hash before the jurisdiction is known; the token would have to name its jurisdiction',
  sign_in_addresses: 'keyed by (user_id, address), named in ON CONFLICT',
  structured_records: 'primary key (id) alone; unique index structured_records_one_correction',
  task_escalations:
    'primary key (id) alone; unique (task_id, step); foreign key (task_id) -> tasks without jurisdiction_id',
  tasks:
    'primary key (id) alone; unique (firing_id, action_index); foreign key (event_id) -> case_events without jurisdiction_id; foreign key (firing_id) -> protocol_firings without jurisdiction_id',
  training_completions: 'primary key (id) alone',
  training_courses: 'primary key (id) alone',
  verified_contact_statuses: 'primary key (id) alone',
  verified_contacts: 'primary key (id) alone',
  youth: 'primary key (id) alone',
  youth_identity_corrections: 'primary key (id) alone',
  youth_merges: 'primary key (id) alone; unique (duplicate_youth_id)',
  youth_people: 'primary key (id) alone',
  youth_status_changes: 'primary key (id) alone',
};

interface Column {
  table: string;
  column: string;
}
interface Constraint {
  table: string;
  name: string;
  type: 'p' | 'u' | 'f';
  columns: string[];
  refTable: string | null;
  refColumns: string[];
}
interface UniqueIndex {
  table: string;
  name: string;
  columns: string[];
}

interface Schema {
  tables: string[];
  columns: Column[];
  constraints: Constraint[];
  uniqueIndexes: UniqueIndex[];
}

/** The public schema's tables, columns, keys and unique indexes, from the catalog. */
async function readSchema(db: Queryable): Promise<Schema> {
  const tables = (
    await db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        ORDER BY 1`,
    )
  ).map((row) => row.name);
  const columns = await db.query<Column>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
      WHERE table_schema = 'public'`,
  );
  const constraints = await db.query<Constraint>(
    `SELECT c.relname AS "table", k.conname AS name, k.contype AS type,
            ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
                    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n
                   ORDER BY u.i) AS columns,
            r.relname AS "refTable",
            ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, i)
                    JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n
                   ORDER BY u.i) AS "refColumns"
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_class r ON r.oid = k.confrelid
      WHERE n.nspname = 'public' AND k.contype IN ('p', 'u', 'f')`,
  );
  // Unique indexes made by CREATE UNIQUE INDEX (a constraint's own index is checked with it).
  const uniqueIndexes = await db.query<UniqueIndex>(
    `SELECT c.relname AS "table", i.relname AS name,
            ARRAY(SELECT a.attname::text FROM unnest(x.indkey::int2[]) u(n)
                    JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = u.n) AS columns
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class c ON c.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND x.indisunique
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)`,
  );
  return { tables, columns, constraints, uniqueIndexes };
}

let database: TestDatabase;
let schema: Schema;

before(async () => {
  database = await openTestDatabase();
  schema = await readSchema(database.db);
});
after(async () => {
  await database.close();
});

const isGlobal = (table: string) => Object.hasOwn(GLOBAL_TABLES, table);

/** What stops a table from being distributed by jurisdiction_id; empty when nothing does. */
function distributionProblems(
  table: string,
  { columns, constraints, uniqueIndexes } = schema,
): string[] {
  const problems: string[] = [];
  if (!columns.some((c) => c.table === table && c.column === 'jurisdiction_id'))
    return ['no jurisdiction_id column'];
  for (const k of constraints.filter((c) => c.table === table)) {
    if (k.type === 'f') {
      if (k.refTable && isGlobal(k.refTable)) continue;
      // The referenced jurisdiction_id must be matched by this table's own jurisdiction_id.
      const at = k.refColumns.indexOf('jurisdiction_id');
      if (at < 0 || k.columns[at] !== 'jurisdiction_id')
        problems.push(`foreign key ${k.name} (${k.columns.join(', ')}) -> ${k.refTable}`);
    } else if (!k.columns.includes('jurisdiction_id')) {
      problems.push(
        `${k.type === 'p' ? 'primary key' : 'unique'} ${k.name} (${k.columns.join(', ')})`,
      );
    }
  }
  for (const index of uniqueIndexes.filter((i) => i.table === table))
    if (!index.columns.includes('jurisdiction_id')) problems.push(`unique index ${index.name}`);
  return problems;
}

/** A reference table may point only at other reference tables. */
function globalProblems(table: string): string[] {
  return schema.constraints
    .filter((k) => k.table === table && k.type === 'f' && k.refTable && !isGlobal(k.refTable))
    .map((k) => `foreign key ${k.name} -> ${k.refTable}, which is not global`);
}

describe('distribution by jurisdiction (Citus)', () => {
  test('every table is distributable, global with a reason, or listed as not yet', () => {
    const undecided = schema.tables.filter(
      (t) =>
        !isGlobal(t) && !Object.hasOwn(NOT_YET_DISTRIBUTABLE, t) && distributionProblems(t).length,
    );
    const report = undecided.map((t) => `${t}: ${distributionProblems(t).join('; ')}`);
    assert.deepEqual(
      report,
      [],
      'these tables cannot be distributed by jurisdiction_id: fix them, or list them in GLOBAL_TABLES or NOT_YET_DISTRIBUTABLE with the reason',
    );
    const distributable = schema.tables.filter(
      (t) => !isGlobal(t) && !Object.hasOwn(NOT_YET_DISTRIBUTABLE, t),
    );
    console.log(
      `distribution by jurisdiction: ${schema.tables.length} tables; ${distributable.length} distributable, ` +
        `${Object.keys(GLOBAL_TABLES).length} global, ${Object.keys(NOT_YET_DISTRIBUTABLE).length} not yet`,
    );
  });

  test('the lists name real tables, with reasons, and a listed table still needs its place', () => {
    for (const [table, reason] of [
      ...Object.entries(GLOBAL_TABLES),
      ...Object.entries(NOT_YET_DISTRIBUTABLE),
    ]) {
      assert.ok(schema.tables.includes(table), `${table} is listed but is not a table`);
      assert.ok(reason.trim().length > 10, `${table} needs a reason`);
    }
    for (const table of Object.keys(GLOBAL_TABLES))
      assert.ok(!Object.hasOwn(NOT_YET_DISTRIBUTABLE, table), `${table} is in both lists`);
    // A table fixed since it was listed leaves NOT_YET_DISTRIBUTABLE, so the list only shrinks.
    const fixed = Object.keys(NOT_YET_DISTRIBUTABLE).filter(
      (t) => distributionProblems(t).length === 0,
    );
    assert.deepEqual(
      fixed,
      [],
      'these tables now meet the rule: take them off NOT_YET_DISTRIBUTABLE',
    );
  });

  test('global tables point only at global tables', () => {
    const report = Object.keys(GLOBAL_TABLES).flatMap(globalProblems);
    assert.deepEqual(report, []);
  });

  test('the check finds a tenant table that breaks the rule', async () => {
    // Bad input for the check itself: a table keyed by id alone, with a foreign key by youth id
    // alone, made in a transaction that is rolled back, so the schema stays as migrated.
    const seen = await database.db
      .transaction(async (tx) => {
        await tx.query(
          `CREATE TABLE distribution_probe (id uuid PRIMARY KEY, jurisdiction_id uuid NOT NULL,
             youth_id uuid REFERENCES youth (id))`,
        );
        await tx.query(
          'CREATE UNIQUE INDEX distribution_probe_youth ON distribution_probe (youth_id)',
        );
        const problems = distributionProblems('distribution_probe', await readSchema(tx));
        throw Object.assign(new Error('roll back'), { problems });
      })
      .catch((error: unknown) => (error as { problems?: string[] }).problems);
    assert.deepEqual(seen, [
      'primary key distribution_probe_pkey (id)',
      'foreign key distribution_probe_youth_id_fkey (youth_id) -> youth',
      'unique index distribution_probe_youth',
    ]);
    assert.deepEqual(distributionProblems('no_such_table'), ['no jurisdiction_id column']);
    assert.equal((await readSchema(database.db)).tables.includes('distribution_probe'), false);
  });
});
