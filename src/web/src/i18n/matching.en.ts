// Why a service matches, worded from the codes of src/domain/matching.ts (`MatchReason`), in
// English. These are the very sentences the API sends in `reasons` (test/domain/
// match-reason-words.test.ts holds them equal).
import type { MatchReasonCode, Need } from '../../../domain/matching.js';

export const matchingEn = {
  matching: {
    reasons: {
      alternative_to_detention:
        'An alternative to detention, for a youth facing a detention decision.',
      needs_met: 'Meets {{met}} of {{of}} needs: {{needs}}.',
      no_other_need: 'Meets none of the youth’s other needs.',
      csec_specialized: 'Specialized in serving commercially sexually exploited youth.',
      intervention_level:
        'Works at the intervention level, which fits a youth with an exploitation history.',
      prevention_level: 'Works at the prevention level, which fits a youth at risk.',
      staff_speak: 'Staff speak {{languages}}.',
      no_staff_speak: 'No staff listed who speak {{languages}}.',
      lgbtq_affirming: 'LGBTQ+-affirming.',
      open_now: '{{available}} open now.',
    } satisfies Record<MatchReasonCode, string>,
    /** A need inside a sentence ("Meets 2 of 3 needs: housing, legal"). */
    needWords: {
      crisis_counseling: 'crisis counseling',
      emergency_shelter: 'emergency shelter',
      housing: 'housing',
      medical: 'medical',
      sexual_health: 'sexual health',
      mental_health: 'mental health',
      substance_use: 'substance use',
      legal: 'legal',
      immigration: 'immigration',
      education: 'education',
      employment: 'employment',
      survivor_mentoring: 'survivor mentoring',
      family_support: 'family support',
      basic_needs: 'basic needs',
      transportation: 'transportation',
    } satisfies Record<Need, string>,
  },
};
