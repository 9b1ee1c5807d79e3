// The one way the web app talks to the Lantern API: same origin, JSON, CSRF header on mutations.
import type { DataCategory, OrganizationType, Role } from '../../domain/vocabulary.js';
import type {
  Agreement,
  CreatedUser,
  Jurisdiction,
  Language,
  MfaSetup,
  Organization,
  PointPerson,
  Session,
  User,
} from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
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
}

async function request(method: Method, path: string, options: RequestOptions = {}) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Lantern could not be reached.');
  }
  if (!response.ok) throw await failure(response, options);
  if (response.status === 204) return undefined;
  return (await response.json()) as unknown;
}

async function failure(response: Response, options: RequestOptions): Promise<ApiError> {
  let code = 'http_error';
  let message = response.statusText;
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not JSON (a proxy error page, say): keep the status text.
  }
  // A wrong current password also answers 401; the session is still open then.
  const error = new ApiError(response.status, code, message);
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

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, value);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

const path = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

// --- authentication ---
export async function login(email: string, password: string): Promise<Session> {
  const body = { email, password };
  return remember(
    (await request('POST', '/api/auth/login', { body, signedOutIsExpected: true })) as Session,
  );
}

export async function getSession(): Promise<Session> {
  return remember(
    (await request('GET', '/api/auth/session', { signedOutIsExpected: true })) as Session,
  );
}

export async function logout(): Promise<void> {
  try {
    await request('POST', '/api/auth/logout', { signedOutIsExpected: true });
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

export async function createUser(fields: UserFields & { email: string }): Promise<CreatedUser> {
  return (await request('POST', '/api/users', { body: fields })) as CreatedUser;
}

export async function updateUser(id: string, changes: Partial<UserFields> & { active?: boolean }) {
  return (await request('PATCH', path('/api/users', id), { body: changes })) as User;
}

export async function resetUserPassword(id: string): Promise<{ temporaryPassword: string }> {
  const url = `${path('/api/users', id)}/reset-password`;
  return (await request('POST', url)) as { temporaryPassword: string };
}

export async function unlockUser(id: string): Promise<User> {
  return (await request('POST', `${path('/api/users', id)}/unlock`)) as User;
}

export async function resetUserMfa(id: string): Promise<User> {
  return (await request('POST', `${path('/api/users', id)}/reset-mfa`)) as User;
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
