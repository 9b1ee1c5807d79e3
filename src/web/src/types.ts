// The shapes the Lantern API returns (see src/server/http/schemas.ts and case-schemas.ts).
import type {
  AccessBasis,
  CaseAction as CaseActionName,
  DenialReason,
  DisclosureKind,
  LegalBasisKind,
} from '../../domain/case-access.js';
import type { CaseTeamRole } from '../../domain/case-team.js';
import type { DirectoryChange } from '../../domain/directory.js';
import type { LegalDuty, QualificationBasis } from '../../domain/legal-profile.js';
import type { BirthEvidence, NameEvidence, NameVariation } from '../../domain/name-match.js';
import type { CohortRule, Need, ServiceLevel } from '../../domain/matching.js';
import type { ExclusionReason, MatchReason, YouthHistory } from '../../domain/matching.js';
import type { InboxGroup, ReferralStatus } from '../../domain/referrals.js';
import type { RaceEthnicity } from '../../domain/race-ethnicity.js';
import type { RetentionSettings } from '../../domain/retention.js';
import type { DataCategory, OrganizationType, Role } from '../../domain/vocabulary.js';
import type { AdministrationAction } from '../../domain/administration.js';
import type { z } from 'zod';
import type {
  Approval as ApprovalSchema,
  ApprovalList as ApprovalListSchema,
  ApprovedBody,
} from '../../server/http/approval-schemas.js';
import type { NeighborParty as NeighborPartySchema } from '../../server/http/neighbor-schemas.js';
import type { CaseStatus, RecordLifecycle } from './records-api';

export type Language = 'en' | 'es';

export type AllowedAction = AdministrationAction;

/** What a signed-in person must still do before the session opens. */
export type PendingStep = 'none' | 'verify' | 'enroll' | 'password';

export interface Session {
  csrfToken: string;
  pending: PendingStep;
  /** The server's idle limit: the screen warns two minutes before it (idle-warning.ts). */
  idleTimeoutSeconds: number;
  idleExpiresAt: string;
  user: {
    id: string;
    email: string;
    displayName: string;
    roles: Role[];
    language: Language;
    organizationId: string;
    organizationName: string;
    organizationType: OrganizationType;
    jurisdictionId: string;
    mfaEnabled: boolean;
  };
  allowedActions: AllowedAction[];
}

