// Spanish for non-criminalization (same keys as non-criminalization.en.ts).
export const nonCriminalizationEs = {
  nonCriminalization: {
    offensesHeading: 'Delitos de los que el estado no acusa a menores',
    offensesIntro:
      'Quien registra un intento de arresto (policía) o una decisión de acusar (fiscalía) elige el delito de esta lista. Cuando protege al joven, Lantern muestra de inmediato la declaración de arriba, registra que se mostró y asigna una revisión a la persona de contacto de la fiscalía.',
    noOffenses:
      'No hay delitos en la lista: Lantern no muestra la declaración en un intento de arresto.',
    underAge: 'menores de {{age}}',
    newOffense: 'Delito nuevo',
    fields: {
      code: 'Código (minúsculas, dígitos y _)',
      label: 'Delito',
      citation: 'Cita legal',
      ageLimit: 'Protege a quien tenga menos de esta edad',
      prostitutionRelated: 'Relacionado con la prostitución',
    },
    add: 'Agregar un delito',
    remove: 'Quitar {{offense}}',
    save: 'Guardar los delitos',
    saved: 'Se guardaron los delitos.',
    errors: {
      code: 'Use minúsculas, dígitos y _ (no “other”).',
      age: 'Un número entero de 1 a 26.',
      required: 'Obligatorio.',
      fix: 'Corrija los delitos marcados abajo.',
    },
    offense: 'Delito',
    otherOffense: 'Otro delito (descríbalo)',
    describeOffense: 'Describa el delito',
    coveredOffense: 'La ley no acusa a un menor de este delito: {{offense}} ({{citation}}).',
    considerHeading: 'Considere su condición de víctima',
    considerVictimStatus:
      'Este joven está identificado como víctima de explotación; considere su condición de víctima.',
  },
};
