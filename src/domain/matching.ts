// Matching a youth's needs to services: hard rules first (a service that breaks one is excluded,
// with why), then a ranking with a plain-language reason for each place. Each reason is a code
// with parameters, so each reader's screen words it in their language; the English sentences
// (`reasons`, kept for the API's older readers) are worded from those same codes. Pure and
// deterministic: the same youth and services always give the same answer, in any input order.
// A youth facing a detention decision is a victim, never an offender (docs/MISSING-AND-CUSTODY.md,
// "Alternatives to detention"): the services their owners mark as alternatives to detention
// then come first.

export const NEEDS = [
  'crisis_counseling',
  'emergency_shelter',
  'housing',
  'medical',
  'sexual_health',
  'mental_health',
  'substance_use',
  'legal',
  'immigration',
  'education',
  'employment',
  'survivor_mentoring',
  'family_support',
  'basic_needs',
  'transportation',
] as const;
export type Need = (typeof NEEDS)[number];

/** What each need is called, for people and for search in both of the county's languages. */
export const NEED_LABELS: Readonly<Record<Need, { readonly en: string; readonly es: string }>> = {
  crisis_counseling: { en: 'Crisis counseling', es: 'Consejería en crisis' },
  emergency_shelter: { en: 'Emergency shelter', es: 'Refugio de emergencia' },
  housing: { en: 'Housing', es: 'Vivienda' },
  medical: { en: 'Medical care', es: 'Atención médica' },
  sexual_health: { en: 'Sexual health', es: 'Salud sexual' },
  mental_health: { en: 'Mental health', es: 'Salud mental' },
  substance_use: { en: 'Substance use', es: 'Consumo de sustancias' },
  legal: { en: 'Legal help', es: 'Ayuda legal' },
  immigration: { en: 'Immigration', es: 'Inmigración' },
  education: { en: 'Education', es: 'Educación' },
  employment: { en: 'Employment', es: 'Empleo' },
  survivor_mentoring: { en: 'Survivor mentoring', es: 'Mentoría de sobrevivientes' },
  family_support: { en: 'Family support', es: 'Apoyo familiar' },
  basic_needs: { en: 'Basic needs', es: 'Necesidades básicas' },
  transportation: { en: 'Transportation', es: 'Transporte' },
};

