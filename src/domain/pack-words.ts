// Lantern's own words in the default protocol pack (src/domain/protocol-pack.ts) and the fixed task
// titles of other services, in Spanish, keyed by their exact English. A task keeps the title its
// rule gave it; a screen or printed page shows the Spanish when the title is still the pack's own,
// and a county's own title (a rule it rewrote, a decision typed at an MDT meeting) as written.
import type { DutyHolder } from './protocol-duties.js';
import type { EventType } from './case-events.js';
import type { OrganizationType } from './vocabulary.js';

export type PrintLanguage = 'en' | 'es';

const TASK_TITLES_ES: Readonly<Record<string, string>> = {
  'Review: a minor was arrested or charged for an offense the law does not charge minors with':
    'Revisar: una persona menor de edad fue arrestada o acusada de un delito por el que la ley no acusa a menores',
  'Advocate on scene with the youth': 'Defensora o defensor en el lugar con la persona joven',
  'Connect the youth with specialized services':
    'Conectar a la persona joven con servicios especializados',
  'Health evaluation': 'Evaluación de salud',
  'Review the case at the multidisciplinary team':
    'Revisar el caso en el equipo multidisciplinario',
  'Report the identification to law enforcement':
    'Informar de la identificación a las fuerzas del orden',
  'Enter the missing child into NCIC': 'Registrar en NCIC a la persona menor desaparecida',
  'Report the missing youth to law enforcement':
    'Informar a las fuerzas del orden de la desaparición',
  'Report the missing youth to NCMEC': 'Informar al NCMEC de la desaparición',
  'Release safety plan': 'Plan de seguridad para la salida',
  'Release safety plan before the youth leaves custody':
    'Plan de seguridad antes de que la persona joven salga de custodia',
  'Assign an advocate to support the youth at the hearing':
    'Asignar una defensora o un defensor que acompañe a la persona joven en la audiencia',
  'Testimony safety plan with verified transportation':
    'Plan de seguridad para el testimonio con transporte verificado',
  'Advocate to the youth: treated as a victim, not an offender':
    'Defensoría con la persona joven: tratada como víctima, no como delincuente',
  'Debrief with the youth about the time missing':
    'Conversar con la persona joven sobre el tiempo que estuvo desaparecida',
  'Re-screen for exploitation': 'Volver a evaluar la explotación',
  'Return-from-missing safety plan': 'Plan de seguridad al regresar de una desaparición',
  // Fixed titles of other services (screening schedule, protective-order reminder).
  'Screen for exploitation': 'Evaluar la explotación',
  'A protective order ends in 14 days: renew it or plan for her safety':
    'Una orden de protección termina en 14 días: renuévela o planifique su seguridad',
};

/** The default pack's notices, as the screens word them (src/web/src/i18n/notify.es.ts). */
const NOTICES_ES: Readonly<Record<string, string>> = {
  'A youth is missing. Open the alert packet to search.':
    'Una persona joven está desaparecida. Abra el paquete de alerta para buscarla.',
  'A youth on your caseload was detained. Call probation’s point person.':
    'Una persona joven de su carga de casos fue detenida. Llame a la persona de contacto de libertad condicional.',
  'A youth from another county is subpoenaed to a hearing in your county. Call the sending county’s coordinator.':
    'Una persona joven de otro condado fue citada a una audiencia en su condado. Llame a la coordinación del condado que la envía.',
  'A youth from another county has a hearing in your county. Call the sending county’s coordinator.':
    'Una persona joven de otro condado tiene una audiencia en su condado. Llame a la coordinación del condado que la envía.',
  'An arrest of a minor for a prostitution-related offense was recorded.':
    'Se registró el arresto de una persona menor de edad por un delito relacionado con la prostitución.',
};

/** Why the protocol could not make a referral itself (the referral service's refusal codes). */
const BY_HAND_PROBLEMS_ES: Readonly<Record<string, string>> = {
  no_service: 'ningún servicio del directorio puede recibirla',
  unknown_service: 'el servicio no está en el directorio',
  service_not_active: 'el servicio no está activo',
  not_reachable: 'el proveedor no recibe derivaciones por Lantern en este condado',
  excluded_provider: 'el proveedor está en la lista de proveedores que la persona joven evita',
  cohort_conflict: 'la regla de grupo del programa no admite a jóvenes con esta historia',
};

/**
 * The coordinator's task when the protocol could not make a referral itself (its English title is
 * stored with the task, as every title is; taskTitleIn words it in Spanish).
 */
export function byHandReferralTitle(organizationType: OrganizationType, problem: string): string {
  return `Make the referral to ${organizationType.replace(/_/g, ' ')} by hand (${problem.replace(/_/g, ' ')})`;
}

const BY_HAND = /^Make the referral to ([a-z ]+) by hand \(([a-z ]+)\)$/;

function byHandTitleEs(title: string): string | undefined {
  const match = BY_HAND.exec(title);
  if (!match) return undefined;
  const [, typeWords = '', problemWords = ''] = match;
  const type = (Object.keys(ORGANIZATION_TYPES_ES) as OrganizationType[]).find(
    (t) => t.replace(/_/g, ' ') === typeWords,
  );
  if (!type) return undefined;
  const problem = BY_HAND_PROBLEMS_ES[problemWords.replace(/ /g, '_')] ?? problemWords;
  return `Hacer a mano la derivación a ${ORGANIZATION_TYPES_ES[type]} (${problem})`;
}

/** A task's title in the reader's language: the pack's own in Spanish, anything else as written. */
export function taskTitleIn(title: string, language: PrintLanguage): string {
  if (language !== 'es') return title;
  return TASK_TITLES_ES[title] ?? byHandTitleEs(title) ?? title;
}

/** A protocol notice's message in the reader's language, the same way. */
export function noticeIn(message: string, language: PrintLanguage): string {
  return language === 'es' ? (NOTICES_ES[message] ?? message) : message;
}

export const ORGANIZATION_TYPES_ES: Readonly<Record<OrganizationType, string>> = {
  advocacy: 'Apoyo a víctimas',
  child_welfare: 'Bienestar infantil',
  probation: 'Libertad condicional',
  law_enforcement: 'Fuerzas del orden',
  district_attorney: 'Fiscalía',
  juvenile_court: 'Tribunal de menores',
  child_advocacy_center: 'Centro de defensa infantil',
  medical: 'Servicios médicos',
  mental_health: 'Salud mental',
  community_provider: 'Proveedor comunitario',
  county_lead: 'Agencia coordinadora del condado',
  oversight: 'Organismo de supervisión',
};

export const HOLDERS_ES: Readonly<Record<DutyHolder, string>> = {
  ...ORGANIZATION_TYPES_ES,
  coordinator: 'La coordinación CSEC del condado',
  recorder: 'El organismo que registra el evento',
  other_county: 'Otro condado nombrado en el evento',
};

export const EVENTS_ES: Readonly<Record<EventType, string>> = {
  identification: 'se identifica a una persona menor',
  protective_custody: 'una persona menor queda bajo custodia protectora',
  arrest_attempt: 'se intenta arrestar a una persona menor',
  detention: 'una persona joven es detenida',
  release: 'una persona joven sale de custodia',
  placement_change: 'cambia una colocación',
  missing: 'una persona joven desaparece',
  returned: 'una persona joven regresa de una desaparición',
  disclosure: 'una persona joven revela explotación',
  subpoena: 'una persona joven recibe una citación',
  hearing: 'se fija una audiencia',
  transfer: 'un caso se transfiere a otro condado',
  charging: 'la fiscalía considera acusar a una persona joven',
  screening_result: 'se completa una evaluación',
};
