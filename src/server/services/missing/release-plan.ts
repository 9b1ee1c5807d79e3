// Who receives the youth at release, as the latest release safety plan names it: the one thing of
// a plan juvenile hall intake learns (docs/MISSING-AND-CUSTODY.md). One narrow query: the
// receiver of the current version of the youth's latest `release_from_custody` plan, never the
// plan's sections.
import type { Queryable } from '../../../db/database.js';

export interface ReleaseReceiver {
  /** The person the plan names to receive the youth, or the receiving organization's name. */
  readonly name: string;
  readonly relationship: string | null;
}

export type ReleasePlanAnswer =
  { readonly exists: false } | { readonly exists: true; readonly receiver: ReleaseReceiver | null };

export type ReleaseReceiverSource = (db: Queryable, youthId: string) => Promise<ReleasePlanAnswer>;

type StoredReceiver =
  | { kind: 'person'; name: string; relationship: string }
  | { kind: 'organization'; organizationId: string };

export const findReleaseReceiver: ReleaseReceiverSource = async (db, youthId) => {
  const [row] = await db.query<{ receiver: StoredReceiver | string | null }>(
    `SELECT v.content -> 'details' -> 'receiver' AS receiver
       FROM safety_plans p
       JOIN safety_plan_versions v ON v.plan_id = p.id AND v.version = p.current_version
      WHERE p.youth_id = $1 AND p.type = 'release_from_custody'
      ORDER BY p.created_at DESC, p.id DESC LIMIT 1`,
    [youthId],
  );
  if (!row) return { exists: false };
  const receiver =
    typeof row.receiver === 'string' ? (JSON.parse(row.receiver) as StoredReceiver) : row.receiver;
  if (!receiver) return { exists: true, receiver: null };
  if (receiver.kind === 'person') {
    return { exists: true, receiver: { name: receiver.name, relationship: receiver.relationship } };
  }
  const [organization] = await db.query<{ name: string }>(
    `SELECT name FROM organizations WHERE id = $1`,
    [receiver.organizationId],
  );
  return {
    exists: true,
    receiver: organization ? { name: organization.name, relationship: null } : null,
  };
};
