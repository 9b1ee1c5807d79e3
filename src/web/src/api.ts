// The one way the web app talks to the Lantern API: same origin, JSON, CSRF header on mutations.
import type { DataCategory, OrganizationType, Role } from '../../domain/vocabulary.js';
import type { DisclosureKind, LegalBasisKind } from '../../domain/case-access.js';
import type { CaseTeamRole } from '../../domain/case-team.js';
import type { Need, YouthHistory } from '../../domain/matching.js';
import type { ReferralStatus } from '../../domain/referrals.js';
import type { RaceEthnicity } from '../../domain/race-ethnicity.js';
import type { QualificationBasis } from '../../domain/legal-profile.js';
import type {
  Agreement,
  Approval,
  ApprovalList,
  Approved,
  BreakGlassGrant,
  ChangedUserPending,
  CreatedUser,
  CreatedYouth,
  DirectoryImportReport,
  DirectoryResults,
  DirectoryService,
  DirectoryServiceDetail,
  Disclosure,
  DuplicateCheck,
  Guide,
  HsdsOrganizationChoice,
  Jurisdiction,
  Language,
  LegalProfile,
  MandatedReport,
  MandatedReportKind,
  Matches,
  MfaSetup,
  Note,
  Organization,
  PendingUser,
  Person,
  PointPerson,
  Qualification,
  RefusedDirectoryRecord,
  Release,
  ReferralDetail,
  ReferralSummary,
  ServicePlan,
  Session,
  User,
  YouthRecord,
  YouthSummary,
} from './types';
import { noteActivity } from './activity';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** What else the error body carried beside code and message (e.g. refused records). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let sessionEndedHandler: ((reason: ApiError) => void) | null = null;

/** Called when the server says the session is gone (401), so the app can go to sign-in. */
export function onSessionEnded(handler: ((reason: ApiError) => void) | null): void {
  sessionEndedHandler = handler;
}

let sessionStaleHandler: (() => void) | null = null;

/** Called when the server says sign-in is unfinished (403), so the app re-reads the session. */
export function onSessionStale(handler: (() => void) | null): void {
  sessionStaleHandler = handler;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  /** A 401 here means "not signed in" (sign-in, session check), not "session ended". */
  signedOutIsExpected?: boolean;
  /** Asked by the screen on its own (the unread count): not the person's activity. */
  background?: boolean;
}

/** Exported for the feature modules that keep their calls in their own files (work-api.ts). */
export async function request(method: Method, path: string, options: RequestOptions = {}) {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A form with a file (a document upload) goes as multipart/form-data, its boundary set by fetch.
  const form = options.body instanceof FormData ? options.body : null;
  if (options.body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  const sentAt = Date.now();
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body === undefined ? {} : { body: form ?? JSON.stringify(options.body) }),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Lantern could not be reached.');
  }
  if (!options.background && response.status !== 401) noteActivity(sentAt);
  if (!response.ok) throw await failure(response, options);
  if (response.status === 204) return undefined;
  return (await response.json()) as unknown;
}

async function failure(response: Response, options: RequestOptions): Promise<ApiError> {
  let code = 'http_error';
  let message = response.statusText;
  let details: Record<string, unknown> = {};
  try {
    const body = (await response.json()) as {
      error?: { code?: unknown; message?: unknown } & Record<string, unknown>;
    };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
    if (body.error) details = body.error;
  } catch {
    // Not JSON (a proxy error page, say): keep the status text.
  }
  // A wrong current password also answers 401; the session is still open then.
  const error = new ApiError(response.status, code, message, details);
  if (response.status === 401 && !options.signedOutIsExpected && code !== 'invalid_credentials') {
    csrfToken = null;
    sessionEndedHandler?.(error);
  }
  if (response.status === 403 && code === 'sign_in_incomplete') sessionStaleHandler?.();
  return error;
}

function remember(session: Session): Session {
  csrfToken = session.csrfToken;
  return session;
}

export function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, value);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export const path = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

// --- authentication ---
export async function login(email: string, password: string): Promise<Session> {
  const body = { email, password };
  return remember(
    (await request('POST', '/api/auth/login', { body, signedOutIsExpected: true })) as Session,
  );
}

