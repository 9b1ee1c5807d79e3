// Names of Lantern's fixed vocabularies (src/domain/vocabulary.ts) in Spanish.
import type { DataCategory, OrganizationType, Role } from '../../../domain/vocabulary.js';

const roles = {
  advocate: 'Defensor(a) de víctimas',
  child_welfare_worker: 'Trabajador(a) de bienestar infantil',
  probation_officer: 'Oficial de libertad condicional',
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

export const vocabularyEs = { roles, roleDescriptions, organizationTypes, dataCategories };
