// Opening a youth's record (with the duplicate check) and the people around her; the search is
// in youth-search.ts.
import { randomInt } from 'node:crypto';
import { DENIAL_MESSAGES } from '../../../domain/case-access.js';
import { caseRoleFor } from '../../../domain/case-team.js';
import {
  birthYearOf,
  candidatePattern,
  describePossibleMatch,
  identifiesSomeone,
  needsBirthYear,
  rankPossibleMatches,
  type BirthEvidence,
  type NameEvidence,
  type NameVariation,
} from '../../../domain/name-match.js';
import { roleSeesYouthData } from '../../../domain/vocabulary.js';
import { insertTeamMember } from '../../../db/repositories/case-grants.js';
import {
  insertPerson,
  insertYouth,
  listPeople,
  unsafeFindDuplicateCandidates,
  type RelatedPerson,
  type YouthIdentity,
} from '../../../db/repositories/youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, forbidden, isUniqueViolation } from '../../errors.js';
import { requireActor } from '../authorize.js';
import {
  coordinatorContact,
  describeContact,
  loadCases,
  loadJurisdictionFacts,
  openCase,
} from './case-scope.js';
import { screeningsAtCaseOpening } from '../screening/schedule.js';

// --- case numbers ---

// No vowels (no words), no 0/O/1/I (no misreading over the phone).
const CASE_ALPHABET = '23456789BCDFGHJKLMNPQRSTVWXZ';
function caseNumber(year: number): string {
  const part = () =>
    Array.from({ length: 4 }, () => CASE_ALPHABET[randomInt(CASE_ALPHABET.length)]).join('');
  return `${String(year)}-${part()}-${part()}`;
}

// --- duplicates ---

/** A possible match the caller may open, and why it may be the same youth. */
export interface DuplicateMatch {
  readonly id: string;
  readonly caseNumber: string;
  /** In English: "same name, birth year 2010 vs 2011". */
  readonly reason: string;
  readonly evidence: {
    readonly name: NameEvidence;
    readonly variations: readonly NameVariation[];
    readonly birth: BirthEvidence;
    readonly enteredBirthYear: number | null;
    readonly recordedBirthYear: number | null;
  };
}

export interface DuplicateCheck {
  /** Matches the caller may open, likeliest first. */
  readonly matches: DuplicateMatch[];
  /** Set when a match exists that the caller may not see: whom to contact, nothing more. */
  readonly hiddenMatchMessage: string | null;
}

type TypedIdentity = Pick<
  YouthIdentity,
  'givenName' | 'familyName' | 'alias' | 'birthDate' | 'estimatedBirthYear'
>;

/** Enough to cover a county's namesakes; the domain keeps the likeliest few. */
const DUPLICATE_CANDIDATES = 500;
const DUPLICATES_SHOWN = 10;

/**
 * The database narrows (same jurisdiction, a word that could relate, a birth year that could),
 * src/domain/name-match.ts decides and ranks, and the access module decides what the caller is
 * told of each match: its case number and why where identity is readable, otherwise only that a
 * record may exist and whom to contact. A birth year or date alone names no one: no check.
 */
export async function checkDuplicates(
  app: AppServices,
  request: RequestContext,
  identity: TypedIdentity,
): Promise<DuplicateCheck> {
  const actor = requireActor(request);
  const namePattern = candidatePattern(identity);
  if (namePattern === null) return { matches: [], hiddenMatchMessage: null };
  const candidates = await unsafeFindDuplicateCandidates(app.db, {
    jurisdictionId: actor.jurisdictionId,
    namePattern,
    birthYear: birthYearOf(identity),
    limit: DUPLICATE_CANDIDATES,
  });
  const ranked = rankPossibleMatches(
    identity,
    candidates.map((youth) => ({ ...youth.identity, youth })),
    DUPLICATES_SHOWN,
  );
  const matches: DuplicateMatch[] = [];
  const shared = await loadJurisdictionFacts(app.db, app, actor.jurisdictionId);
  const scopes = await loadCases(app.db, actor, ranked, (r) => r.candidate.youth, shared);
  let hidden = 0;
  for (const [{ candidate, match }, scope] of scopes) {
    const { youth } = candidate;
    const identityRead = scope.read('identity', youth.createdByOrganizationId);
    // A sealed case does not exist for the caller: not even "a record may already exist".
    if (!identityRead.allowed && identityRead.reason === 'sealed') continue;
    if (identityRead.allowed) {
      matches.push({
        id: youth.id,
        caseNumber: youth.caseNumber,
        reason: describePossibleMatch(match),
        evidence: {
          name: match.name,
          variations: match.variations,
          birth: match.birth,
          enteredBirthYear: match.birthYears[0],
          recordedBirthYear: match.birthYears[1],
        },
      });
    } else hidden += 1;
  }
  let hiddenMatchMessage: string | null = null;
  if (hidden > 0) {
    const contact = await coordinatorContact(app.db, actor.jurisdictionId);
    hiddenMatchMessage = `A record may already exist; contact ${contact ? describeContact(contact) : 'your county CSEC coordinator'}.`;
  }
  return { matches, hiddenMatchMessage };
}

