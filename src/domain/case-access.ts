// The one module that decides who may read what of a youth's case (docs/CONFIDENTIALITY.md).
// Pure: every fact arrives as plain data, and the same inputs always give the same answer.
// Routes and services call these functions; nothing else decides a read.
import type { Actor } from './actor.js';
import { EVENT_RECORDER_ROLES, recordableEventTypes, type EventType } from './case-events.js';
import { agreementCovers, agreementInForce, type AgreementTerms } from './agreements.js';
import { sealHidesCase, type CaseSealFacts } from './case-seal.js';
import { writesNotesIn } from './category-writers.js';
import { DEFAULT_BREAK_GLASS_ROLES, type LegalDuty } from './legal-profile.js';
import {
  roleSeesYouthData,
  type DataCategory,
  type OrganizationType,
  type Role,
} from './vocabulary.js';

/** A current member of the case team: an organization, or a named person of one. */
export interface TeamMember {
  readonly organizationId: string;
  readonly userId: string | null;
}

/**
 * A holder's answer to a release: the youth consented that the holder's data go to the
 * recipients, and the holder accepted (or declined) to let it go.
 */
export interface ReleaseDecision {
  readonly holderOrganizationId: string;
  readonly accepted: boolean;
  readonly decidedAt: Date;
}

/**
 * A release of information, as recorded. Dates are the county's calendar days (YYYY-MM-DD).
 * It is the youth's release of a holder's data: the recording organization's own data flows at
 * once, any other holder's only once that holder accepts (docs/CONFIDENTIALITY.md).
 */
export interface ConsentGrant {
  readonly id: string;
  readonly recordedByOrganizationId: string;
  readonly releases: readonly ReleaseDecision[];
  readonly recipientOrganizationIds: readonly string[];
  readonly categories: readonly DataCategory[];
  readonly signedOn: string;
  /** The last day the consent holds, inclusive. */
  readonly expiresOn: string;
  readonly revokedAt: Date | null;
}

export const LEGAL_BASIS_KINDS = ['court_order', 'mandated_report', 'statutory_duty'] as const;
export type LegalBasisKind = (typeof LEGAL_BASIS_KINDS)[number];

/**
 * A legal basis other than consent, recorded on the case with what it opens and to whom. A court
 * order releases any holder's data; a statutory duty or mandated report only the recorder's own.
 */
export interface LegalBasisGrant {
  readonly id: string;
  readonly kind: LegalBasisKind;
  readonly recordedByOrganizationId: string;
  readonly recipientOrganizationIds: readonly string[];
  readonly categories: readonly DataCategory[];
  readonly effectiveOn: string;
  /** Inclusive; null when the basis has no end (a statutory duty). */
  readonly expiresOn: string | null;
  readonly endedAt: Date | null;
}

/** Break-glass: one user, one category, for a short time, for imminent danger. */
export interface BreakGlassGrant {
  readonly id: string;
  readonly userId: string;
  readonly category: DataCategory;
  readonly openedAt: Date;
  readonly expiresAt: Date;
}

export const BREAK_GLASS_MINUTES = 60;

/** Everything recorded on one case that bears on reading it. */
export interface CaseFacts {
  readonly jurisdictionId: string;
  readonly team: readonly TeamMember[];
  readonly consents: readonly ConsentGrant[];
  readonly legalBases: readonly LegalBasisGrant[];
  readonly agreements: readonly AgreementTerms[];
  readonly breakGlass: readonly BreakGlassGrant[];
  /**
   * The court's seal in force (src/domain/case-seal.ts); null when the case is not sealed.
   * Required, so that no set of facts built by hand can leave the seal out and open a sealed case.
   */
  readonly seal: CaseSealFacts | null;
}

/** The facts every decision on a case starts from: its county, its team and its seal. */
export type CaseTeamFacts = Pick<CaseFacts, 'jurisdictionId' | 'team' | 'seal'>;

/** Roles that never read a case, whatever else an account holds or its organization does. */
const ROLES_WITHOUT_CASE_ACCESS: readonly Role[] = ['administrator', 'oversight_analyst'];

/** The instant of the read, and the county's calendar day at that instant. */
export interface AccessTime {
  readonly now: Date;
  readonly today: string;
}

export type AccessBasis =
  'own_organization' | 'consent' | LegalBasisKind | 'break_glass' | 'privilege_waiver';

