// Los tableros de la coordinación y de la administración: cifras, nunca un joven. Mismas claves
// que dashboards.en.ts.
import type { dashboardsEn } from './dashboards.en';

export const dashboardsEs: typeof dashboardsEn = {
  dashboards: {
    coordinator: {
      heading: 'El trabajo del condado ahora',
      openClocks: 'Tareas del protocolo abiertas según su vencimiento',
      due: 'Vence',
      tasks: 'Tareas',
      buckets: {
        overdue: 'Vencidas',
        within_24_hours: 'En 24 horas',
        within_7_days: 'En 7 días',
        later: 'Más adelante',
      },
      overdueByAgency: 'Tareas vencidas por agencia',
      agency: 'Agencia',
      overdueTasks: 'Tareas vencidas',
      noneOverdue: 'Ninguna tarea está vencida.',
      referralsWaiting: 'Remisiones que esperan respuesta',
      receivingAgency: 'Agencia que recibe',
      waiting: 'En espera',
      pastDue: 'Pasado el plazo de respuesta',
      noneWaiting: 'Ninguna remisión espera.',
      capacity: 'Capacidad de los servicios del directorio',
      capacityLines: {
        services: 'Servicios que indican su capacidad',
        available: 'Plazas disponibles',
        maximum: 'Plazas en total',
        full: 'Servicios completos',
      },
      quarter: 'Medidas de este trimestre ({{quarter}})',
      serviceTypes: 'Capacidad frente a necesidad y financiamiento, hoy, por tipo de servicio',
      fundingSources: 'Fuentes de financiamiento que indica el directorio, por tipo de servicio',
      serviceType: 'Tipo de servicio',
      sources: 'Fuentes',
      noFunding: 'Ningún servicio del condado indica una fuente de financiamiento.',
    },
    administration: {
      heading: 'Cuentas y registro de auditoría',
      accounts: 'Cuentas',
      accountLines: {
        active: 'Activas',
        inactive: 'Inactivas',
        locked: 'En espera por el límite de inicio de sesión',
        mfaEnrolled: 'Con segundo factor',
      },
      roles: 'Cuentas activas por rol',
      role: 'Rol',
      withMfa: 'Con segundo factor',
      withoutMfa: 'Sin él',
      auditOk_one:
        'Registro de auditoría: el evento más reciente es correcto (hasta el evento {{lastSeq}}), comprobado {{at}}. El registro completo se comprueba con lantern verify-audit.',
      auditOk_other:
        'Registro de auditoría: los {{count}} eventos más recientes son correctos (hasta el evento {{lastSeq}}), comprobados {{at}}. El registro completo se comprueba con lantern verify-audit.',
      auditBroken:
        'Registro de auditoría: la cadena está rota en el evento {{brokenAt}} (comprobado {{at}}). Ejecute lantern verify-audit y avise a quien mantiene la base de datos.',
    },
  },
};
