// La revisión del acceso de emergencia en español, de usted. Las mismas claves que
// break-glass.en.ts.
import type { breakGlassReviewApiErrorsEn, breakGlassReviewEn } from './break-glass.en';

export const breakGlassReviewEs: typeof breakGlassReviewEn = {
  breakGlassReview: {
    nav: 'Revisiones de acceso de emergencia',
    title: 'Revisiones de acceso de emergencia',
    intro:
      'Cada apertura de emergencia de un expediente en el condado, primero las que faltan por revisar. Abra una para leer el motivo escrito con la persona que la abrió y registrar su revisión. La lectura de un motivo queda en el registro de auditoría.',
    none: 'Nadie ha usado el acceso de emergencia en este condado.',
    toReview: 'Por revisar',
    caseLink: 'Caso {{caseNumber}}',
    opened:
      '{{openedBy}} ({{organization}}) abrió {{category}} el {{openedAt}}, hasta el {{expiresAt}}.',
    yours: 'Usted abrió esta: la revisa otro coordinador del condado.',
    detailTitle: 'Acceso de emergencia en el caso {{caseNumber}}',
    back: 'Todas las revisiones de acceso de emergencia',
    who: 'Abierto por',
    organization: 'Organización',
    case: 'Caso',
    category: 'Información abierta',
    openedAt: 'Abierto',
    expiresAt: 'Abierto hasta',
    reason: 'Motivo escrito',
    reasonNote:
      'Puede repetir lo que dijo el joven. Solo lo ve el coordinador del condado, y esta lectura queda registrada.',
    reasonUnreadable:
      'El motivo consta pero no se puede abrir: su sello fue alterado. Pida al administrador que revise el registro de auditoría, y revise la apertura con quien la hizo.',
    reviews: 'Revisiones',
    noReviews: 'Aún sin revisar.',
    reviewedBy: 'por {{name}}, {{when}}',
    outcomes: {
      appropriate: 'Apropiado',
      inappropriate: 'No apropiado',
      needs_follow_up: 'Requiere seguimiento',
    },
    form: {
      heading: 'Revisar esta apertura',
      outcome: '¿Fue apropiado el acceso de emergencia?',
      comment: 'Comentario',
      commentHint: 'Lo que verificó con la persona que lo abrió (como máximo {{max}} caracteres).',
      submit: 'Guardar la revisión',
      saved: 'La revisión está guardada.',
      noOutcome: 'Elija un resultado.',
      noComment: 'Escriba un breve comentario.',
    },
  },
};

export const breakGlassReviewApiErrorsEs: typeof breakGlassReviewApiErrorsEn = {
  not_reviewer: 'Solo el coordinador CSEC del condado revisa el acceso de emergencia.',
  own_break_glass: 'Usted abrió este acceso de emergencia: lo revisa otro coordinador del condado.',
  review_closed: 'Esta apertura ya fue revisada.',
};
