// The county protocol as stored: versioned rules, the county's settings, its holidays, and the
// record of every firing.
import type { Queryable } from '../database.js';
import {
  protocolSettingsSchema,
  type Action,
  type Condition,
  type ProtocolRule,
  type ProtocolSettings,
  type RuleDefinition,
} from '../../domain/protocol.js';
import type { EventType } from '../../domain/case-events.js';
import { DEFAULT_PROTOCOL_PACK } from '../../domain/protocol-pack.js';

export interface StoredRule extends ProtocolRule {
  readonly jurisdictionId: string;
  readonly createdAt: Date;
  readonly createdByUserId: string | null;
  readonly retiredAt: Date | null;
}

interface RuleRow {
  id: string;
  jurisdiction_id: string;
  rule_key: string;
  version: number;
  name: string;
  trigger: EventType;
  conditions: Condition[];
  actions: Action[];
  source: string;
  active: boolean;
  county_default: boolean;
  created_at: Date;
  created_by_user_id: string | null;
  retired_at: Date | null;
}

const toRule = (r: RuleRow): StoredRule => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  key: r.rule_key,
  version: r.version,
  name: r.name,
  trigger: r.trigger,
  conditions: r.conditions,
  actions: r.actions,
  source: r.source,
  active: r.active,
  countyDefault: r.county_default,
  createdAt: r.created_at,
  createdByUserId: r.created_by_user_id,
  retiredAt: r.retired_at,
});

/** The rules in force: the current version of each rule of the jurisdiction. */
export async function listCurrentRules(
  db: Queryable,
  jurisdictionId: string,
): Promise<StoredRule[]> {
  const rows = await db.query<RuleRow>(
    `SELECT * FROM protocol_rules WHERE jurisdiction_id = $1 AND retired_at IS NULL
     ORDER BY rule_key`,
    [jurisdictionId],
  );
  return rows.map(toRule);
}

export async function listRuleVersions(
  db: Queryable,
  jurisdictionId: string,
  key: string,
): Promise<StoredRule[]> {
  const rows = await db.query<RuleRow>(
    `SELECT * FROM protocol_rules WHERE jurisdiction_id = $1 AND rule_key = $2
     ORDER BY version DESC`,
    [jurisdictionId, key],
  );
  return rows.map(toRule);
}

export async function findRule(db: Queryable, id: string): Promise<StoredRule | null> {
  const [row] = await db.query<RuleRow>(`SELECT * FROM protocol_rules WHERE id = $1`, [id]);
  return row ? toRule(row) : null;
}

/**
 * Writes the next version of a rule and retires the current one, in the caller's transaction.
 * Saves of a county's rules take their turn on the county's row first, so two edits at once make
 * versions n+1 and n+2, never two n+1. Locking the current version's row is not enough: under
 * READ COMMITTED the second edit finds it retired once the first commits, skips it and collides
 * with the first's new version; and a new key has no row to lock. NO KEY UPDATE leaves the rows
 * that reference the county free to be written meanwhile.
 */
export async function insertRuleVersion(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly key: string;
    readonly rule: RuleDefinition;
    readonly active: boolean;
    readonly countyDefault: boolean;
    readonly userId: string | null;
    readonly now: Date;
  },
): Promise<StoredRule> {
  await db.query(`SELECT id FROM jurisdictions WHERE id = $1 FOR NO KEY UPDATE`, [
    input.jurisdictionId,
  ]);
  const [current] = await db.query<{ id: string; version: number }>(
    `SELECT id, version FROM protocol_rules
     WHERE jurisdiction_id = $1 AND rule_key = $2 AND retired_at IS NULL FOR UPDATE`,
    [input.jurisdictionId, input.key],
  );
  if (current) {
    await db.query(`UPDATE protocol_rules SET retired_at = $2 WHERE id = $1`, [
      current.id,
      input.now,
    ]);
  }
  const [row] = await db.query<RuleRow>(
    `INSERT INTO protocol_rules (jurisdiction_id, rule_key, version, name, trigger, conditions,
       actions, source, active, county_default, created_at, created_by_user_id)
     VALUES ($1, $2,
       COALESCE((SELECT max(version) FROM protocol_rules
                 WHERE jurisdiction_id = $1 AND rule_key = $2), 0) + 1,
       $3, $4, $5, $6, $7, $8, $9, $10, $11)
     RETURNING *`,
    [
      input.jurisdictionId,
      input.key,
      input.rule.name,
      input.rule.trigger,
      JSON.stringify(input.rule.conditions),
      JSON.stringify(input.rule.actions),
      input.rule.source,
      input.active,
      input.countyDefault,
      input.now,
      input.userId,
    ],
  );
  if (!row) throw new Error('INSERT returned no row');
  return toRule(row);
}