/** The session, or null when signed out: answered 200 either way, so nothing logs an error. */
export async function getSessionState(): Promise<Session | null> {
  const state = (await request('GET', '/api/auth/state', { signedOutIsExpected: true })) as {
    session: Session | null;
  };
  return state.session ? remember(state.session) : null;
}

export async function getSession(): Promise<Session> {
  return remember(
    (await request('GET', '/api/auth/session', { signedOutIsExpected: true })) as Session,
  );
}

/** `idle`: the screen's idle warning went unanswered (audited so), not the person's choice. */
export async function logout(reason?: 'idle'): Promise<void> {
  try {
    const path = reason ? `/api/auth/logout?reason=${reason}` : '/api/auth/logout';
    await request('POST', path, { signedOutIsExpected: true });
  } finally {
    csrfToken = null;
  }
}

export async function setUpMfa(): Promise<MfaSetup> {
  return (await request('POST', '/api/auth/mfa/setup')) as MfaSetup;
}

export async function enableMfa(code: string): Promise<Session> {
  return remember((await request('POST', '/api/auth/mfa/enable', { body: { code } })) as Session);
}

export async function verifyMfa(code: string): Promise<Session> {
  return remember((await request('POST', '/api/auth/mfa/verify', { body: { code } })) as Session);
}

export async function changePassword(currentPassword: string, newPassword: string) {
  const body = { currentPassword, newPassword };
  return remember((await request('POST', '/api/auth/password', { body })) as Session);
}

// --- directory and administration ---
export async function listJurisdictions(): Promise<Jurisdiction[]> {
  return (await request('GET', '/api/jurisdictions')) as Jurisdiction[];
}

export async function listOrganizations(filter: {
  jurisdictionId?: string | undefined;
  includeInactive?: boolean;
}): Promise<Organization[]> {
  const search = query({
    jurisdictionId: filter.jurisdictionId,
    includeInactive: filter.includeInactive === true ? 'true' : undefined,
  });
  return (await request('GET', `/api/organizations${search}`)) as Organization[];
}

export interface OrganizationFields {
  name: string;
  phone: string | null;
  email: string | null;
}

export async function createOrganization(fields: OrganizationFields & { type: OrganizationType }) {
  return (await request('POST', '/api/organizations', { body: fields })) as Organization;
}

export async function updateOrganization(
  id: string,
  changes: Partial<OrganizationFields> & { active?: boolean },
): Promise<Organization> {
  const url = path('/api/organizations', id);
  return (await request('PATCH', url, { body: changes })) as Organization;
}

export async function listUsers(): Promise<User[]> {
  return (await request('GET', '/api/users')) as User[];
}

export interface UserFields {
  displayName: string;
  organizationId: string;
  roles: Role[];
  language: Language;
}

/** An account that sees youth data waits for approval (202): `approval` says by whom. */
export async function createUser(
  fields: UserFields & { email: string },
): Promise<CreatedUser | PendingUser> {
  return (await request('POST', '/api/users', { body: fields })) as CreatedUser | PendingUser;
}

export const isPendingUser = (created: CreatedUser | PendingUser): created is PendingUser =>
  'approval' in created;

export async function updateUser(
  id: string,
  changes: Partial<UserFields> & { active?: boolean },
): Promise<User | ChangedUserPending> {
  const url = path('/api/users', id);
  return (await request('PATCH', url, { body: changes })) as User | ChangedUserPending;
}

export const isChangePending = (
  changed: User | ChangedUserPending,
): changed is ChangedUserPending => 'approvals' in changed;

export type PasswordReset =
  { temporaryPassword: string } | { approval: Approval; temporaryPasswordFirstHalf: string };

export async function resetUserPassword(id: string): Promise<PasswordReset> {
  const url = `${path('/api/users', id)}/reset-password`;
  return (await request('POST', url)) as PasswordReset;
}

export async function unlockUser(id: string): Promise<User> {
  return (await request('POST', `${path('/api/users', id)}/unlock`)) as User;
}

export async function resetUserMfa(id: string): Promise<User | { user: User; approval: Approval }> {
  return (await request('POST', `${path('/api/users', id)}/reset-mfa`)) as
    User | { user: User; approval: Approval };
}

