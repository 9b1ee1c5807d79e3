// A jurisdiction's legal profile: the state law that Lantern's rules and warnings follow.
// It is data a county confirms, never code (docs/CONFIDENTIALITY.md).
import { DEFAULT_RETENTION, type RetentionSettings } from './retention.js';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './suppression.js';
import type { DataCategory, OrganizationType, Role } from './vocabulary.js';

/** The legal bases other than a court order that a profile lists as duties. */
export const DUTY_KINDS = ['statutory_duty', 'mandated_report'] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

/**
 * A duty the law puts on an organization to disclose its own data: who is bound (the
 * organization types that may record it), which categories it lets them disclose, and where the
 * law says so. Recording such a basis never releases another organization's data.
 */
export interface LegalDuty {
  readonly code: string;
  readonly kind: DutyKind;
  readonly name: string;
  readonly citation: string;
  readonly recorderOrganizationTypes: readonly OrganizationType[];
  readonly categories: readonly DataCategory[];
}

export interface LegalProfile {
  /** IANA time zone: consent expiry and agreement dates are the county's calendar days. */
  readonly timeZone: string;
  /** Whether state law makes what a youth tells a qualified caseworker privileged. */
  readonly privilegeApplies: boolean;
  readonly privilegeCitation: string | null;
  /** Plain words on who holds the privilege and its limits, shown above privileged notes. */
  readonly privilegeSummary: string | null;
  /** Hours of training that qualify a caseworker (California: 40, with supervision). */
  readonly minimumTrainingHours: number;
  /** Longest release of information the county accepts, in days (VOCA: reasonably time-limited). */
  readonly maxConsentDays: number;
  /** False until someone in the county confirms the profile against its own law. */
  readonly confirmed: boolean;
  /** The duties to disclose that statutory-duty and mandated-report bases must name. */
  readonly duties: readonly LegalDuty[];
  /** Who may open break-glass for imminent danger. */
  readonly breakGlassRoles: readonly Role[];
  /**
   * The plain statement shown to an officer at once when a child is found or an arrest of a minor
   * for a prostitution-related offense is recorded: the child is a victim, not an offender.
   */
  readonly nonCriminalization: NonCriminalization;
  /**
   * The offenses the state does not charge minors with, each with its citation
   * (docs/PROTOCOL.md, Non-criminalization). An arrest attempt or a charging step for one of them
   * on a youth under its age limit shows the statement at once and opens the DA's review.
   */
  readonly coveredOffenses: readonly CoveredOffense[];
  /** The clocks of T/U visa certifications and victim compensation (docs/LEGAL-AND-MDT.md). */
  readonly legalMatterClocks: LegalMatterClocks;
  /**
   * Published tables hide every count from 1 to this minus one (docs/REPORTS.md, "Small numbers
   * are hidden"; SUPPRESSION_THRESHOLD_RANGE in suppression.ts).
   */
  readonly smallCellThreshold: number;
  /**
   * How long a closed case's data is kept, per data category (docs/RETENTION.md); the coordinator
   * alone changes it.
   */
  readonly retention: RetentionSettings;
}

/**
 * How long a certifying agency has to answer a T/U visa certification request, and until when a
 * victim may apply for compensation. A stored profile without them loads with these defaults.
 */
export interface LegalMatterClocks {
  /** Calendar days to answer a certification request. */
  readonly certificationCalendarDays: number;
  /** Business days to answer when the youth is in removal proceedings. */
  readonly certificationRemovalBusinessDays: number;
  readonly certificationCitation: string;
  /** Years after the crime a victim may apply for compensation. */
  readonly compensationYears: number;
  /** A victim who was a minor at the crime may apply until this birthday, if later. */
  readonly compensationMinorUntilAge: number;
  readonly compensationCitation: string;
}

/** California's clocks (FACTS.md), the default of every county until it records its own. */
export const CALIFORNIA_LEGAL_MATTER_CLOCKS: LegalMatterClocks = {
  certificationCalendarDays: 90,
  certificationRemovalBusinessDays: 14,
  certificationCitation: 'California Penal Code 679.10 (U visa) and 679.11 (T visa)',
  compensationYears: 7,
  compensationMinorUntilAge: 28,
  compensationCitation: 'California Government Code 13953 (CalVCB)',
};

export interface NonCriminalization {
  readonly statement: string;
  readonly citation: string;
}

/**
 * An offense a minor is not charged with under the profile's law: prostitution-related offenses,
 * and where the state says so, offenses committed because of the exploitation (accomplice
 * liability included). `ageLimit` is the first age the protection no longer covers (18: minors).
 */
export interface CoveredOffense {
  /** Stable code the recording form sends (`prostitution`, `offense_due_to_exploitation`, ...). */
  readonly code: string;
  readonly label: string;
  readonly citation: string;
  readonly ageLimit: number;
  /** Whether the offense is prostitution-related: fills that detail of the event for the rules. */
  readonly prostitutionRelated: boolean;
}

