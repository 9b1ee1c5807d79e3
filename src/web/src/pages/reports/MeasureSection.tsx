// One measure on Reports: its name, its definition, its bar chart and, always beside it, its
// table (docs/REPORTS.md, "On the screen").
import { useTranslation } from 'react-i18next';
import { isOrganizationType } from '../../../../domain/vocabulary.js';
import { reportsEn } from '../../i18n/reports.en';
import type { Breakdown, MeasureTable, PublishedMeasure } from '../../reports-api';
import { MeasureChart } from './MeasureChart';
import { MeasureTableView } from './MeasureTableView';

type ColumnKey = keyof typeof reportsEn.reports.columns;
type RowKey = keyof typeof reportsEn.reports.rows;
const isColumnKey = (key: string): key is ColumnKey =>
  Object.hasOwn(reportsEn.reports.columns, key);
const isRowKey = (key: string): key is RowKey => Object.hasOwn(reportsEn.reports.rows, key);

/** Row and column names in the reader's language; organizations and rules by their own names. */
export function useTableLabels(by: Breakdown, table: MeasureTable) {
  const { t } = useTranslation();
  const rowLabels = table.rows.map((row, r) => {
    const label = table.labels[r] ?? row.key;
    if (by === 'source' && isOrganizationType(row.key)) return t(`organizationTypes.${row.key}`);
    if (by === 'organization' || by === 'rule' || !isRowKey(row.key)) return label;
    return t(`reports.rows.${row.key}`);
  });
  const columnLabels = table.columns.map((column) =>
    isColumnKey(column) ? t(`reports.columns.${column}`) : column,
  );
  return { rowLabels, columnLabels };
}

export function MeasureSection(props: {
  measure: PublishedMeasure;
  by: Breakdown;
  threshold: number;
  /** With the previous period: its dates, for the note beside the table. */
  comparing: boolean;
  /** Off on the coordinator's dashboard, where the table alone says enough. */
  chart?: boolean;
  headingLevel?: 2 | 3;
  idPrefix?: string;
}) {
  const { measure, by, threshold, comparing } = props;
  const { t, i18n } = useTranslation();
  const headingId = `${props.idPrefix ?? 'measure'}-${measure.id}`;
  const language = i18n.language.startsWith('es') ? 'es' : 'en';
  const title = t(`reports.measures.${measure.id}`);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section aria-labelledby={headingId} className="measure">
      <Heading id={headingId}>{title}</Heading>
      <p className="muted">
        <strong>{t('reports.definition')}:</strong> {measure.definition[language]}
      </p>
      {measure.table === null ? (
        <p>{t('reports.notOffered')}</p>
      ) : measure.table.rows.length === 0 ? (
        <p>{t('reports.noRows')}</p>
      ) : (
        <MeasureBody
          measure={measure}
          table={measure.table}
          by={by}
          threshold={threshold}
          title={title}
          previous={comparing ? (measure.previous ?? null) : undefined}
          chart={props.chart ?? true}
        />
      )}
    </section>
  );
}

function MeasureBody(props: {
  measure: PublishedMeasure;
  table: MeasureTable;
  by: Breakdown;
  threshold: number;
  title: string;
  previous: MeasureTable | null | undefined;
  chart: boolean;
}) {
  const { measure, table, by, threshold, title, previous } = props;
  const { t } = useTranslation();
  const { rowLabels, columnLabels } = useTableLabels(by, table);
  return (
    <div className="measure-body">
      {props.chart ? (
        <MeasureChart
          title={title}
          kind={measure.kind}
          table={table}
          rowLabels={rowLabels}
          columnLabels={columnLabels}
        />
      ) : null}
      <div>
        <MeasureTableView
          caption={t('reports.tableCaption', { title })}
          kind={measure.kind}
          by={by}
          table={table}
          previous={previous}
          threshold={threshold}
          rowLabels={rowLabels}
          columnLabels={columnLabels}
        />
        {previous === null ? <p>{t('reports.compare.noPrevious')}</p> : null}
      </div>
    </div>
  );
}