export interface MfaSetup {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

export interface Jurisdiction {
  id: string;
  name: string;
  kind: 'county' | 'region' | 'state';
  stateCode: string | null;
}

export interface Organization {
  id: string;
  name: string;
  type: OrganizationType;
  jurisdictionId: string;
  phone: string | null;
  email: string | null;
  active: boolean;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  language: Language;
  organizationId: string;
  organizationName: string;
  jurisdictionId: string;
  active: boolean;
  mfaEnabled: boolean;
  mustChangePassword: boolean;
  locked: boolean;
  lastLoginAt: string | null;
  pendingApprovals: Approval[];
}

export interface CreatedUser {
  user: User;
  temporaryPassword: string;
}

// --- a second person (derived from src/server/http/approval-schemas.ts) ---
export type Approval = z.output<typeof ApprovalSchema>;
export type ApprovalList = z.output<typeof ApprovalListSchema>;
export type Approved = z.output<typeof ApprovedBody>;

/** 202 from POST /api/users: the account waits for approval. */
export interface PendingUser {
  user: User;
  approval: Approval;
  temporaryPasswordFirstHalf: string;
}

/** 202 from PATCH /api/users/{id}: part of the change waits for approval. */
export interface ChangedUserPending {
  user: User;
  approvals: Approval[];
  temporaryPasswordFirstHalf: string | null;
}

export interface PointPerson {
  id: string;
  jurisdictionId: string;
  jurisdictionName: string;
  organizationId: string;
  organizationName: string;
  organizationType: OrganizationType;
  function: string;
  name: string;
  title: string | null;
  phone: string | null;
  afterHoursPhone: string | null;
  email: string | null;
  notes: string | null;
  active: boolean;
}

/** An information-sharing agreement (MOU) between organizations. */
export interface Agreement {
  id: string;
  jurisdictionId: string;
  title: string;
  purpose: string;
  categories: DataCategory[];
  organizationIds: string[];
  startsOn: string;
  endsOn: string | null;
  current: boolean;
  /** Releases each party accepts in advance, set by that party for its own data. */
  standingAcceptances: StandingAcceptance[];
  /** The agreement's county; the parties above are all of it. */
  jurisdictionName: string;
  /** Organizations of other counties, with where each stands (docs/CONFIDENTIALITY.md). */
  neighborParties: NeighborParty[];
  mayProposeNeighbor: boolean;
}

/** An organization of another county on an agreement (derived from the server's schema). */
export type NeighborParty = z.output<typeof NeighborPartySchema>;

/** A holder's acceptance, in advance, of releases of its data to other parties of an agreement. */
export interface StandingAcceptance {
  holderOrganizationId: string;
  recipientOrganizationIds: string[];
  categories: DataCategory[];
}

// --- youth records (see src/server/http/case-schemas.ts) ---

/** What the server allows the caller on one youth's case (sent with the record). */
export type CaseAction = CaseActionName | 'privilegedNote.write' | 'privilegedNote.read';

export interface YouthIdentity {
  givenName: string | null;
  familyName: string | null;
  alias: string | null;
  birthDate: string | null;
  estimatedBirthYear: number | null;
  genderIdentity: string | null;
  /** Race and ethnicity answers (src/domain/race-ethnicity.ts); null when not recorded. */
  raceEthnicity: RaceEthnicity[] | null;
  languages: string[];
  /** No birth date and no estimated year yet. */
  needsBirthYear: boolean;
}

export interface YouthSummary {
  id: string;
  caseNumber: string;
  createdAt: string;
  /** null when identity is withheld from the caller. */
  identity: YouthIdentity | null;
  status: CaseStatus;
}

export interface CreatedYouth {
  id: string;
  caseNumber: string;
  createdAt: string;
}

export interface DuplicateCheck {
  /** Matches the caller may open, likeliest first, with why each may be the same youth. */
  matches: {
    id: string;
    caseNumber: string;
    reason: string;
    evidence: {
      name: NameEvidence;
      variations: NameVariation[];
      birth: BirthEvidence;
      enteredBirthYear: number | null;
      recordedBirthYear: number | null;
    };
  }[];
  /** Set when a possible match exists that the caller may not see: whom to contact. */
  hiddenMatchMessage: string | null;
}

/** A point person to ask for withheld information. */
export interface Contact {
  name: string;
  title: string | null;
  organizationName: string;
  phone: string | null;
  afterHoursPhone: string | null;
  email: string | null;
}

export interface CategoryView {
  category: DataCategory;
  /** Whether the caller may add a case note here (the server's decideNoteWrite). */
  writable: boolean;
  visible: { organizationId: string; organizationName: string; basis: AccessBasis }[];
  withheld: {
    organizationId: string;
    organizationName: string;
    reason: DenialReason;
    message: string;
    ask: Contact | null;
  }[];
}

export interface TeamMember {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationType: OrganizationType;
  userId: string | null;
  userName: string | null;
  role: CaseTeamRole;
  addedAt: string;
  /** Whether the server lets the caller remove this member. */
  removable: boolean;
}

export interface ConsentView {
  id: string;
  recipientOrganizationIds: string[];
  categories: DataCategory[];
  purpose: string;
  givenBy: 'youth' | 'guardian';
  explanationMethod: string;
  explanationLanguage: string;
  signedAt: string;
  expiresAt: string;
  revokedAt: string | null;
  current: boolean;
  /** Its own data flowed at once; every other holder answers for its own. */
  recordedByOrganizationId: string;
  /** Holders' answers; a holder not listed has not answered yet. */
  releases: { holderOrganizationId: string; accepted: boolean; decidedAt: string }[];
}

/**
 * A consent that asks the caller's organization to release the data it holds: an item of its
 * Releases inbox (GET /api/releases).
 */
export interface Release {
  consentId: string;
  youthId: string;
  caseNumber: string;
  recordedByOrganizationId: string;
  recordedByOrganizationName: string;
  recipients: { id: string; name: string }[];
  categories: DataCategory[];
  purpose: string;
  signedAt: string;
  expiresAt: string;
  /** The consent is in force today. */
  current: boolean;
  /** The caller's organization's answer; null while it waits. */
  answer: { accepted: boolean; reason: string | null; decidedAt: string } | null;
}

export interface LegalBasisView {
  id: string;
  /** Whether the server lets the caller end it (the recording organization, or the court). */
  endable: boolean;
  recordedByOrganizationId: string;
  /** The legal profile's duty a statutory duty or mandated report stands on. */
  dutyCode: string | null;
  kind: LegalBasisKind;
  recipientOrganizationIds: string[];
  categories: DataCategory[];
  description: string;
  court: string | null;
  orderDate: string | null;
  citation: string | null;
  effectiveOn: string;
  expiresOn: string | null;
  current: boolean;
}

export interface BreakGlassGrant {
  id: string;
  category: DataCategory;
  openedAt: string;
  expiresAt: string;
}

export interface Privilege {
  applies: boolean;
  citation: string | null;
  summary: string | null;
  confirmed: boolean;
}

/** The record view; its status and lifecycle steps derive from the server's schema. */
export interface YouthRecord extends RecordLifecycle {
  id: string;
  caseNumber: string;
  jurisdictionId: string;
  createdAt: string;
  createdByOrganizationId: string;
  createdByOrganizationName: string;
  identity: YouthIdentity | null;
  categories: CategoryView[];
  team: TeamMember[];
  consents: ConsentView[];
  legalBases: LegalBasisView[];
  /** The caller's own open break-glass grants. */
  breakGlass: BreakGlassGrant[];
  privilege: Privilege;
  allowedActions: CaseAction[];
  /** The kinds of legal basis the caller may record on this case. */
  legalBasisKinds: LegalBasisKind[];
  /** The legal profile's duties the caller's organization may record on this case. */
  duties: LegalDuty[];
}

export interface Note {
  id: string;
  kind: 'case' | 'privileged';
  category: DataCategory | null;
  body: string;
  authorName: string;
  authorOrganizationId: string;
  authorOrganizationName: string;
  createdAt: string;
  basis: AccessBasis;
  /** A correction: the earlier version it replaces, and why; on an earlier version, its successor. */
  correctsNoteId: string | null;
  correctionReason: string | null;
  correctedByNoteId: string | null;
}

/** Someone around the youth: a guardian, a relative, or a suspected exploiter. */
export interface Person {
  id: string;
  name: string;
  relationship: string;
  suspectedExploiter: boolean;
}

export const MANDATED_REPORT_KINDS = [
  'child_abuse_or_neglect',
  'danger_to_self_or_others',
] as const;
export type MandatedReportKind = (typeof MANDATED_REPORT_KINDS)[number];

export interface MandatedReport {
  id: string;
  kind: MandatedReportKind;
  reportedTo: string;
  reportedAt: string;
  content: string;
  filedByName: string;
  filedByOrganizationId: string;
  filedByOrganizationName: string;
}

/** A youth's waiver of the privilege, or a court order, disclosing privileged notes. */
export interface Disclosure {
  id: string;
  kind: DisclosureKind;
  authorOrganizationId: string;
  recipientOrganizationIds: string[];
  /** The notes disclosed; null when a period is disclosed instead. */
  noteIds: string[] | null;
  periodFrom: string | null;
  periodTo: string | null;
  expiresOn: string;
  court: string | null;
  orderDate: string | null;
  signedOn: string;
  revokedAt: string | null;
  current: boolean;
}

/** A jurisdiction's legal profile (src/domain/legal-profile.ts). */
export interface LegalProfile {
  timeZone: string;
  privilegeApplies: boolean;
  privilegeCitation: string | null;
  privilegeSummary: string | null;
  minimumTrainingHours: number;
  maxConsentDays: number;
  confirmed: boolean;
  /** The duties to disclose that statutory-duty and mandated-report bases must name. */
  duties: LegalDuty[];
  /** The roles that may open emergency access (break-glass). */
  breakGlassRoles: Role[];
  /** The plain statement an officer is shown at once: the child is a victim, not an offender. */
  nonCriminalization: { statement: string; citation: string };
  /** The offenses the state does not charge minors with, each with its citation. */
  coveredOffenses: CoveredOffense[];
  /** Reports hide every count from 1 to this minus one (docs/REPORTS.md). */
  smallCellThreshold: number;
  /** How long a closed case is kept, per data category (docs/RETENTION.md). */
  retention: RetentionSettings;
}

export interface CoveredOffense {
  code: string;
  label: string;
  citation: string;
  /** The first age the protection no longer covers (18: anyone under 18). */
  ageLimit: number;
  prostitutionRelated: boolean;
}

export interface Qualification {
  id: string;
  userId: string;
  userName: string;
  basis: QualificationBasis;
  trainingHours: number;
  supervisor: string | null;
  completedOn: string;
  revoked: boolean;
  /** Whether it qualifies its holder under the jurisdiction's legal profile. */
  qualifies: boolean;
}

// --- resource directory (see src/server/http/directory-schemas.ts) ---

export interface ServiceLocation {
  confidential: boolean;
  /** null (with the rest) for a confidential location the caller may not see. */
  name: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface DirectoryService {
  id: string;
  name: string;
  organizationId: string | null;
  organizationName: string | null;
  description: string | null;
  status: string;
  phone: string | null;
  needs: Need[];
  csecSpecialized: boolean;
  csecTraining: string | null;
  level: ServiceLevel;
  groupSetting: boolean;
  cohortRule: CohortRule;
  minimumAge: number | null;
  maximumAge: number | null;
  /** null: any gender. */
  genders: string[] | null;
  lgbtqAffirming: boolean;
  /** Its owner marks it as somewhere a youth can go instead of juvenile hall. */
  alternativeToDetention: boolean;
  languages: string[];
  /** The ISO 639 code of each of `languages`, one for one; null where the record has none. */
  languageCodes: (string | null)[];
  serviceAreas: string[];
  /** null when the service does not report open places. */
  capacity: { available: number; maximum: number | null; updatedAt: string | null } | null;
  responseBusinessDays: number;
  /** A schedule says every day, midnight to midnight. */
  open24Hours: boolean;
  locations: ServiceLocation[];
  distanceKm: number | null;
  /** A Lantern agency answers for it, so referrals can be sent here. */
  acceptsReferrals: boolean;
}

export interface DirectoryResults {
  items: DirectoryService[];
  total: number;
  page: number;
  perPage: number;
  /** The point distances were measured from (a ZIP code or city the server found), or null. */
  near: { latitude: number; longitude: number } | null;
}

export interface ServiceStats {
  received: number;
  answered: number;
  accepted: number;
  /** 0..1, null before any answer. */
  acceptanceRate: number | null;
  medianHoursToFirstResponse: number | null;
  completed: number;
  ended: number;
  completionRate: number | null;
  overdueNow: number;
}

export interface DirectoryServiceDetail extends DirectoryService {
  stats: ServiceStats;
  /** Whether the server lets the caller change open places. */
  mayUpdateCapacity: boolean;
  /** Whether the server lets the caller change the service's marks (its owner's managers). */
  mayEditProfile: boolean;
  /** The HSDS 3.0 service object (schedules, phones, locations...), read defensively. */
  hsds: Record<string, unknown>;
}

/** A record of another jurisdiction that a refused import would have changed. */
export interface RefusedDirectoryRecord {
  file: string;
  line: number | null;
  table: string;
  id: string;
  change: DirectoryChange;
  ownerJurisdictionId: string;
  owner: string;
}

/** One reason of a row, as a code and its values (src/hsds/row-reasons.ts). */
export interface ImportReasonCoded {
  code: string;
  values: Record<string, string | number>;
}

export interface ImportProblem {
  file: string;
  line: number | null;
  /** Every reason in English: shown when a code is not known here. */
  reason: string;
  /** The first reason's code and values (absent from an older server). */
  code?: string;
  values?: Record<string, string | number>;
  /** The row's further reasons. */
  more?: ImportReasonCoded[];
}

export interface DirectoryImportReport {
  rowsRead: number;
  written: Record<string, number>;
  /** Rows identical to what is stored: they changed nothing. */
  unchanged: number;
  problems: ImportProblem[];
  warnings: ImportProblem[];
  committed: boolean;
}

export interface GuideService {
  id: string;
  name: string;
  organizationName: string | null;
  description: string | null;
  phone: string | null;
  address: string | null;
  confidential: boolean;
  languages: string[];
  /** The ISO 639 code of each of `languages`, one for one; null where none. */
  languageCodes: (string | null)[];
  minimumAge: number | null;
  maximumAge: number | null;
  url: string | null;
  email: string | null;
}

/** The public resource guide: services grouped by need. */
export interface Guide {
  generatedAt: string;
  language: Language;
  sections: { need: Need; label: string; services: GuideService[] }[];
  other: GuideService[];
}

// --- matching and referrals (see src/server/http/directory-schemas.ts) ---

/** A youth's needs, history and providers to avoid (needs_services data). */
export interface ServicePlan {
  youthId: string;
  needs: Need[];
  history: YouthHistory;
  /** Directory (HSDS) organization ids never to use for this youth. */
  excludedOrganizationIds: string[];
  /** The youth faces a detention decision: alternatives to detention are matched first. */
  facingDetention: boolean;
  recordedByOrganizationId: string;
  recordedByUserId: string;
  updatedAt: string;
}

export interface ServiceMatch {
  service: DirectoryService;
  score: number;
  needsMet: Need[];
  /** Plain-language sentences, in English. */
  reasons: string[];
  /** The same reasons as codes and parameters, worded on the screen in the reader's language. */
  reasonCodes: MatchReason[];
}

export interface ExcludedService {
  service: DirectoryService;
  reasons: ExclusionReason[];
  /** The reasons as English sentences. */
  explanations: string[];
  /** The same reasons as codes, like a ranked service's (an exclusion has no parameters). */
  reasonCodes: { code: ExclusionReason; params: Record<string, never> }[];
}

export interface Matches {
  /** null: no plan recorded yet. */
  plan: ServicePlan | null;
  age: number | null;
  ranked: ServiceMatch[];
  excluded: ExcludedService[];
  considered: number;
}

/** An organization of the public HSDS directory, to choose providers to avoid. */
export interface HsdsOrganizationChoice {
  id: string;
  name: string;
}

export interface ReferralSummary {
  id: string;
  youthId: string;
  caseNumber: string;
  serviceId: string;
  serviceName: string;
  senderOrganizationId: string;
  senderOrganizationName: string;
  senderName: string;
  receiverOrganizationId: string;
  receiverOrganizationName: string;
  needs: Need[];
  status: ReferralStatus;
  /** Set by the sender; an urgent answer is due within the county's hours. */
  urgency: 'routine' | 'urgent';
  /** The sender's note, to whoever reads the packet. */
  note: string | null;
  /** The accept took one of the service's open places. */
  placeTaken: boolean;
  /** The service's open places, for the receiver; null when it counts none. */
  openPlaces: { available: number; maximum: number | null } | null;
  /** FHIR R4 Task.status (SDOH Clinical Care). */
  fhirStatus: string;
  overdue: boolean;
  /** Where it sits in the receiver's inbox; null for a draft. */
  inbox: InboxGroup | null;
  automatic: boolean;
  sentAt: string | null;
  dueAt: string | null;
  firstResponseAt: string | null;
  closedAt: string | null;
  /** 'completed', an end reason, or 'declined:<reason>'. */
  outcome: string | null;
  createdAt: string;
  /** The caller's side, and the statuses the server lets the caller move it to now. */
  side: 'sender' | 'receiver' | null;
  allowedTransitions: ReferralStatus[];
}

/** One step of a referral; toStatus 'overdue' is the clock noting a late answer. */
export interface ReferralEvent {
  id: string;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus | 'overdue';
  reason: string | null;
  note: string | null;
  byUserName: string | null;
  byOrganizationName: string | null;
  at: string;
}

export interface ReferralDetail extends ReferralSummary {
  /** What the receiving organization learns of the youth: only what consent allows. */
  packet: {
    identityShared: boolean;
    /** null when not shared, or when the caller may not read it. */
    identity: {
      givenName: string | null;
      familyName: string | null;
      alias: string | null;
      age: number | null;
      genderIdentity: string | null;
      languages: string[];
    } | null;
    /** The referring worker, organization and phone. */
    contactThrough: string;
    note: string | null;
  };
  timeline: ReferralEvent[];
  /** Until when the caller may undo its accept; null when it may not. */
  undoAcceptUntil: string | null;
}