export const SERVICE_LEVELS = ['prevention', 'intervention', 'both'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/** Who a group program takes: never mix youth at risk with youth with exploitation histories. */
export const COHORT_RULES = ['at_risk_only', 'exploited_only', 'either'] as const;
export type CohortRule = (typeof COHORT_RULES)[number];

export const YOUTH_HISTORIES = ['at_risk', 'exploited'] as const;
export type YouthHistory = (typeof YOUTH_HISTORIES)[number];

export interface MatchableService {
  readonly id: string;
  readonly organizationId: string;
  readonly name: string;
  readonly needs: readonly Need[];
  readonly csecSpecialized: boolean;
  readonly level: ServiceLevel;
  readonly groupSetting: boolean;
  readonly cohortRule: CohortRule;
  readonly minimumAge: number | null;
  readonly maximumAge: number | null;
  /** Genders served; null: anyone. */
  readonly genders: readonly string[] | null;
  readonly lgbtqAffirming: boolean;
  /** Its owner marks it as somewhere a youth can go instead of juvenile hall. */
  readonly alternativeToDetention: boolean;
  readonly languages: readonly string[];
  /** Counties served; null: anywhere. */
  readonly serviceAreas: readonly string[] | null;
  /** Open places now; null when the service does not track capacity. */
  readonly capacityAvailable: number | null;
}

export interface YouthConstraints {
  readonly needs: readonly Need[];
  readonly age: number;
  readonly gender: string | null;
  readonly languages: readonly string[];
  readonly county: string | null;
  readonly history: YouthHistory;
  /** Providers never to use, e.g. where the youth was recruited. */
  readonly excludedOrganizationIds: readonly string[];
  /** The youth faces a detention decision: alternatives to detention are sought first. */
  readonly facingDetention: boolean;
}

export type ExclusionReason =
  | 'excluded_provider'
  | 'cohort_conflict'
  | 'too_young'
  | 'too_old'
  | 'gender_not_served'
  | 'outside_service_area'
  | 'no_capacity'
  | 'meets_no_need';

export const EXCLUSION_MESSAGES: Readonly<Record<ExclusionReason, string>> = {
  excluded_provider: 'This provider is on the youth’s list of providers to avoid.',
  cohort_conflict:
    'A group program whose cohort rule does not take youth with this history (never mix youth at risk with youth with exploitation histories).',
  too_young: 'The youth is younger than the service’s minimum age.',
  too_old: 'The youth is older than the service’s maximum age.',
  gender_not_served: 'The service does not serve the youth’s gender.',
  outside_service_area: 'The service does not serve the youth’s county.',
  no_capacity: 'No open places right now.',
  meets_no_need: 'The service meets none of the youth’s needs.',
};

/**
 * Why a service ranks where it does, as a code and its parameters. Languages are as the youth's
 * record spells them; needs are codes.
 */
export type MatchReason =
  | { readonly code: 'alternative_to_detention'; readonly params: Record<string, never> }
  | {
      readonly code: 'needs_met';
      readonly params: {
        readonly met: number;
        readonly of: number;
        readonly needs: readonly Need[];
      };
    }
  | { readonly code: 'no_other_need'; readonly params: Record<string, never> }
  | { readonly code: 'csec_specialized'; readonly params: Record<string, never> }
  | { readonly code: 'intervention_level'; readonly params: Record<string, never> }
  | { readonly code: 'prevention_level'; readonly params: Record<string, never> }
  | { readonly code: 'staff_speak'; readonly params: { readonly languages: readonly string[] } }
  | { readonly code: 'no_staff_speak'; readonly params: { readonly languages: readonly string[] } }
  | { readonly code: 'lgbtq_affirming'; readonly params: Record<string, never> }
  | { readonly code: 'open_now'; readonly params: { readonly available: number } };
export type MatchReasonCode = MatchReason['code'];

export const MATCH_REASON_CODES = [
  'alternative_to_detention',
  'needs_met',
  'no_other_need',
  'csec_specialized',
  'intervention_level',
  'prevention_level',
  'staff_speak',
  'no_staff_speak',
  'lgbtq_affirming',
  'open_now',
] as const satisfies readonly MatchReasonCode[];

/** An exclusion as a code like a ranking reason; it has no parameters. */
export interface ExclusionReasonCode {
  readonly code: ExclusionReason;
  readonly params: Record<string, never>;
}

const words = (need: Need) => need.replaceAll('_', ' ');
/** The parameters of a reason that has none (one frozen object, shared). */
const NO_PARAMS: Record<string, never> = Object.freeze({});

/** A reason as the English sentence the API has always sent in `reasons`. */
export function matchReasonInEnglish(reason: MatchReason): string {
  switch (reason.code) {
    case 'alternative_to_detention':
      return 'An alternative to detention, for a youth facing a detention decision.';
    case 'needs_met':
      return `Meets ${String(reason.params.met)} of ${String(reason.params.of)} needs: ${reason.params.needs.map(words).join(', ')}.`;
    case 'no_other_need':
      return 'Meets none of the youth’s other needs.';
    case 'csec_specialized':
      return 'Specialized in serving commercially sexually exploited youth.';
    case 'intervention_level':
      return 'Works at the intervention level, which fits a youth with an exploitation history.';
    case 'prevention_level':
      return 'Works at the prevention level, which fits a youth at risk.';
    case 'staff_speak':
      return `Staff speak ${reason.params.languages.join(', ')}.`;
    case 'no_staff_speak':
      return `No staff listed who speak ${reason.params.languages.join(', ')}.`;
    case 'lgbtq_affirming':
      return 'LGBTQ+-affirming.';
    case 'open_now':
      return `${String(reason.params.available)} open now.`;
  }
}

export interface RankedService {
  readonly serviceId: string;
  readonly score: number;
  readonly needsMet: readonly Need[];
  /** The reasons in English, worded from `reasonCodes`, one for one. */
  readonly reasons: readonly string[];
  readonly reasonCodes: readonly MatchReason[];
}

export interface MatchResult {
  readonly ranked: readonly RankedService[];
  readonly excluded: readonly {
    serviceId: string;
    reasons: readonly ExclusionReason[];
    reasonCodes: readonly ExclusionReasonCode[];
  }[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** An alternative to detention is what a youth facing detention needs, whatever else it meets. */
const offeredInsteadOfDetention = (service: MatchableService, youth: YouthConstraints) =>
  youth.facingDetention && service.alternativeToDetention;

/** Every hard rule the service breaks for this youth; empty means it may be offered. */
export function exclusions(service: MatchableService, youth: YouthConstraints): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (youth.excludedOrganizationIds.includes(service.organizationId)) {
    reasons.push('excluded_provider');
  }
  if (
    service.groupSetting &&
    ((service.cohortRule === 'at_risk_only' && youth.history === 'exploited') ||
      (service.cohortRule === 'exploited_only' && youth.history === 'at_risk'))
  ) {
    reasons.push('cohort_conflict');
  }
  if (service.minimumAge !== null && youth.age < service.minimumAge) reasons.push('too_young');
  if (service.maximumAge !== null && youth.age > service.maximumAge) reasons.push('too_old');
  if (
    service.genders !== null &&
    (youth.gender === null || !service.genders.some((g) => same(g, youth.gender ?? '')))
  ) {
    reasons.push('gender_not_served');
  }
  if (
    service.serviceAreas !== null &&
    (youth.county === null || !service.serviceAreas.some((a) => same(a, youth.county ?? '')))
  ) {
    reasons.push('outside_service_area');
  }
  if (service.capacityAvailable !== null && service.capacityAvailable <= 0) {
    reasons.push('no_capacity');
  }
  if (
    !service.needs.some((n) => youth.needs.includes(n)) &&
    !offeredInsteadOfDetention(service, youth)
  ) {
    reasons.push('meets_no_need');
  }
  return reasons;
}

const NEED_WEIGHT = 20;
/** More than every need met and every other consideration together: alternatives come first. */
const INSTEAD_OF_DETENTION_WEIGHT = NEED_WEIGHT * (NEEDS.length + 1);

/** The score and the reasons behind it, for a service that passed every rule. */
export function rank(service: MatchableService, youth: YouthConstraints): RankedService {
  const needsMet = NEEDS.filter((n) => youth.needs.includes(n) && service.needs.includes(n));
  const reasonCodes: MatchReason[] = [];
  let score = 0;
  if (offeredInsteadOfDetention(service, youth)) {
    score += INSTEAD_OF_DETENTION_WEIGHT;
    reasonCodes.push({ code: 'alternative_to_detention', params: NO_PARAMS });
  }
  reasonCodes.push(
    needsMet.length === 0
      ? { code: 'no_other_need', params: NO_PARAMS }
      : {
          code: 'needs_met',
          params: { met: needsMet.length, of: youth.needs.length, needs: needsMet },
        },
  );
  // Each need met outweighs every other consideration together (at most 16 points).
  score += needsMet.length * NEED_WEIGHT;
  if (service.csecSpecialized) {
    score += youth.history === 'exploited' ? 6 : 3;
    reasonCodes.push({ code: 'csec_specialized', params: NO_PARAMS });
  }
  const levelFits =
    service.level === 'both' ||
    (service.level === 'intervention' && youth.history === 'exploited') ||
    (service.level === 'prevention' && youth.history === 'at_risk');
  if (levelFits) {
    score += 3;
    reasonCodes.push({
      code: youth.history === 'exploited' ? 'intervention_level' : 'prevention_level',
      params: NO_PARAMS,
    });
  }
  const spoken = youth.languages.filter((l) => service.languages.some((s) => same(s, l)));
  if (spoken.length > 0) {
    score += 4;
    reasonCodes.push({ code: 'staff_speak', params: { languages: spoken } });
  } else if (youth.languages.length > 0) {
    reasonCodes.push({ code: 'no_staff_speak', params: { languages: [...youth.languages] } });
  }
  if (service.lgbtqAffirming) {
    score += 1;
    reasonCodes.push({ code: 'lgbtq_affirming', params: NO_PARAMS });
  }
  if (service.capacityAvailable !== null) {
    score += 2;
    reasonCodes.push({ code: 'open_now', params: { available: service.capacityAvailable } });
  }
  return {
    serviceId: service.id,
    score,
    needsMet,
    reasons: reasonCodes.map(matchReasonInEnglish),
    reasonCodes,
  };
}

/** Ranks the services that pass every hard rule; lists the others with why. */
export function matchServices(
  youth: YouthConstraints,
  services: readonly MatchableService[],
): MatchResult {
  const ranked: { service: MatchableService; ranking: RankedService }[] = [];
  const excluded: MatchResult['excluded'][number][] = [];
  for (const service of services) {
    const reasons = exclusions(service, youth);
    if (reasons.length > 0) {
      const reasonCodes = reasons.map((code) => ({ code, params: NO_PARAMS }));
      excluded.push({ serviceId: service.id, reasons, reasonCodes });
    } else ranked.push({ service, ranking: rank(service, youth) });
  }
  // Highest score first; ties by name, then id, so input order never matters.
  ranked.sort(
    (a, b) =>
      b.ranking.score - a.ranking.score ||
      a.service.name.localeCompare(b.service.name, 'en') ||
      (a.service.id < b.service.id ? -1 : a.service.id > b.service.id ? 1 : 0),
  );
  excluded.sort((a, b) => (a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0));
  return { ranked: ranked.map((r) => r.ranking), excluded };
}
