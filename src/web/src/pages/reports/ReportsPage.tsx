// The oversight analyst's and the coordinator's Reports (docs/REPORTS.md): the county measures
// for a period, one table per measure with its definition beside it. Hidden counts read as
// "fewer than 11" or "hidden", never as a zero or a blank. Tables only: no chart library is
// among Lantern's dependencies, and a table is what a screen reader reads anyway.
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BREAKDOWNS } from '../../../../domain/measures.js';
import { isOrganizationType } from '../../../../domain/vocabulary.js';
import { ErrorMessage, Loading } from '../../components/Messages';
import { reportsEn } from '../../i18n/reports.en';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { quarterOf } from '../../../../domain/report-periods.js';
import {
  boardReportUrl,
  measuresCsvUrl,
  measuresQuery,
  readMeasures,
  type Breakdown,
  type MeasureCell,
  type MeasuresFilter,
  type PublishedMeasure,
} from '../../reports-api';

type ColumnKey = keyof typeof reportsEn.reports.columns;
type RowKey = keyof typeof reportsEn.reports.rows;
const isColumnKey = (key: string): key is ColumnKey =>
  Object.hasOwn(reportsEn.reports.columns, key);
const isRowKey = (key: string): key is RowKey => Object.hasOwn(reportsEn.reports.rows, key);

function defaultFilter(): MeasuresFilter {
  const today = new Date().toISOString().slice(0, 10);
  return { from: `${today.slice(0, 4)}-01-01`, to: today, by: 'month' };
}

export function ReportsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('reports.title'));
  const describeError = useDescribeError();
  const [filter, setFilter] = useState<MeasuresFilter>(defaultFilter);
  const [draft, setDraft] = useState<MeasuresFilter>(filter);
  const report = useApiData(`measures?${measuresQuery(filter)}`, () => readMeasures(filter));
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter(draft);
  };
  const threshold = report.data?.threshold ?? 11;
  const language = i18n.language.startsWith('es') ? 'es' : 'en';
  return (
    <>
      <h1>{t('reports.title')}</h1>
      <p>{t('reports.intro', { below: threshold - 1 })}</p>
      <form className="report-filter" onSubmit={submit}>
        <label>
          {t('reports.from')}{' '}
          <input
            type="date"
            required
            value={draft.from}
            onChange={(e) => {
              setDraft({ ...draft, from: e.target.value });
            }}
          />
        </label>{' '}
        <label>
          {t('reports.to')}{' '}
          <input
            type="date"
            required
            value={draft.to}
            onChange={(e) => {
              setDraft({ ...draft, to: e.target.value });
            }}
          />
        </label>{' '}
        <label>
          {t('reports.by')}{' '}
          <select
            value={draft.by}
            onChange={(e) => {
              setDraft({ ...draft, by: e.target.value as Breakdown });
            }}
          >
            {BREAKDOWNS.map((by) => (
              <option key={by} value={by}>
                {t(`reports.breakdowns.${by}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="submit">{t('reports.show')}</button>
      </form>
      <p>
        <a href={measuresCsvUrl(filter)} download>
          {t('reports.csv')}
        </a>
      </p>
      <p>
        <a href={boardReportUrl(quarterOf(filter.to), language)} download>
          {t('reports.board', { quarter: quarterOf(filter.to) })}
        </a>
      </p>
      <ErrorMessage>{report.error ? describeError(report.error) : null}</ErrorMessage>
      {report.data === undefined ? (
        report.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : (
        report.data.measures.map((measure) => (
          <MeasureSection
            key={measure.id}
            measure={measure}
            by={report.data?.by ?? filter.by}
            threshold={threshold}
          />
        ))
      )}
    </>
  );
}

function MeasureSection(props: { measure: PublishedMeasure; by: Breakdown; threshold: number }) {
  const { measure, by, threshold } = props;
  const { t, i18n } = useTranslation();
  const headingId = `measure-${measure.id}`;
  const language = i18n.language.startsWith('es') ? 'es' : 'en';
  const table = measure.table;
  const rowLabel = (key: string, label: string) => {
    if (by === 'source' && isOrganizationType(key)) return t(`organizationTypes.${key}`);
    if (by === 'organization' || by === 'rule' || !isRowKey(key)) return label;
    return t(`reports.rows.${key}`);
  };
  const cellText = (cell: MeasureCell, column: string) => {
    if (cell.suppressed) {
      return cell.rule === 'primary'
        ? t('reports.fewerThan', { threshold })
        : t('reports.hiddenToProtect');
    }
    if (cell.value === null) return t('reports.noneTimed');
    return column.endsWith('_hours')
      ? t('reports.hours', { hours: cell.value.toLocaleString(i18n.language) })
      : cell.value.toLocaleString(i18n.language);
  };
  const showTotals = measure.kind === 'count' && (table?.columns.length ?? 0) > 1;
  return (
    <section aria-labelledby={headingId} className="measure">
      <h2 id={headingId}>{t(`reports.measures.${measure.id}`)}</h2>
      <p className="muted">
        <strong>{t('reports.definition')}:</strong> {measure.definition[language]}
      </p>
      {table === null ? (
        <p>{t('reports.notOffered')}</p>
      ) : table.rows.length === 0 ? (
        <p>{t('reports.noRows')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t(`reports.breakdowns.${by}`)}</th>
                {table.columns.map((column) => (
                  <th scope="col" key={column}>
                    {isColumnKey(column) ? t(`reports.columns.${column}`) : column}
                  </th>
                ))}
                {showTotals ? <th scope="col">{t('reports.total')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={row.key}>
                  <th scope="row">{rowLabel(row.key, table.labels[r] ?? row.key)}</th>
                  {row.cells.map((cell, c) => (
                    <td
                      key={table.columns[c]}
                      className={cell.suppressed ? 'suppressed' : undefined}
                    >
                      {cellText(cell, table.columns[c] ?? '')}
                    </td>
                  ))}
                  {showTotals ? (
                    <td className={row.total.suppressed ? 'suppressed' : undefined}>
                      {cellText(row.total, 'total')}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('reports.total')}</th>
                {table.totals.map((cell, c) => (
                  <td key={table.columns[c]} className={cell.suppressed ? 'suppressed' : undefined}>
                    {cellText(cell, table.columns[c] ?? '')}
                  </td>
                ))}
                {showTotals ? <td>{cellText(table.grandTotal, 'total')}</td> : null}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