export type DenialReason =
  | 'other_jurisdiction'
  // A consent or legal basis naming an organization of another county (issue 11): the
  // recipient, not the youth, is what is out of reach.
  | 'recipient_of_another_jurisdiction'
  | 'sealed'
  | 'role_without_youth_data'
  | 'not_on_case_team'
  | 'no_consent_or_legal_basis'
  | 'no_agreement'
  | 'not_qualified_caseworker'
  | 'privileged'
  | 'role_cannot_record'
  | 'not_category_writer'
  | 'self_grant'
  | 'not_your_team_member'
  | 'release_not_accepted'
  | 'not_the_holder'
  | 'not_a_duty'
  | 'break_glass_role'
  | 'not_point_person'
  // Missing youth and custody notices (src/domain/missing-youth.ts).
  | 'no_open_episode'
  | 'not_alert_recipient'
  | 'not_juvenile_hall_intake'
  | 'not_in_custody'
  // Certification requests (src/domain/legal-matters.ts).
  | 'not_certifying_agency';

export type AccessDecision =
  | { readonly allowed: true; readonly basis: AccessBasis; readonly grantId: string | null }
  | { readonly allowed: false; readonly reason: DenialReason };

/** What a person reads when they are refused, and what the audit log records beside the code. */
export const DENIAL_MESSAGES: Readonly<Record<DenialReason, string>> = {
  other_jurisdiction: 'this youth belongs to another jurisdiction',
  recipient_of_another_jurisdiction:
    'a recipient named is an organization of another county; a consent or legal basis names only organizations of the youth’s county',
  sealed: 'this case is sealed by court order',
  role_without_youth_data: 'your role does not see youth records',
  not_on_case_team: 'your organization is not on this case team',
  no_consent_or_legal_basis: 'no current consent or legal basis names your organization for this',
  no_agreement: 'no information-sharing agreement in force covers this between the organizations',
  not_qualified_caseworker: 'only qualified caseworkers of the authoring organization read these',
  privileged: 'privileged communications are disclosed only by the youth’s waiver or a court order',
  role_cannot_record: 'your role does not record this',
  not_category_writer:
    'notes of this kind are written by the organizations whose work they record, and yours is not one of them',
  self_grant: 'a legal basis cannot name the organization that records it',
  not_your_team_member:
    'only that organization, the one that opened the record, or the coordinator removes it',
  release_not_accepted:
    'a consent names your organization, but the organization holding this has not accepted the release',
  not_the_holder: 'only the organization holding the data accepts or declines its release',
  not_a_duty:
    'a statutory duty or mandated report must be one the legal profile lists for your organization, for its categories',
  break_glass_role: 'the legal profile does not let your role open emergency access',
  not_point_person:
    'only a point person of the organization holding the data accepts releases in advance',
  no_open_episode: 'the alert packet exists only while the youth is missing',
  not_alert_recipient:
    'the alert packet goes to the case team, law enforcement and the missing-youth point persons',
  not_juvenile_hall_intake: 'custody notices are juvenile hall intake’s view',
  not_in_custody: 'this youth is not in custody',
  not_certifying_agency:
    'the certifying agency answers a certification request; for an outside agency, the organization that recorded it',
};

const allowBy = (basis: AccessBasis, grantId: string | null = null): AccessDecision => ({
  allowed: true,
  basis,
  grantId,
});
const denyFor = (reason: DenialReason): AccessDecision => ({ allowed: false, reason });

/**
 * The first question of every decision on a case, asked here once: a case of another county, or
 * one a court's seal hides from the actor, does not exist for them. Every decider below starts
 * with it, so every read path inherits the seal (docs/CONFIDENTIALITY.md, "Sealed cases").
 */
export function caseHiddenFrom(
  actor: Actor,
  facts: Pick<CaseFacts, 'jurisdictionId' | 'seal'>,
): AccessDecision | null {
  if (actor.jurisdictionId !== facts.jurisdictionId) return denyFor('other_jurisdiction');
  if (sealHidesCase(actor, facts.seal)) return denyFor('sealed');
  return null;
}

/** Refusals answered exactly as an unknown id (404): the case does not exist for the caller. */
export function answersAsUnknown(reason: string): boolean {
  return reason === 'other_jurisdiction' || reason === 'sealed';
}

export function consentInForce(consent: ConsentGrant, time: AccessTime): boolean {
  return (
    consent.signedOn <= time.today &&
    time.today <= consent.expiresOn &&
    (consent.revokedAt === null || consent.revokedAt.getTime() > time.now.getTime())
  );
}

