// Notificaciones redactadas a partir de su código y parámetros, el número de no leídas en el
// encabezado y la página de inicio del trabajador, en español.
import type { notifyEn } from './notify.en';

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
    },
    open: {
      releases: 'Responda en Divulgaciones',
      work: 'Abrir Mi trabajo',
      referrals: 'Abrir Remisiones',
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