export async function findProtocolSettings(
  db: Queryable,
  jurisdictionId: string,
): Promise<ProtocolSettings> {
  const [row] = await db.query<{ settings: unknown }>(
    `SELECT settings FROM protocol_settings WHERE jurisdiction_id = $1`,
    [jurisdictionId],
  );
  // Settings added in a later version take their defaults for a county that saved before.
  return protocolSettingsSchema.parse(row?.settings ?? {});
}

export async function saveProtocolSettings(
  db: Queryable,
  jurisdictionId: string,
  settings: ProtocolSettings,
  userId: string | null,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO protocol_settings (jurisdiction_id, settings, updated_at, updated_by_user_id)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (jurisdiction_id) DO UPDATE SET settings = EXCLUDED.settings,
       updated_at = EXCLUDED.updated_at, updated_by_user_id = EXCLUDED.updated_by_user_id`,
    [jurisdictionId, JSON.stringify(settings), now, userId],
  );
}

export interface Holiday {
  readonly day: string;
  readonly name: string;
}

export async function listHolidays(db: Queryable, jurisdictionId: string): Promise<Holiday[]> {
  return db.query<Holiday>(
    `SELECT day::text AS day, name FROM jurisdiction_holidays WHERE jurisdiction_id = $1
     ORDER BY day`,
    [jurisdictionId],
  );
}

/** Replaces the county's holiday calendar with the list given. */
export async function replaceHolidays(
  db: Queryable,
  jurisdictionId: string,
  holidays: readonly Holiday[],
): Promise<void> {
  await db.query(`DELETE FROM jurisdiction_holidays WHERE jurisdiction_id = $1`, [jurisdictionId]);
  for (const holiday of holidays) {
    await db.query(
      `INSERT INTO jurisdiction_holidays (jurisdiction_id, day, name) VALUES ($1, $2, $3)`,
      [jurisdictionId, holiday.day, holiday.name],
    );
  }
}

export interface FiringOutcome {
  readonly action: Action['kind'];
  readonly result: string;
  readonly taskId?: string;
  readonly organizationId?: string;
  readonly referralId?: string;
}

export interface Firing {
  readonly id: string;
  readonly eventId: string;
  readonly ruleId: string;
  readonly ruleKey: string;
  readonly ruleVersion: number;
  readonly firedAt: Date;
  readonly outcomes: readonly FiringOutcome[];
}

/** Records a firing; null when this version of the rule already fired for the event. */
export async function insertFiring(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly eventId: string;
    readonly rule: ProtocolRule;
    readonly now: Date;
  },
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO protocol_firings (jurisdiction_id, youth_id, event_id, rule_id, rule_key,
       rule_version, fired_at, outcomes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '[]')
     ON CONFLICT (event_id, rule_id) DO NOTHING RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.eventId,
      input.rule.id,
      input.rule.key,
      input.rule.version,
      input.now,
    ],
  );
  return row?.id ?? null;
}

export async function setFiringOutcomes(
  db: Queryable,
  id: string,
  outcomes: readonly FiringOutcome[],
): Promise<void> {
  await db.query(`UPDATE protocol_firings SET outcomes = $2 WHERE id = $1`, [
    id,
    JSON.stringify(outcomes),
  ]);
}

export async function listFiringsForYouth(db: Queryable, youthId: string): Promise<Firing[]> {
  const rows = await db.query<{
    id: string;
    event_id: string;
    rule_id: string;
    rule_key: string;
    rule_version: number;
    fired_at: Date;
    outcomes: FiringOutcome[];
  }>(
    `SELECT id, event_id, rule_id, rule_key, rule_version, fired_at, outcomes
     FROM protocol_firings WHERE youth_id = $1 ORDER BY fired_at, rule_key`,
    [youthId],
  );
  return rows.map((r) => ({
    id: r.id,
    eventId: r.event_id,
    ruleId: r.rule_id,
    ruleKey: r.rule_key,
    ruleVersion: r.rule_version,
    firedAt: r.fired_at,
    outcomes: r.outcomes,
  }));
}

/**
 * The service an automatic referral goes to: an active service of an organization of the type,
 * linked to an agency of the county, that meets the need if one does (CSEC-specialized first).
 */
export async function serviceForAutomaticReferral(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly organizationType: string;
    readonly need: string | null;
  },
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `SELECT s.id FROM hsds_records s
     JOIN directory_organization_links l ON l.hsds_organization_id = s.data ->> 'organization_id'
     JOIN organizations o ON o.id = l.organization_id
     LEFT JOIN directory_service_profiles p ON p.service_id = s.id
     WHERE s.kind = 'service' AND l.jurisdiction_id = $1 AND o.type = $2 AND o.active
       AND COALESCE(s.data ->> 'status', 'active') = 'active'
     ORDER BY ($3::text IS NOT NULL AND $3::text = ANY(COALESCE(p.needs, '{}'))) DESC,
       COALESCE(p.csec_specialized, false) DESC, s.data ->> 'name', s.id
     LIMIT 1`,
    [input.jurisdictionId, input.organizationType, input.need],
  );
  return row?.id ?? null;
}

/**
 * Installs the default protocol pack for a jurisdiction: each rule not yet there becomes its
 * version 1, a county-editable default. Rules the county already has are left as they are.
 */
export async function installProtocolPack(
  db: Queryable,
  jurisdictionId: string,
  now: Date,
): Promise<number> {
  let installed = 0;
  for (const { key, ...rule } of DEFAULT_PROTOCOL_PACK) {
    const rows = await db.query(
      `INSERT INTO protocol_rules (jurisdiction_id, rule_key, version, name, trigger, conditions,
         actions, source, active, county_default, created_at)
       SELECT $1, $2, 1, $3, $4, $5, $6, $7, true, true, $8
       WHERE NOT EXISTS (SELECT 1 FROM protocol_rules WHERE jurisdiction_id = $1 AND rule_key = $2)
       RETURNING id`,
      [
        jurisdictionId,
        key,
        rule.name,
        rule.trigger,
        JSON.stringify(rule.conditions),
        JSON.stringify(rule.actions),
        rule.source,
        now,
      ],
    );
    installed += rows.length;
  }
  return installed;
}

/**
 * Adopts one default-pack rule into a county that has never held its key: version 1, a
 * county default, saved by the coordinator. A key the county holds in any version (its own
 * edit, a rule switched off) is left exactly as it is and null is returned. Takes the county's
 * row first, as a rule save does, so an adoption and an edit of the same key never both write.
 */
export async function adoptPackRule(
  tx: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly key: string;
    readonly rule: RuleDefinition;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<StoredRule | null> {
  await tx.query(`SELECT id FROM jurisdictions WHERE id = $1 FOR NO KEY UPDATE`, [
    input.jurisdictionId,
  ]);
  const [row] = await tx.query<RuleRow>(
    `INSERT INTO protocol_rules (jurisdiction_id, rule_key, version, name, trigger, conditions,
       actions, source, active, county_default, created_at, created_by_user_id)
     SELECT $1, $2, 1, $3, $4, $5, $6, $7, true, true, $8, $9
     WHERE NOT EXISTS (SELECT 1 FROM protocol_rules WHERE jurisdiction_id = $1 AND rule_key = $2)
     RETURNING *`,
    [
      input.jurisdictionId,
      input.key,
      input.rule.name,
      input.rule.trigger,
      JSON.stringify(input.rule.conditions),
      JSON.stringify(input.rule.actions),
      input.rule.source,
      input.now,
      input.userId,
    ],
  );
  return row ? toRule(row) : null;
}

/** Every rule key the county has held, current or retired. */
export async function listRuleKeys(db: Queryable, jurisdictionId: string): Promise<string[]> {
  const rows = await db.query<{ rule_key: string }>(
    `SELECT DISTINCT rule_key FROM protocol_rules WHERE jurisdiction_id = $1 ORDER BY rule_key`,
    [jurisdictionId],
  );
  return rows.map((r) => r.rule_key);
}

/** Jurisdictions that have no protocol rule at all (made before the engine existed). */
export async function jurisdictionsWithoutProtocol(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT j.id FROM jurisdictions j
     WHERE NOT EXISTS (SELECT 1 FROM protocol_rules r WHERE r.jurisdiction_id = j.id)`,
  );
  return rows.map((r) => r.id);
}