export function legalBasisInForce(basis: LegalBasisGrant, time: AccessTime): boolean {
  return (
    basis.effectiveOn <= time.today &&
    (basis.expiresOn === null || time.today <= basis.expiresOn) &&
    (basis.endedAt === null || basis.endedAt.getTime() > time.now.getTime())
  );
}

export function breakGlassOpen(grant: BreakGlassGrant, time: AccessTime): boolean {
  return (
    grant.openedAt.getTime() <= time.now.getTime() && time.now.getTime() < grant.expiresAt.getTime()
  );
}

export function organizationOnTeam(team: readonly TeamMember[], organizationId: string): boolean {
  return team.some((m) => m.organizationId === organizationId);
}

/** A person is on the team when named on it; naming their organization alone is not enough. */
export function personOnTeam(team: readonly TeamMember[], actor: Actor): boolean {
  return team.some((m) => m.organizationId === actor.organizationId && m.userId === actor.userId);
}

/**
 * An account reads case data only through a role that works with youth, and never while it also
 * holds an administrator or oversight role: administrators administer, oversight sees aggregates.
 */
/** Whether the account holds a role that never reads a case (administrator, oversight). */
export function neverReadsCases(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.some((r) => ROLES_WITHOUT_CASE_ACCESS.includes(r));
}

export function seesYouthData(actor: Pick<Actor, 'roles'>): boolean {
  if (neverReadsCases(actor)) return false;
  return actor.roles.some(roleSeesYouthData);
}

/**
 * Whether the holder of data has let a consent release it: the holder recorded the consent
 * itself, accepted this release in its inbox, or accepted such releases in advance in an
 * agreement in force with the recipient (a standing acceptance, set by the holder).
 */
export function holderReleased(
  consent: Pick<ConsentGrant, 'recordedByOrganizationId' | 'releases'>,
  holderOrganizationId: string,
  recipientOrganizationId: string,
  category: DataCategory,
  agreements: readonly AgreementTerms[],
  time: AccessTime,
): boolean {
  if (consent.recordedByOrganizationId === holderOrganizationId) return true;
  const decision = consent.releases.find((r) => r.holderOrganizationId === holderOrganizationId);
  if (decision) return decision.accepted && decision.decidedAt.getTime() <= time.now.getTime();
  return agreements.some(
    (a) =>
      agreementInForce(a, time.today) &&
      a.organizationIds.includes(holderOrganizationId) &&
      a.organizationIds.includes(recipientOrganizationId) &&
      (a.standingAcceptances ?? []).some(
        (s) =>
          s.holderOrganizationId === holderOrganizationId &&
          s.recipientOrganizationIds.includes(recipientOrganizationId) &&
          s.categories.includes(category),
      ),
  );
}

/** A legal basis releases any holder's data only by court order; otherwise the recorder's own. */
export function legalBasisReleases(
  basis: Pick<LegalBasisGrant, 'kind' | 'recordedByOrganizationId'>,
  holderOrganizationId: string,
): boolean {
  return basis.kind === 'court_order' || basis.recordedByOrganizationId === holderOrganizationId;
}

/**
 * May `actor` read data of `category` on this case that `holderOrganizationId` recorded?
 * Default deny. Allowed when the actor's organization holds the data; otherwise only for a
 * team member with their own open break-glass grant for the category, or with a basis that
 * the holder (or the court) gave and an agreement in force between the two organizations
 * covering the category (docs/CONFIDENTIALITY.md): a current consent naming their organization
 * that the holder released, or a legal basis naming it that releases the holder's data.
 */
