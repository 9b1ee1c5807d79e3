// Capacitación y certificaciones (docs/TRAINING.md). Same keys as training.en.ts.
import type { trainingApiErrorsEn, trainingEn } from './training.en';

export const trainingEs: typeof trainingEn = {
  training: {
    nav: 'Capacitación',
    title: 'Capacitación',
    intro:
      'Los cursos del condado y quiénes los completaron. Las horas de capacitación cuentan para las horas que califican a un trabajador para el privilegio solo mientras están vigentes: una capacitación vence el día en que termina su validez, y la persona y su supervisor reciben un aviso 30 días antes.',
    courses: {
      heading: 'Cursos',
      none: 'El condado aún no tiene cursos.',
      title: 'Curso',
      topic: 'Tema',
      hours: 'Horas',
      validity: 'Válido por',
      months_one: '{{count}} mes',
      months_other: '{{count}} meses',
      noExpiry: 'No vence',
      addHeading: 'Agregar un curso',
      validityLabel: 'Válido por (meses)',
      validityHint: 'Déjelo vacío si el curso no vence.',
      add: 'Agregar el curso',
      added: 'Se agregó el curso «{{title}}».',
      actions: 'Acciones',
      edit: 'Editar',
      editLabel: 'Editar el curso «{{title}}»',
      editHeading: 'Editar «{{title}}»',
      editHint:
        'Una capacitación ya registrada conserva las horas y el día de vencimiento con que se registró; el cambio cuenta para las que se registren de ahora en adelante.',
      save: 'Guardar el curso',
      cancel: 'Cancelar',
      edited: 'Se guardó el curso «{{title}}».',
      retire: 'Retirar',
      retireLabel: 'Retirar el curso «{{title}}»',
      retired: 'retirado',
      retiredDone:
        'Se retiró el curso «{{title}}»: no admite nuevas capacitaciones; las registradas cuentan hasta que vencen.',
    },
    mine: {
      heading: 'Mi capacitación',
      none: 'Aún no hay capacitación registrada para usted.',
      hoursInForce:
        '{{hours}} horas vigentes hoy; la capacitación que califica en el condado es de {{minimum}} horas.',
    },
    completions: {
      caption: 'Capacitación de {{name}}',
      completedOn: 'Completado',
      lapsesOn: 'Deja de contar a partir del',
      never: 'No vence',
      evidence: 'Constancia',
      recordedBy: 'Registrado por',
      standing: 'Estado',
    },
    standings: {
      current: 'Vigente',
      due: 'Vence en 30 días o menos',
      lapsed: 'Vencida',
      renewed: 'Renovada',
      none: 'Nada registrado',
    },
    record: {
      heading: 'Registrar una capacitación completada',
      intro:
        'El supervisor de su organización o la coordinación del condado registra la capacitación; nadie registra la suya propia. Una capacitación más reciente del mismo curso lo renueva.',
      person: 'Persona',
      course: 'Curso',
      completedOn: 'Completado el',
      evidence: 'Constancia',
      evidenceHint: 'Un número de certificado, o dónde se guarda el papel.',
      submit: 'Registrar la capacitación',
      recorded: 'Capacitación registrada para {{name}}.',
      required: 'Este dato es necesario.',
    },
    people: {
      heading: 'Su personal',
      name: 'Nombre',
      organization: 'Organización',
      hours: 'Horas vigentes',
      nextLapse: 'Próximo vencimiento',
    },
    compliance: {
      heading: 'Cumplimiento por organización',
      intro:
        'Cuántas personas están vigentes, por vencer en 30 días o vencidas, al {{today}}. Las cifras menores de {{threshold}} se ocultan, y también las que las revelarían.',
      caption: 'Cumplimiento de capacitación por organización',
      organization: 'Organización',
      total: 'Total',
      none: 'Aún no hay capacitación registrada en el condado.',
      fewerThan: 'menos de {{threshold}}',
      hidden: 'oculta',
    },
  },
};

export const trainingApiErrorsEs: typeof trainingApiErrorsEn = {
  own_training:
    'Nadie registra su propia capacitación: pídalo a su supervisor o a la coordinación.',
  not_a_supervisor:
    'Solo el supervisor de la organización de la persona o la coordinación del condado registra su capacitación.',
  unknown_course: 'El condado no tiene ese curso.',
  completed_in_future:
    'Una capacitación se registra una vez que ocurrió: elija hoy o una fecha anterior.',
  course_exists: 'El condado ya tiene un curso con ese título.',
  course_retired: 'El curso está retirado: no admite nuevas capacitaciones.',
  course_has_completions:
    'Hay capacitaciones registradas de este curso: retírelo en lugar de eliminarlo.',
};
