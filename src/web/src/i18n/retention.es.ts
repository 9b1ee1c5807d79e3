// Cuánto tiempo guarda el condado un caso cerrado (docs/RETENTION.md). Mismas claves que retention.en.ts.
export const retentionEs = {
  retention: {
    heading: 'Cuánto tiempo se guardan los casos cerrados',
    intro:
      'Para cada tipo de información: cuántos años después de cerrar el caso se guarda y, si lo elige, hasta que la persona joven cumpla una edad, lo que ocurra más tarde. Cada día Lantern elimina lo que ya cumplió su plazo: nombres, notas, documentos, respuestas y lo que alguien escribió. Las cifras de los informes no cambian; el registro de auditoría nunca se modifica.',
    floor:
      'Nunca menos de 1 año después del cierre; una edad, si se indica, es de 18 o más. Un caso abierto o reabierto nunca se elimina.',
    category: 'Tipo de información',
    years: 'Años después del cierre',
    untilAge: 'Hasta que cumpla (opcional)',
    noAge: 'Déjelo vacío si no hay edad.',
    yearsValue_one: '{{count}} año',
    yearsValue_other: '{{count}} años',
    ageValue: 'hasta los {{age}}',
    coordinatorOnly:
      'Solo la coordinadora o el coordinador CSEC del condado cambia cuánto tiempo se guardan los casos.',
    save: 'Guardar cuánto tiempo se guardan los casos',
    saved: 'Guardado. La próxima eliminación diaria sigue estos plazos.',
    errors: {
      years: 'Escriba años enteros de {{min}} a {{max}}.',
      age: 'Déjelo vacío o escriba una edad de {{min}} a {{max}}.',
    },
  },
};

export const retentionApiErrorsEs = {
  invalid_retention:
    'Los plazos no son coherentes: años enteros de 1 a 75 para cada tipo de información, y una edad de 18 a 99 o ninguna.',
};