export function decideRead(
  actor: Actor,
  item: { readonly category: DataCategory; readonly holderOrganizationId: string },
  facts: CaseFacts,
  time: AccessTime,
): AccessDecision {
  const hidden = caseHiddenFrom(actor, facts);
  if (hidden) return hidden;
  if (!seesYouthData(actor)) return denyFor('role_without_youth_data');
  if (item.holderOrganizationId === actor.organizationId) return allowBy('own_organization');
  if (!organizationOnTeam(facts.team, actor.organizationId)) return denyFor('not_on_case_team');

  const glass = facts.breakGlass.find(
    (g) => g.userId === actor.userId && g.category === item.category && breakGlassOpen(g, time),
  );
  if (glass) return allowBy('break_glass', glass.id);

  const names = (recipients: readonly string[]) => recipients.includes(actor.organizationId);
  const holder = item.holderOrganizationId;
  const consents = facts.consents.filter(
    (c) =>
      names(c.recipientOrganizationIds) &&
      c.categories.includes(item.category) &&
      consentInForce(c, time),
  );
  const consent = consents.find((c) =>
    holderReleased(c, holder, actor.organizationId, item.category, facts.agreements, time),
  );
  const legal = facts.legalBases.find(
    (b) =>
      names(b.recipientOrganizationIds) &&
      b.categories.includes(item.category) &&
      legalBasisInForce(b, time) &&
      legalBasisReleases(b, holder),
  );
  const granted = consent
    ? allowBy('consent', consent.id)
    : legal
      ? allowBy(legal.kind, legal.id)
      : null;
  if (!granted && consents.length > 0) return denyFor('release_not_accepted');
  if (!granted) return denyFor('no_consent_or_legal_basis');
  if (
    !agreementCovers(
      facts.agreements,
      [actor.organizationId, item.holderOrganizationId],
      item.category,
      time.today,
    )
  ) {
    return denyFor('no_agreement');
  }
  return granted;
}

/**
 * Reading a T/U visa certification request (`legal` data of the organization that recorded it).
 * Whoever may read that organization's `legal` data reads it in full; the certifying agency, when
 * it is an organization in Lantern, reads the request itself without a basis, because answering
 * it is its task: that is the minimum it needs (docs/LEGAL-AND-MDT.md). Nobody else.
 */
export function decideCertificationRequestRead(
  actor: Actor,
  request: {
    readonly recordedByOrganizationId: string;
    readonly certifyingOrganizationId: string | null;
  },
  facts: CaseFacts,
  time: AccessTime,
):
  | { readonly allowed: true; readonly view: 'full' | 'certifier' }
  | {
      readonly allowed: false;
      readonly reason: DenialReason;
    } {
  const legal = decideRead(
    actor,
    { category: 'legal', holderOrganizationId: request.recordedByOrganizationId },
    facts,
    time,
  );
  if (legal.allowed) return { allowed: true, view: 'full' };
  if (
    caseHiddenFrom(actor, facts) === null &&
    seesYouthData(actor) &&
    request.certifyingOrganizationId === actor.organizationId
  ) {
    return { allowed: true, view: 'certifier' };
  }
  return legal;
}

// --- privileged communications ---

/** Organization types whose qualified staff may hold caseworker privilege (the rule). */
export const PRIVILEGED_ORGANIZATION_TYPES: readonly OrganizationType[] = [
  'advocacy',
  'community_provider',
];

export const DISCLOSURE_KINDS = ['waiver', 'court_order'] as const;
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number];

/**
 * A recorded waiver by the youth, or a court order, disclosing privileged notes: which notes
 * (by id, or those written within a period), to whom, until when.
 */
export interface Disclosure {
  readonly id: string;
  readonly kind: DisclosureKind;
  /**
   * The organization whose privilege is waived or ordered open: it recorded the disclosure, and
   * the disclosure reaches its notes only, never another holder's of the same period.
   */
  readonly authorOrganizationId: string;
  readonly recipientOrganizationIds: readonly string[];
  readonly noteIds: readonly string[] | null;
  /** Inclusive calendar days, used when noteIds is null. */
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly expiresOn: string;
  readonly revokedAt: Date | null;
}

export interface PrivilegedNoteFacts {
  readonly id: string;
  readonly authorOrganizationId: string;
  /** The county's calendar day it was written. */
  readonly writtenOn: string;
}

export function disclosureInForce(disclosure: Disclosure, time: AccessTime): boolean {
  return (
    time.today <= disclosure.expiresOn &&
    (disclosure.revokedAt === null || disclosure.revokedAt.getTime() > time.now.getTime())
  );
}

/**
 * Whether a disclosure reaches a note: a note of the disclosing organization, named or written
 * in the period. One holder's waiver never opens another holder's notes (docs/CONFIDENTIALITY.md).
 */
export function disclosureCovers(disclosure: Disclosure, note: PrivilegedNoteFacts): boolean {
  if (disclosure.authorOrganizationId !== note.authorOrganizationId) return false;
  if (disclosure.noteIds !== null) return disclosure.noteIds.includes(note.id);
  return (
    disclosure.periodFrom !== null &&
    disclosure.periodTo !== null &&
    disclosure.periodFrom <= note.writtenOn &&
    note.writtenOn <= disclosure.periodTo
  );
}

