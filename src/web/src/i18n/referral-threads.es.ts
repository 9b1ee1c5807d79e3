// Spanish for a referral's urgency, the thread between its two sides, taking a place on
// accepting and undoing an accept (issue 15, item 6).
import type { referralThreadsApiErrorsEn, referralThreadsEn } from './referral-threads.en';

export const referralThreadsEs: typeof referralThreadsEn = {
  referralThreads: {
    urgency: {
      legend: '¿Qué tan pronto se necesita una respuesta?',
      routine: 'De rutina: en el plazo habitual de respuesta del servicio',
      urgent: 'Urgente: en unas horas (una cama esta noche, un joven que espera ahora)',
      urgentHint:
        'Se pide al proveedor que responda dentro de las horas urgentes del condado, noches y fines de semana incluidos.',
      badge: 'Urgente',
    },
    inboxNote: 'Nota de quien envía',
    place: {
      take: 'Ocupar uno de los lugares disponibles ({{available}} disponibles ahora)',
      takeHint: 'Resta un lugar disponible del servicio al aceptar.',
      none: 'No queda ningún lugar disponible; acepte sin ocupar uno, o actualice primero los lugares.',
      taken: 'Esta aceptación ocupó uno de los lugares disponibles del servicio.',
    },
    undo: {
      button: 'Deshacer la aceptación',
      hint: 'Puede deshacer la aceptación hasta las {{until}}.',
      done: 'Se deshizo la aceptación; la remisión espera de nuevo su respuesta.',
      accepted: 'Aceptó {{service}} (caso {{caseNumber}}).',
      stepUndone: 'Aceptación deshecha',
    },
    settings: {
      urgentHours: 'Las remisiones urgentes se responden en',
      urgentHoursHint:
        'Una remisión que quien la envía marca como urgente (una cama esta noche) vence tantas horas después de enviarse, noches y fines de semana incluidos.',
      hours_one: '{{count}} hora',
      hours_other: '{{count}} horas',
    },
    thread: {
      heading: 'Mensajes con la otra organización',
      intro: 'Solo su organización y {{other}} leen estos mensajes.',
      warning:
        'No escriba ningún nombre ni dato que identifique al joven, salvo que un consentimiento permita que {{other}} sepa quién es. Lo que escriba aquí no se puede retirar.',
      empty: 'Todavía no hay mensajes.',
      label: 'Mensaje',
      send: 'Enviar mensaje',
      sent: 'Mensaje enviado.',
      you: '{{user}}, {{organization}} (su organización)',
      them: '{{user}}, {{organization}}',
      tooLong: 'Un mensaje tiene como máximo 2000 caracteres.',
      required: 'Escriba un mensaje.',
      draft: 'Los mensajes empiezan cuando se envía la remisión.',
    },
  },
};

export const referralThreadsApiErrorsEs: typeof referralThreadsApiErrorsEn = {
  message_empty: 'Escriba un mensaje.',
  message_too_long: 'Un mensaje tiene como máximo 2000 caracteres.',
  message_control_character:
    'El mensaje contiene un carácter de control invisible (a menudo pegado); quítelo y vuelva a enviarlo.',
  referral_draft: 'Envíe primero la remisión; los mensajes van a la organización que la recibe.',
  undo_window_passed:
    'Una aceptación solo se puede deshacer dentro de un minuto. Para detenerla ahora, termine la remisión con un motivo.',
  not_accepted: 'Esta remisión no está aceptada ahora, así que no hay aceptación que deshacer.',
  not_the_receiver: 'Solo la organización que aceptó puede deshacerlo.',
  no_place_left:
    'Este servicio no tiene lugares disponibles. Acepte sin ocupar un lugar, o actualice primero sus lugares.',
  capacity_not_tracked: 'Este servicio no cuenta sus lugares disponibles en Lantern.',
  place_only_on_accept: 'Un lugar solo se ocupa al aceptar una remisión.',
};
