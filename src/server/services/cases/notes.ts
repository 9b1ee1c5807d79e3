// Case notes by category, and privileged communications apart: sealed under the jurisdiction's
// data key, opened only for a reader the access module allows, each read audited.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../domain/actor.js';
import {
  decidePrivilegedAuthor,
  decidePrivilegedRead,
  type AccessBasis,
  type DisclosureKind,
} from '../../../domain/case-access.js';
import { qualifies, type LegalProfile } from '../../../domain/legal-profile.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import type { Queryable } from '../../../db/database.js';
import { insertTeamMember } from '../../../db/repositories/case-grants.js';
import { findCurrentQualification } from '../../../db/repositories/legal.js';
import {
  insertCaseNote,
  insertDisclosure,
  insertMandatedReport,
  insertPrivilegedNote,
  findDisclosureCase,
  listDisclosures,
  revokeDisclosure,
  type DisclosureRecord,
  unsafeFindPrivilegedNote,
  unsafeListCaseNotes,
  unsafeListMandatedReports,
  unsafeListPrivilegedNotes,
  type MandatedReport,
  type MandatedReportKind,
} from '../../../db/repositories/notes.js';
import { listOrganizations } from '../../../db/repositories/organizations.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { currentDataKey, dataKey, notePurpose } from '../../security/data-keys.js';
import { seal, unseal } from '../../security/master-key.js';
import { auditDenial, openCase, refusal, type CaseScope } from './case-scope.js';
import { caseRoleFor } from '../../../domain/case-team.js';

export async function isQualifiedCaseworker(
  db: Queryable,
  actor: Actor,
  profile: LegalProfile,
): Promise<boolean> {
  return qualifies(await findCurrentQualification(db, actor.userId), profile);
}

export interface NoteView {
  readonly id: string;
  readonly kind: 'case' | 'privileged';
  readonly category: DataCategory | null;
  readonly body: string;
  readonly authorName: string;
  readonly authorOrganizationId: string;
  readonly authorOrganizationName: string;
  readonly createdAt: Date;
  readonly basis: AccessBasis;
}

// --- writing ---

export async function writeCaseNote(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: { category: DataCategory; body: string },
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'note.write');
  return app.db.transaction(async (tx) => {
    const id = await insertCaseNote(tx, {
      jurisdictionId: scope.youth.jurisdictionId,
      youthId,
      category: input.category,
      body: input.body,
      userId: scope.actor.userId,
      organizationId: scope.actor.organizationId,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'note.create',
      outcome: 'allowed',
      targetType: 'note',
      targetId: id,
      categories: [input.category],
      details: { kind: 'case' },
    });
    return { id };
  });
}

/** Only a qualified caseworker writes one; writing puts them on the team in person. */
export async function writePrivilegedNote(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  body: string,
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'note.write');
  const { actor, youth } = scope;
  const qualified = await isQualifiedCaseworker(app.db, actor, scope.profile);
  const decision = decidePrivilegedAuthor(actor, scope.facts, qualified);
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: 'privileged_note.write',
      reason: decision.reason,
      targetType: 'youth',
      targetId: youthId,
    });
    throw await refusal(app, actor.jurisdictionId, decision.reason);
  }
  const id = randomUUID();
  return app.db.transaction(async (tx) => {
    const key = await currentDataKey(tx, app.masterKey, youth.jurisdictionId);
    await insertPrivilegedNote(tx, {
      id,
      jurisdictionId: youth.jurisdictionId,
      youthId,
      bodySealed: seal(key.key, body, notePurpose(id, youthId)),
      keyVersion: key.version,
      userId: actor.userId,
      organizationId: actor.organizationId,
      writtenOn: scope.time.today,
      now: scope.time.now,
    });
    await insertTeamMember(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId,
      organizationId: actor.organizationId,
      userId: actor.userId,
      role: caseRoleFor(actor.organizationType),
      addedByUserId: actor.userId,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'note.create',
      outcome: 'allowed',
      targetType: 'privileged_note',
      targetId: id,
      details: { kind: 'privileged' },
    });
    return { id };
  });
}

// --- reading ---