/** Whether the actor may act as a privileged caseworker at all: who writes such notes. */
export function decidePrivilegedAuthor(
  actor: Actor,
  facts: CaseTeamFacts,
  qualified: boolean,
): AccessDecision {
  const hidden = caseHiddenFrom(actor, facts);
  if (hidden) return hidden;
  if (!seesYouthData(actor)) return denyFor('role_without_youth_data');
  if (!PRIVILEGED_ORGANIZATION_TYPES.includes(actor.organizationType) || !qualified) {
    return denyFor('not_qualified_caseworker');
  }
  if (!organizationOnTeam(facts.team, actor.organizationId)) return denyFor('not_on_case_team');
  return allowBy('own_organization');
}

/**
 * Privileged notes are stricter than any category: only qualified caseworkers of the authoring
 * organization who are themselves on the case team, or an organization named by a waiver or
 * court order in force that covers the note. Break-glass, consent and agreements never open them.
 */
export function decidePrivilegedRead(
  actor: Actor,
  note: PrivilegedNoteFacts,
  facts: CaseTeamFacts & {
    readonly disclosures: readonly Disclosure[];
  },
  qualified: boolean,
  time: AccessTime,
): AccessDecision {
  const hidden = caseHiddenFrom(actor, facts);
  if (hidden) return hidden;
  if (!seesYouthData(actor)) return denyFor('role_without_youth_data');
  if (actor.organizationId === note.authorOrganizationId) {
    if (!PRIVILEGED_ORGANIZATION_TYPES.includes(actor.organizationType) || !qualified) {
      return denyFor('not_qualified_caseworker');
    }
    if (!personOnTeam(facts.team, actor)) return denyFor('not_on_case_team');
    return allowBy('own_organization');
  }
  const disclosure = facts.disclosures.find(
    (d) =>
      d.recipientOrganizationIds.includes(actor.organizationId) &&
      disclosureInForce(d, time) &&
      disclosureCovers(d, note),
  );
  if (!disclosure) return denyFor('privileged');
  return allowBy(disclosure.kind === 'waiver' ? 'privilege_waiver' : 'court_order', disclosure.id);
}

// --- who may act on a case ---

