// Names of Lantern's fixed vocabularies (src/domain/vocabulary.ts) in English.
import type { AccessBasis, DenialReason } from '../../../domain/case-access.js';
import type { CaseTeamRole } from '../../../domain/case-team.js';
import type { DataCategory, OrganizationType, Role } from '../../../domain/vocabulary.js';
import type { MandatedReportKind } from '../types';

const roles = {
  advocate: 'Advocate',
  child_welfare_worker: 'Child welfare worker',
  probation_officer: 'Probation officer',
  juvenile_hall_intake: 'Juvenile hall intake',
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
  juvenile_hall_intake:
    'You see, for a youth in your hall, only whether child welfare must be called (and whom) and who may receive the youth at release.',
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

/** What each category holds, in words a youth understands (read aloud with the consent form). */
const dataCategoryMeanings = {
  identity: 'Who you are: your name, nicknames, birth date and the languages you speak.',
  contact_location:
    'How to reach you, where you are staying, and the people in your life we wrote down.',
  screening: 'Your answers to questions about your safety and what you need.',
  needs_services:
    'What you need, like a safe place to stay, food, school or health care, and the services helping you.',
  referrals: 'The programs you were sent to, and whether they took you in.',
  case_notes:
    'Notes workers write about your case. Not what you tell your advocate in private: that is never shared by this form.',
  medical: 'Your health care: visits, exams, tests and treatment.',
  mental_health: 'Counseling and care for your feelings and mental health.',
  legal: 'Court cases, hearings, and reports made to the authorities.',
  education: 'Your school and how it is going.',
  placement: 'Where you live if you are in foster care or another placement.',
} satisfies Record<DataCategory, string>;

const caseTeamRoles = {
  lead: 'Lead agency',
  advocate: 'Advocate',
  child_welfare: 'Child welfare',
  probation: 'Probation',
  law_enforcement: 'Law enforcement',
  prosecution: 'Prosecution',
  court: 'Court',
  forensic_interview: 'Forensic interview',
  medical: 'Medical',
  mental_health: 'Mental health',
  service_provider: 'Service provider',
  coordination: 'Coordination',
} satisfies Record<CaseTeamRole, string>;

/** Why a person may read something: shown beside what they see. */
const accessBases = {
  own_organization: 'Recorded by your organization',
  consent: 'Consent of the youth',
  court_order: 'Court order',
  mandated_report: 'Mandated report',
  statutory_duty: 'Statutory duty',
  break_glass: 'Emergency access (break-glass)',
  privilege_waiver: 'Waiver by the youth',
} satisfies Record<AccessBasis, string>;

/** Why something is withheld (the access module's reasons). */
const denialReasons = {
  other_jurisdiction: 'This youth belongs to another jurisdiction.',
  recipient_of_another_jurisdiction:
    'An organization named to receive the information belongs to another county. A consent or legal basis names only organizations of the youth’s county.',
  role_without_youth_data: 'Your role does not see youth records.',
  not_on_case_team: 'Your organization is not on this case team.',
  no_consent_or_legal_basis:
    'No current consent or legal basis names your organization for this kind of information.',
  no_agreement:
    'No information-sharing agreement in force covers this between the two organizations.',
  not_qualified_caseworker:
    'Only qualified caseworkers of the organization that wrote these may read them.',
  privileged:
    'Privileged communications are disclosed only by the youth’s waiver or a court order.',
  role_cannot_record: 'Your role does not record this.',
  not_category_writer:
    'Notes of this kind are written by the organizations whose work they record; yours is not one of them.',
  self_grant: 'A legal basis cannot name the organization that records it.',
  not_your_team_member:
    'Only that organization, the one that opened the record, or the coordinator can remove it.',
  release_not_accepted:
    'A consent names your organization, but the organization that holds this has not accepted the release yet.',
  not_the_holder:
    'Only the organization that holds the information accepts or declines its release.',
  not_a_duty:
    'A statutory duty or mandated report must be one the county’s legal profile lists for your organization and these kinds of information.',
  break_glass_role: 'The county’s legal profile does not let your role open emergency access.',
  not_point_person:
    'Only a point person of the organization holding the information accepts releases in advance.',
  no_open_episode: 'The alert packet exists only while the youth is missing.',
  not_alert_recipient:
    'The alert packet goes to the case team, law enforcement and the missing-youth point persons.',
  not_juvenile_hall_intake: 'Custody notices are juvenile hall intake’s view.',
  not_in_custody: 'This youth is not in custody.',
  not_certifying_agency:
    'The certifying agency records the answer to a certification request; for an outside agency, the organization that recorded the request.',
  // Never shown in practice: a sealed case answers 404, as if it did not exist.
  sealed: 'This case is sealed by court order.',
} satisfies Record<DenialReason, string>;

const mandatedReportKinds = {
  child_abuse_or_neglect: 'Child abuse or neglect',
  danger_to_self_or_others: 'Danger to self or others',
} satisfies Record<MandatedReportKind, string>;

export const vocabularyEn = {
  roles,
  roleDescriptions,
  organizationTypes,
  dataCategories,
  dataCategoryMeanings,
  caseTeamRoles,
  accessBases,
  denialReasons,
  mandatedReportKinds,
};

/** The note-writing refusal, spread into apiErrors so the screen says it in the reader's language. */
export const vocabularyApiErrorsEn = {
  not_category_writer: denialReasons.not_category_writer,
};
