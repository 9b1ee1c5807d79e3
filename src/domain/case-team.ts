// The roles an organization or a person plays on a youth's case team.
import type { OrganizationType } from './vocabulary.js';

export const CASE_TEAM_ROLES = [
  'lead',
  'advocate',
  'child_welfare',
  'probation',
  'law_enforcement',
  'prosecution',
  'court',
  'forensic_interview',
  'medical',
  'mental_health',
  'service_provider',
  'coordination',
] as const;
export type CaseTeamRole = (typeof CASE_TEAM_ROLES)[number];

const ROLE_BY_ORGANIZATION_TYPE: Readonly<Record<OrganizationType, CaseTeamRole>> = {
  advocacy: 'advocate',
  child_welfare: 'child_welfare',
  probation: 'probation',
  law_enforcement: 'law_enforcement',
  district_attorney: 'prosecution',
  juvenile_court: 'court',
  child_advocacy_center: 'forensic_interview',
  medical: 'medical',
  mental_health: 'mental_health',
  community_provider: 'service_provider',
  county_lead: 'coordination',
  oversight: 'coordination',
};

/** The usual role of an organization of this type, used when it joins without one named. */
export function caseRoleFor(type: OrganizationType): CaseTeamRole {
  return ROLE_BY_ORGANIZATION_TYPE[type];
}
