// The shapes the Lantern API returns (see src/server/http/schemas.ts).
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
  | 'mou.manage';

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
