// La pantalla de Informes (supervisión y coordinación): medidas del condado, nunca un joven.
// Mismas claves que reports.en.ts.
import type { reportsEn } from './reports.en';

import { measureWords } from '../../../domain/measure-words.js';

export const reportsEs: typeof reportsEn = {
  reports: {
    nav: 'Informes',
    title: 'Informes',
    intro:
      'Medidas del condado contadas a partir de los registros: cifras y tiempos, nunca un joven. Las cifras de 1 a {{below}} se ocultan, y otras cuando las revelarían.',
    from: 'Desde',
    to: 'Hasta',
    by: 'Filas por',
    show: 'Mostrar',
    csv: 'Descargar estas tablas (CSV)',
    board: 'Informe para la junta de {{quarter}} (PDF)',
    definition: 'Qué se cuenta',
    notOffered: 'Esta medida no se desglosa de esta forma.',
    noRows: 'Nada contado en este periodo.',
    total: 'Total',
    rowHeading: 'Fila',
    fewerThan: 'menos de {{threshold}}',
    hiddenToProtect: 'oculta (protege una cifra pequeña)',
    noneTimed: 'nada medido',
    hours: '{{hours}} h',
    breakdowns: {
      month: 'Mes',
      quarter: 'Trimestre',
      age_band: 'Grupo de edad',
      gender: 'Género',
      source: 'Quién identificó',
      organization: 'Organización',
      rule: 'Regla del protocolo',
    },
    measures: measureWords.es.measures,
    columns: measureWords.es.columns,
    rows: measureWords.es.rows,
  },
};
