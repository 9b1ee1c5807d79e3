// Una segunda persona, en español (de usted): la bandeja de aprobaciones y lo que espera.
import type { approvalsApiErrorsEn, approvalsEn } from './approvals.en.js';

export const approvalsEs: typeof approvalsEn = {
  approvals: {
    nav: 'Aprobaciones',
    title: 'Aprobaciones',
    intro:
      'Nadie da por sí solo un rol que ve datos de jóvenes. Las cuentas, los roles, las calificaciones de los trabajadores, las reactivaciones y los restablecimientos de quienes ven datos de jóvenes surten efecto solo cuando una segunda persona los aprueba: una persona de contacto de la propia organización de la cuenta, o la coordinación del condado donde la organización aún no tiene ninguna.',
    toDecideHeading: 'Esperan su decisión',
    toDecideNone: 'Nada espera su decisión.',
    requestedHeading: 'Lo que usted pidió',
    requestedNone: 'Usted no ha pedido nada que necesite aprobación.',
    kinds: {
      'account.create': 'Abrir una cuenta con los roles: {{roles}}',
      'account.roles': 'Dar los roles: {{roles}}',
      'account.enable': 'Reactivar la cuenta',
      'password.reset': 'Restablecer la contraseña',
      'mfa.reset': 'Restablecer el segundo factor',
      'qualification.record': 'Registrar una calificación de trabajador',
    },
    forPerson: 'Para {{name}} ({{email}}), {{organization}}',
    askedBy: 'Pedido por {{name}}, {{when}}',
    qualification: 'Calificación de trabajador: {{basis}}, completada el {{date}}',
    approve: 'Aprobar',
    decline: 'Rechazar',
    declineReason: '¿Por qué lo rechaza?',
    declineHint: 'La persona que lo pidió leerá esto.',
    declineConfirm: 'Rechazar la solicitud',
    reasonRequired: 'Diga por qué lo rechaza.',
    approved: 'Aprobado: {{what}} para {{name}}.',
    declined: 'Rechazado: {{what}} para {{name}}.',
    secondHalfHeading: 'Segunda mitad de la contraseña de un solo uso para {{name}}',
    secondHalfNote:
      'Entréguesela a {{name}} en persona. {{requester}} entrega la primera mitad; {{name}} escribe la primera mitad, un guion y luego esta mitad. Solo se muestra ahora.',
    halfDone: 'Ya la entregué',
    waitingFor: 'Espera la aprobación de {{organization}}',
    approvedBy: 'Aprobado por {{name}}',
    declinedBy: 'Rechazado por {{name}}: {{reason}}',
    withdrawn: 'Retirado: lo reemplazó una solicitud más nueva o la cuenta cambió de organización',
    homeWaiting: 'Solicitudes que esperan su decisión: {{count}}',
    homeLink: 'Abrir las aprobaciones',
    firstHalfHeading: 'Primera mitad de la contraseña de un solo uso para {{name}}',
    firstHalfNote:
      'Espera la aprobación de {{organization}}. Entregue esta mitad a {{name}} en persona; quien aprueba le dará la segunda mitad al aprobar. Hasta entonces la cuenta no tiene ningún rol que vea datos de jóvenes. Solo se muestra ahora.',
    changeWaits: 'Guardado. Espera la aprobación de {{organization}}: {{what}}.',
    qualificationWaits:
      'La calificación de {{name}} espera la aprobación de {{organization}}. Cuenta una vez aprobada.',
    waitingCaption: 'Calificaciones que esperan aprobación',
  },
};

export const approvalsApiErrorsEs: typeof approvalsApiErrorsEn = {
  role_combination:
    'Estos roles nunca van juntos: quien administra no tiene otro rol, y quien analiza para la supervisión no tiene ningún rol que vea datos de jóvenes.',
  own_request: 'Quien lo pidió no puede también aprobarlo ni rechazarlo.',
  own_account: 'Nadie aprueba ni rechaza un cambio en su propia cuenta.',
  not_an_approver:
    'Solo decide una persona que aprueba por la organización de la cuenta (o la coordinación del condado si no tiene ninguna).',
  approval_not_pending: 'Esta solicitud ya se decidió o se retiró. Vuelva a cargar la página.',
  approval_outdated:
    'La cuenta cambió desde que se pidió esto. Rechácelo; la administración puede pedirlo de nuevo.',
};