/** The code a recorder uses for an offense the profile does not list; it is never covered. */
export const OTHER_OFFENSE = 'other';

/**
 * Where no state law is confirmed: federal law makes a child in a commercial sex act a
 * trafficking victim (22 U.S.C. 7102), so Lantern treats that one offense as covered until the
 * county records its own list. Protective by default; the citation says it must be confirmed.
 */
export const FEDERAL_COVERED_OFFENSES: readonly CoveredOffense[] = [
  {
    code: 'prostitution',
    label: 'Prostitution or a commercial sex act by a minor',
    citation:
      '22 U.S.C. 7102(11) (a child in a commercial sex act is a trafficking victim); the county confirms its state law',
    ageLimit: 18,
    prostitutionRelated: true,
  },
];

/** California since SB 1322 (2016): prostitution and loitering laws do not apply to minors. */
export const CALIFORNIA_COVERED_OFFENSES: readonly CoveredOffense[] = [
  {
    code: 'prostitution',
    label: 'Soliciting or engaging in prostitution',
    citation:
      'California Penal Code 647(b)(5) (SB 1322, 2016); a minor arrested for it is presumed commercially sexually exploited (Welfare and Institutions Code 18259.3)',
    ageLimit: 18,
    prostitutionRelated: true,
  },
  {
    code: 'loitering_intent_prostitution',
    label: 'Loitering with intent to commit prostitution',
    citation:
      'California Penal Code 653.22(a)(2) (SB 1322, 2016); Welfare and Institutions Code 18259.3',
    ageLimit: 18,
    prostitutionRelated: true,
  },
];

/** Problems with a profile's covered offenses, as reason codes (empty when they are sound). */
export function coveredOffenseProblems(offenses: readonly CoveredOffense[]): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const offense of offenses) {
    if (offense.code === OTHER_OFFENSE) problems.push(`reserved_offense_code:${offense.code}`);
    if (codes.has(offense.code)) problems.push(`duplicate_offense:${offense.code}`);
    codes.add(offense.code);
    if (offense.citation.trim() === '') problems.push(`offense_without_citation:${offense.code}`);
    if (offense.label.trim() === '') problems.push(`offense_without_label:${offense.code}`);
  }
  return problems;
}

/** Federal law, true in every county: a child in commercial sex is a trafficking victim. */
export const FEDERAL_NON_CRIMINALIZATION: NonCriminalization = {
  statement:
    'Under federal law a child under 18 who is used in a commercial sex act is a victim of ' +
    'trafficking, whether or not anyone forced her. Treat the child as a victim, not an offender: ' +
    'keep the child safe, call the people below now, and take the child where the county protocol says.',
  citation:
    '22 U.S.C. 7102 (Trafficking Victims Protection Act); the county confirms its state law',
};

/**
 * Federal duties every county has (P.L. 113-183), the county protocol's first call, and the
 * child-abuse report. Citations a county must confirm say so.
 */
export const DEFAULT_DUTIES: readonly LegalDuty[] = [
  {
    code: 'advocate_call',
    kind: 'statutory_duty',
    name: 'Law enforcement calls the CSEC advocate on identifying a child',
    citation: 'County CSEC first responder protocol (confirm for this county)',
    recorderOrganizationTypes: ['law_enforcement'],
    categories: ['identity', 'contact_location'],
  },
  {
    code: 'foster_care_victim_report',
    kind: 'statutory_duty',
    name: 'Child welfare reports a child in care identified as a trafficking victim to law enforcement',
    citation: '42 U.S.C. 671(a)(34)(A)',
    recorderOrganizationTypes: ['child_welfare'],
    categories: ['identity', 'contact_location', 'placement'],
  },
  {
    code: 'missing_from_care_report',
    kind: 'statutory_duty',
    name: 'Child welfare reports a child missing from care to law enforcement',
    citation: '42 U.S.C. 671(a)(35)(B)',
    recorderOrganizationTypes: ['child_welfare'],
    categories: ['identity', 'contact_location', 'placement'],
  },
  {
    code: 'child_abuse_report',
    kind: 'mandated_report',
    name: 'Mandated child-abuse report',
    citation: 'State child-abuse reporting law (confirm for this county)',
    recorderOrganizationTypes: [
      'child_welfare',
      'law_enforcement',
      'probation',
      'medical',
      'mental_health',
      'child_advocacy_center',
      'community_provider',
    ],
    categories: ['identity', 'contact_location', 'case_notes'],
  },
];

/**
 * Break-glass is for imminent danger to the child: the people who protect and treat her. The
 * prosecution and the court are left out; they have the court order.
 */