async function readablePrivilegedNotes(
  app: AppServices,
  scope: CaseScope,
  onlyId?: string,
): Promise<{ notes: NoteView[]; refused: string[] }> {
  const sealed = onlyId
    ? [await unsafeFindPrivilegedNote(app.db, onlyId)].filter((n) => n?.youthId === scope.youth.id)
    : await unsafeListPrivilegedNotes(app.db, scope.youth.id);
  if (sealed.length === 0) return { notes: [], refused: [] };
  const qualified = await isQualifiedCaseworker(app.db, scope.actor, scope.profile);
  const disclosures = await listDisclosures(app.db, scope.youth.id);
  const notes: NoteView[] = [];
  const refused: string[] = [];
  for (const note of sealed) {
    if (!note) continue;
    const decision = decidePrivilegedRead(
      scope.actor,
      { id: note.id, authorOrganizationId: note.authorOrganizationId, writtenOn: note.writtenOn },
      { jurisdictionId: scope.youth.jurisdictionId, team: scope.facts.team, disclosures },
      qualified,
      scope.time,
    );
    if (!decision.allowed) {
      refused.push(note.id);
      continue;
    }
    const key = await dataKey(app.db, app.masterKey, note.jurisdictionId, note.keyVersion);
    notes.push({
      id: note.id,
      kind: 'privileged',
      category: null,
      body: unseal(key, note.bodySealed, notePurpose(note.id, note.youthId)),
      authorName: note.authorName,
      authorOrganizationId: note.authorOrganizationId,
      authorOrganizationName: note.authorOrganizationName,
      createdAt: note.createdAt,
      basis: decision.basis,
    });
  }
  return { notes, refused };
}

/**
 * Whether the caller may read at least one privileged note of the case, decided without
 * opening any: lets a screen offer the tab without an audited read of the notes.
 */
export async function readsSomePrivilegedNote(
  app: AppServices,
  scope: CaseScope,
): Promise<boolean> {
  const sealed = await unsafeListPrivilegedNotes(app.db, scope.youth.id);
  if (sealed.length === 0) return false;
  const qualified = await isQualifiedCaseworker(app.db, scope.actor, scope.profile);
  const disclosures = await listDisclosures(app.db, scope.youth.id);
  return sealed.some(
    (note) =>
      decidePrivilegedRead(
        scope.actor,
        { id: note.id, authorOrganizationId: note.authorOrganizationId, writtenOn: note.writtenOn },
        { jurisdictionId: scope.youth.jurisdictionId, team: scope.facts.team, disclosures },
        qualified,
        scope.time,
      ).allowed,
  );
}

/** What the caller may read of the case's notes: case notes by category, then privileged ones. */
export async function listNotesFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  filter: { category?: DataCategory | undefined; kind?: 'case' | 'privileged' | undefined },
): Promise<NoteView[]> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const caseNotes: NoteView[] = [];
  const withheld: { category: string; reason: string }[] = [];
  if (filter.kind !== 'privileged') {
    for (const note of await unsafeListCaseNotes(app.db, youthId)) {
      if (filter.category && note.category !== filter.category) continue;
      const decision = scope.read(note.category, note.authorOrganizationId);
      if (!decision.allowed) {
        withheld.push({ category: note.category, reason: decision.reason });
        continue;
      }
      caseNotes.push({ ...note, kind: 'case', basis: decision.basis });
    }
  }
  const privileged =
    filter.kind === 'case' || filter.category
      ? { notes: [], refused: [] }
      : await readablePrivilegedNotes(app, scope);
  await app.db.transaction(async (tx) => {
    const context = auditContext(app, request);
    await appendAuditEvent(tx, context, {
      action: 'youth.read',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youthId,
      categories: [...new Set(caseNotes.map((n) => n.category as DataCategory))],
      details: {
        view: 'notes',
        withheld: [
          ...withheld,
          ...privileged.refused.map(() => ({ category: 'privileged', reason: 'privileged' })),
        ],
      },
    });
    for (const note of privileged.notes) {
      await appendAuditEvent(tx, context, {
        action: 'privileged_note.read',
        outcome: 'allowed',
        targetType: 'privileged_note',
        targetId: note.id,
        details: { basis: note.basis },
      });
    }
  });
  return [...caseNotes, ...privileged.notes];
}