// --- a second person ---
export async function listApprovals(): Promise<ApprovalList> {
  return (await request('GET', '/api/approvals')) as ApprovalList;
}

export async function approveRequest(id: string): Promise<Approved> {
  return (await request('POST', `${path('/api/approvals', id)}/approve`)) as Approved;
}

export async function declineRequest(id: string, reason: string): Promise<Approval> {
  const url = `${path('/api/approvals', id)}/decline`;
  return (await request('POST', url, { body: { reason } })) as Approval;
}

export async function listPointPersons(filter: {
  jurisdictionId?: string;
  organizationId?: string;
  function?: string;
}): Promise<PointPerson[]> {
  return (await request('GET', `/api/point-persons${query(filter)}`)) as PointPerson[];
}

export interface PointPersonFields {
  function: string;
  name: string;
  title: string | null;
  phone: string | null;
  afterHoursPhone: string | null;
  email: string | null;
  notes: string | null;
}

export async function createPointPerson(fields: PointPersonFields & { organizationId: string }) {
  return (await request('POST', '/api/point-persons', { body: fields })) as PointPerson;
}

export async function updatePointPerson(
  id: string,
  changes: Partial<PointPersonFields> & { active?: boolean },
): Promise<PointPerson> {
  const url = path('/api/point-persons', id);
  return (await request('PATCH', url, { body: changes })) as PointPerson;
}

export async function listAgreements(): Promise<Agreement[]> {
  return (await request('GET', '/api/mous')) as Agreement[];
}

export interface AgreementFields {
  title: string;
  purpose: string;
  categories: DataCategory[];
  organizationIds: string[];
  startsOn: string;
  endsOn: string | null;
}

export async function createAgreement(fields: AgreementFields): Promise<Agreement> {
  return (await request('POST', '/api/mous', { body: fields })) as Agreement;
}

export async function updateAgreement(id: string, changes: Partial<AgreementFields>) {
  return (await request('PATCH', path('/api/mous', id), { body: changes })) as Agreement;
}

/** The caller's organization accepts in advance releases of its data; empty lists withdraw it. */
export async function setStandingAcceptance(
  agreementId: string,
  acceptance: { recipientOrganizationIds: string[]; categories: DataCategory[] },
): Promise<Agreement> {
  const url = `${path('/api/mous', agreementId)}/standing-acceptance`;
  return (await request('PUT', url, { body: acceptance })) as Agreement;
}

// --- youth records ---
export async function searchYouth(text: string): Promise<YouthSummary[]> {
  return (await request('GET', `/api/youth${query({ query: text.trim() })}`)) as YouthSummary[];
}

export interface IdentityFields {
  givenName: string | null;
  familyName: string | null;
  alias: string | null;
  birthDate: string | null;
  estimatedBirthYear: number | null;
}

export async function checkForDuplicates(fields: IdentityFields): Promise<DuplicateCheck> {
  return (await request('POST', '/api/youth/duplicate-check', { body: fields })) as DuplicateCheck;
}

export interface NewYouthFields extends IdentityFields {
  genderIdentity: string | null;
  /** Race and ethnicity answers (src/domain/race-ethnicity.ts); null when not recorded. */
  raceEthnicity: RaceEthnicity[] | null;
  languages: string[];
  /** Create even though a possible duplicate was reported. */
  createAnyway: boolean;
}

export async function createYouth(fields: NewYouthFields): Promise<CreatedYouth> {
  return (await request('POST', '/api/youth', { body: fields })) as CreatedYouth;
}

export async function getYouth(id: string): Promise<YouthRecord> {
  return (await request('GET', path('/api/youth', id))) as YouthRecord;
}

export async function listNotes(
  youthId: string,
  filter: { category?: DataCategory; kind?: 'case' | 'privileged' },
): Promise<Note[]> {
  const url = `${path('/api/youth', youthId)}/notes${query(filter)}`;
  return (await request('GET', url)) as Note[];
}

export async function writeCaseNote(youthId: string, category: DataCategory, body: string) {
  const url = `${path('/api/youth', youthId)}/notes`;
  return (await request('POST', url, { body: { kind: 'case', category, body } })) as {
    id: string;
  };
}

