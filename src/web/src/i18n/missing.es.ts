// Jóvenes desaparecidos (el paquete de alerta, el perfil) y los avisos de custodia de admisión
// del centro juvenil. Mismas claves que missing.en.ts.
export const missingEs = {
  missing: {
    banner: 'Desaparecido(a) desde {{since}}',
    lastKnownPlace: 'Último lugar conocido',
    riskLevel: 'Nivel de riesgo',
    risk: { low: 'Bajo', elevated: 'Elevado', high: 'Alto' },
    packetLink: 'Paquete de alerta',
    printPacket: 'Imprimir el paquete de alerta (PDF)',
    profileLink: 'Perfil de joven desaparecido',
    packet: {
      title: 'Paquete de alerta',
      heading: 'Joven desaparecido(a): caso {{caseNumber}}',
      intro:
        'Solo lo que hace falta para encontrar al joven. Aquí no hay nada de notas, evaluaciones ni otros registros.',
      name: 'Nombre que usa el joven',
      age: 'Edad',
      ageEstimated: '{{age}} (estimada)',
      since: 'Desaparecido(a) desde',
      description: 'Descripción',
      photo: 'Foto del joven (usada con su consentimiento)',
      noPhoto: 'Sin foto: el joven no la autorizó o no se agregó ninguna.',
      call: 'Si ve a este joven, llame a',
      noPointPerson: 'La coordinación CSEC del condado',
      notRecorded: 'sin registrar',
      gone: 'El paquete de alerta existe solo mientras el joven está desaparecido.',
    },
    description: {
      height: 'Estatura',
      build: 'Complexión',
      hair: 'Cabello',
      eyes: 'Ojos',
      marks: 'Cicatrices, marcas, tatuajes',
    },
    profile: {
      title: 'Perfil de joven desaparecido',
      heading: 'Perfil de joven desaparecido: caso {{caseNumber}}',
      intro:
        'Lo que imprime el paquete de alerta. Describa lo que ayuda a reconocer al joven; nada más.',
      photoConsent: 'El joven aceptó que se use una foto en una alerta',
      photoConsentHint: 'Sin el acuerdo del joven no se guarda ninguna foto; desmarcar la elimina.',
      photo: 'Foto (JPEG o PNG, hasta 2 MB)',
      photoUnreadable:
        'Hay una foto registrada, pero no se puede abrir (se alteró donde se guarda). Vuelva a agregar la foto.',
      currentPhoto: 'La foto registrada',
      consentBy: 'Consentimiento registrado por {{name}} el {{date}}',
      save: 'Guardar el perfil',
      saved: 'Guardado.',
      tooLarge: 'La foto pesa más de 2 MB; elija una más pequeña.',
      wrongType: 'Elija una foto JPEG o PNG.',
      needsConsent: 'Marque el acuerdo del joven antes de agregar una foto.',
      back: 'Volver al expediente',
    },
    custody: {
      nav: 'Avisos de custodia',
      title: 'Avisos de custodia',
      intro:
        'Para un joven en su centro: si hay que llamar a los servicios de protección infantil y quién puede recibirlo al salir. Nada más del caso.',
      caseNumber: 'Número de caso',
      look: 'Buscar',
      childWelfareOnCase:
        'Los servicios de protección infantil están en este caso: llame antes que nada.',
      noChildWelfare: 'Los servicios de protección infantil no están en este caso.',
      releasePlan: 'Plan de seguridad para la salida',
      receiver: 'Entregar solo a: {{name}}',
      receiverRelationship: 'Entregar solo a: {{name}} ({{relationship}})',
      noPlan:
        'Aún no hay plan de salida: no libere al joven hasta que un plan nombre quién lo recibe.',
    },
  },
};
