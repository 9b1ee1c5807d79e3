// Releases in Spanish, in the usted form. Same keys as releases.en.ts.
import type { releasesEn } from './releases.en';

export const releasesEs: typeof releasesEn = {
  releases: {
    nav: 'Divulgaciones',
    title: 'Divulgaciones',
    intro:
      'Un joven puede consentir que información sobre él llegue a otras organizaciones. La organización que registra el consentimiento comparte su propia información de inmediato; lo que tiene su organización solo se comparte cuando su organización lo acepta. Responda aquí por su organización.',
    pendingHeading: 'Esperan su respuesta',
    answeredHeading: 'Respondidas',
    nonePending: 'Nada espera su respuesta.',
    noneAnswered: 'Su organización todavía no respondió ninguna divulgación.',
    case: 'Caso {{caseNumber}}',
    recordedBy: 'Registrado por',
    recipients: 'Para',
    categories: 'Tipos de información',
    purpose: 'Propósito',
    dates: 'Firmado',
    datesValue: '{{signed}}; termina el {{expires}}',
    explain:
      'La información de su organización de tipo {{categories}} en este caso llegará a {{recipients}} hasta el {{date}}.',
    explainRevocable:
      'El joven puede revocar su consentimiento en cualquier momento; entonces se detiene de inmediato.',
    goes: 'La información de su organización de tipo {{categories}} en este caso llega a {{recipients}} hasta el {{date}}.',
    notInForce: 'No vigente: no se comparte nada.',
    accepted: 'Aceptada el {{date}}',
    declined: 'Rechazada el {{date}}',
    reason: 'Su motivo',
    waiting: 'En espera',
    accept: 'Aceptar',
    decline: 'Rechazar',
    declineReason: 'Por qué su organización la rechaza',
    declineHint:
      'Se le avisa a {{organization}} para que se lo diga al joven. No escriba lo que dicen sus registros.',
    declineConfirm: 'Rechazar la divulgación',
    reasonRequired: 'Diga por qué su organización la rechaza.',
    reasonTooLong: 'El motivo debe tener menos de 1000 caracteres.',
    doneAccepted:
      'Usted aceptó la divulgación en el caso {{caseNumber}}: la información de su organización ahora llega a {{recipients}}.',
    doneDeclined:
      'Usted rechazó la divulgación en el caso {{caseNumber}}. Se le avisó a {{organization}}; no se comparte nada suyo.',
    errors: {
      reason_required:
        'Diga por qué su organización la rechaza, para que quien la registró se lo diga al joven.',
      consent_revoked: 'El joven revocó este consentimiento; no se divulga nada.',
      consent_not_in_force: 'Este consentimiento no está vigente; no se divulga nada.',
      nothing_to_release:
        'Este consentimiento solo nombra a su organización; usted ya tiene su propia información.',
      not_a_party: 'Nombre solo a las otras partes de este acuerdo.',
      category_not_in_agreement: 'Elija solo tipos de información que cubre el acuerdo.',
      invalid_duties:
        'Las obligaciones no son coherentes: cada una necesita su propio código, una cita legal, a quién obliga y qué divulga.',
      invalid_break_glass_roles:
        'Los administradores y los analistas de supervisión nunca abren el expediente de un joven, ni siquiera en una emergencia.',
    },
  },
  releaseAnswers: {
    heading: 'Quién comparte qué',
    recorder: '{{organization}} lo registró: su propia información se compartió de inmediato.',
    accepted: '{{organization}} aceptó el {{date}}.',
    declined: '{{organization}} rechazó el {{date}}.',
    waiting: '{{organization}} todavía no ha respondido.',
    noOtherHolder: 'Ninguna otra organización del equipo tiene que responder.',
  },
  duties: {
    heading: 'Obligaciones de divulgar',
    intro:
      'Una obligación legal o una denuncia obligatoria permite que una organización comparta su propia información sin consentimiento, y solo como una obligación indicada aquí: a quién obliga la ley, qué divulga y dónde lo dice la ley. Nunca divulga lo que tiene otra organización; solo el tribunal puede hacerlo.',
    none: 'No hay ninguna obligación, así que no se puede registrar ninguna obligación legal ni denuncia obligatoria.',
    code: 'Código',
    codeHint:
      'Letras minúsculas, dígitos y _, por ejemplo advocate_call. Los fundamentos legales registrados bajo la obligación la nombran por su código, así que no cambia después.',
    kind: 'Tipo',
    kinds: {
      statutory_duty: 'Obligación legal',
      mandated_report: 'Denuncia obligatoria',
    },
    name: 'Nombre',
    nameHint: 'Lo que exige la ley, en palabras sencillas.',
    citation: 'Ley citada',
    citationHint: 'Dónde lo dice la ley, por ejemplo “42 U.S.C. 671(a)(34)(A)”.',
    bound: 'A quién obliga',
    boundHint:
      'Los tipos de organización a los que la ley impone esta obligación. Solo ellos la registran.',
    categories: 'Qué divulga',
    categoriesHint: 'Solo se comparte la propia información de quien la registra, de estos tipos.',
    add: 'Agregar una obligación',
    addHeading: 'Agregar una obligación',
    editHeading: 'Editar la obligación “{{name}}”',
    edit: 'Editar',
    remove: 'Quitar',
    confirmRemove:
      '¿Quitar la obligación “{{name}}”? Los fundamentos legales ya registrados bajo ella siguen vigentes; no se puede registrar ninguno nuevo.',
    removeConfirm: 'Sí, quitarla',
    save: 'Guardar la obligación',
    saved: 'Se guardó la obligación “{{name}}”.',
    removed: 'Se quitó la obligación “{{name}}”.',
    errors: {
      code: 'Use de 1 a 60 letras minúsculas, dígitos o _.',
      codeTaken: 'Otra obligación ya tiene este código.',
      bound: 'Elija al menos un tipo de organización.',
      tooLong: 'Use como máximo {{max}} caracteres.',
    },
    choose: 'Qué obligación',
    chooseHint: 'Las obligaciones que el perfil legal del condado indica para su organización.',
    option: '{{name}} ({{citation}})',
    ownOnly:
      'Una obligación comparte solo la propia información de su organización: lo que tienen otras organizaciones se queda con ellas.',
    chooseFirst: 'Elija primero la obligación; ella indica qué tipos de información cubre.',
    required: 'Elija la obligación.',
  },
  breakGlassRoles: {
    heading: 'Quién puede abrir el acceso de emergencia',
    intro:
      'El acceso de emergencia abre un tipo de información a una persona del equipo del caso durante 60 minutos, ante un peligro inminente y con un motivo escrito; se avisa a la coordinación. Los administradores y los analistas de supervisión nunca abren el expediente de un joven, así que no aparecen.',
    legend: 'Funciones que pueden abrir el acceso de emergencia',
    none: 'Ninguna función puede abrir el acceso de emergencia.',
    save: 'Guardar las funciones',
    saved: 'Se guardaron las funciones que pueden abrir el acceso de emergencia.',
  },
  standing: {
    heading: 'Aceptaciones anticipadas',
    none: 'Ninguna parte acepta divulgaciones por anticipado.',
    item: '{{holder}} acepta por anticipado divulgaciones de su información de tipo {{categories}} a {{partners}}.',
    yoursHeading: 'La aceptación anticipada de su organización',
    yoursIntro:
      'Cuando un joven consiente que información llegue a una de estas organizaciones, la información de su organización de estos tipos se comparte de inmediato, sin esperar en su bandeja de Divulgaciones. Solo su organización lo decide; quien administra el acuerdo no puede hacerlo.',
    yoursNone: 'Su organización responde cada divulgación en su bandeja de Divulgaciones.',
    partners: 'Organizaciones a las que llega',
    categories: 'Tipos de información de su organización',
    categoriesHint: 'Solo tipos que cubre el acuerdo.',
    save: 'Guardar la aceptación anticipada',
    withdraw: 'Retirar',
    saved: 'Se guardó la aceptación anticipada de su organización.',
    withdrawn:
      'Se retiró la aceptación anticipada de su organización: cada divulgación vuelve a esperar su respuesta.',
    errors: {
      partners: 'Elija al menos una organización.',
      categories: 'Elija al menos un tipo de información.',
    },
  },
};
