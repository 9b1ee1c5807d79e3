// Estado, correcciones, cierre, reapertura y fusión de un expediente, en español
// (docs/CONFIDENTIALITY.md, "Records corrected, closed and merged").
import type { recordsEn } from './records.en';

export const recordsEs: typeof recordsEn = {
  records: {
    section: 'Estado y correcciones',
    required: 'Complete este campo.',
    noteSeenByAll:
      'Todas las personas que ven este caso leen esta nota. No escriba nada confidencial.',
    status: {
      open: 'Abierto',
      closed: 'Cerrado',
      merged: 'Fusionado',
      closedBecause: '{{reason}}, por {{who}} ({{organization}}) el {{when}}.',
      mergedInto: 'Este expediente se fusionó con',
    },
    closeReasons: {
      services_completed: 'Servicios completados',
      youth_declined_services: 'La joven o el joven rechazó los servicios',
      moved_out_of_county: 'Se mudó fuera del condado',
      aged_out: 'Superó la edad',
      no_exploitation_identified: 'No se identificó explotación',
      transferred: 'Transferido',
      other: 'Otro',
    },
    fields: {
      givenName: 'Nombre',
      familyName: 'Apellido',
      alias: 'Alias',
      birthDate: 'Fecha de nacimiento',
      estimatedBirthYear: 'Año de nacimiento estimado',
      genderIdentity: 'Identidad de género',
      raceEthnicity: 'Raza o etnia',
      languages: 'Idiomas',
    },
    statusHistory: {
      heading: 'Historial del estado',
      none: 'El caso está abierto desde que se registró.',
      closed: 'Cerrado por {{who}} ({{organization}}) el {{when}}',
      reopened: 'Reabierto por {{who}} ({{organization}}) el {{when}}',
      merged: 'Fusionado por {{who}} ({{organization}}) el {{when}}',
    },
    close: {
      heading: 'Cerrar el caso',
      intro:
        'Al cerrar se cancelan las tareas abiertas del protocolo en este caso, salvo los reportes que exige la ley, y el caso sale de la lista predeterminada. Se puede reabrir.',
      reason: 'Por qué se cierra el caso',
      note: 'Qué pasó',
      submit: 'Cerrar el caso',
    },
    reopen: {
      heading: 'Reabrir el caso',
      intro: 'El caso vuelve a las listas. Las tareas canceladas siguen canceladas.',
      note: 'Por qué se reabre el caso',
      submit: 'Reabrir el caso',
    },
    correct: {
      heading: 'Corregir el expediente',
      intro:
        'Cambie lo que está mal o se supo después. Los valores anteriores quedan en el historial, que solo leen quienes pueden leer la identidad.',
      reason: 'Por qué cambia el expediente',
      reasonHint: 'Por ejemplo: nos dijo su nombre legal.',
      submit: 'Guardar la corrección',
      done: 'Corregido: {{fields}}.',
      duplicates: 'La identidad corregida puede coincidir con otro expediente:',
    },
    history: {
      heading: 'Correcciones de la identidad',
      none: 'La identidad no se ha corregido.',
      entry: 'Corregido por {{who}} ({{organization}}) el {{when}}',
      before: '{{field}} antes',
      reason: 'Por qué: {{reason}}',
    },
    notes: {
      corrected: 'Corregida',
      why: 'Por qué: {{reason}}',
      earlier_one: 'Versión anterior',
      earlier_other: '{{count}} versiones anteriores',
      correct: 'Corregir esta nota',
      body: 'La nota, corregida',
      reason: 'Qué estaba mal',
      submit: 'Guardar la nota corregida',
    },
    merge: {
      heading: 'Fusionar un duplicado con este expediente',
      intro:
        'Cuando la misma persona joven se registró dos veces. Este expediente se conserva; el otro pasa a remitir a este.',
      caseNumber: 'Número de caso del duplicado',
      find: 'Buscar el expediente',
      notFound: 'No hay otro expediente con ese número de caso que usted pueda abrir.',
      confirm: 'Confirmar la fusión',
      summary: 'El caso {{duplicate}} se fusionará con el caso {{survivor}}.',
      summaryDone: 'El caso {{duplicate}} se fusionó con el caso {{survivor}}.',
      moves:
        'Su equipo, consentimientos, bases legales, notas, eventos, derivaciones, tareas, evaluaciones, planes de seguridad y personas pasan a este expediente; su identidad se queda en él. Nadie obtiene acceso que no tenía: una fusión que lo daría se rechaza.',
      reason: 'Por qué es la misma persona joven',
      submit: 'Fusionar con este expediente',
    },
    list: {
      showClosed: 'Mostrar también los casos cerrados',
      closed: 'Cerrado',
    },
  },
};