export async function writePrivilegedNote(youthId: string, body: string) {
  const url = `${path('/api/youth', youthId)}/notes`;
  return (await request('POST', url, { body: { kind: 'privileged', body } })) as { id: string };
}

export async function addTeamMember(
  youthId: string,
  member: { organizationId: string; role: CaseTeamRole },
): Promise<{ id: string }> {
  const url = `${path('/api/youth', youthId)}/team`;
  return (await request('POST', url, { body: member })) as { id: string };
}

export async function removeTeamOrganization(youthId: string, organizationId: string) {
  const url = `${path('/api/youth', youthId)}/team/${encodeURIComponent(organizationId)}`;
  await request('DELETE', url);
}

export async function listPeople(youthId: string): Promise<Person[]> {
  return (await request('GET', `${path('/api/youth', youthId)}/people`)) as Person[];
}

export async function addPerson(
  youthId: string,
  person: { name: string; relationship: string; suspectedExploiter: boolean },
): Promise<{ id: string }> {
  const url = `${path('/api/youth', youthId)}/people`;
  return (await request('POST', url, { body: person })) as { id: string };
}

export interface ConsentFields {
  recipientOrganizationIds: string[];
  categories: DataCategory[];
  purpose: string;
  givenBy: { kind: 'youth' } | { kind: 'guardian'; personId: string };
  explainedBy: { userId: string; method: string; language: string };
  signedAt: string;
  expiresAt: string;
}

export async function recordConsent(youthId: string, fields: ConsentFields) {
  const url = `${path('/api/youth', youthId)}/consents`;
  return (await request('POST', url, { body: fields })) as { id: string };
}

export async function revokeConsent(consentId: string, reason: string | null): Promise<void> {
  const url = `${path('/api/consents', consentId)}/revoke`;
  await request('POST', url, { body: reason ? { reason } : {} });
}

export interface LegalBasisFields {
  kind: LegalBasisKind;
  recipientOrganizationIds: string[];
  categories: DataCategory[];
  description: string;
  /** Court orders: the court, the order's date and its end date are required. */
  court?: string;
  orderDate?: string;
  /** The law that imposes a statutory duty, for example. */
  citation?: string;
  effectiveOn: string;
  expiresOn?: string;
  /** A statutory duty or mandated report: the legal profile's duty it stands on. */
  dutyCode?: string;
}

export async function recordLegalBasis(youthId: string, fields: LegalBasisFields) {
  const url = `${path('/api/youth', youthId)}/legal-bases`;
  return (await request('POST', url, { body: fields })) as { id: string };
}

export async function endLegalBasis(id: string): Promise<void> {
  await request('POST', `${path('/api/legal-bases', id)}/end`);
}

export async function listDisclosures(youthId: string): Promise<Disclosure[]> {
  const url = `${path('/api/youth', youthId)}/privilege-disclosures`;
  return (await request('GET', url)) as Disclosure[];
}

export type DisclosureFields = {
  kind: DisclosureKind;
  recipientOrganizationIds: string[];
  expiresOn: string;
  signedOn: string;
  court?: string;
  orderDate?: string;
} & ({ noteIds: string[] } | { periodFrom: string; periodTo: string });

export async function recordDisclosure(youthId: string, fields: DisclosureFields) {
  const url = `${path('/api/youth', youthId)}/privilege-disclosures`;
  return (await request('POST', url, { body: fields })) as { id: string };
}

export async function revokeDisclosure(id: string): Promise<void> {
  await request('POST', `${path('/api/privilege-disclosures', id)}/revoke`);
}

export interface MandatedReportFields {
  kind: MandatedReportKind;
  reportedTo: string;
  /** ISO 8601 date and time with an offset. */
  reportedAt: string;
  content: string;
  /** The privileged note it is filed from; the note itself stays unchanged and unshared. */
  sourceNoteId?: string;
}

export async function fileMandatedReport(youthId: string, fields: MandatedReportFields) {
  const url = `${path('/api/youth', youthId)}/mandated-reports`;
  return (await request('POST', url, { body: fields })) as { id: string };
}