// --- disclosure: a waiver by the youth, or a court order ---

export interface NewDisclosure {
  readonly kind: DisclosureKind;
  readonly recipientOrganizationIds: readonly string[];
  readonly noteIds?: readonly string[] | undefined;
  readonly periodFrom?: string | undefined;
  readonly periodTo?: string | undefined;
  readonly expiresOn: string;
  readonly signedOn: string;
  readonly court?: string | undefined;
  readonly orderDate?: string | undefined;
}

/** Recorded by a qualified caseworker of the organization whose notes are disclosed. */
export async function recordDisclosure(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: NewDisclosure,
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'note.write');
  const { actor, youth } = scope;
  const qualified = await isQualifiedCaseworker(app.db, actor, scope.profile);
  const decision = decidePrivilegedAuthor(actor, scope.facts, qualified);
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: 'privilege.disclose',
      reason: decision.reason,
      targetType: 'youth',
      targetId: youthId,
    });
    throw await refusal(app, actor.jurisdictionId, decision.reason);
  }
  const byNotes = input.noteIds !== undefined;
  const byPeriod = input.periodFrom !== undefined && input.periodTo !== undefined;
  if (byNotes === byPeriod) {
    throw badRequest(
      'disclosure_scope',
      'Name either the notes (noteIds) or a period (periodFrom and periodTo), not both.',
    );
  }
  if (byPeriod && (input.periodTo ?? '') < (input.periodFrom ?? '')) {
    throw badRequest('invalid_dates', 'The period must end on or after its first day.');
  }
  if (input.expiresOn < scope.time.today) {
    throw badRequest('already_expired', 'The disclosure would already have ended.');
  }
  if (input.signedOn > scope.time.today) {
    throw badRequest('signed_in_future', 'The signed date cannot be in the future.');
  }
  if (input.kind === 'court_order' && (!input.court || !input.orderDate)) {
    throw badRequest('court_order_incomplete', 'A court order needs the court and the order date.');
  }
  if (byNotes) {
    const own = new Set(
      (await unsafeListPrivilegedNotes(app.db, youthId))
        .filter((n) => n.authorOrganizationId === actor.organizationId)
        .map((n) => n.id),
    );
    if ((input.noteIds ?? []).length === 0 || (input.noteIds ?? []).some((id) => !own.has(id))) {
      throw badRequest(
        'unknown_note',
        'Every note must be a privileged note your organization wrote on this case.',
      );
    }
  }
  const known = new Set(
    (await listOrganizations(app.db, { jurisdictionId: youth.jurisdictionId })).map((o) => o.id),
  );
  const recipients = [...new Set(input.recipientOrganizationIds)];
  if (recipients.includes(actor.organizationId)) {
    throw badRequest(
      'self_grant',
      'Your own organization already holds these notes; name the recipients.',
    );
  }
  if (recipients.length === 0 || recipients.some((id) => !known.has(id))) {
    throw badRequest(
      'unknown_organization',
      'Every recipient must be an active organization of this youth’s jurisdiction.',
    );
  }
  return app.db.transaction(async (tx) => {
    const id = await insertDisclosure(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId,
      kind: input.kind,
      authorOrganizationId: actor.organizationId,
      recipientOrganizationIds: recipients,
      noteIds: input.noteIds ?? null,
      periodFrom: input.periodFrom ?? null,
      periodTo: input.periodTo ?? null,
      expiresOn: input.expiresOn,
      court: input.court ?? null,
      orderDate: input.orderDate ?? null,
      signedOn: input.signedOn,
      userId: actor.userId,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'privilege.disclose',
      outcome: 'allowed',
      targetType: 'privilege_disclosure',
      targetId: id,
      details: { kind: input.kind, recipients, notes: input.noteIds?.length ?? null },
    });
    return { id };
  });
}

/**
 * The disclosures the caller is concerned by: all of its own organization's (for a qualified
 * caseworker who may write privileged notes here), and those naming its organization.
 */
