// One measure's table (docs/REPORTS.md): rows by the breakdown, a hidden count in words ("fewer
// than 11", "hidden"), never a zero or a blank; with the previous period, two more columns: its
// figure and the change, worked out only where both cells are shown.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compareRows,
  compareTotals,
  comparedColumn,
  type RowComparison,
} from '../../../../domain/measure-comparison.js';
import type { MeasureKind } from '../../../../domain/measures.js';
import type { Breakdown, MeasureCell, MeasureTable } from '../../reports-api';

export function useCellText(threshold: number) {
  const { t, i18n } = useTranslation();
  return (cell: MeasureCell, column: string) => {
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
}

export function MeasureTableView(props: {
  caption: string;
  kind: MeasureKind;
  by: Breakdown;
  table: MeasureTable;
  previous?: MeasureTable | null;
  threshold: number;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
}) {
  const { caption, kind, by, table, previous, threshold, rowLabels, columnLabels } = props;
  const { t, i18n } = useTranslation();
  const cellText = useCellText(threshold);
  const captionId = useId();
  const showTotals = kind === 'count' && table.columns.length > 1;
  const compared = comparedColumn(kind, table.columns);
  const comparedName =
    compared === 'total' ? t('reports.total') : (columnLabels[compared] ?? t('reports.total'));
  const comparedKey = compared === 'total' ? 'total' : (table.columns[compared] ?? '');
  const rows = previous ? compareRows(kind, by, table, previous) : null;
  const totals = previous ? compareTotals(kind, table, previous) : null;
  const inOrder = by === 'month' || by === 'quarter';
  const previousText = (comparison: RowComparison<MeasureCell>) => {
    if (comparison.previous === null) return t('reports.compare.noRow');
    const text = cellText(comparison.previous, comparedKey);
    return inOrder && comparison.previousKey !== null
      ? `${text} (${comparison.previousKey})`
      : text;
  };
  const changeText = (comparison: RowComparison) => {
    if (comparison.change === null) return t('reports.compare.notCompared');
    const number = comparison.change.toLocaleString(i18n.language, {
      signDisplay: 'exceptZero',
      maximumFractionDigits: 1,
    });
    return comparedKey.endsWith('_hours') ? t('reports.hours', { hours: number }) : number;
  };
  const comparisonCells = (comparison: RowComparison<MeasureCell> | null | undefined) =>
    comparison ? (
      <>
        <td className={comparison.previous?.suppressed ? 'suppressed' : undefined}>
          {previousText(comparison)}
        </td>
        <td className={comparison.change === null ? 'suppressed' : undefined}>
          {changeText(comparison)}
        </td>
      </>
    ) : null;
  return (
    // A wide table scrolls on its own; the keyboard reaches it like the other tables' boxes.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`reports.breakdowns.${by}`)}</th>
            {table.columns.map((column, c) => (
              <th scope="col" key={column}>
                {columnLabels[c] ?? column}
              </th>
            ))}
            {showTotals ? <th scope="col">{t('reports.total')}</th> : null}
            {previous ? (
              <>
                <th scope="col">{t('reports.compare.previous', { column: comparedName })}</th>
                <th scope="col">{t('reports.compare.change', { column: comparedName })}</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={row.key}>
              <th scope="row">{rowLabels[r] ?? row.key}</th>
              {row.cells.map((cell, c) => (
                <td key={table.columns[c]} className={cell.suppressed ? 'suppressed' : undefined}>
                  {cellText(cell, table.columns[c] ?? '')}
                </td>
              ))}
              {showTotals ? (
                <td className={row.total.suppressed ? 'suppressed' : undefined}>
                  {cellText(row.total, 'total')}
                </td>
              ) : null}
              {comparisonCells(rows?.[r])}
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
            {showTotals ? (
              <td className={table.grandTotal.suppressed ? 'suppressed' : undefined}>
                {cellText(table.grandTotal, 'total')}
              </td>
            ) : null}
            {comparisonCells(totals)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
