// Names of Lantern's fixed vocabularies (src/domain/vocabulary.ts) in English.
import type { DataCategory, OrganizationType, Role } from '../../../domain/vocabulary.js';

const roles = {
  advocate: 'Advocate',
  child_welfare_worker: 'Child welfare worker',
  probation_officer: 'Probation officer',
  law_enforcement_officer: 'Law enforcement officer',
  prosecutor: 'Deputy district attorney',
  victim_witness_staff: 'Victim-witness staff',
  court_clerk: 'Court clerk',
  judge: 'Judge',
  forensic_interviewer: 'Forensic interviewer',
  medical_provider: 'Medical provider',
  mental_health_provider: 'Mental health provider',
  provider_intake: 'Community provider intake',
  coordinator: 'CSEC coordinator',
  oversight_analyst: 'Oversight analyst',
  administrator: 'Administrator',
} satisfies Record<Role, string>;

const roleDescriptions = {
  advocate:
    'You keep privileged notes that only your organization’s advocates can read, build safety plans with youth, make referrals and support them in court.',
  child_welfare_worker:
    'You identify youth in care, arrange placement, report youth missing from care and take part in multidisciplinary team (MDT) meetings.',
  probation_officer:
    'You receive detention notices, plan safe releases and look for alternatives to detention.',
  law_enforcement_officer:
    'You record identifications, lead the protective response and raise missing-youth alerts.',
  prosecutor:
    'You support youth who testify and recognize their victim status so they are not treated as offenders.',
  victim_witness_staff:
    'You help youth and families through court: testimony support, victim compensation and victim status.',
  court_clerk:
    'You make sure the court reaches verified contacts only (exploiters pose as family) and keep hearings current.',
  judge: 'You see verified contacts and hearing information for the cases before your court.',
  forensic_interviewer: 'You receive interview referrals and help youth claim victim compensation.',
  medical_provider:
    'You record disclosures, send the referrals they call for and complete health evaluations.',
  mental_health_provider:
    'You record disclosures, send the referrals they call for and provide mental health care.',
  provider_intake:
    'You work your program’s referral inbox, keep its capacity current and record outcomes.',
  coordinator:
    'You keep the county protocol, the information-sharing agreements (MOUs) and the point-person directory, and run MDT meetings.',
  oversight_analyst:
    'You read aggregate reports and training compliance. You never see a youth’s record.',
  administrator: 'You manage accounts and organizations. You never see case content.',
} satisfies Record<Role, string>;

const organizationTypes = {
  advocacy: 'Victim advocacy',
  child_welfare: 'Child welfare',
  probation: 'Probation',
  law_enforcement: 'Law enforcement',
  district_attorney: 'District attorney',
  juvenile_court: 'Juvenile court',
  child_advocacy_center: 'Child advocacy center',
  medical: 'Medical',
  mental_health: 'Mental health',
  community_provider: 'Community provider',
  county_lead: 'County lead agency',
  oversight: 'Oversight body',
} satisfies Record<OrganizationType, string>;

const dataCategories = {
  identity: 'Identity',
  contact_location: 'Contact and location',
  screening: 'Screening',
  needs_services: 'Needs and services',
  referrals: 'Referrals',
  case_notes: 'Case notes',
  medical: 'Medical',
  mental_health: 'Mental health',
  legal: 'Legal',
  education: 'Education',
  placement: 'Placement',
} satisfies Record<DataCategory, string>;

export const vocabularyEn = { roles, roleDescriptions, organizationTypes, dataCategories };
