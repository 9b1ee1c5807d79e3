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
    measuresHeading: 'Medidas del condado',
    tableCaption: '{{title}}: todas las cifras',
    chart: {
      summary_zero:
        'Gráfico de barras de {{title}}: {{bars}} barras dibujadas, ninguna cifra oculta. Todas las cifras están en la tabla al lado.',
      summary_one:
        'Gráfico de barras de {{title}}: {{bars}} barras dibujadas; {{count}} cifra oculta no se dibuja. Todas las cifras están en la tabla al lado.',
      summary_other:
        'Gráfico de barras de {{title}}: {{bars}} barras dibujadas; {{count}} cifras ocultas no se dibujan. Todas las cifras están en la tabla al lado.',
      hours: 'Barras: la mediana y el percentil 90, en horas.',
      hiddenNote_one:
        '{{count}} cifra oculta no tiene barra: no es un cero. La tabla dice por qué se oculta.',
      hiddenNote_other:
        '{{count}} cifras ocultas no tienen barra: no son ceros. La tabla dice por qué se oculta cada una.',
    },
    compare: {
      toggle: 'Comparar con el periodo anterior',
      period:
        'Comparado con el periodo del {{from}} al {{to}}, cuyas cifras pequeñas se ocultan por separado.',
      previous: '{{column}}, periodo anterior',
      change: 'Cambio en {{column}}',
      notCompared: 'sin comparar (hay una cifra oculta)',
      noRow: 'no figura en el periodo anterior',
      noPrevious: 'El periodo anterior no tiene tabla para esta medida.',
    },
    breakdowns: {
      month: 'Mes',
      quarter: 'Trimestre',
      age_band: 'Grupo de edad',
      gender: 'Género',
      source: 'Quién identificó',
      organization: 'Organización',
      rule: 'Regla del protocolo',
      race_ethnicity: 'Raza o etnia',
      service_type: 'Tipo de servicio',
    },
    raceEthnicityNote:
      'Raza o etnia como el joven la describe, donde está registrada. Un joven de varias categorías cuenta en cada una, así que los totales suman las filas y pueden ser más que los jóvenes contados.',
    measures: measureWords.es.measures,
    columns: measureWords.es.columns,
    rows: measureWords.es.rows,
  },
};
