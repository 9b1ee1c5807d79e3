// Why a service matches, worded from the codes of src/domain/matching.ts, in Spanish (usted).
// Same keys as matching.en.ts.
import type { matchingEn } from './matching.en.js';

export const matchingEs: typeof matchingEn = {
  matching: {
    reasons: {
      alternative_to_detention:
        'Una alternativa a la detención, para una persona joven ante una decisión de detención.',
      needs_met: 'Cubre {{met}} de {{of}} necesidades: {{needs}}.',
      no_other_need: 'No cubre ninguna otra necesidad de la persona joven.',
      csec_specialized:
        'Especializado en atender a jóvenes víctimas de explotación sexual comercial.',
      intervention_level:
        'Trabaja en el nivel de intervención, adecuado para jóvenes con historia de explotación.',
      prevention_level: 'Trabaja en el nivel de prevención, adecuado para jóvenes en riesgo.',
      staff_speak: 'El personal habla {{languages}}.',
      no_staff_speak: 'No figura personal que hable {{languages}}.',
      lgbtq_affirming: 'Afirma a jóvenes LGBTQ+.',
      open_now: 'Plazas libres ahora: {{available}}.',
    },
    needWords: {
      crisis_counseling: 'consejería en crisis',
      emergency_shelter: 'refugio de emergencia',
      housing: 'vivienda',
      medical: 'atención médica',
      sexual_health: 'salud sexual',
      mental_health: 'salud mental',
      substance_use: 'consumo de sustancias',
      legal: 'ayuda legal',
      immigration: 'inmigración',
      education: 'educación',
      employment: 'empleo',
      survivor_mentoring: 'mentoría de sobrevivientes',
      family_support: 'apoyo familiar',
      basic_needs: 'necesidades básicas',
      transportation: 'transporte',
    },
  },
};
