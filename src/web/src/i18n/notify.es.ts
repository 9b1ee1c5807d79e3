// Notificaciones redactadas a partir de su código y parámetros, el número de no leídas en el
// encabezado y la página de inicio del trabajador, en español.
import type { notifyEn } from './notify.en.js';

export const notifyEs: typeof notifyEn = {
  notify: {
    texts: {
      teamAddBy:
        '{{byOrganization}} agregó a {{organization}} al caso {{caseNumber}} como {{teamRole}}.',
      teamAddByRule:
        'El protocolo del condado agregó a {{organization}} al caso {{caseNumber}} como {{teamRole}} ({{byRule}}).',
      teamAdd: '{{organization}} se unió al caso {{caseNumber}} como {{teamRole}}.',
      referralSent:
        '{{fromOrganization}} le envió una remisión a {{service}} (caso {{caseNumber}}).',
      referralWithdrawn:
        '{{fromOrganization}} retiró su remisión a {{service}} (caso {{caseNumber}}).',
      releaseRequest:
        'Un consentimiento registrado por {{recordedBy}} en el caso {{caseNumber}} pide a su organización que comparta {{categories}} con {{recipients}}.',
      taskAssigned: 'Nueva tarea: {{task}} (caso {{caseNumber}}), vence {{due}}.',
      taskAssignedFromPlan:
        'Nueva tarea de un plan de seguridad (caso {{caseNumber}}), vence {{due}}.',
      teamRemove: '{{organization}} dejó el caso {{caseNumber}}.',
      teamRemovePerson: '{{organization}} retiró a una de sus personas del caso {{caseNumber}}.',
      referralAnswer: {
        accepted:
          '{{receiverOrganization}} aceptó su remisión a {{service}} (caso {{caseNumber}}).',
        declined:
          '{{receiverOrganization}} rechazó su remisión a {{service}} (caso {{caseNumber}}).',
        info_requested:
          '{{receiverOrganization}} pide más información sobre su remisión a {{service}} (caso {{caseNumber}}).',
        enrolled:
          '{{receiverOrganization}} inscribió al joven en {{service}} (caso {{caseNumber}}).',
        completed:
          '{{receiverOrganization}} marcó como completada la remisión a {{service}} (caso {{caseNumber}}).',
        ended: '{{receiverOrganization}} terminó la remisión a {{service}} (caso {{caseNumber}}).',
      },
      referralOverdue_one:
        '{{receiverOrganization}} aún no responde a su remisión a {{service}} (caso {{caseNumber}}); debía responder en {{count}} día hábil.',
      referralOverdue_other:
        '{{receiverOrganization}} aún no responde a su remisión a {{service}} (caso {{caseNumber}}); debía responder en {{count}} días hábiles.',
      referralOverdueUrgent:
        '{{receiverOrganization}} aún no responde a su remisión urgente a {{service}} (caso {{caseNumber}}); debía responder antes de {{due}}.',
      referralAcceptUndone:
        '{{receiverOrganization}} deshizo su aceptación de su remisión a {{service}} (caso {{caseNumber}}); espera respuesta de nuevo.',
      referralMessage:
        '{{fromOrganization}} escribió en la remisión a {{service}} (caso {{caseNumber}}).',
      releaseAccept:
        '{{holder}} aceptó la divulgación en el caso {{caseNumber}}: su información de {{categories}} ahora llega a las organizaciones que nombró el joven.',
      releaseDecline:
        '{{holder}} rechazó divulgar su información de {{categories}} en el caso {{caseNumber}}; no llega a las organizaciones nombradas. Pregúnteles por qué.',
      consentRecord:
        'Un consentimiento en el caso {{caseNumber}} comparte {{categories}} con {{recipients}} hasta el {{expiresOn}}: la información de quien lo registró de inmediato, la de otros titulares cuando la acepten.',
      consentRevoke:
        'El joven revocó un consentimiento en el caso {{caseNumber}}; lo que compartía ya no se comparte.',
      legalBasisDuty:
        'Conforme a “{{duty}}” ({{citation}}), caso {{caseNumber}}: quien lo registró ahora comparte su propia información de {{categories}} con {{recipients}}.',
      legalBasisCourt:
        'Una orden judicial en el caso {{caseNumber}} ahora permite que {{recipients}} vea {{categories}}.',
      standingAcceptance_one:
        '{{holder}} ahora acepta por adelantado las divulgaciones de su información de {{categories}} a {{count}} socio en el acuerdo “{{agreement}}”.',
      standingAcceptance_other:
        '{{holder}} ahora acepta por adelantado las divulgaciones de su información de {{categories}} a {{count}} socios en el acuerdo “{{agreement}}”.',
      standingWithdrawn:
        '{{holder}} retiró su aceptación por adelantado en el acuerdo “{{agreement}}”.',
      neighborProposed:
        '{{fromCounty}} propone a {{organization}} como parte de su acuerdo “{{agreement}}”. Acéptelo o rechácelo en la página de Acuerdos.',
      neighborWithdrawn:
        '{{fromCounty}} retiró su propuesta de {{organization}} como parte de su acuerdo “{{agreement}}”. No hay nada que responder.',
      neighborAccepted:
        '{{organization}} ({{county}}) aceptó ser parte del acuerdo “{{agreement}}”.',
      neighborDeclined:
        '{{organization}} ({{county}}) rechazó ser parte del acuerdo “{{agreement}}”.',
      approvalRequest:
        '{{requestedBy}} pidió para {{person}} de {{organization}}: {{change}}. Espera la aprobación de {{waitingFor}}.',
      approvalApprove:
        '{{decidedBy}} aprobó lo que {{requestedBy}} pidió para {{person}} de {{organization}}: {{change}}.',
      approvalDecline:
        '{{decidedBy}} rechazó lo que {{requestedBy}} pidió para {{person}} de {{organization}}: {{change}}.',
      countyLead: 'la agencia líder del condado',
      locationConfidential:
        'El lugar del directorio “{{location}}” ahora es confidencial: su dirección solo se muestra al proveedor, a la coordinación y a las agencias cuya remisión aceptó. Cambiado por una importación del directorio.',
      locationPublic:
        'El lugar del directorio “{{location}}” ya no es confidencial: cualquiera puede leer su dirección. Cambiado por una importación del directorio.',
      providerLink:
        'La organización del directorio “{{directoryOrganization}}” ahora responde a remisiones a través de {{agency}}. Cambiado por una importación del directorio.',
      providerLinkInstead:
        'La organización del directorio “{{directoryOrganization}}” ahora responde a remisiones a través de {{agency}} en lugar de {{previousAgency}}. Cambiado por una importación del directorio.',
      breakGlass:
        'Acceso de emergencia en el caso {{caseNumber}}: {{openedBy}} ({{organization}}) abrió {{category}} hasta {{expiresAt}}. Revise con esa persona la razón que escribió.',
      taskOverdue: 'Vencida: {{task}} (caso {{caseNumber}}) vencía {{due}}.',
      taskEscalated:
        'Escalada: {{task}} (caso {{caseNumber}}), asignada a {{assignee}}, vencía {{due}} y sigue abierta.',
      protocolNotice: '{{what}} (caso {{caseNumber}})',
      packNotices: {
        'missing-ncic':
          'Una persona joven está desaparecida. Abra el paquete de alerta para buscarla.',
        'detention-child-welfare-notice':
          'Una persona joven de su carga de casos fue detenida. Llame a la persona de contacto de libertad condicional.',
        'subpoena-hearing-county':
          'Una persona joven de otro condado fue citada a una audiencia en su condado. Llame a la coordinación del condado que la envía.',
        'hearing-county':
          'Una persona joven de otro condado tiene una audiencia en su condado. Llame a la coordinación del condado que la envía.',
        'arrest-attempt-victim':
          'Se registró el arresto de una persona menor de edad por un delito relacionado con la prostitución.',
      },
      otherCounty: '{{what}} Desde {{fromCounty}}, caso {{caseNumber}}, {{when}}.',
      otherCountyCall:
        '{{what}} Desde {{fromCounty}}, caso {{caseNumber}}, {{when}}; llame a {{call}}.',
      contactCheckBurst:
        'Verificaciones de nombres detenidas: {{checkedBy}} ({{organization}}) verificó {{checks}} nombres en {{minutes}} minutos. Verificar muchos nombres es como alguien sondearía las listas de no entregar; llámele y revise el registro de auditoría.',
      contactCheckBurstOnCase:
        'Verificaciones de nombres detenidas: {{checkedBy}} ({{organization}}) verificó {{checks}} nombres en {{minutes}} minutos, la última en el caso {{caseNumber}}, donde su organización registra personas. Llámele y revise el registro de auditoría.',
      anAccount: 'Una cuenta',
      trainingExpiring:
        '{{person}}: la capacitación «{{course}}» deja de contar a partir del {{lapsesOn}}. Registre su renovación antes, o la calificación para el privilegio puede terminar ese día.',
      certificationCertified:
        '{{certifier}} certificó la solicitud de certificación de {{visa}} del caso {{caseNumber}}.',
      certificationDeclined:
        '{{certifier}} rechazó la solicitud de certificación de {{visa}} del caso {{caseNumber}}; el motivo está en la solicitud, en Legal.',
      visaKinds: { u_visa: 'visa U', t_visa: 'visa T' },
    },
    open: {
      releases: 'Responda en Divulgaciones',
      work: 'Abrir Mi trabajo',
      referrals: 'Abrir Remisiones',
      breakGlassReview: 'Revísela en Revisiones de acceso de emergencia',
      training: 'Abrir Capacitación',
    },
    navWithCount_one: 'Notificaciones, {{count}} sin leer',
    navWithCount_other: 'Notificaciones, {{count}} sin leer',
  },
  homeWork: {
    heading: 'Su trabajo de hoy',
    tasks: 'Tareas abiertas, las más urgentes primero',
    noTasks: 'Su organización no tiene tareas abiertas.',
    allTasks: 'Todo su trabajo',
    referrals: 'Remisiones nuevas para su organización',
    noReferrals: 'No hay remisiones nuevas.',
    allReferrals: 'Todas las remisiones',
    referralItem: '{{service}} de {{organization}} (caso {{caseNumber}})',
    releases: 'Divulgaciones por aceptar',
    noReleases: 'Ninguna divulgación espera su respuesta.',
    allReleases: 'Todas las divulgaciones',
    releaseItem:
      'Un consentimiento registrado por {{organization}} pide sus {{categories}} (caso {{caseNumber}})',
    unread: 'Notificaciones sin leer',
    noUnread: 'No hay notificaciones sin leer.',
    allNotifications: 'Todas las notificaciones',
    due: 'vence {{time}}',
    noYouthData:
      'Su función no trabaja casos, así que Lantern no le muestra aquí tareas, remisiones ni divulgaciones.',
  },
};
