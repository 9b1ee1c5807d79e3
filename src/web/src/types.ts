// The shapes the Lantern API returns (see src/server/http/schemas.ts and case-schemas.ts).
import type {
  AccessBasis,
  CaseAction as CaseActionName,
  DenialReason,
  DisclosureKind,
  LegalBasisKind,
} from '../../domain/case-access.js';
import type { CaseTeamRole } from '../../domain/case-team.js';
import type { QualificationBasis } from '../../domain/legal-profile.js';
import type { DataCategory, OrganizationType, Role } from '../../domain/vocabulary.js';

export type Language = 'en' | 'es';

export type AllowedAction =
  | 'jurisdiction.read'
  | 'organization.read'
  | 'organization.manage'
  | 'user.read'
  | 'user.manage'
  | 'pointPerson.read'
  | 'pointPerson.manage'
  | 'mou.read'
  | 'mou.manage'
  | 'legalProfile.read'
  | 'legalProfile.manage'
  | 'qualification.manage';

/** What a signed-in person must still do before the session opens. */
export type PendingStep = 'none' | 'verify' | 'enroll' | 'password';

export interface Session {
  csrfToken: string;
  pending: PendingStep;
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
}

export interface CreatedUser {
  user: User;
  temporaryPassword: string;
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
  languages: string[];
}

export interface YouthSummary {
  id: string;
  caseNumber: string;
  createdAt: string;
  /** null when identity is withheld from the caller. */
  identity: YouthIdentity | null;
}

export interface CreatedYouth {
  id: string;
  caseNumber: string;
  createdAt: string;
}

export interface DuplicateCheck {
  matches: { id: string; caseNumber: string }[];
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
}

export interface LegalBasisView {
  id: string;
  /** Whether the server lets the caller end it (the recording organization, or the court). */
  endable: boolean;
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

export interface YouthRecord {
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

export interface Notification {
  id: string;
  kind: string;
  youthId: string | null;
  caseNumber: string | null;
  message: string;
  createdAt: string;
  read: boolean;
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
