// The request-scoped view of one case: loads every fact the access module weighs, once, and
// answers each question through it. Services reach a youth's data only through a CaseScope.
import {
  loadCaseFacts,
  loadJurisdictionRows,
  unsafeLoadYouthCase,
} from '../../../db/repositories/case-facts.js';
import type { Actor } from '../../../domain/actor.js';
import type { AgreementTerms } from '../../../domain/agreements.js';
import {
  answersAsUnknown,
  decideCaseAction,
  decideRead,
  DENIAL_MESSAGES,
  type AccessDecision,
  type AccessTime,
  type CaseAction,
  type CaseFacts,
  type DenialReason,
} from '../../../domain/case-access.js';
import { localDate, type LegalProfile } from '../../../domain/legal-profile.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import {
  loadCaseGrants,
  loadCaseGrantsOf,
  type CaseGrants,
  type ConsentRecord,
  type LegalBasisRecord,
  type TeamMemberRecord,
} from '../../../db/repositories/case-grants.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { listPointPersons, type PointPerson } from '../../../db/repositories/point-persons.js';
import { unsafeFindYouth, type Youth } from '../../../db/repositories/youth.js';
import type { Queryable } from '../../../db/database.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { AppError, conflict, notFound } from '../../errors.js';
import { requireActor } from '../authorize.js';

export interface CaseScope {
  readonly actor: Actor;
  readonly youth: Youth;
  readonly facts: CaseFacts;
  readonly team: readonly TeamMemberRecord[];
  readonly consents: readonly ConsentRecord[];
  readonly legalBases: readonly LegalBasisRecord[];
  readonly profile: LegalProfile;
  readonly time: AccessTime;
  /** The one question every read asks. */
  read(category: DataCategory, holderOrganizationId: string): AccessDecision;
  may(action: CaseAction): boolean;
}

export async function accessTime(
  db: Queryable,
  app: AppServices,
  jurisdictionId: string,
): Promise<{ time: AccessTime; profile: LegalProfile }> {
  const profile = await findLegalProfile(db, jurisdictionId);
  return { time: timeIn(app, profile), profile };
}

/** The instant of the request and the county's calendar day at it. */
function timeIn(app: AppServices, profile: LegalProfile): AccessTime {
  const now = app.clock.now();
  return { now, today: localDate(now, profile.timeZone) };
}

/** What every case of one jurisdiction shares: its agreements, legal profile and today. */
export interface JurisdictionFacts {
  readonly agreements: readonly AgreementTerms[];
  readonly time: AccessTime;
  readonly profile: LegalProfile;
}

/** In one statement (src/db/repositories/case-facts.ts). */
export async function loadJurisdictionFacts(
  db: Queryable,
  app: AppServices,
  jurisdictionId: string,
): Promise<JurisdictionFacts> {
  const { agreements, profile } = await loadJurisdictionRows(db, jurisdictionId);
  return { agreements, time: timeIn(app, profile), profile };
}

/** A case's grants and its county's facts in one round trip (src/db/repositories/case-facts.ts). */
async function loadAllFacts(db: Queryable, app: AppServices, youth: Youth) {
  const facts = await loadCaseFacts(db, youth.id, youth.jurisdictionId);
  return { ...facts, time: timeIn(app, facts.profile) };
}

/**
 * Loads the facts of a case for the access module. No access decision is made here. A caller
 * looking at many cases of one jurisdiction passes `shared` once instead of reloading it.
 */
export async function loadCase(
  db: Queryable,
  app: AppServices,
  actor: Actor,
  youth: Youth,
  shared?: JurisdictionFacts,
): Promise<CaseScope> {
  if (shared) return scopeOf(actor, youth, await loadCaseGrants(db, youth.id), shared);
  const { agreements, time, profile, ...grants } = await loadAllFacts(db, app, youth);
  return scopeOf(actor, youth, grants, { agreements, time, profile });
}

/**
 * Loads the facts of many cases of one jurisdiction (items, and the youth of each) in one
 * statement, for lists that decide each case (the youth search, the duplicate check); each scope
 * answers exactly as `loadCase`'s would, in the order given. No access decision is made here.
 */
export async function loadCases<T>(
  db: Queryable,
  actor: Actor,
  items: readonly T[],
  youthOf: (item: T) => Youth,
  shared: JurisdictionFacts,
): Promise<[T, CaseScope][]> {
  const grants = await loadCaseGrantsOf(
    db,
    items.map((item) => youthOf(item).id),
  );
  return items.map((item) => {
    const youth = youthOf(item);
    const found = grants.get(youth.id);
    if (!found) throw new Error('loadCases: a case without its facts');
    return [item, scopeOf(actor, youth, found, shared)];
  });
}

function scopeOf(
  actor: Actor,
  youth: Youth,
  { team, consents, legalBases, breakGlass, seal }: CaseGrants,
  { agreements, time, profile }: JurisdictionFacts,
): CaseScope {
  const facts: CaseFacts = {
    jurisdictionId: youth.jurisdictionId,
    team: team.map((m) => ({ organizationId: m.organizationId, userId: m.userId })),
    consents,
    legalBases,
    breakGlass,
    agreements,
    seal: seal && {
      courtOrganizationId: seal.courtOrganizationId,
      rolesAllowed: seal.rolesAllowed,
    },
  };
  return {
    actor,
    youth,
    facts,
    team,
    consents,
    legalBases,
    profile,
    time,
    read: (category, holderOrganizationId) =>
      decideRead(actor, { category, holderOrganizationId }, facts, time),
    may: (action) => decideCaseAction(actor, action, facts, profile.breakGlassRoles).allowed,
  };
}