export async function checkForDuplicates(
  app: AppServices,
  request: RequestContext,
  identity: TypedIdentity,
): Promise<DuplicateCheck> {
  const actor = requireActor(request);
  if (!actor.roles.some(roleSeesYouthData))
    throw forbidden(
      'role_without_youth_data',
      `Not allowed: ${DENIAL_MESSAGES.role_without_youth_data}.`,
    );
  const result = await checkDuplicates(app, request, identity);
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.duplicate_check',
    outcome: 'allowed',
    categories: result.matches.length > 0 ? ['identity'] : [],
    details: {
      possibleDuplicates: result.matches.length + (result.hiddenMatchMessage ? 1 : 0),
      disclosed: result.matches.length,
    },
  });
  return result;
}

// --- create ---

export interface NewYouth extends YouthIdentity {
  /** Create even though a possible duplicate was reported. */
  readonly createAnyway: boolean;
}

export async function createYouth(
  app: AppServices,
  request: RequestContext,
  input: NewYouth,
): Promise<{ id: string; caseNumber: string }> {
  const actor = requireActor(request);
  if (!actor.roles.some(roleSeesYouthData)) {
    throw forbidden(
      'role_without_youth_data',
      `Not allowed: ${DENIAL_MESSAGES.role_without_youth_data}.`,
    );
  }
  const { createAnyway, ...identity } = input;
  const today = app.clock.now().toISOString().slice(0, 10);
  // A name or an alias alone is enough (at 2 a.m. it is often all there is; the record then
  // says a birth year is needed). A record of nothing at all could never be found again.
  if (!identifiesSomeone(identity)) {
    throw badRequest(
      'identity_required',
      'Give a name, an alias, a birth date or an estimated birth year.',
    );
  }
  if (
    (identity.birthDate !== null && identity.birthDate > today) ||
    (identity.estimatedBirthYear !== null &&
      identity.estimatedBirthYear > Number(today.slice(0, 4)))
  ) {
    throw badRequest('born_in_future', 'The birth date or year cannot be in the future.');
  }
  const duplicates = await checkDuplicates(app, request, identity);
  const found = duplicates.matches.length + (duplicates.hiddenMatchMessage ? 1 : 0);
  if (found > 0 && !createAnyway) {
    const message =
      duplicates.matches.length > 0
        ? `A record may already exist: ${duplicates.matches.map((m) => `case ${m.caseNumber} (${m.reason})`).join('; ')}. Open it, or send createAnyway: true.`
        : `${duplicates.hiddenMatchMessage ?? ''} To create a new record anyway, send createAnyway: true.`;
    throw conflict('possible_duplicate', message);
  }
  const now = app.clock.now();
  for (let attempt = 0; ; attempt += 1) {
    const number = caseNumber(now.getUTCFullYear());
    try {
      return await app.db.transaction(async (tx) => {
        const id = await insertYouth(tx, {
          jurisdictionId: actor.jurisdictionId,
          caseNumber: number,
          identity,
          createdByUserId: actor.userId,
          createdByOrganizationId: actor.organizationId,
          now,
        });
        // The creating organization and its worker join the team.
        const role = caseRoleFor(actor.organizationType);
        for (const userId of [null, actor.userId]) {
          await insertTeamMember(tx, {
            jurisdictionId: actor.jurisdictionId,
            youthId: id,
            organizationId: actor.organizationId,
            userId,
            role,
            addedByUserId: actor.userId,
            now,
          });
        }
        await appendAuditEvent(tx, auditContext(app, request), {
          action: 'youth.create',
          outcome: 'allowed',
          targetType: 'youth',
          targetId: id,
          categories: ['identity'],
          details: { possibleDuplicates: found },
        });
        // The county's re-screen schedule: at opening, and the first periodic clock.
        await screeningsAtCaseOpening(tx, app, request, id);
        return { id, caseNumber: number };
      });
    } catch (error) {
      if (isUniqueViolation(error) && attempt < 5) continue;
      throw error;
    }
  }
}

// --- identity as the API gives it ---

/** Identity as the API gives it: with the flag a record without a birth year carries. */
export type IdentityView = YouthIdentity & { readonly needsBirthYear: boolean };

export function identityView(identity: YouthIdentity): IdentityView {
  return { ...identity, needsBirthYear: needsBirthYear(identity) };
}

// --- people around the youth ---

export async function listPeopleFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<RelatedPerson[]> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const people = await listPeople(app.db, youthId);
  const visible: RelatedPerson[] = [];
  const withheld: { category: string; reason: string }[] = [];
  for (const person of people) {
    const decision = scope.read('contact_location', person.recordedByOrganizationId);
    if (decision.allowed) visible.push(person);
    else withheld.push({ category: 'contact_location', reason: decision.reason });
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: visible.length > 0 ? ['contact_location'] : [],
    details: {
      view: 'people',
      withheld,
    },
  });
  return visible;
}

export async function addPerson(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: { name: string; relationship: string; suspectedExploiter: boolean },
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'consent.record');
  const id = await app.db.transaction(async (tx) => {
    const personId = await insertPerson(tx, {
      jurisdictionId: scope.youth.jurisdictionId,
      youthId,
      ...input,
      userId: scope.actor.userId,
      organizationId: scope.actor.organizationId,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'person.create',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youthId,
      categories: ['contact_location'],
      details: { suspectedExploiter: input.suspectedExploiter },
    });
    return personId;
  });
  return { id };
}
