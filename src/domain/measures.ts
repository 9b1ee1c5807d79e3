// The measures a county's reports publish (docs/REPORTS.md, "Measures"): what each counts, from
// which records and by which date, and which breakdowns it offers; who may read them; the period
// a report may cover. Pure: no I/O. The SQL that counts is src/db/repositories/reports.ts.
import type { Actor } from './actor.js';
import { allow, deny, type Decision } from './decision.js';
import { hasRole } from './actor.js';

/** How a measure's rows are split: by when, or by something of the youth or the agency. */
export const BREAKDOWNS = [
  'month',
  'quarter',
  'age_band',
  'gender',
  'race_ethnicity',
  'source',
  'organization',
  'rule',
  'service_type',
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export const MEASURE_IDS = [
  'identifications',
  'youth_served',
  'time_to_advocate',
  'time_to_services',
  'time_to_health_evaluation',
  'protocol_clocks',
  'referrals',
  'referral_first_answer',
  'missing_episodes',
  'returns',
  'identified_victim_custody',
  'placement_changes',
  'screenings',
  'screenings_due',
  'consents',
  'break_glass',
  'capacity_against_need',
  'service_funding',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** The measures taken when the report is read, of today's directory and plans (kind snapshot). */
export const SNAPSHOT_MEASURE_IDS = ['capacity_against_need', 'service_funding'] as const;
export type SnapshotMeasureId = (typeof SNAPSHOT_MEASURE_IDS)[number];
export const isSnapshotMeasure = (id: MeasureId): id is SnapshotMeasureId =>
  (SNAPSHOT_MEASURE_IDS as readonly string[]).includes(id);

/**
 * `count`: a table of counts whose columns split what is counted (each counted thing is in one
 * column), so row and column totals mean something. `duration`: per row, how many were timed and
 * the median and 90th percentile in hours. `snapshot`: counts of different things side by side
 * (open places against youth waiting), taken when the report is read because the records keep
 * only today's figures: each column is its own list, with no row totals and no previous period.
 */
export type MeasureKind = 'count' | 'duration' | 'snapshot';

export interface MeasureDefinition {
  readonly id: MeasureId;
  readonly kind: MeasureKind;
  /** The parts a count splits into; a duration's columns are fixed (count, median, p90). */
  readonly columns: readonly string[];
  readonly breakdowns: readonly Breakdown[];
  readonly definition: { readonly en: string; readonly es: string };
}

export const DURATION_COLUMNS = ['timed', 'median_hours', 'p90_hours'] as const;

const WHEN: readonly Breakdown[] = ['month', 'quarter'];
const YOUTH: readonly Breakdown[] = ['age_band', 'gender', 'race_ethnicity'];

// The definitions are shown beside each table and printed in docs/REPORTS.md: change both.
export const MEASURES: readonly MeasureDefinition[] = [
  {
    id: 'identifications',
    kind: 'count',
    columns: ['identifications'],
    breakdowns: [...WHEN, ...YOUTH, 'source', 'organization'],
    definition: {
      en: 'Identification events recorded on the protocol, counted on the day the identification happened. Source: the type of the recording organization.',
      es: 'Eventos de identificación registrados en el protocolo, contados el día en que ocurrió la identificación. Fuente: el tipo de la organización que la registró.',
    },
  },
  {
    id: 'youth_served',
    kind: 'count',
    columns: ['youth'],
    breakdowns: [...YOUTH],
    definition: {
      en: 'Youth with at least one case event (identification, custody, placement, missing, return, hearing...) in the period, each youth counted once, by age at their first event in the period.',
      es: 'Jóvenes con al menos un evento del caso (identificación, custodia, colocación, desaparición, regreso, audiencia...) en el periodo, cada joven una vez, por su edad en su primer evento del periodo.',
    },
  },
  {
    id: 'time_to_advocate',
    kind: 'duration',
    columns: DURATION_COLUMNS,
    breakdowns: [...WHEN, ...YOUTH, 'source'],
    definition: {
      en: 'Identifications in the period: hours from the identification to the first completed task it gave an advocacy organization (the advocate reaching the youth). Identifications with no such task completed are not timed.',
      es: 'Identificaciones del periodo: horas desde la identificación hasta la primera tarea completada que dio a una organización de apoyo (la llegada de la persona de apoyo). Las identificaciones sin esa tarea completada no se miden.',
    },
  },
  {
    id: 'time_to_services',
    kind: 'duration',
    columns: DURATION_COLUMNS,
    breakdowns: [...WHEN, ...YOUTH, 'source'],
    definition: {
      en: 'Identifications in the period: hours from the identification to the first referral sent for the youth after it (specialized services). Identifications with no referral sent are not timed.',
      es: 'Identificaciones del periodo: horas desde la identificación hasta la primera derivación enviada para el joven después de ella (servicios especializados). Las identificaciones sin derivación enviada no se miden.',
    },
  },
  {
    id: 'time_to_health_evaluation',
    kind: 'duration',
    columns: DURATION_COLUMNS,
    breakdowns: [...WHEN, ...YOUTH, 'source'],
    definition: {
      en: 'Identifications in the period: hours from the identification to the first completed task it gave a medical organization (the health evaluation). Identifications with no such task completed are not timed.',
      es: 'Identificaciones del periodo: horas desde la identificación hasta la primera tarea completada que dio a una organización médica (la evaluación de salud). Las identificaciones sin esa tarea completada no se miden.',
    },
  },
  {
    id: 'protocol_clocks',
    kind: 'count',
    columns: ['on_time', 'late', 'missed'],
    breakdowns: [...WHEN, 'organization', 'rule'],
    definition: {
      en: 'Protocol tasks due in the period, up to now: on time (completed by the due time), late (completed after it), missed (still open after it). Cancelled tasks are not counted. Organization: the assignee; rule: the protocol rule that gave the task.',
      es: 'Tareas del protocolo con vencimiento en el periodo, hasta ahora: a tiempo (completadas antes del vencimiento), tarde (completadas después), incumplidas (aún abiertas después). Las tareas canceladas no se cuentan. Organización: la asignada; regla: la regla del protocolo que dio la tarea.',
    },
  },
  {
    id: 'referrals',
    kind: 'count',
    columns: [
      'sent',
      'info_requested',
      'accepted',
      'declined',
      'enrolled',
      'completed',
      'ended',
      'withdrawn',
    ],
    breakdowns: [...WHEN, ...YOUTH, 'organization'],
    definition: {
      en: 'Referrals sent in the period (by the day sent), by their status today: still waiting (sent), information requested, accepted, declined, enrolled, completed, ended, withdrawn. Organization: the receiving agency.',
      es: 'Derivaciones enviadas en el periodo (por el día de envío), por su estado de hoy: en espera (enviada), información pedida, aceptada, rechazada, inscrita, completada, terminada, retirada. Organización: la agencia que la recibe.',
    },
  },
  {
    id: 'referral_first_answer',
    kind: 'duration',
    columns: DURATION_COLUMNS,
    breakdowns: [...WHEN, 'organization'],
    definition: {
      en: 'Referrals sent in the period that have been answered: hours from sending to the receiving agency’s first answer. Organization: the receiving agency.',
      es: 'Derivaciones enviadas en el periodo que ya tienen respuesta: horas desde el envío hasta la primera respuesta de la agencia que la recibe. Organización: la agencia que la recibe.',
    },
  },
  {
    id: 'missing_episodes',
    kind: 'count',
    columns: ['episodes'],
    breakdowns: [...WHEN, ...YOUTH],
    definition: {
      en: 'Missing episodes that began in the period (a missing event opens one; a second report while one is open is the same episode), by the day the youth went missing.',
      es: 'Episodios de desaparición que empezaron en el periodo (un evento de desaparición abre uno; un segundo aviso mientras sigue abierto es el mismo episodio), por el día en que el joven desapareció.',
    },
  },
  {
    id: 'returns',
    kind: 'count',
    columns: ['returns'],
    breakdowns: [...WHEN, ...YOUTH],
    definition: {
      en: 'Missing episodes that ended with a return in the period, by the day of the return.',
      es: 'Episodios de desaparición que terminaron con un regreso en el periodo, por el día del regreso.',
    },
  },
  {
    id: 'identified_victim_custody',
    kind: 'count',
    columns: ['arrest_attempt', 'charging', 'detention'],
    breakdowns: [...WHEN, ...YOUTH, 'organization'],
    definition: {
      en: 'Arrest attempts, charging steps and detentions in the period of youth already identified as victims (an identification event at or before it): the non-criminalization measure. Organization: the recording agency.',
      es: 'Intentos de arresto, pasos de acusación y detenciones en el periodo de jóvenes ya identificados como víctimas (con un evento de identificación anterior o simultáneo): la medida de no criminalización. Organización: la agencia que lo registró.',
    },
  },
  {
    id: 'placement_changes',
    kind: 'count',
    columns: ['placement_changes'],
    breakdowns: [...WHEN, ...YOUTH, 'organization'],
    definition: {
      en: 'Placement change events in the period, by the day the change happened. Organization: the recording agency.',
      es: 'Eventos de cambio de colocación en el periodo, por el día del cambio. Organización: la agencia que lo registró.',
    },
  },
  {
    id: 'screenings',
    kind: 'count',
    columns: ['positive', 'negative'],
    breakdowns: [...WHEN, ...YOUTH, 'organization'],
    definition: {
      en: 'Screenings administered in the period, by result, by the day administered. Organization: the administering agency.',
      es: 'Evaluaciones de detección aplicadas en el periodo, por resultado, por el día en que se aplicaron. Organización: la agencia que la aplicó.',
    },
  },
  {
    id: 'screenings_due',
    kind: 'count',
    columns: ['done', 'not_done'],
    breakdowns: [...WHEN, 'organization'],
    definition: {
      en: 'Screening tasks due in the period, up to now: done (completed, at any time) or not done (still open). Cancelled tasks are not counted. Organization: the assignee.',
      es: 'Tareas de evaluación de detección con vencimiento en el periodo, hasta ahora: hechas (completadas, en cualquier momento) o no hechas (aún abiertas). Las tareas canceladas no se cuentan. Organización: la asignada.',
    },
  },
  {
    id: 'consents',
    kind: 'count',
    columns: ['recorded', 'revoked', 'expired'],
    breakdowns: [...WHEN, 'organization'],
    definition: {
      en: 'Consent events in the period: consents recorded (by the day recorded), revoked (by the day revoked) and expired (by their end date, when not revoked before). Organization: the recording agency.',
      es: 'Eventos de consentimiento en el periodo: consentimientos registrados (por el día de registro), revocados (por el día de revocación) y vencidos (por su fecha de fin, si no se revocaron antes). Organización: la agencia que lo registró.',
    },
  },
  {
    id: 'break_glass',
    kind: 'count',
    columns: ['openings'],
    breakdowns: [...WHEN, 'organization'],
    definition: {
      en: 'Emergency (break-glass) openings of a record in the period, by the day opened. Organization: the agency of the person who opened it.',
      es: 'Aperturas de emergencia de un expediente en el periodo, por el día de apertura. Organización: la agencia de la persona que lo abrió.',
    },
  },
  {
    id: 'capacity_against_need',
    kind: 'snapshot',
    columns: ['open_places', 'youth_waiting'],
    breakdowns: ['service_type'],
    definition: {
      en: 'When the report is read, whatever the period (the directory keeps only today’s places and a plan its current needs), per service type: open places, the places available today in the county’s active directory services of that type that keep capacity; youth waiting, youth whose case is open and whose service plan lists the need, with no referral for that need accepted or enrolled. A service of several types counts its places in each, and a youth waiting for several needs counts in each: the totals add the rows.',
      es: 'Al leer el informe, sea cual sea el periodo (el directorio guarda solo las plazas de hoy y un plan sus necesidades actuales), por tipo de servicio: plazas libres, las plazas disponibles hoy en los servicios activos del directorio del condado de ese tipo que llevan su capacidad; jóvenes en espera, jóvenes con el caso abierto cuyo plan de servicios incluye la necesidad, sin una derivación para esa necesidad aceptada o inscrita. Un servicio de varios tipos cuenta sus plazas en cada uno, y un joven que espera por varias necesidades cuenta en cada una: los totales suman las filas.',
    },
  },
  {
    id: 'service_funding',
    kind: 'snapshot',
    columns: ['services', 'with_funding'],
    breakdowns: ['service_type'],
    definition: {
      en: 'When the report is read, per service type: the county’s active directory services of that type, and how many of them list a funding source (an HSDS funding record of the service or of the organization that provides it). A service of several types counts in each. Which sources are listed is public directory data, shown on the coordinator’s dashboard.',
      es: 'Al leer el informe, por tipo de servicio: los servicios activos del directorio del condado de ese tipo, y cuántos indican una fuente de financiamiento (un registro de financiamiento HSDS del servicio o de la organización que lo presta). Un servicio de varios tipos cuenta en cada uno. Qué fuentes se indican es un dato público del directorio, en el tablero de la coordinación.',
    },
  },
];

export function measureOffers(measure: MeasureDefinition, by: Breakdown): boolean {
  return measure.breakdowns.includes(by);
}

/** Age bands, at the day of the counted record; a birth year alone is taken as July 1. */
export const AGE_BANDS = ['under_12', '12_14', '15_17', '18_plus', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(age: number | null): AgeBand {
  if (age === null) return 'unknown';
  if (age < 12) return 'under_12';
  if (age < 15) return '12_14';
  if (age < 18) return '15_17';
  return '18_plus';
}

/**
 * Gender is recorded as free text. A report shows groups, never the words typed, which could be
 * unique to a child: these words (trimmed, lowercase) make the two common groups; any other word
 * is "another gender", and none is "not recorded".
 */
export const GENDER_WORDS = {
  female: ['female', 'f', 'girl', 'woman', 'femenino', 'mujer', 'niña', 'nina', 'chica'],
  male: ['male', 'm', 'boy', 'man', 'masculino', 'hombre', 'niño', 'nino', 'chico'],
} as const;
export const GENDER_GROUPS = ['female', 'male', 'another', 'not_recorded'] as const;
export type GenderGroup = (typeof GENDER_GROUPS)[number];

/** The longest period one report covers: three years (36 months, 12 quarters). */
export const MAX_REPORT_DAYS = 1096;

/** Why a period cannot be reported, or null. Dates are 'YYYY-MM-DD', `to` included. */
export function reportPeriodProblem(from: string, to: string): string | null {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) return 'from and to must be dates (YYYY-MM-DD)';
  if (end < start) return 'from must not be after to';
  if ((end - start) / 86_400_000 + 1 > MAX_REPORT_DAYS) {
    return `a report covers at most ${MAX_REPORT_DAYS} days`;
  }
  return null;
}

/** The months 'YYYY-MM' from the month of `from` to that of `to`, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${String(year)}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** The quarters 'YYYY-Qn' from that of `from` to that of `to`, in order. */
export function quartersOf(from: string, to: string): string[] {
  const quarters = monthsOf(from, to).map(
    (month) => `${month.slice(0, 4)}-Q${String(Math.ceil(Number(month.slice(5, 7)) / 3))}`,
  );
  return [...new Set(quarters)];
}

/**
 * Who may read the measures: the oversight analyst and the county's coordinator, of their own
 * county only (the caller's jurisdiction is the only one a report is computed for). Measures are
 * counts and durations, never a youth; every other role reaches youth data its own way and gets
 * no county-wide figures.
 */
export function decideMeasuresRead(actor: Actor): Decision {
  return hasRole(actor, 'oversight_analyst', 'coordinator')
    ? allow
    : deny('only the oversight analyst and the coordinator read the county measures');
}
