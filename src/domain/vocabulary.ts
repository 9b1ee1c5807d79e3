// Lantern's fixed vocabularies. Every later feature uses these words and no others.

export const ORGANIZATION_TYPES = [
  'advocacy',
  'child_welfare',
  'probation',
  'law_enforcement',
  'district_attorney',
  'juvenile_court',
  'child_advocacy_center',
  'medical',
  'mental_health',
  'community_provider',
  'county_lead',
  'oversight',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const DATA_CATEGORIES = [
  'identity',
  'contact_location',
  'screening',
  'needs_services',
  'referrals',
  'case_notes',
  'medical',
  'mental_health',
  'legal',
  'education',
  'placement',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const ROLES = [
  'advocate',
  'child_welfare_worker',
  'probation_officer',
  'juvenile_hall_intake',
  'law_enforcement_officer',
  'prosecutor',
  'victim_witness_staff',
  'court_clerk',
  'judge',
  'forensic_interviewer',
  'medical_provider',
  'mental_health_provider',
  'provider_intake',
  'coordinator',
  'oversight_analyst',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

export const JURISDICTION_KINDS = ['county', 'region', 'state'] as const;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];

/** Which roles a person may hold at each type of organization. */
export const ROLES_BY_ORGANIZATION_TYPE: Readonly<Record<OrganizationType, readonly Role[]>> = {
  advocacy: ['advocate'],
  child_welfare: ['child_welfare_worker'],
  probation: ['probation_officer', 'juvenile_hall_intake'],
  law_enforcement: ['law_enforcement_officer'],
  district_attorney: ['prosecutor', 'victim_witness_staff'],
  juvenile_court: ['court_clerk', 'judge'],
  child_advocacy_center: ['forensic_interviewer', 'advocate'],
  medical: ['medical_provider'],
  mental_health: ['mental_health_provider'],
  community_provider: ['provider_intake', 'advocate'],
  county_lead: ['coordinator', 'administrator'],
  oversight: ['oversight_analyst'],
};

/**
 * Roles whose work can touch a youth's record. Oversight sees aggregates only and
 * administrators manage accounts, never case content (docs/CONFIDENTIALITY.md). Juvenile hall
 * intake reads nothing of a record either: its one window is the custody notices of a youth in
 * its hall (docs/MISSING-AND-CUSTODY.md).
 */
const ROLES_WITHOUT_YOUTH_DATA: ReadonlySet<Role> = new Set([
  'oversight_analyst',
  'administrator',
  'juvenile_hall_intake',
]);

export function roleSeesYouthData(role: Role): boolean {
  return !ROLES_WITHOUT_YOUTH_DATA.has(role);
}

/** Juvenile hall intake: sees a detained youth's custody notices and nothing else of the case. */
export function roleSeesCustodyNotices(role: Role): boolean {
  return role === 'juvenile_hall_intake';
}

/**
 * Roles that see anything of a named youth, if only a custody notice: they sign in with a second
 * factor and are granted only by a second person, like the roles that read records.
 */
export function roleSeesAnyYouth(role: Role): boolean {
  return roleSeesYouthData(role) || roleSeesCustodyNotices(role);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isOrganizationType(value: string): value is OrganizationType {
  return (ORGANIZATION_TYPES as readonly string[]).includes(value);
}

export function isDataCategory(value: string): value is DataCategory {
  return (DATA_CATEGORIES as readonly string[]).includes(value);
}
