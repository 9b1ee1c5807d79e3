// The oversight and coordinator Reports screen: county measures, never a youth. Spanish in
// reports.es.ts, same keys.
import { measureWords } from '../../../domain/measure-words.js';

export const reportsEn = {
  reports: {
    nav: 'Reports',
    title: 'Reports',
    intro:
      'County measures counted from the records: counts and times, never a youth. Counts from 1 to {{below}} are hidden, and other counts where they would reveal one.',
    from: 'From',
    to: 'To',
    by: 'Rows by',
    show: 'Show',
    csv: 'Download these tables (CSV)',
    board: 'Board report for {{quarter}} (PDF)',
    definition: 'What is counted',
    notOffered: 'This measure is not broken down this way.',
    noRows: 'Nothing counted in this period.',
    total: 'Total',
    rowHeading: 'Row',
    fewerThan: 'fewer than {{threshold}}',
    hiddenToProtect: 'hidden (protects a small count)',
    noneTimed: 'none timed',
    hours: '{{hours}} h',
    measuresHeading: 'County measures',
    tableCaption: '{{title}}: every figure',
    chart: {
      summary_zero:
        'Bar chart of {{title}}: {{bars}} bars drawn, no count hidden. Every figure is in the table beside it.',
      summary_one:
        'Bar chart of {{title}}: {{bars}} bars drawn; {{count}} hidden count is not drawn. Every figure is in the table beside it.',
      summary_other:
        'Bar chart of {{title}}: {{bars}} bars drawn; {{count}} hidden counts are not drawn. Every figure is in the table beside it.',
      hours: 'Bars: the median and the 90th percentile, in hours.',
      hiddenNote_one:
        '{{count}} hidden count has no bar: it is not a zero. The table says why it is hidden.',
      hiddenNote_other:
        '{{count}} hidden counts have no bar: they are not zeros. The table says why each is hidden.',
    },
    compare: {
      toggle: 'Compare with the previous period',
      period: 'Compared with {{from}} to {{to}}, whose small counts are hidden on their own.',
      previous: '{{column}}, previous period',
      change: 'Change in {{column}}',
      notCompared: 'not compared (a count is hidden)',
      noRow: 'not in the previous period',
      noPrevious: 'The previous period has no table for this measure.',
    },
    breakdowns: {
      month: 'Month',
      quarter: 'Quarter',
      age_band: 'Age band',
      gender: 'Gender',
      source: 'Identifying source',
      organization: 'Organization',
      rule: 'Protocol rule',
      race_ethnicity: 'Race or ethnicity',
      service_type: 'Service type',
    },
    raceEthnicityNote:
      'Race or ethnicity as the youth describes it, where recorded. A youth of several categories counts in each, so the totals add the rows and can be more than the youth counted.',
    measures: measureWords.en.measures,
    columns: measureWords.en.columns,
    rows: measureWords.en.rows,
  },
};
