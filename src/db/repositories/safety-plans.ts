// Safety plans and their versions. SQL only: the service decides who reads each plan.
import type { Queryable } from '../database.js';
import type { SafetyPlanType } from '../../domain/protocol.js';
import type { DataCategory } from '../../domain/vocabulary.js';

export interface SafetyPlanRow {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly type: SafetyPlanType;
  readonly category: DataCategory;
  readonly authorOrganizationId: string;
  readonly authorOrganizationName: string;
  readonly startedFromPlanId: string | null;
  readonly currentVersion: number;
  readonly createdAt: Date;
}

export interface SafetyPlanVersionRow {
  readonly planId: string;
  readonly version: number;
  readonly content: Record<string, unknown>;
  readonly savedByUserId: string;
  readonly savedByName: string;
  readonly savedAt: Date;
}

interface PlanRecord {
  id: string;
  jurisdiction_id: string;
  youth_id: string;
  type: SafetyPlanType;
  category: DataCategory;
  author_organization_id: string;
  author_organization_name: string;
  started_from_plan_id: string | null;
  current_version: number;
  created_at: Date;
}

const PLAN_SELECT = `SELECT p.*, o.name AS author_organization_name
  FROM safety_plans p JOIN organizations o ON o.id = p.author_organization_id`;

const toPlan = (r: PlanRecord): SafetyPlanRow => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  youthId: r.youth_id,
  type: r.type,
  category: r.category,
  authorOrganizationId: r.author_organization_id,
  authorOrganizationName: r.author_organization_name,
  startedFromPlanId: r.started_from_plan_id,
  currentVersion: r.current_version,
  createdAt: r.created_at,
});

/** Every plan of a case, newest first, unfiltered: the service reads each through the module. */
export async function unsafeListSafetyPlans(
  db: Queryable,
  youthId: string,
): Promise<SafetyPlanRow[]> {
  const rows = await db.query<PlanRecord>(
    `${PLAN_SELECT} WHERE p.youth_id = $1 ORDER BY p.created_at DESC, p.id`,
    [youthId],
  );
  return rows.map(toPlan);
}

export async function unsafeFindSafetyPlan(
  db: Queryable,
  id: string,
  options: { lock?: boolean } = {},
): Promise<SafetyPlanRow | null> {
  const [row] = await db.query<PlanRecord>(
    options.lock
      ? `SELECT p.*, o.name AS author_organization_name FROM safety_plans p
         JOIN organizations o ON o.id = p.author_organization_id WHERE p.id = $1 FOR UPDATE OF p`
      : `${PLAN_SELECT} WHERE p.id = $1`,
    [id],
  );
  return row ? toPlan(row) : null;
}

export async function insertSafetyPlan(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly type: SafetyPlanType;
    readonly category: DataCategory;
    readonly authorOrganizationId: string;
    readonly startedFromPlanId: string | null;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO safety_plans (jurisdiction_id, youth_id, type, category, author_organization_id,
       started_from_plan_id, current_version, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 1, $7) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.type,
      input.category,
      input.authorOrganizationId,
      input.startedFromPlanId,
      input.now,
    ],
  );
  if (!row) throw new Error('insert into safety_plans returned nothing');
  return row.id;
}

/** Writes a version; a second write of the same version fails on the primary key. */
export async function insertSafetyPlanVersion(
  db: Queryable,
  input: {
    readonly planId: string;
    readonly version: number;
    readonly content: unknown;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO safety_plan_versions (plan_id, version, content, saved_by_user_id, saved_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [input.planId, input.version, JSON.stringify(input.content), input.userId, input.now],
  );
  await db.query('UPDATE safety_plans SET current_version = $2 WHERE id = $1', [
    input.planId,
    input.version,
  ]);
}

export async function listSafetyPlanVersions(
  db: Queryable,
  planId: string,
): Promise<SafetyPlanVersionRow[]> {
  const rows = await db.query<{
    plan_id: string;
    version: number;
    content: Record<string, unknown> | string;
    saved_by_user_id: string;
    saved_by_name: string;
    saved_at: Date;
  }>(
    `SELECT v.plan_id, v.version, v.content, v.saved_by_user_id, u.display_name AS saved_by_name,
       v.saved_at
     FROM safety_plan_versions v JOIN users u ON u.id = v.saved_by_user_id
     WHERE v.plan_id = $1 ORDER BY v.version DESC`,
    [planId],
  );
  return rows.map((r) => ({
    planId: r.plan_id,
    version: r.version,
    content:
      typeof r.content === 'string'
        ? (JSON.parse(r.content) as Record<string, unknown>)
        : r.content,
    savedByUserId: r.saved_by_user_id,
    savedByName: r.saved_by_name,
    savedAt: r.saved_at,
  }));
}

/** Every step of a plan given as a task: step key -> its task and whether it is still open. */
export async function stepTasksOf(
  db: Queryable,
  planId: string,
): Promise<Map<string, { taskId: string; open: boolean }>> {
  const rows = await db.query<{ step_key: string; task_id: string; status: string }>(
    `SELECT s.step_key, s.task_id, t.status FROM safety_plan_step_tasks s
     JOIN tasks t ON t.id = s.task_id WHERE s.plan_id = $1`,
    [planId],
  );
  return new Map(rows.map((r) => [r.step_key, { taskId: r.task_id, open: r.status === 'open' }]));
}

export async function insertStepTask(
  db: Queryable,
  input: { readonly planId: string; readonly stepKey: string; readonly taskId: string },
): Promise<void> {
  await db.query(
    'INSERT INTO safety_plan_step_tasks (plan_id, step_key, task_id) VALUES ($1, $2, $3)',
    [input.planId, input.stepKey, input.taskId],
  );
}

export interface SafetyPlanVersionSaved {
  readonly planId: string;
  readonly type: SafetyPlanType;
  readonly category: DataCategory;
  readonly authorOrganizationId: string;
  readonly authorOrganizationName: string;
  readonly version: number;
  readonly savedByName: string;
  readonly savedAt: Date;
}

/**
 * Every version saved of every plan of a case, by metadata only (never the content), unfiltered:
 * the timeline decides each plan through the access module.
 */
export async function unsafeListSafetyPlanVersionsSaved(
  db: Queryable,
  youthId: string,
): Promise<SafetyPlanVersionSaved[]> {
  const rows = await db.query<{
    plan_id: string;
    type: SafetyPlanType;
    category: DataCategory;
    author_organization_id: string;
    author_organization_name: string;
    version: number;
    saved_by_name: string;
    saved_at: Date;
  }>(
    `SELECT p.id AS plan_id, p.type, p.category, p.author_organization_id,
       o.name AS author_organization_name, v.version, u.display_name AS saved_by_name, v.saved_at
     FROM safety_plan_versions v
     JOIN safety_plans p ON p.id = v.plan_id
     JOIN organizations o ON o.id = p.author_organization_id
     JOIN users u ON u.id = v.saved_by_user_id
     WHERE p.youth_id = $1 ORDER BY v.saved_at DESC, p.id, v.version DESC`,
    [youthId],
  );
  return rows.map((r) => ({
    planId: r.plan_id,
    type: r.type,
    category: r.category,
    authorOrganizationId: r.author_organization_id,
    authorOrganizationName: r.author_organization_name,
    version: r.version,
    savedByName: r.saved_by_name,
    savedAt: r.saved_at,
  }));
}
