// A jurisdiction's legal profile: the state law that Lantern's rules and warnings follow.
// It is data a county confirms, never code (DESIGN.md section 3).

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
}

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
};

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) it is at `now` in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Days from one calendar date to another (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const QUALIFICATION_BASES = ['training', 'degree_and_experience'] as const;
export type QualificationBasis = (typeof QUALIFICATION_BASES)[number];

/** A caseworker qualification record (DESIGN.md: training records and certifications). */
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
