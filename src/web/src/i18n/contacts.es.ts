// Contactos verificados, en español. Las mismas claves que contacts.en.ts.
import type { ContactStatus, VerificationMethod } from '../../../domain/verified-contacts.js';
import type { contactsEn } from './contacts.en';

const statuses = {
  verified: 'Verificada',
  not_verified: 'No verificada',
  do_not_release: 'No entregar',
} satisfies Record<ContactStatus, string>;

const methods = {
  id_checked: 'Identificación revisada',
  court_record: 'Expediente judicial',
  caseworker_knows: 'Una trabajadora del caso la conoce',
  agency_record: 'Registro de la agencia',
  other: 'Otro',
} satisfies Record<VerificationMethod, string>;

export const contactsEs: typeof contactsEn = {
  contacts: {
    section: 'Personas cercanas',
    intro:
      'A quién ha verificado el equipo, a quién no, y a quién nunca se debe entregar la niña o el niño. Quien consulta un nombre en el tribunal o en la admisión solo recibe «verificada», «no verificada» o «no entregar: llame a la persona de contacto», nunca lo que se escribe aquí.',
    empty: 'No hay personas que su organización pueda ver.',
    statuses,
    methods,
    aliases: 'También conocida como: {{aliases}}',
    relationship: 'Dice ser: {{relationship}}',
    listedBy: 'Registrada por {{organization}}',
    reason: 'Por qué no: {{reason}}',
    history: 'Historial',
    historyEntry: '{{status}} · {{who}}, {{organization}} · {{when}}',
    addHeading: 'Registrar a una persona',
    name: 'Nombre completo, como en su identificación',
    aliasesField: 'Otros nombres que usa',
    aliasesHint: 'Uno por línea.',
    relationshipField: 'Parentesco, según la persona',
    relationshipHint: 'Por ejemplo: tía, amiga de la familia.',
    status: 'Estado',
    method: 'Cómo se verificó',
    note: 'Nota',
    noteHint: 'Quién revisó qué, en pocas palabras.',
    reasonField: 'Por qué no se le debe entregar',
    reasonHint: 'Solo lo ve el equipo; una consulta de nombre nunca lo muestra.',
    add: 'Registrar a esta persona',
    added: 'Registrada.',
    changeHeading: 'Cambiar el estado de {{name}}',
    change: 'Guardar el nuevo estado',
    changed: 'Estado guardado. El anterior queda en el historial.',
    chooseMethod: 'Elija cómo se verificó',
    required: 'Complete este campo.',
    withheld:
      'Hay personas registradas por organizaciones cuyos datos de colocación usted no puede ver.',
  },
  contactCheck: {
    nav: 'Consultar un nombre',
    title: 'Consultar un nombre',
    intro:
      'Alguien viene a llevarse a una niña o un niño. Escriba el número de caso y el nombre de su identificación. Recibirá una sola respuesta.',
    caseNumber: 'Número de caso',
    caseNumberHint: 'Como 2026-BCDF-2345.',
    caseNumberInvalid: 'Un número de caso tiene la forma 2026-BCDF-2345.',
    name: 'Nombre en su identificación',
    nameInvalid: 'Escriba el nombre, con al menos una letra.',
    submit: 'Consultar',
    answerHeading: 'Respuesta para {{name}}',
    verified: 'Verificada',
    verifiedHelp: 'El equipo ha verificado a esta persona.',
    not_verified: 'No verificada',
    notVerifiedHelp:
      'Lantern no puede responder por esta persona. No entregue a la niña o al niño por lo que diga Lantern; siga su propio procedimiento.',
    do_not_release: 'No entregar',
    protectiveOrder: 'Una orden de protección restringe a esta persona.',
    callPointPerson: 'Llame a {{name}} ({{function}})',
    callPointPersonPhone: 'Llame a {{name}} ({{function}}) al {{phone}}',
    callSomeone: 'Llame a la coordinación CSEC del condado.',
    tooMany:
      'Demasiados nombres consultados en poco tiempo. Se ha avisado a la coordinación del condado. Espere unos minutos o llame a la persona de contacto de la niña o el niño.',
    another: 'Consultar otro nombre',
  },
};
