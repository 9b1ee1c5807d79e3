// Structured contact, placement and education entries (docs/CONFIDENTIALITY.md, "Structured
// contact, placement and education"): listing what the caller may read of one category, adding
// an entry, and correcting one (a new version superseding it; a placement's end is one). Each
// entry is its recorder's data of its category, read through the case scope exactly like a note
// of that category; what names a place or a person is sealed under the county's data key, bound
// to the entry and the county, so a merge moves the row as it is. Audit details carry the kind
// and ids, never what an entry says.
import { randomUUID } from 'node:crypto';
import {
  decideStructuredCorrection,
  decideStructuredWrite,
  entryProblems,
  joinEntry,
  splitEntry,
  STRUCTURED_CATEGORY,
  STRUCTURED_GROUPS,
  supersededBy,
  type StructuredCategory,
  type StructuredEntry,
  type StructuredProblem,
} from '../../../domain/structured-records.js';
import type { AccessBasis } from '../../../domain/case-access.js';
import {
  insertStructuredRecord,
  unsafeFindStructuredRecord,
  unsafeListStructuredRecords,
} from '../../../db/repositories/structured-records.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, forbidden, isUniqueViolation, notFound } from '../../errors.js';
import { currentDataKey, dataKey } from '../../security/data-keys.js';
import { seal, unseal } from '../../security/master-key.js';
import { auditDenial, openCase, refusal, type CaseScope } from './case-scope.js';

/** An entry's sealed text is bound to the entry and its county, not to the record. */
const entryPurpose = (entryId: string, jurisdictionId: string) =>
  `structured-record:${entryId}:${jurisdictionId}`;

interface SealedText {
  readonly identifying: Record<string, string | null>;
  readonly correctionReason: string | null;
}

export type StructuredEntryView = StructuredEntry & {
  readonly id: string;
  readonly authorName: string;
  readonly authorOrganizationId: string;
  readonly authorOrganizationName: string;
  readonly createdAt: Date;
  readonly basis: AccessBasis;
  readonly supersedesId: string | null;
  readonly correctionReason: string | null;
  readonly supersededById: string | null;
  readonly correctable: boolean;
};

export interface StructuredList {
  readonly category: StructuredCategory;
  readonly entries: StructuredEntryView[];
  readonly allowedActions: 'record'[];
}

const PROBLEM_MESSAGES: Readonly<Record<StructuredProblem, string>> = {
  date_in_future: 'is after today: an entry records what is, and a placement ends when it ends',
  end_before_start: 'is before the placement started',
  school_required: 'is needed while she attends a school',
  grade_contradicts_enrolment:
    'does not fit the enrolment: "not enrolled" as the grade only when she attends no school',
};

function refuseProblems(entry: StructuredEntry, today: string): void {
  const [first, ...rest] = entryProblems(entry, today);
  if (!first) return;
  const all = [first, ...rest].map((p) => `${p.field} ${PROBLEM_MESSAGES[p.problem]}`);
  throw badRequest(first.problem, `${all.join('; ')}.`);
}

// --- reading ---

/** What the caller may read of one category's entries, every version, oldest first; audited. */
export async function listStructured(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  category: StructuredCategory,
): Promise<StructuredList> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const rows = await unsafeListStructuredRecords(app.db, youthId, category);
  const newer = supersededBy(rows);
  const keys = new Map<number, Buffer>();
  const entries: StructuredEntryView[] = [];
  const withheld: { category: string; reason: string }[] = [];
  for (const row of rows) {
    const decision = scope.read(row.category, row.authorOrganizationId);
    if (!decision.allowed) {
      withheld.push({ category, reason: decision.reason });
      continue;
    }
    const key =
      keys.get(row.keyVersion) ??
      (await dataKey(app.db, app.masterKey, row.jurisdictionId, row.keyVersion));
    keys.set(row.keyVersion, key);
    let opened: SealedText;
    try {
      opened = JSON.parse(
        unseal(key, row.identifyingSealed, entryPurpose(row.id, row.jurisdictionId)),
      ) as SealedText;
    } catch {
      // A seal that does not open (changed in the database, moved from elsewhere) shows nothing.
      withheld.push({ category, reason: 'unreadable' });
      continue;
    }
    const supersededById = newer.get(row.id) ?? null;
    entries.push({
      ...joinEntry(row.kind, row.details, opened.identifying),
      id: row.id,
      authorName: row.authorName,
      authorOrganizationId: row.authorOrganizationId,
      authorOrganizationName: row.authorOrganizationName,
      createdAt: row.createdAt,
      basis: decision.basis,
      supersedesId: row.supersedesId,
      correctionReason: opened.correctionReason,
      supersededById,
      correctable:
        writable(scope) &&
        decideStructuredCorrection(
          scope.actor,
          { kind: row.kind, authorOrganizationId: row.authorOrganizationId, supersededById },
          scope.facts,
        ).allowed,
    });
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: entries.length > 0 ? [category] : [],
    details: { view: `structured_${category}`, withheld },
  });
  const kind = STRUCTURED_GROUPS[category][0];
  return {
    category,
    entries,
    allowedActions:
      writable(scope) && decideStructuredWrite(scope.actor, kind, scope.facts).allowed
        ? ['record']
        : [],
  };
}