export const DEFAULT_BREAK_GLASS_ROLES: readonly Role[] = [
  'advocate',
  'child_welfare_worker',
  'probation_officer',
  'law_enforcement_officer',
  'forensic_interviewer',
  'medical_provider',
  'mental_health_provider',
  'provider_intake',
  'coordinator',
];

/**
 * What a new jurisdiction starts with: no privilege assumed, so caseworkers are told their notes
 * could be subpoenaed until the county records its law.
 */
export const DEFAULT_LEGAL_PROFILE: LegalProfile = {
  timeZone: 'America/Los_Angeles',
  privilegeApplies: false,
  privilegeCitation: null,
  privilegeSummary: null,
  minimumTrainingHours: 40,
  maxConsentDays: 365,
  confirmed: false,
  duties: DEFAULT_DUTIES,
  breakGlassRoles: DEFAULT_BREAK_GLASS_ROLES,
  nonCriminalization: FEDERAL_NON_CRIMINALIZATION,
  coveredOffenses: FEDERAL_COVERED_OFFENSES,
  legalMatterClocks: CALIFORNIA_LEGAL_MATTER_CLOCKS,
  smallCellThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
  retention: DEFAULT_RETENTION,
};

/** California Evidence Code 1038-1038.3, the demo county's default (see FACTS.md). */
export const CALIFORNIA_LEGAL_PROFILE: LegalProfile = {
  timeZone: 'America/Los_Angeles',
  privilegeApplies: true,
  privilegeCitation: 'California Evidence Code 1038-1038.3',
  privilegeSummary:
    'What the youth tells a qualified human trafficking caseworker is privileged. The youth holds ' +
    'the privilege and decides whether to waive it. It does not stop mandated child-abuse ' +
    'reporting, and a court may order disclosure in a criminal case (section 1038.1).',
  minimumTrainingHours: 40,
  maxConsentDays: 365,
  confirmed: false,
  duties: DEFAULT_DUTIES.map((duty) =>
    duty.code === 'child_abuse_report'
      ? { ...duty, citation: 'California Penal Code 11164-11174.3 (CANRA)' }
      : duty,
  ),
  breakGlassRoles: DEFAULT_BREAK_GLASS_ROLES,
  nonCriminalization: {
    statement:
      'California’s prostitution and loitering laws do not apply to anyone under 18, and a minor ' +
      'arrested for such an offense is presumed to be commercially sexually exploited. This child ' +
      'is a victim, not an offender: do not book the child for prostitution. Keep the child safe, ' +
      'call the people below now, and take the child where the county protocol says.',
    citation:
      'California Penal Code 647(b)(5) and 653.22(a)(2) (SB 1322, 2016); Welfare and Institutions Code 18259.3',
  },
  coveredOffenses: CALIFORNIA_COVERED_OFFENSES,
  legalMatterClocks: CALIFORNIA_LEGAL_MATTER_CLOCKS,
  smallCellThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
  retention: DEFAULT_RETENTION,
};

/** Problems with a profile's duties, as reason codes (empty when they are sound). */
export function dutyProblems(duties: readonly LegalDuty[]): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const duty of duties) {
    if (codes.has(duty.code)) problems.push(`duplicate_duty:${duty.code}`);
    codes.add(duty.code);
    if (duty.categories.length === 0) problems.push(`duty_without_categories:${duty.code}`);
    if (duty.recorderOrganizationTypes.length === 0)
      problems.push(`duty_without_recorders:${duty.code}`);
    if (duty.citation.trim() === '') problems.push(`duty_without_citation:${duty.code}`);
  }
  return problems;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

// Making a formatter costs far more than using one, and every access decision asks for the
// day: one per time zone, kept (a county has one zone; the bound only stops unbounded growth).
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) it is at `now` in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    if (dayFormats.size >= 64) dayFormats.clear();
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

/** Days from one calendar date to another (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const QUALIFICATION_BASES = ['training', 'degree_and_experience'] as const;
export type QualificationBasis = (typeof QUALIFICATION_BASES)[number];

/** A caseworker qualification record: who may act as a privileged caseworker. */
export interface CaseworkerQualification {
  readonly basis: QualificationBasis;
  readonly trainingHours: number;
  readonly supervisor: string | null;
  readonly revoked: boolean;
}

/**
 * Whether a record qualifies its holder under the profile: an advanced degree with experience,
 * or the profile's training hours under a named supervisor (California Evidence Code 1038.2).
 */
export function qualifies(
  record: CaseworkerQualification | null,
  profile: Pick<LegalProfile, 'minimumTrainingHours'>,
): boolean {
  if (!record || record.revoked) return false;
  if (record.basis === 'degree_and_experience') return true;
  return record.trainingHours >= profile.minimumTrainingHours && record.supervisor !== null;
}
