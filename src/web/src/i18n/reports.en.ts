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
    breakdowns: {
      month: 'Month',
      quarter: 'Quarter',
      age_band: 'Age band',
      gender: 'Gender',
      source: 'Identifying source',
      organization: 'Organization',
      rule: 'Protocol rule',
    },
    measures: measureWords.en.measures,
    columns: measureWords.en.columns,
    rows: measureWords.en.rows,
  },
};
