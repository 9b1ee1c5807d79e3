// The county protocol in plain words, English or Spanish, for the printed protocol: what a rule
// does, when, and by when. The screen words the same rules in the reader's language (src/web).
// Lantern's own words are translated; a county's own (rule names, sources, a title it rewrote,
// a point person's function) print as written.
import type { EventType } from '../../../domain/case-events.js';
import { NEED_LABELS } from '../../../domain/matching.js';
import {
  EVENTS_ES,
  HOLDERS_ES,
  noticeIn,
  ORGANIZATION_TYPES_ES,
  taskTitleIn,
  type PrintLanguage,
} from '../../../domain/pack-words.js';
import type { Condition, Due, Duration, Escalation, Recipient } from '../../../domain/protocol.js';
import type { Duty, DutyHolder } from '../../../domain/protocol-duties.js';
import type { OrganizationType } from '../../../domain/vocabulary.js';

export const ORGANIZATION_TYPE_WORDS: Readonly<Record<OrganizationType, string>> = {
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
};

export const HOLDER_WORDS: Readonly<Record<DutyHolder, string>> = {
  ...ORGANIZATION_TYPE_WORDS,
  coordinator: 'The county CSEC coordinator',
  recorder: 'Whichever agency records the event',
  other_county: 'Another county named by the event',
};

const EVENT_WORDS: Readonly<Record<EventType, string>> = {
  identification: 'a child is identified',
  protective_custody: 'a child is taken into protective custody',
  arrest_attempt: 'an arrest of a minor is attempted',
  detention: 'a youth is detained',
  release: 'a youth is released from custody',
  placement_change: 'a placement changes',
  missing: 'a youth goes missing',
  returned: 'a youth returns from missing',
  disclosure: 'a youth discloses exploitation',
  subpoena: 'a youth is subpoenaed',
  hearing: 'a hearing is set',
  transfer: 'a case transfers to another county',
  charging: 'a prosecutor considers charging a youth',
  screening_result: 'a screening is completed',
};

type Units = Readonly<Record<Duration['unit'], [string, string]>>;

/** Every phrase of the printed protocol, in one language. */
export interface ProtocolWords {
  readonly language: PrintLanguage;
  readonly holder: (holder: DutyHolder) => string;
  readonly when: (trigger: EventType, conditions: readonly Condition[]) => string;
  readonly duty: (duty: Duty) => string;
  readonly title: (countyName: string) => string;
  readonly printed: (date: string) => string;
  readonly preface: string;
  readonly rule: (name: string, key: string) => string;
  readonly source: (source: string) => string;
  readonly noRule: string;
  readonly decisionsHeading: string;
  readonly signatures: string;
  readonly agreement: string;
  readonly signatureLine: string;
  readonly decisions: {
    readonly lawEnforcementResponse: string;
    readonly interviewLocation: string;
    readonly advocacyPartner: string;
    readonly juvenileHall: string;
    readonly takeChildTo: string;
    readonly criteria: string;
    readonly notNamed: string;
    readonly notSet: string;
    /** A setting's value in words (protective_custody → "protective custody"). */
    readonly value: (value: string) => string;
    /** The juvenile hall practice: "releases" or "detains". */
    readonly hall: (value: string) => string;
  };
}

function duration(units: Units, d: Duration): string {
  const [one, many] = units[d.unit];
  return `${d.amount} ${d.amount === 1 ? one : many}`;
}

const EN_UNITS: Units = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  business_days: ['business day', 'business days'],
};
const ES_UNITS: Units = {
  minutes: ['minuto', 'minutos'],
  hours: ['hora', 'horas'],
  days: ['día', 'días'],
  business_days: ['día hábil', 'días hábiles'],
};

export function durationWords(d: Duration): string {
  return duration(EN_UNITS, d);
}

export function dueWords(due: Due): string {
  if ('after' in due) return `within ${durationWords(due.after)} of the event`;
  const date = due.before === 'hearingDate' ? 'the hearing' : 'the release';
  return `${durationWords(due.by)} before ${date}`;
}

function dueWordsEs(due: Due): string {
  if ('after' in due) return `dentro de ${duration(ES_UNITS, due.after)} desde el evento`;
  const date = due.before === 'hearingDate' ? 'la audiencia' : 'la salida';
  return `${duration(ES_UNITS, due.by)} antes de ${date}`;
}

function recipientWords(to: Recipient): string {
  switch (to.kind) {
    case 'assignee_point_person':
      return 'the assigned agency’s point person';
    case 'coordinator':
      return 'the coordinator';
    case 'team_member':
      return `${ORGANIZATION_TYPE_WORDS[to.organizationType].toLowerCase()} on the team`;
    case 'point_person':
      return to.jurisdiction === 'case'
        ? `the point person for "${to.function}"`
        : `the ${to.jurisdiction} county’s point person for "${to.function}"`;
  }
}