/** Nothing is written on a merged record: its survivor is where the work goes on. */
const writable = (scope: CaseScope) => scope.youth.status !== 'merged';

// --- writing ---

async function insertVersion(
  app: AppServices,
  request: RequestContext,
  scope: CaseScope,
  entry: StructuredEntry,
  correction: { readonly supersedesId: string; readonly reason: string } | null,
): Promise<{ id: string }> {
  const { youth, actor, time } = scope;
  const category = STRUCTURED_CATEGORY[entry.kind];
  const { plain, identifying } = splitEntry(entry);
  const id = randomUUID();
  const text: SealedText = { identifying, correctionReason: correction?.reason ?? null };
  await app.db.transaction(async (tx) => {
    const key = await currentDataKey(tx, app.masterKey, youth.jurisdictionId);
    await insertStructuredRecord(tx, {
      id,
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      kind: entry.kind,
      category,
      details: plain,
      identifyingSealed: seal(
        key.key,
        JSON.stringify(text),
        entryPurpose(id, youth.jurisdictionId),
      ),
      keyVersion: key.version,
      userId: actor.userId,
      organizationId: actor.organizationId,
      now: time.now,
      supersedesId: correction?.supersedesId ?? null,
    });
    await appendAuditEvent(
      tx,
      auditContext(app, request),
      correction
        ? {
            action: 'structured_record.correct',
            outcome: 'allowed',
            targetType: 'structured_record',
            targetId: id,
            categories: [category],
            details: { kind: entry.kind, supersedesId: correction.supersedesId },
          }
        : {
            action: 'structured_record.create',
            outcome: 'allowed',
            targetType: 'structured_record',
            targetId: id,
            categories: [category],
            details: { kind: entry.kind },
          },
    );
  });
  return { id };
}

/** Adds an entry: an organization on the team whose work the category records. */
export async function recordStructured(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  entry: StructuredEntry,
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'note.write');
  const decision = decideStructuredWrite(scope.actor, entry.kind, scope.facts);
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: 'structured_record.create',
      reason: decision.reason,
      targetType: 'youth',
      targetId: youthId,
      categories: [STRUCTURED_CATEGORY[entry.kind]],
    });
    throw await refusal(app, scope.youth.jurisdictionId, decision.reason);
  }
  refuseProblems(entry, scope.time.today);
  return insertVersion(app, request, scope, entry, null);
}

const alreadyCorrected = () =>
  conflict('already_corrected', 'This entry was already corrected; correct its newest version.');

/**
 * Corrects an entry of `category` on the case: a new version superseding it, by the organization
 * that recorded it. The earlier version stays, read by whoever could read it.
 */
export async function correctStructured(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  category: StructuredCategory,
  entryId: string,
  input: StructuredEntry & { readonly correctionReason: string },
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'note.write');
  const found = await unsafeFindStructuredRecord(app.db, entryId);
  // An entry of another case or category (or none) is unknown here, like an unknown id.
  if (!found || found.youthId !== youthId || found.category !== category) {
    throw notFound('The entry');
  }
  const { correctionReason, ...entry } = input;
  if (entry.kind !== found.kind) {
    throw badRequest('kind_changed', `A correction keeps the entry's kind (${found.kind}).`);
  }
  const decision = decideStructuredCorrection(scope.actor, found, scope.facts);
  if (!decision.allowed) {
    if (decision.reason === 'already_corrected') throw alreadyCorrected();
    await appendAuditEvent(app.db, auditContext(app, request), {
      action: 'access.denied',
      outcome: 'denied',
      reason: decision.reason,
      targetType: 'structured_record',
      targetId: entryId,
      categories: [category],
      details: { action: 'structured_record.correct' },
    });
    if (decision.reason === 'not_the_writer') {
      throw forbidden(
        'not_the_writer',
        'Not allowed: only the organization that recorded this entry corrects it; record your own instead.',
      );
    }
    throw await refusal(app, scope.youth.jurisdictionId, decision.reason);
  }
  refuseProblems(entry, scope.time.today);
  // Two corrections at once: the database keeps one per entry (structured_records_one_correction).
  return insertVersion(app, request, scope, entry, {
    supersedesId: entryId,
    reason: correctionReason,
  }).catch((error: unknown) => {
    throw isUniqueViolation(error) ? alreadyCorrected() : error;
  });
}