export const CASE_ACTIONS = [
  'case.view',
  'team.manage',
  'consent.record',
  'legalBasis.record',
  'note.write',
  'breakGlass.open',
  'mandatedReport.file',
  'event.record',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/**
 * Who obtains a youth's informed, written consent: the people who serve her. Police,
 * prosecutors, probation and the court do not record releases for themselves to read (VOCA:
 * consent must be freely given; a release is never a condition of anything).
 */
export const CONSENT_RECORDER_ROLES: readonly Role[] = [
  'advocate',
  'child_welfare_worker',
  'medical_provider',
  'mental_health_provider',
  'forensic_interviewer',
  'provider_intake',
];

/** The court records its own orders. */
export const COURT_ORDER_RECORDER_ROLES: readonly Role[] = ['court_clerk', 'judge'];

/**
 * Acting on a case (seeing that it exists and who is on it, adding to the team, recording
 * consent) needs the same jurisdiction, a role that works with youth data, and the actor's
 * organization on the team. The county coordinator also views the case and manages its team,
 * since the protocol assigns teams, and the roles a court's seal names view the case they sealed
 * (a seal hides it from everyone else, before anything here). Recording consent needs a role that serves the youth;
 * opening break-glass a role the legal profile names for it (`breakGlassRoles`). None of these
 * actions reads a category: reads go through decideRead.
 */
export function decideCaseAction(
  actor: Actor,
  action: CaseAction,
  facts: CaseTeamFacts,
  breakGlassRoles: readonly Role[] = DEFAULT_BREAK_GLASS_ROLES,
): AccessDecision {
  const hidden = caseHiddenFrom(actor, facts);
  if (hidden) return hidden;
  if (!seesYouthData(actor)) return denyFor('role_without_youth_data');
  const coordinator =
    actor.roles.includes('coordinator') && actor.organizationType === 'county_lead';
  if (!organizationOnTeam(facts.team, actor.organizationId)) {
    // The court a seal names views the case it sealed, team or not; reads still need a basis.
    if (action === 'case.view' && facts.seal) return allowBy('court_order');
    return (action === 'team.manage' || action === 'case.view') && coordinator
      ? allowBy('own_organization')
      : denyFor('not_on_case_team');
  }
  if (action === 'consent.record' && !actor.roles.some((r) => CONSENT_RECORDER_ROLES.includes(r))) {
    return denyFor('role_cannot_record');
  }
  if (action === 'breakGlass.open' && !actor.roles.some((r) => breakGlassRoles.includes(r))) {
    return denyFor('break_glass_role');
  }
  if (action === 'event.record' && recordableEventTypes(actor.roles).length === 0) {
    return denyFor('role_cannot_record');
  }
  return allowBy('own_organization');
}

/**
 * Writing a case note in a category: acting on the case (`note.write`), and an organization
 * whose work the category records (src/domain/category-writers.ts): the district attorney does
 * not write a medical note, whatever it knows.
 */
export function decideNoteWrite(
  actor: Actor,
  category: DataCategory,
  facts: CaseTeamFacts,
): AccessDecision {
  const onCase = decideCaseAction(actor, 'note.write', facts);
  if (!onCase.allowed) return onCase;
  if (!writesNotesIn(actor.organizationType, category)) return denyFor('not_category_writer');
  return onCase;
}

/**
 * Recording an event: acting on the case (its jurisdiction, a youth-data role, the organization
 * on the team), and a role whose work the event is (`EVENT_RECORDER_ROLES`).
 */
export function decideEventRecord(
  actor: Actor,
  type: EventType,
  facts: CaseTeamFacts,
): AccessDecision {
  const onCase = decideCaseAction(actor, 'event.record', facts);
  if (!onCase.allowed) return onCase;
  if (!EVENT_RECORDER_ROLES[type].some((r) => actor.roles.includes(r))) {
    return denyFor('role_cannot_record');
  }
  return onCase;
}

/**
 * The profile's duty a statutory-duty or mandated-report basis stands on: of that kind, binding
 * the recorder's type of organization, and covering every category it discloses (and the one
 * named, when a code is given). Null when the law as the profile records it gives no such duty.
 */
export function dutyFor(
  duties: readonly LegalDuty[],
  basis: {
    readonly kind: LegalBasisKind;
    readonly categories: readonly DataCategory[];
    readonly dutyCode?: string | null | undefined;
  },
  organizationType: OrganizationType,
): LegalDuty | null {
  return (
    duties.find(
      (d) =>
        d.kind === basis.kind &&
        (basis.dutyCode == null || d.code === basis.dutyCode) &&
        d.recorderOrganizationTypes.includes(organizationType) &&
        basis.categories.every((c) => d.categories.includes(c)),
    ) ?? null
  );
}

/**
 * Recording a legal basis, beyond being on the team: a court order only by the court; a
 * statutory duty or mandated report only as a duty the profile lists for the recorder's type of
 * organization and categories (it releases the recorder's own data, see legalBasisReleases); and
 * no basis naming the recorder's own organization, so nobody opens a case to themselves.
 */
export function decideLegalBasisRecord(
  actor: Actor,
  basis: {
    readonly kind: LegalBasisKind;
    readonly recipientOrganizationIds: readonly string[];
    readonly categories: readonly DataCategory[];
    readonly dutyCode?: string | null | undefined;
  },
  facts: CaseTeamFacts,
  duties: readonly LegalDuty[],
): AccessDecision {
  const onCase = decideCaseAction(actor, 'legalBasis.record', facts);
  if (!onCase.allowed) return onCase;
  if (basis.kind === 'court_order') {
    if (!actor.roles.some((r) => COURT_ORDER_RECORDER_ROLES.includes(r))) {
      return denyFor('role_cannot_record');
    }
  } else if (dutyFor(duties, basis, actor.organizationType) === null) {
    return denyFor('not_a_duty');
  }
  if (basis.recipientOrganizationIds.includes(actor.organizationId)) return denyFor('self_grant');
  return onCase;
}

/** What an organization may record that names others as recipients of a youth's data. */
export type GrantKind = 'consent' | LegalBasisKind;

/**
 * The one rule for creating a basis of access: may `actor` record a consent or legal basis
 * naming these recipients? A consent is recorded only by roles that serve the youth (it releases
 * the recorder's own data at once, every other holder's only once that holder accepts: see
 * holderReleased); a legal basis as decideLegalBasisRecord says. No recipient of another
 * jurisdiction: a release never crosses a county line by itself.
 */
export function decideGrant(
  actor: Actor,
  grant: {
    readonly kind: GrantKind;
    readonly recipients: readonly {
      readonly organizationId: string;
      readonly jurisdictionId: string;
    }[];
    readonly categories: readonly DataCategory[];
    readonly dutyCode?: string | null | undefined;
  },
  facts: CaseTeamFacts,
  duties: readonly LegalDuty[],
): AccessDecision {
  // The youth's county first: a case of another county (or a sealed one) answers as before, so
  // the recipient's county is named only to someone who may act on this case.
  const hidden = caseHiddenFrom(actor, facts);
  if (hidden) return hidden;
  if (grant.recipients.some((r) => r.jurisdictionId !== facts.jurisdictionId)) {
    return denyFor('recipient_of_another_jurisdiction');
  }
  if (grant.kind === 'consent') return decideCaseAction(actor, 'consent.record', facts);
  return decideLegalBasisRecord(
    actor,
    {
      kind: grant.kind,
      recipientOrganizationIds: grant.recipients.map((r) => r.organizationId),
      categories: grant.categories,
      dutyCode: grant.dutyCode,
    },
    facts,
    duties,
  );
}

/**
 * Accepting or declining a release: the organization holding data on the case answers for its
 * own data. The recorder's data already flowed when it recorded the consent.
 */
export function decideReleaseAnswer(
  actor: Actor,
  consent: Pick<ConsentGrant, 'recordedByOrganizationId' | 'recipientOrganizationIds'>,
  facts: CaseTeamFacts,
): AccessDecision {
  const hidden = caseHiddenFrom(actor, facts);
  if (hidden) return hidden;
  if (!seesYouthData(actor)) return denyFor('role_without_youth_data');
  if (!organizationOnTeam(facts.team, actor.organizationId)) return denyFor('not_on_case_team');
  if (consent.recordedByOrganizationId === actor.organizationId) return denyFor('not_the_holder');
  return allowBy('own_organization');
}

/**
 * A standing acceptance is set by a party to the agreement for its own data only, by one of
 * its point persons (someone the county's roster names as speaking for the organization, with
 * an account of their own there): whoever manages the agreement (the coordinator, an
 * administrator) cannot accept for a holder, nor can any one worker of it.
 */
export function decideStandingAcceptance(
  actor: Actor,
  agreement: { readonly jurisdictionId: string; readonly organizationIds: readonly string[] },
  actorIsPointPerson: boolean,
): AccessDecision {
  if (actor.jurisdictionId !== agreement.jurisdictionId) return denyFor('other_jurisdiction');
  if (!seesYouthData(actor)) return denyFor('role_without_youth_data');
  if (!agreement.organizationIds.includes(actor.organizationId)) return denyFor('not_the_holder');
  if (!actorIsPointPerson) return denyFor('not_point_person');
  return allowBy('own_organization');
}

/** Ending a legal basis: the organization that recorded it, or the court. */
export function decideLegalBasisEnd(
  actor: Actor,
  basis: { readonly recordedByOrganizationId: string },
  facts: CaseTeamFacts,
): AccessDecision {
  const onCase = decideCaseAction(actor, 'legalBasis.record', facts);
  if (!onCase.allowed) return onCase;
  if (
    basis.recordedByOrganizationId !== actor.organizationId &&
    !actor.roles.some((r) => COURT_ORDER_RECORDER_ROLES.includes(r))
  ) {
    return denyFor('role_cannot_record');
  }
  return onCase;
}

/**
 * Removing from the team: an organization removes itself or its own people; the organization
 * that opened the record and the county coordinator remove anyone. Nobody else, so one agency
 * cannot push another off a case.
 */
export function decideTeamRemoval(
  actor: Actor,
  target: { readonly organizationId: string; readonly createdByOrganizationId: string },
  facts: CaseTeamFacts,
): AccessDecision {
  const manage = decideCaseAction(actor, 'team.manage', facts);
  if (!manage.allowed) return manage;
  const coordinator =
    actor.roles.includes('coordinator') && actor.organizationType === 'county_lead';
  if (
    coordinator ||
    actor.organizationId === target.organizationId ||
    actor.organizationId === target.createdByOrganizationId
  ) {
    return manage;
  }
  return denyFor('not_your_team_member');
}