function recipientWordsEs(to: Recipient): string {
  switch (to.kind) {
    case 'assignee_point_person':
      return 'la persona de contacto del organismo asignado';
    case 'coordinator':
      return 'la coordinación';
    case 'team_member':
      return `${ORGANIZATION_TYPES_ES[to.organizationType].toLowerCase()} en el equipo`;
    case 'point_person': {
      const county = to.jurisdiction === 'hearing' ? 'de la audiencia' : 'de destino';
      return to.jurisdiction === 'case'
        ? `la persona de contacto para "${to.function}"`
        : `la persona de contacto para "${to.function}" del condado ${county}`;
    }
  }
}

export function ladderWords(steps: readonly Escalation[]): string {
  return steps
    .map((s) =>
      s.after.amount === 0
        ? `at due: ${recipientWords(s.to)}`
        : `${durationWords(s.after)} after due: ${recipientWords(s.to)}`,
    )
    .join('; ');
}

function ladderWordsEs(steps: readonly Escalation[]): string {
  return steps
    .map((s) =>
      s.after.amount === 0
        ? `al vencer: ${recipientWordsEs(s.to)}`
        : `${duration(ES_UNITS, s.after)} después del vencimiento: ${recipientWordsEs(s.to)}`,
    )
    .join('; ');
}

function conditionWords(c: Condition): string {
  switch (c.fact) {
    case 'detail':
      return `${c.field} is ${String(c.equals).replaceAll('_', ' ')}`;
    case 'team_includes':
      return `${ORGANIZATION_TYPE_WORDS[c.organizationType].toLowerCase()} is ${c.equals ? '' : 'not '}on the team`;
    case 'in_custody':
      return c.equals ? 'the youth is in custody' : 'the youth is not in custody';
    case 'identified_by_law_enforcement':
      return c.equals
        ? 'law enforcement identified the youth'
        : 'law enforcement did not identify the youth';
    case 'hearing_elsewhere':
      return c.equals ? 'the hearing is in another county' : 'the hearing is in this county';
    case 'setting':
      return `the county's ${c.setting} is ${c.equals.replaceAll('_', ' ')}`;
  }
}

/** A detail's value in Spanish: yes/no, an organization type, or the value as recorded. */
function detailValueEs(value: unknown): string {
  if (value === true) return 'sí';
  if (value === false) return 'no';
  const text = String(value);
  return text in ORGANIZATION_TYPES_ES
    ? ORGANIZATION_TYPES_ES[text as OrganizationType].toLowerCase()
    : text.replaceAll('_', ' ');
}

function conditionWordsEs(c: Condition): string {
  switch (c.fact) {
    case 'detail':
      // The field is the event's own name for it, as the rule editor shows it.
      return `${c.field} es ${detailValueEs(c.equals)}`;
    case 'team_includes':
      return `${ORGANIZATION_TYPES_ES[c.organizationType].toLowerCase()} ${c.equals ? '' : 'no '}está en el equipo`;
    case 'in_custody':
      return c.equals
        ? 'la persona joven está bajo custodia'
        : 'la persona joven no está bajo custodia';
    case 'identified_by_law_enforcement':
      return c.equals
        ? 'las fuerzas del orden identificaron a la persona joven'
        : 'las fuerzas del orden no identificaron a la persona joven';
    case 'hearing_elsewhere':
      return c.equals ? 'la audiencia es en otro condado' : 'la audiencia es en este condado';
    case 'setting':
      return `${c.setting} del condado es ${c.equals.replaceAll('_', ' ')}`;
  }
}

/** "When a child is identified, and byOrganizationType is law enforcement". */
export function whenWords(trigger: EventType, conditions: readonly Condition[]): string {
  return [`When ${EVENT_WORDS[trigger]}`, ...conditions.map(conditionWords)].join(', and ');
}

/** What the duty asks of its holder, in one line. */
export function dutyWords(duty: Duty): string {
  switch (duty.kind) {
    case 'task': {
      const ladder = duty.action.escalations.length
        ? ` If late, ${ladderWords(duty.action.escalations)}.`
        : '';
      return `${duty.action.title}: ${dueWords(duty.action.due)}.${ladder}`;
    }
    case 'escalation':
      return `Told when "${duty.action.title}" is late (${ladderWords([duty.step])}).`;
    case 'notice':
      return `Told: ${duty.action.message}.`;
    case 'team':
      return 'Joins the case team at once (this opens nothing of the youth’s record by itself).';
    case 'referral':
      return `Receives an automatic referral${duty.action.need ? ` for ${NEED_LABELS[duty.action.need].en.toLowerCase()}` : ''}, with what the youth’s consent allows.`;
    case 'statement':
      return 'Is shown at once the county’s legal statement (the child is a victim, not an offender) and whom to call now.';
  }
}

