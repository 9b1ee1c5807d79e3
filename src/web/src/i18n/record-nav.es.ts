// La navegación del expediente de una persona joven y su resumen, en español: los grupos de las
// partes del expediente y lo que dice el resumen (el equipo, lo pendiente, lo reservado y a
// quién pedirlo).
import type { recordNavEn } from './record-nav.en';

export const recordNavEs: typeof recordNavEn = {
  recordNav: {
    groups: {
      summary: 'Resumen',
      events: 'Hechos y cronología',
      services: 'Servicios y remisiones',
      safety: 'Seguridad',
      notes: 'Notas y documentos',
      team: 'Equipo y consentimiento',
      privileged: 'Notas privilegiadas',
      record: 'Estado y correcciones',
      emergency: 'Acceso de emergencia',
    },
    inGroup: 'En {{group}}',
    consents: 'Consentimientos y fundamentos legales',
    referralNotes: 'Notas sobre remisiones',
    referralNotesIntro:
      'Notas registradas sobre las remisiones, junto a las remisiones mismas. Las notas de cada organización solo aparecen si un consentimiento o un fundamento legal le permite leerlas.',
    summary: {
      team: 'En el equipo',
      noTeam: 'Todavía no hay ninguna organización en el equipo de este caso.',
      pointPerson: 'Persona de enlace',
      noPointPerson: 'Sin persona de enlace registrada',
      teamLink: 'El equipo del caso',
      due: 'Lo pendiente',
      dueIntro: 'Tareas abiertas de este caso que usted puede ver, la más próxima primero.',
      nothingDue: 'No hay ninguna tarea abierta de este caso que usted pueda ver.',
      dueUnknown: 'No se le pueden mostrar las tareas de este caso.',
      dueBy: '{{organization}}, vence {{due}}',
      timelineLink: 'Toda la cronología',
      withheld: 'Reservado para usted, y a quién pedirlo',
      nothingWithheld: 'Nada de lo registrado en este caso está reservado para usted.',
      withheldAbout: 'Sobre: {{categories}}',
    },
  },
};