export async function listMandatedReports(youthId: string): Promise<MandatedReport[]> {
  const url = `${path('/api/youth', youthId)}/mandated-reports`;
  return (await request('GET', url)) as MandatedReport[];
}

export async function openBreakGlass(
  youthId: string,
  fields: { category: DataCategory; reason: string },
): Promise<BreakGlassGrant> {
  const url = `${path('/api/youth', youthId)}/break-glass`;
  return (await request('POST', url, { body: fields })) as BreakGlassGrant;
}

/** The Releases inbox: consents asking the caller's organization to release the data it holds. */
export async function listReleases(status: 'pending' | 'answered'): Promise<Release[]> {
  const answer = (await request('GET', `/api/releases${query({ status })}`)) as {
    releases: Release[];
  };
  return answer.releases;
}

export async function acceptRelease(consentId: string): Promise<void> {
  await request('POST', `${path('/api/releases', consentId)}/accept`);
}

export async function declineRelease(consentId: string, reason: string): Promise<void> {
  await request('POST', `${path('/api/releases', consentId)}/decline`, { body: { reason } });
}

// --- legal profile and caseworker qualifications ---
export async function getLegalProfile(jurisdictionId: string): Promise<LegalProfile> {
  const url = `${path('/api/jurisdictions', jurisdictionId)}/legal-profile`;
  return (await request('GET', url)) as LegalProfile;
}

export async function saveLegalProfile(
  jurisdictionId: string,
  profile: LegalProfile,
): Promise<LegalProfile> {
  const url = `${path('/api/jurisdictions', jurisdictionId)}/legal-profile`;
  return (await request('PUT', url, { body: profile })) as LegalProfile;
}

export async function listQualifications(): Promise<Qualification[]> {
  return (await request('GET', '/api/caseworker-qualifications')) as Qualification[];
}

export interface QualificationFields {
  userId: string;
  basis: QualificationBasis;
  trainingHours: number;
  supervisor: string | null;
  completedOn: string;
}

/** A qualification waits for the approval of the caseworker's organization (202). */
export async function recordQualification(
  fields: QualificationFields,
): Promise<{ approval: Approval }> {
  return (await request('POST', '/api/caseworker-qualifications', {
    body: fields,
  })) as { approval: Approval };
}

export async function revokeQualification(id: string): Promise<void> {
  await request('POST', `${path('/api/caseworker-qualifications', id)}/revoke`);
}

// --- resource directory and the public guide ---
export interface DirectorySearch {
  q?: string;
  need?: DirectoryService['needs'][number];
  age?: number;
  language?: string;
  area?: string;
  csecSpecialized?: boolean;
  level?: DirectoryService['level'];
  openCapacity?: boolean;
  alternativeToDetention?: boolean;
  /** A ZIP code, a city, or a point. */
  near?: string | { latitude: number; longitude: number };
  withinKm?: number;
  sort?: 'relevance' | 'distance' | 'name';
  page?: number;
  perPage?: number;
}

export async function searchDirectory(search: DirectorySearch): Promise<DirectoryResults> {
  const { near } = search;
  const params = query({
    q: search.q?.trim(),
    need: search.need,
    age: search.age?.toString(),
    language: search.language?.trim(),
    area: search.area?.trim(),
    csecSpecialized: search.csecSpecialized ? 'true' : undefined,
    level: search.level,
    openCapacity: search.openCapacity ? 'true' : undefined,
    alternativeToDetention: search.alternativeToDetention ? 'true' : undefined,
    near:
      typeof near === 'string'
        ? near.trim()
        : near
          ? `${near.latitude.toFixed(5)},${near.longitude.toFixed(5)}`
          : undefined,
    withinKm: search.withinKm?.toString(),
    sort: search.sort,
    page: search.page?.toString(),
    perPage: search.perPage?.toString(),
  });
  return (await request('GET', `/api/directory/services${params}`)) as DirectoryResults;
}

export async function getDirectoryService(id: string): Promise<DirectoryServiceDetail> {
  return (await request('GET', path('/api/directory/services', id))) as DirectoryServiceDetail;
}

