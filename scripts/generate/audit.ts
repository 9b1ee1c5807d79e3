// The invented state's audit log: events appended after whatever the setup already wrote,
// each hashed onto the one before it exactly as chain.ts defines (the database's append
// statement computes the same hash), so `lantern verify-audit` passes over the whole chain.
// Each batch moves the chain head in its own transaction: a run stopped half-way leaves a
// chain that verifies.
import type { Database } from '../../src/db/database.js';
import { hashEvent, type ChainedEvent } from '../../src/server/audit/chain.js';
import type { GeneratedYouth } from './cases.js';
import type { GeneratedCounty } from './counties.js';
import { seededRandom } from './random.js';
import { TableWriter, type Progress } from './writer.js';

const DAY = 86_400_000;
/** What every generated event says it came from. */
export const GENERATED_USER_AGENT = 'lantern-generate';

type Shape = Pick<ChainedEvent, 'action' | 'categories' | 'outcome' | 'reason' | 'details'> & {
  readonly onYouth: boolean;
};

const SIGN_IN: Shape = {
  action: 'auth.login',
  onYouth: false,
  categories: [],
  outcome: 'allowed',
  reason: null,
  details: { mfaStep: 'none' },
};

/** The mix of a working day: mostly reads of records, some notes, sign-ins and a few denials. */
const SHAPES: readonly Shape[] = [
  {
    action: 'youth.read',
    onYouth: true,
    categories: ['identity', 'needs_services'],
    outcome: 'allowed',
    reason: null,
    details: { view: 'record', withheld: [] },
  },
  {
    action: 'youth.read',
    onYouth: true,
    categories: ['identity'],
    outcome: 'allowed',
    reason: null,
    details: { view: 'record', withheld: [{ category: 'medical', reason: 'no_consent' }] },
  },
  {
    action: 'note.create',
    onYouth: true,
    categories: ['case_notes'],
    outcome: 'allowed',
    reason: null,
    details: { kind: 'case' },
  },
  SIGN_IN,
  {
    action: 'access.denied',
    onYouth: true,
    categories: ['case_notes'],
    outcome: 'denied',
    reason: 'not_on_case_team',
    details: { action: 'case.view' },
  },
];

export async function generateAudit(
  db: Database,
  input: { readonly seed: string; readonly audit: number; readonly now: Date },
  youth: readonly GeneratedYouth[],
  counties: readonly GeneratedCounty[],
  progress: Progress,
): Promise<void> {
  const random = seededRandom(input.seed, 'audit');
  const [head] = await db.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_chain_head WHERE id = 1',
  );
  if (!head) throw new Error('the audit chain head is missing: run migrations');
  const youthOf = counties.map(() => [] as string[]);
  for (const record of youth) youthOf[record.county]?.push(record.id);
  const writer = new TableWriter(
    db,
    'audit_events',
    [
      ['seq', 'bigint'],
      ['at', 'timestamptz'],
      ['actor_user_id', 'uuid'],
      ['actor_organization_id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['action', 'text'],
      ['target_type', 'text'],
      ['target_id', 'text'],
      ['categories', 'text[]'],
      ['outcome', 'text'],
      ['reason', 'text'],
      ['ip', 'text'],
      ['user_agent', 'text'],
      ['details', 'jsonb'],
      ['prev_hash', 'text'],
      ['hash', 'text'],
    ],
    progress,
    {
      expected: input.audit,
      // The head moves with each batch, in its transaction: seq and hash of the batch's last.
      afterBatch: async (tx, rows) => {
        const last = rows.at(-1);
        await tx.query('UPDATE audit_chain_head SET seq = $1, hash = $2 WHERE id = 1', [
          last?.[0],
          last?.[15],
        ]);
      },
    },
  );
  let prevHash = head.hash;
  const start = input.now.getTime() - 730 * DAY;
  const step = (730 * DAY) / Math.max(1, input.audit);
  for (let i = 0; i < input.audit; i += 1) {
    const county = random.pick(counties);
    const actor = random.pick(county.accounts);
    let shape = random.pick(SHAPES);
    const targets = youthOf[county.index] ?? [];
    if (shape.onYouth && targets.length === 0) shape = SIGN_IN;
    const event: ChainedEvent = {
      seq: head.seq + i + 1,
      // Whole milliseconds, in order: what PostgreSQL stores is what was hashed.
      at: new Date(Math.floor(start + i * step + random.below(Math.max(1, Math.floor(step))))),
      actorUserId: actor.id,
      actorOrganizationId: actor.organizationId,
      jurisdictionId: county.id,
      action: shape.action,
      targetType: shape.onYouth ? 'youth' : 'user',
      targetId: shape.onYouth ? random.pick(targets) : actor.id,
      categories: shape.categories,
      outcome: shape.outcome,
      reason: shape.reason,
      ip: `192.0.2.${String(1 + random.below(254))}`,
      userAgent: GENERATED_USER_AGENT,
      details: shape.details,
    };
    const hash = hashEvent(prevHash, event);
    await writer.add([
      event.seq,
      event.at,
      event.actorUserId,
      event.actorOrganizationId,
      event.jurisdictionId,
      event.action,
      event.targetType,
      event.targetId,
      event.categories,
      event.outcome,
      event.reason,
      event.ip,
      event.userAgent,
      event.details,
      prevHash,
      hash,
    ]);
    prevHash = hash;
  }
  await writer.finish();
}
