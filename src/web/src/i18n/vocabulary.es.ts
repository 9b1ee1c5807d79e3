// Names of Lantern's fixed vocabularies (src/domain/vocabulary.ts) in Spanish.
import type { AccessBasis, DenialReason } from '../../../domain/case-access.js';
import type { CaseTeamRole } from '../../../domain/case-team.js';
import type { DataCategory, OrganizationType, Role } from '../../../domain/vocabulary.js';
import type { MandatedReportKind } from '../types';

const roles = {
  advocate: 'Defensor(a) de víctimas',
  child_welfare_worker: 'Trabajador(a) de bienestar infantil',
  probation_officer: 'Oficial de libertad condicional',
  juvenile_hall_intake: 'Admisión del centro de detención juvenil',
  law_enforcement_officer: 'Agente del orden',
  prosecutor: 'Fiscal adjunto(a)',
  victim_witness_staff: 'Personal de asistencia a víctimas y testigos',
  court_clerk: 'Secretario(a) judicial',
  judge: 'Juez(a)',
  forensic_interviewer: 'Entrevistador(a) forense',
  medical_provider: 'Proveedor(a) de servicios médicos',
  mental_health_provider: 'Proveedor(a) de salud mental',
  provider_intake: 'Admisión de proveedor comunitario',
  coordinator: 'Coordinador(a) CSEC',
  oversight_analyst: 'Analista de supervisión',
  administrator: 'Administrador(a)',
} satisfies Record<Role, string>;

const roleDescriptions = {
  advocate:
    'Usted lleva notas confidenciales que solo pueden leer los defensores de su organización, elabora planes de seguridad con los jóvenes, hace remisiones y los acompaña en el tribunal.',
  child_welfare_worker:
    'Usted identifica a jóvenes bajo tutela, organiza su colocación, informa cuando desaparecen de su hogar de acogida y participa en las reuniones del equipo multidisciplinario (MDT).',
  probation_officer:
    'Usted recibe los avisos de detención, planifica liberaciones seguras y busca alternativas a la detención.',
  juvenile_hall_intake:
    'Usted ve, para un joven en su centro, solo si hay que llamar a los servicios de protección infantil (y a quién) y quién puede recibir al joven al salir.',
  law_enforcement_officer:
    'Usted registra las identificaciones, dirige la respuesta de protección y emite alertas de jóvenes desaparecidos.',
  prosecutor:
    'Usted apoya a los jóvenes que testifican y reconoce su condición de víctimas para que no se les trate como infractores.',
  victim_witness_staff:
    'Usted acompaña a los jóvenes y sus familias en el proceso judicial: apoyo al testificar, indemnización a víctimas y condición de víctima.',
  court_clerk:
    'Usted se asegura de que el tribunal contacte solo a personas verificadas (los explotadores se hacen pasar por familiares) y mantiene al día las audiencias.',
  judge:
    'Usted ve los contactos verificados y la información de audiencias de los casos ante su tribunal.',
  forensic_interviewer:
    'Usted recibe remisiones para entrevistas y ayuda a los jóvenes a solicitar la indemnización a víctimas.',
  medical_provider:
    'Usted registra las revelaciones, envía las remisiones que correspondan y realiza evaluaciones de salud.',
  mental_health_provider:
    'Usted registra las revelaciones, envía las remisiones que correspondan y brinda atención de salud mental.',
  provider_intake:
    'Usted atiende la bandeja de remisiones de su programa, mantiene al día su capacidad y registra los resultados.',
  coordinator:
    'Usted mantiene el protocolo del condado, los acuerdos de intercambio de información (MOU) y el directorio de personas de enlace, y dirige las reuniones del MDT.',
  oversight_analyst:
    'Usted consulta informes agregados y el cumplimiento de la capacitación. Nunca ve el expediente de un joven.',
  administrator: 'Usted administra cuentas y organizaciones. Nunca ve el contenido de los casos.',
} satisfies Record<Role, string>;

const organizationTypes = {
  advocacy: 'Apoyo a víctimas',
  child_welfare: 'Bienestar infantil',
  probation: 'Libertad condicional',
  law_enforcement: 'Fuerzas del orden',
  district_attorney: 'Fiscalía',
  juvenile_court: 'Tribunal de menores',
  child_advocacy_center: 'Centro de defensa infantil',
  medical: 'Servicios médicos',
  mental_health: 'Salud mental',
  community_provider: 'Proveedor comunitario',
  county_lead: 'Agencia coordinadora del condado',
  oversight: 'Organismo de supervisión',
} satisfies Record<OrganizationType, string>;

const dataCategories = {
  identity: 'Identidad',
  contact_location: 'Contacto y ubicación',
  screening: 'Evaluación inicial',
  needs_services: 'Necesidades y servicios',
  referrals: 'Remisiones',
  case_notes: 'Notas del caso',
  medical: 'Información médica',
  mental_health: 'Salud mental',
  legal: 'Información legal',
  education: 'Educación',
  placement: 'Colocación',
} satisfies Record<DataCategory, string>;

/**
 * Lo que contiene cada categoría, en palabras que un joven entiende (se lee en voz alta con el
 * formulario de consentimiento). Se dirige al joven de «tú», como se le habla en persona.
 */