export async function listDisclosuresFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<DisclosureRecord[]> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const { actor } = scope;
  const qualified = await isQualifiedCaseworker(app.db, actor, scope.profile);
  const author = decidePrivilegedAuthor(actor, scope.facts, qualified).allowed;
  return (await listDisclosures(app.db, youthId)).filter(
    (d) =>
      (author && d.authorOrganizationId === actor.organizationId) ||
      d.recipientOrganizationIds.includes(actor.organizationId),
  );
}

/** Revoked by a qualified caseworker of the organization whose notes it disclosed. */
export async function revokeDisclosureFor(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<void> {
  const disclosure = await findDisclosureCase(app.db, id);
  if (!disclosure) throw notFound('The disclosure');
  const scope = await openCase(app, request, disclosure.youthId, 'note.write');
  const { actor } = scope;
  const qualified = await isQualifiedCaseworker(app.db, actor, scope.profile);
  const author = decidePrivilegedAuthor(actor, scope.facts, qualified);
  const decision: typeof author =
    author.allowed && actor.organizationId !== disclosure.authorOrganizationId
      ? { allowed: false, reason: 'not_qualified_caseworker' }
      : author;
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: 'privilege.disclosure_revoke',
      reason: decision.reason,
      targetType: 'privilege_disclosure',
      targetId: id,
    });
    throw await refusal(app, actor.jurisdictionId, decision.reason);
  }
  await app.db.transaction(async (tx) => {
    if (!(await revokeDisclosure(tx, id, scope.time.now))) {
      throw conflict('already_revoked', 'This disclosure was already revoked.');
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'privilege.disclosure_revoke',
      outcome: 'allowed',
      targetType: 'privilege_disclosure',
      targetId: id,
      details: {},
    });
  });
}

// --- mandated reports ---

export interface NewMandatedReport {
  readonly kind: MandatedReportKind;
  readonly reportedTo: string;
  readonly reportedAt: string;
  readonly content: string;
  readonly sourceNoteId?: string | undefined;
}

/**
 * A report is its own record, in the legal category, holding only what was reported. Filing it
 * from a privileged note needs the right to read that note, and neither changes nor exposes it.
 */
export async function fileMandatedReport(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: NewMandatedReport,
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'mandatedReport.file');
  const reportedAt = new Date(input.reportedAt);
  if (reportedAt.getTime() > scope.time.now.getTime() + 5 * 60_000) {
    throw badRequest('reported_in_future', 'The time of the report cannot be in the future.');
  }
  if (input.sourceNoteId) {
    const { notes } = await readablePrivilegedNotes(app, scope, input.sourceNoteId);
    if (notes.length === 0) {
      await auditDenial(app, request, {
        action: 'mandated_report.file',
        reason: 'privileged',
        targetType: 'privileged_note',
        targetId: input.sourceNoteId,
      });
      throw notFound('The privileged note');
    }
  }
  return app.db.transaction(async (tx) => {
    const id = await insertMandatedReport(tx, {
      jurisdictionId: scope.youth.jurisdictionId,
      youthId,
      sourceNoteId: input.sourceNoteId ?? null,
      kind: input.kind,
      reportedTo: input.reportedTo,
      reportedAt,
      content: input.content,
      userId: scope.actor.userId,
      organizationId: scope.actor.organizationId,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'mandated_report.file',
      outcome: 'allowed',
      targetType: 'mandated_report',
      targetId: id,
      categories: ['legal'],
      details: { kind: input.kind, fromPrivilegedNote: input.sourceNoteId !== undefined },
    });
    return { id };
  });
}

export async function listMandatedReportsFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<MandatedReport[]> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const all = await unsafeListMandatedReports(app.db, youthId);
  const visible: MandatedReport[] = [];
  const withheld: { category: string; reason: string }[] = [];
  for (const report of all) {
    const decision = scope.read('legal', report.filedByOrganizationId);
    if (decision.allowed) visible.push(report);
    else withheld.push({ category: 'legal', reason: decision.reason });
  }
  await app.db.transaction((tx) =>
    appendAuditEvent(tx, auditContext(app, request), {
      action: 'youth.read',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youthId,
      categories: visible.length > 0 ? ['legal'] : [],
      details: { view: 'mandated_reports', withheld },
    }),
  );
  return visible;
}