/** Writes a refusal in its own transaction, so it stays on record when the request fails. */
export async function auditDenial(
  app: AppServices,
  request: RequestContext,
  input: {
    readonly action: string;
    readonly reason: DenialReason;
    readonly targetType: string;
    readonly targetId: string;
    readonly jurisdictionId?: string;
    readonly categories?: readonly DataCategory[];
  },
): Promise<void> {
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'access.denied',
    outcome: 'denied',
    reason: input.reason,
    targetType: input.targetType,
    targetId: input.targetId,
    ...(input.categories ? { categories: input.categories } : {}),
    details: { action: input.action },
  });
}

/** A sealed case reached by one of the court roles its seal names: each time is on record. */
export async function auditSealedRead(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  action: string,
): Promise<void> {
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'case_seal.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    details: { action },
  });
}

/**
 * Opens a case for `action`. A youth of another jurisdiction answers exactly as one that does
 * not exist (404), so ids reveal nothing across counties; the refusal is still audited. A caller
 * that reached the case through one of its records (a consent, a legal basis, a disclosure) names
 * it in `named`, so that a record of another county answers exactly as an unknown id of that
 * record, not as a youth.
 */
export async function openCase(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  action: CaseAction,
  named = 'The youth',
): Promise<CaseScope> {
  const actor = requireActor(request);
  // The youth and her case's facts in one round trip.
  const found = await unsafeLoadYouthCase(app.db, youthId);
  if (!found) throw notFound(named);
  const { youth, agreements, profile, ...grants } = found;
  const scope = scopeOf(actor, youth, grants, { agreements, time: timeIn(app, profile), profile });
  const decision =
    youth.status === 'merged'
      ? await decideOnTombstone(app, actor, youth)
      : decideCaseAction(actor, action, scope.facts, scope.profile.breakGlassRoles);
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action,
      reason: decision.reason,
      targetType: 'youth',
      targetId: youth.id,
    });
    if (answersAsUnknown(decision.reason)) throw notFound(named);
    throw await refusal(app, actor.jurisdictionId, decision.reason);
  }
  // The court's roles a seal names still open the case; each such opening is on record.
  if (scope.facts.seal) await auditSealedRead(app, request, youth.id, action);
  if (youth.status === 'merged' && action !== 'case.view') {
    await appendAuditEvent(app.db, auditContext(app, request), {
      action: 'access.denied',
      outcome: 'denied',
      reason: 'record_merged',
      targetType: 'youth',
      targetId: youth.id,
      details: { action },
    });
    throw conflict(
      'record_merged',
      'This record was merged into another; work on the surviving record.',
    );
  }
  return scope;
}

/**
 * A merged record is a tombstone: it is viewed by whoever may view the record it was merged into
 * (following later merges), and is answered for everyone else exactly as that record would be,
 * so its page says where the youth's record now is only to those who may open it. Nothing else
 * is done on it (docs/CONFIDENTIALITY.md, "Merging a duplicate").
 */
async function decideOnTombstone(
  app: AppServices,
  actor: Actor,
  tombstone: Youth,
): Promise<AccessDecision> {
  let survivor: Youth | null = tombstone;
  for (let hops = 0; survivor?.mergedIntoYouthId && hops < 20; hops += 1) {
    survivor = await unsafeFindYouth(app.db, survivor.mergedIntoYouthId);
  }
  if (!survivor || survivor.status === 'merged')
    return { allowed: false, reason: 'not_on_case_team' };
  const scope = await loadCase(app.db, app, actor, survivor);
  return decideCaseAction(actor, 'case.view', scope.facts, scope.profile.breakGlassRoles);
}

/** A 403 that tells the person why and whom to call: the county's CSEC coordinator. */
export async function refusal(
  app: AppServices,
  jurisdictionId: string,
  reason: DenialReason,
): Promise<AppError> {
  const contact = await coordinatorContact(app.db, jurisdictionId);
  const ask = contact ? ` Contact ${describeContact(contact)}.` : '';
  // Beside the English sentence, whom to ask as fields: the code is the reason, so the screen
  // words both in its reader's language (docs/ARCHITECTURE.md, "Spanish").
  return new AppError(
    403,
    reason,
    `Not allowed: ${DENIAL_MESSAGES[reason]}.${ask}`,
    {},
    {
      ask: contact
        ? {
            name: contact.name,
            title: contact.title,
            organizationName: contact.organizationName,
            phone: contact.phone,
            afterHoursPhone: contact.afterHoursPhone,
            email: contact.email,
          }
        : null,
    },
  );
}

export function describeContact(p: PointPerson): string {
  const phone = p.afterHoursPhone ?? p.phone;
  return [p.name, p.title, p.organizationName, phone].filter(Boolean).join(', ');
}

/** The point person to ask at an organization: its CSEC point person first, else its first. */
export async function pointPersonOf(
  db: Queryable,
  organizationId: string,
): Promise<PointPerson | null> {
  const people = (await listPointPersons(db, { organizationId })).filter((p) => p.active);
  return people.find((p) => /csec/i.test(p.function)) ?? people[0] ?? null;
}

/** The county lead's coordinator: whom a person is sent to when a record is withheld. */
export async function coordinatorContact(
  db: Queryable,
  jurisdictionId: string,
): Promise<PointPerson | null> {
  const people = (await listPointPersons(db, { jurisdictionId })).filter(
    (p) => p.active && p.organizationType === 'county_lead',
  );
  return people.find((p) => /coordinator/i.test(p.function)) ?? people[0] ?? null;
}
