// Órdenes de protección, audiencias y el calendario judicial, en español. Las mismas claves que
// hearings.en.ts.
import type { HearingType } from '../../../domain/hearings.js';
import type { ProtectiveOrderType } from '../../../domain/protective-orders.js';
import type { hearingsApiErrorsEn, hearingsEn } from './hearings.en';

const orderTypes = {
  emergency: 'De emergencia',
  temporary: 'Temporal',
  permanent: 'Permanente',
  criminal: 'Orden de protección penal',
} satisfies Record<ProtectiveOrderType, string>;

const hearingTypes = {
  detention: 'Detención',
  jurisdiction: 'Jurisdicción',
  disposition: 'Disposición',
  review: 'Revisión',
  trial_testimony: 'Juicio o testimonio',
  other: 'Otra',
} satisfies Record<HearingType, string>;

export const hearingsEs: typeof hearingsEn = {
  protectiveOrders: {
    heading: 'Órdenes de protección',
    intro:
      'Mientras una orden esté vigente, la verificación del nombre de la persona a quien restringe responde «No entregar: una orden de protección». Quien la registra recibe una tarea 14 días antes de que venza.',
    empty: 'No hay órdenes de protección que su organización pueda ver.',
    types: orderTypes,
    inForce: 'Vigente',
    notInForce: 'No vigente',
    summary: '{{type}} · {{court}} · del {{issued}} al {{expires}}',
    restrains: 'Restringe a: {{name}}',
    recordedBy: 'Registrada por {{name}} ({{organization}})',
    addHeading: 'Registrar una orden de protección',
    type: 'Tipo de orden',
    court: 'Tribunal',
    issuedOn: 'Emitida el',
    expiresOn: 'Vence el',
    person: 'Persona restringida',
    personListed: 'Una persona de la lista del entorno del joven',
    personTyped: 'Escribir un nombre',
    chooseListed: 'Elija una persona',
    name: 'Nombre',
    aliases: 'Otros nombres (opcional)',
    aliasesHint: 'Uno por línea.',
    add: 'Registrar la orden',
    added: 'Orden registrada. La tarea de renovación está en Mi trabajo.',
    required: 'Obligatorio.',
    expiresBeforeIssued: 'La orden no puede vencer antes de emitirse.',
  },
  hearings: {
    heading: 'Audiencias',
    intro:
      'Registrar una audiencia también la registra en la cronología; cuando el joven testifica, la persona de apoyo recibe la tarea del plan de seguridad para el testimonio.',
    empty: 'No hay audiencias que su organización pueda ver.',
    types: hearingTypes,
    summary: '{{type}} · {{when}} · {{court}}',
    elsewhere: 'En {{county}}',
    testifies: 'El joven testifica',
    attending: 'Asisten por el joven: {{organizations}}',
    addHeading: 'Registrar una audiencia',
    startsAt: 'Fecha y hora',
    court: 'Tribunal y departamento',
    type: 'Tipo de audiencia',
    youthTestifies: 'El joven testifica',
    attendingField: 'Quién asiste por el joven',
    add: 'Registrar la audiencia',
    added: 'Audiencia registrada.',
    addedWithTasks: 'Audiencia registrada. Tareas asignadas: {{tasks}}',
    required: 'Obligatorio.',
    inThePast: 'Una audiencia no puede estar en el pasado.',
  },
  courtCalendar: {
    nav: 'Calendario judicial',
    title: 'Calendario judicial',
    intro:
      'Las audiencias de sus casos y, para el tribunal, las que se celebran en este condado. El nombre del joven aparece solo donde usted puede leerlo.',
    week: 'Semana del {{date}}',
    previous: 'Semana anterior',
    next: 'Semana siguiente',
    empty: 'No hay audiencias esta semana.',
    caseNumber: 'Caso',
    when: 'Cuándo',
    court: 'Tribunal',
    type: 'Tipo',
    youth: 'Joven',
    nameWithheld: 'No compartido con usted',
  },
};

export const hearingsApiErrorsEs: typeof hearingsApiErrorsEn = {
  expires_before_issued: 'La orden no puede vencer antes de emitirse.',
  restrained_person_not_on_case:
    'Esa persona no figura en el entorno de este joven donde usted pueda verla. Escriba el nombre.',
  in_the_past: 'Una audiencia no puede estar en el pasado.',
  unknown_jurisdiction: 'Lantern no conoce ese condado.',
  bad_window: 'Elija un periodo de 31 días como máximo que termine después de empezar.',
};
