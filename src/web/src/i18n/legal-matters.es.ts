// Solicitudes de certificación de visa T y U y reclamos de compensación a víctimas. Las mismas
// claves que legal-matters.en.ts.
import type { VisaKind } from '../../../domain/certification-clock.js';
import type { CompensationStatus } from '../../../domain/compensation-deadline.js';
import type { CertificationStatus } from '../../../domain/legal-matters.js';
import type { legalMattersApiErrorsEn, legalMattersEn } from './legal-matters.en';

const visaKinds = { u_visa: 'Visa U', t_visa: 'Visa T' } satisfies Record<VisaKind, string>;
const certificationStatuses = {
  pending: 'Esperando la respuesta',
  certified: 'Certificada',
  declined: 'Rechazada',
} satisfies Record<CertificationStatus, string>;
const claimStatuses = {
  planned: 'Planeado',
  filed: 'Presentado',
  approved: 'Aprobado',
  denied: 'Denegado',
  paid: 'Pagado',
} satisfies Record<CompensationStatus, string>;

export const legalMattersEs = {
  legalMatters: {
    certifications: {
      heading: 'Solicitudes de certificación de visa T y U',
      intro:
        'La agencia certificadora debe responder a más tardar en la fecha indicada: el perfil legal del condado fija el plazo (California: 90 días; 14 días hábiles si la joven está en un proceso de deportación).',
      none: 'No hay solicitudes de certificación que usted pueda leer.',
      visaKinds,
      statuses: certificationStatuses,
      summary: '{{visa}} a {{agency}}',
      received: 'Recibida el {{date}}',
      removal: 'En proceso de deportación',
      due: 'Respuesta a más tardar al final del {{date}}',
      requestedBy: 'Solicitada por {{organization}}',
      asCertifier:
        'Usted ve esta solicitud porque se pide a su agencia que la certifique; el resto de la información legal no se comparte con usted.',
      declinedBecause: 'Rechazada: {{reason}}',
      formHeading: 'Registrar una solicitud de certificación',
      visaKind: 'Tipo de visa',
      agencyKind: 'Agencia certificadora',
      agencyInLantern: 'Una agencia en Lantern',
      agencyOutside: 'Una agencia fuera de Lantern',
      organization: 'Agencia',
      chooseOrganization: 'Elija una agencia',
      outsideName: 'Nombre de la agencia',
      receivedOn: 'Fecha en que la agencia la recibió',
      removalProceedings: 'La joven está en un proceso de deportación',
      record: 'Registrar la solicitud',
      recorded: 'Solicitud registrada.',
      outcomeHeading: 'Registrar la respuesta',
      certify: 'Certificada',
      decline: 'Rechazada',
      reason: 'Por qué se rechazó',
      saveOutcome: 'Guardar la respuesta',
      outcomeSaved: 'Respuesta guardada.',
    },
    claims: {
      heading: 'Reclamos de compensación a víctimas',
      intro:
        'El plazo para presentar sigue el perfil legal del condado (California: 7 años después del delito; una víctima que era menor puede presentar hasta cumplir 28 años).',
      none: 'No hay reclamos de compensación que usted pueda leer.',
      statuses: claimStatuses,
      summary: '{{program}}: {{status}}',
      crime: 'Delito el {{date}}',
      filed: 'Presentado el {{date}}',
      deadline: 'Presentar a más tardar el {{date}}',
      deadlineMinor:
        'Presentar a más tardar el {{date}} (cuando cumple 28 años: era menor en la fecha del delito)',
      birthMissing:
        'No hay fecha de nacimiento registrada: se cuenta solo desde la fecha del delito.',
      birthWithheld:
        'Usted no puede leer su fecha de nacimiento: se cuenta solo desde la fecha del delito; quien tiene su identidad puede conocer un plazo posterior.',
      amounts: 'Solicitado {{requested}}, pagado {{paid}}',
      recordedBy: 'Registrado por {{organization}}',
      formHeading: 'Registrar un reclamo de compensación',
      program: 'Programa',
      crimeDate: 'Fecha del delito',
      status: 'Estado',
      filedOn: 'Presentado el',
      filedOnHint: 'Déjelo vacío mientras el reclamo esté planeado.',
      amountRequested: 'Monto solicitado (dólares)',
      amountPaid: 'Monto pagado (dólares)',
      record: 'Registrar el reclamo',
      recorded: 'Reclamo registrado.',
      update: 'Actualizar',
      updateHeading: 'Actualizar el reclamo',
      save: 'Guardar',
      saved: 'Reclamo actualizado.',
      stale:
        'Alguien cambió este reclamo mientras tanto. La lista ya lo muestra; haga su cambio de nuevo.',
      notAmount: 'Escriba un monto en dólares, como 1250.00.',
    },
  },
} satisfies typeof legalMattersEn;

export const legalMattersApiErrorsEs = {
  certifying_agency_required:
    'Nombre la agencia certificadora una sola vez: una agencia en Lantern o una fuera de ella.',
  received_in_future: 'La fecha de recepción no puede ser posterior a hoy.',
  unknown_certifying_agency: 'Esa agencia no es una organización de este condado.',
  not_a_certifying_agency:
    'Esa organización no puede certificar: las agencias certificadoras son la policía, la fiscalía, el tribunal y los servicios de protección infantil.',
  outcome_already_recorded: 'Esta solicitud ya tiene su respuesta.',
  not_certifying_agency:
    'Solo la agencia certificadora registra la respuesta (si es una agencia fuera de Lantern, la organización que registró la solicitud).',
  crime_in_future: 'La fecha del delito no puede ser posterior a hoy.',
  filed_in_future: 'La fecha de presentación no puede ser posterior a hoy.',
  filed_before_crime: 'La fecha de presentación no puede ser anterior al delito.',
  filed_on_mismatch:
    'Un reclamo planeado no tiene fecha de presentación; cualquier otro estado la necesita.',
} satisfies typeof legalMattersApiErrorsEn;