function dutyWordsEs(duty: Duty): string {
  switch (duty.kind) {
    case 'task': {
      const ladder = duty.action.escalations.length
        ? ` Si se retrasa: ${ladderWordsEs(duty.action.escalations)}.`
        : '';
      return `${taskTitleIn(duty.action.title, 'es')}: ${dueWordsEs(duty.action.due)}.${ladder}`;
    }
    case 'escalation':
      return `Recibe aviso cuando "${taskTitleIn(duty.action.title, 'es')}" se retrasa (${ladderWordsEs([duty.step])}).`;
    case 'notice':
      return `Recibe el aviso: ${noticeIn(duty.action.message, 'es')}`;
    case 'team':
      return 'Se une de inmediato al equipo del caso (esto no abre por sí solo nada del expediente de la persona joven).';
    case 'referral':
      return `Recibe una remisión automática${duty.action.need ? ` para ${NEED_LABELS[duty.action.need].es.toLowerCase()}` : ''}, con lo que permita el consentimiento de la persona joven.`;
    case 'statement':
      return 'Ve de inmediato la declaración legal del condado (la persona menor es una víctima, no una delincuente) y a quién llamar ahora.';
  }
}

const SETTING_VALUES_ES: Readonly<Record<string, string>> = {
  protective_custody: 'custodia protectora',
  arrest: 'arresto',
  child_advocacy_center: 'el centro de defensa infantil',
  law_enforcement: 'las fuerzas del orden',
  other: 'otro lugar',
};

const ENGLISH: ProtocolWords = {
  language: 'en',
  holder: (holder) => HOLDER_WORDS[holder],
  when: whenWords,
  duty: dutyWords,
  title: (county) => `Multi-agency CSEC protocol: ${county}`,
  printed: (date) => `Printed ${date} from the rules in force in Lantern.`,
  preface:
    'Each clock runs from when the event happened, not from when it was recorded. Sources are ' +
    'the law or practice each duty follows; the county confirms the ones marked as practice.',
  rule: (name, key) => `Rule: ${name} (${key})`,
  source: (source) => `Source: ${source}`,
  noRule: 'No rule is in force.',
  decisionsHeading: 'The county’s protocol decisions',
  signatures: 'Signatures',
  agreement: 'Each agency agrees to carry out the duties above within their clocks.',
  signatureLine:
    'Signed: ______________________   Name and title: ______________________   Date: __________',
  decisions: {
    lawEnforcementResponse: 'Law enforcement’s response',
    interviewLocation: 'Forensic interviews happen at',
    advocacyPartner: 'Advocacy partner of law enforcement',
    juvenileHall: 'Juvenile hall',
    takeChildTo: 'An officer takes the child to',
    criteria: 'Forensic-interview criteria',
    notNamed: 'not named yet',
    notSet: 'not set yet',
    value: (value) => value.replaceAll('_', ' '),
    hall: (value) => `${value}s`,
  },
};

const SPANISH: ProtocolWords = {
  language: 'es',
  holder: (holder) => HOLDERS_ES[holder],
  when: (trigger, conditions) =>
    [`Cuando ${EVENTS_ES[trigger]}`, ...conditions.map(conditionWordsEs)].join(', y '),
  duty: dutyWordsEs,
  title: (county) => `Protocolo CSEC multiagencia: ${county}`,
  printed: (date) => `Impreso el ${date} a partir de las reglas vigentes en Lantern.`,
  preface:
    'Cada plazo corre desde que ocurrió el evento, no desde que se registró. Las fuentes son la ' +
    'ley o la práctica que sigue cada obligación; el condado confirma las marcadas como práctica.',
  rule: (name, key) => `Regla: ${name} (${key})`,
  source: (source) => `Fuente: ${source}`,
  noRule: 'No hay ninguna regla vigente.',
  decisionsHeading: 'Las decisiones del condado sobre el protocolo',
  signatures: 'Firmas',
  agreement:
    'Cada organismo se compromete a cumplir las obligaciones anteriores dentro de sus plazos.',
  signatureLine:
    'Firma: ______________________   Nombre y cargo: ______________________   Fecha: __________',
  decisions: {
    lawEnforcementResponse: 'Respuesta de las fuerzas del orden',
    interviewLocation: 'Las entrevistas forenses se hacen en',
    advocacyPartner: 'Organismo de apoyo que acompaña a las fuerzas del orden',
    juvenileHall: 'El centro de detención juvenil',
    takeChildTo: 'Un agente lleva a la persona menor a',
    criteria: 'Criterios para la entrevista forense',
    notNamed: 'sin nombrar todavía',
    notSet: 'sin definir todavía',
    value: (value) => SETTING_VALUES_ES[value] ?? value.replaceAll('_', ' '),
    hall: (value) => (value === 'detain' ? 'detiene' : 'deja en libertad'),
  },
};

export function protocolWords(language: PrintLanguage): ProtocolWords {
  return language === 'es' ? SPANISH : ENGLISH;
}
