// Which types of organization write case notes in which category: a note is written by the
// agency whose work it records, so a medical note comes from a clinic and never from the
// district attorney, however the DA learned it (docs/CONFIDENTIALITY.md, "Who writes which
// category"). Reading is decided apart (decideRead); this only says who may add a note.
import type { DataCategory, OrganizationType } from './vocabulary.js';

/**
 * Every team member writes these: a name or alias learned at 2 a.m. and the running case notes
 * are part of anyone's work on the case.
 */
const EVERY_TEAM_MEMBER: readonly DataCategory[] = ['identity', 'case_notes'];

/**
 * The categories each type of organization writes notes in, beyond identity and case notes.
 * The reasons are the agencies' jobs:
 * - contact_location: whoever must reach or find the youth (police search for a missing youth,
 *   victim-witness staff keep her reachable for court, clinics for follow-up); not the court,
 *   which takes addresses from the parties' filings.
 * - screening: the agencies that give a validated screening tool (advocates, child welfare,
 *   probation, the CAC, clinicians, community providers); police record indicators as events.
 * - needs_services and referrals: whoever sees a need or sends the youth to a service, the
 *   officer on scene and victim-witness staff included; the court orders services instead
 *   (a legal note).
 * - medical: medical providers only; a CAC's medical examination is recorded by the clinic's
 *   provider, not by the interviewer.
 * - mental_health: mental health providers only.
 * - legal: the agencies in the legal process: police, prosecutors, the court, probation, child
 *   welfare (the dependency case), advocates and community providers (victim rights, immigration
 *   relief), and the CAC (the forensic interview is evidence).
 * - education: who keeps the youth in school: child welfare (school stability), probation
 *   (attendance conditions), advocates, community providers and mental health (school-based
 *   therapy, IEP assessments).
 * - placement: who places or shelters the youth: child welfare and probation place, the court
 *   orders placement, police take a child to a shelter in protective custody, community
 *   providers run the beds. Advocates record where she lives as contact_location.
 * The county lead's coordinator assigns and follows the team, so writes contact, needs and
 * referrals; oversight never reads or writes a case.
 */
export const NOTE_CATEGORIES_BY_ORGANIZATION_TYPE: Readonly<
  Record<OrganizationType, readonly DataCategory[]>
> = {
  advocacy: [
    ...EVERY_TEAM_MEMBER,
    'contact_location',
    'screening',
    'needs_services',
    'referrals',
    'legal',
    'education',
  ],
  child_welfare: [
    ...EVERY_TEAM_MEMBER,
    'contact_location',
    'screening',
    'needs_services',
    'referrals',
    'legal',
    'education',
    'placement',
  ],
  probation: [
    ...EVERY_TEAM_MEMBER,
    'contact_location',
    'screening',
    'needs_services',
    'referrals',
    'legal',
    'education',
    'placement',
  ],
  law_enforcement: [
    ...EVERY_TEAM_MEMBER,
    'contact_location',
    'needs_services',
    'referrals',
    'legal',
    'placement',
  ],
  district_attorney: [
    ...EVERY_TEAM_MEMBER,
    'contact_location',
    'needs_services',
    'referrals',
    'legal',
  ],
  juvenile_court: [...EVERY_TEAM_MEMBER, 'legal', 'placement'],
  child_advocacy_center: [
    ...EVERY_TEAM_MEMBER,
    'contact_location',
    'screening',
    'needs_services',
    'referrals',
    'legal',
  ],
  medical: [
    ...EVERY_TEAM_MEMBER,
    'contact_location',
    'screening',
    'needs_services',
    'referrals',
    'medical',
  ],
  mental_health: [
    ...EVERY_TEAM_MEMBER,
    'contact_location',
    'screening',
    'needs_services',
    'referrals',
    'mental_health',
    'education',
  ],
  community_provider: [
    ...EVERY_TEAM_MEMBER,
    'contact_location',
    'screening',
    'needs_services',
    'referrals',
    'legal',
    'education',
    'placement',
  ],
  county_lead: [...EVERY_TEAM_MEMBER, 'contact_location', 'needs_services', 'referrals'],
  oversight: [],
};

/** Whether an organization of this type writes case notes in the category. */
export function writesNotesIn(organizationType: OrganizationType, category: DataCategory): boolean {
  return NOTE_CATEGORIES_BY_ORGANIZATION_TYPE[organizationType].includes(category);
}