const dataCategoryMeanings = {
  identity: 'Quién eres: tu nombre, tus apodos, tu fecha de nacimiento y los idiomas que hablas.',
  contact_location:
    'Cómo comunicarse contigo, dónde te estás quedando y las personas de tu vida que anotamos.',
  screening: 'Tus respuestas a preguntas sobre tu seguridad y lo que necesitas.',
  needs_services:
    'Lo que necesitas, como un lugar seguro donde quedarte, comida, escuela o atención médica, y los servicios que te ayudan.',
  referrals: 'Los programas a los que te enviaron y si te aceptaron.',
  case_notes:
    'Notas que escriben los trabajadores sobre tu caso. No lo que le cuentas en privado a tu defensora: eso nunca se comparte con este formulario.',
  medical: 'Tu atención médica: consultas, exámenes, análisis y tratamiento.',
  mental_health: 'Consejería y atención para tus sentimientos y tu salud mental.',
  legal: 'Casos en el tribunal, audiencias e informes hechos a las autoridades.',
  education: 'Tu escuela y cómo te va.',
  placement: 'Dónde vives si estás en un hogar de crianza u otra colocación.',
} satisfies Record<DataCategory, string>;

const caseTeamRoles = {
  lead: 'Agencia principal',
  advocate: 'Defensoría de víctimas',
  child_welfare: 'Bienestar infantil',
  probation: 'Libertad condicional',
  law_enforcement: 'Fuerzas del orden',
  prosecution: 'Fiscalía',
  court: 'Tribunal',
  forensic_interview: 'Entrevista forense',
  medical: 'Servicios médicos',
  mental_health: 'Salud mental',
  service_provider: 'Proveedor de servicios',
  coordination: 'Coordinación',
} satisfies Record<CaseTeamRole, string>;

const accessBases = {
  own_organization: 'Registrado por su organización',
  consent: 'Consentimiento del joven',
  court_order: 'Orden judicial',
  mandated_report: 'Denuncia obligatoria',
  statutory_duty: 'Obligación legal',
  break_glass: 'Acceso de emergencia',
  privilege_waiver: 'Renuncia del joven al privilegio',
} satisfies Record<AccessBasis, string>;

const denialReasons = {
  other_jurisdiction: 'Este joven pertenece a otra jurisdicción.',
  recipient_of_another_jurisdiction:
    'Una organización nombrada para recibir la información pertenece a otro condado. Un consentimiento o una base legal nombra solo organizaciones del condado del joven.',
  role_without_youth_data: 'Su función no permite ver expedientes de jóvenes.',
  not_on_case_team: 'Su organización no forma parte del equipo de este caso.',
  no_consent_or_legal_basis:
    'Ningún consentimiento ni fundamento legal vigente nombra a su organización para este tipo de información.',
  no_agreement:
    'Ningún acuerdo de intercambio de información vigente cubre esto entre las dos organizaciones.',
  not_qualified_caseworker:
    'Solo los trabajadores calificados de la organización que las escribió pueden leerlas.',
  privileged:
    'Las comunicaciones privilegiadas solo se revelan con la renuncia del joven o por orden judicial.',
  role_cannot_record: 'Su función no registra esto.',
  not_category_writer:
    'Las notas de este tipo las escriben las organizaciones cuyo trabajo registran; la suya no es una de ellas.',
  self_grant: 'Una base legal no puede nombrar a la organización que la registra.',
  not_your_team_member:
    'Solo esa organización, la que abrió el expediente o la coordinación pueden quitarla.',
  release_not_accepted:
    'Un consentimiento nombra a su organización, pero la organización que tiene esta información todavía no aceptó la divulgación.',
  not_the_holder: 'Solo la organización que tiene la información acepta o rechaza su divulgación.',
  not_a_duty:
    'Una obligación legal o denuncia obligatoria debe ser una que el perfil legal del condado indique para su organización y estos tipos de información.',
  break_glass_role:
    'El perfil legal del condado no permite que su función abra el acceso de emergencia.',
  not_point_person:
    'Solo una persona de contacto de la organización que tiene la información acepta divulgaciones por adelantado.',
  no_open_episode: 'El paquete de alerta existe solo mientras el joven está desaparecido.',
  not_alert_recipient:
    'El paquete de alerta va al equipo del caso, a las fuerzas del orden y a las personas de contacto para jóvenes desaparecidos.',
  not_juvenile_hall_intake: 'Los avisos de custodia son la vista de admisión del centro juvenil.',
  not_in_custody: 'Este joven no está bajo custodia.',
  not_certifying_agency:
    'La agencia certificadora registra la respuesta a una solicitud de certificación; si es una agencia externa, la organización que registró la solicitud.',
  // Never shown in practice: a sealed case answers 404, as if it did not exist.
  sealed: 'Este caso está sellado por orden judicial.',
} satisfies Record<DenialReason, string>;

const mandatedReportKinds = {
  child_abuse_or_neglect: 'Maltrato o negligencia infantil',
  danger_to_self_or_others: 'Peligro para sí mismo o para otros',
} satisfies Record<MandatedReportKind, string>;

export const vocabularyEs = {
  roles,
  roleDescriptions,
  organizationTypes,
  dataCategories,
  dataCategoryMeanings,
  caseTeamRoles,
  accessBases,
  denialReasons,
  mandatedReportKinds,
};

/** The note-writing refusal, spread into apiErrors so the screen says it in the reader's language. */
export const vocabularyApiErrorsEs = {
  not_category_writer: denialReasons.not_category_writer,
};