export async function updateServiceCapacity(
  id: string,
  capacity: { available: number; maximum: number | null },
): Promise<DirectoryServiceDetail> {
  const url = `${path('/api/directory/services', id)}/capacity`;
  return (await request('PUT', url, { body: capacity })) as DirectoryServiceDetail;
}

/** The owner marks a service as an alternative to detention, or takes the mark off. */
export async function markAlternativeToDetention(
  id: string,
  alternativeToDetention: boolean,
): Promise<DirectoryServiceDetail> {
  const url = `${path('/api/directory/services', id)}/profile`;
  return (await request('PATCH', url, {
    body: { alternativeToDetention },
  })) as DirectoryServiceDetail;
}

/** An HSDS datapackage: file name (services.csv) → CSV text, or → rows (tabular JSON). */
export type DirectoryFiles = Record<string, string | Record<string, unknown>[]>;

/** The records of other jurisdictions a refused import would have changed (403), if it was that. */
export function refusedDirectoryRecords(error: unknown): RefusedDirectoryRecord[] | null {
  if (!(error instanceof ApiError) || error.code !== 'directory_record_of_another_jurisdiction') {
    return null;
  }
  const records = error.details.records;
  return Array.isArray(records) ? (records as RefusedDirectoryRecord[]) : null;
}

export async function importDirectory(
  files: DirectoryFiles,
  options: { partial: boolean; dryRun: boolean },
): Promise<DirectoryImportReport> {
  const url = `/api/directory/import${query({
    partial: options.partial ? 'true' : undefined,
    dryRun: options.dryRun ? 'true' : undefined,
  })}`;
  return (await request('POST', url, { body: { files } })) as DirectoryImportReport;
}

/** The public resource guide: no sign-in, so a 401 here never ends a session. */
export async function getGuide(language: Language): Promise<Guide> {
  const url = `/api/guide${query({ language })}`;
  return (await request('GET', url, { signedOutIsExpected: true })) as Guide;
}

export const guidePdfUrl = (language: Language) => `/api/guide.pdf${query({ language })}`;

// --- matching and referrals ---
export interface ServicePlanFields {
  needs: Need[];
  history: YouthHistory;
  excludedOrganizationIds: string[];
  facingDetention: boolean;
}

export async function saveServicePlan(youthId: string, fields: ServicePlanFields) {
  const url = `${path('/api/youth', youthId)}/service-plan`;
  return (await request('PUT', url, { body: fields })) as ServicePlan;
}

export async function getMatches(youthId: string): Promise<Matches> {
  return (await request('GET', `${path('/api/youth', youthId)}/matches`)) as Matches;
}

/** The public directory's organizations (one page of up to 200), to choose providers to avoid. */
export async function listHsdsOrganizations(): Promise<HsdsOrganizationChoice[]> {
  const page = (await request('GET', '/api/hsds/organizations?per_page=200')) as {
    contents: HsdsOrganizationChoice[];
  };
  return page.contents.map(({ id, name }) => ({ id, name }));
}

export interface NewReferralFields {
  youthId: string;
  serviceId: string;
  needs: Need[];
  /** Travels to the provider. */
  note: string | null;
  /** Send at once instead of saving a draft. */
  send: boolean;
  /** Routine unless the sender says urgent. */
  urgency?: 'routine' | 'urgent';
}

export async function createReferral(fields: NewReferralFields): Promise<ReferralDetail> {
  return (await request('POST', '/api/referrals', { body: fields })) as ReferralDetail;
}

export async function listReferrals(filter: {
  box: 'sent' | 'received';
  status?: ReferralStatus | 'overdue' | 'open';
  youthId?: string;
}): Promise<ReferralSummary[]> {
  return (await request('GET', `/api/referrals${query(filter)}`)) as ReferralSummary[];
}

export async function getReferral(id: string): Promise<ReferralDetail> {
  return (await request('GET', path('/api/referrals', id))) as ReferralDetail;
}

export async function moveReferral(
  id: string,
  step: { to: ReferralStatus; reason?: string; note?: string; takePlace?: boolean },
): Promise<ReferralDetail> {
  const url = `${path('/api/referrals', id)}/transitions`;
  return (await request('POST', url, { body: step })) as ReferralDetail;
}
