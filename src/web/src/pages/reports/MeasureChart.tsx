// A measure's bar chart (docs/REPORTS.md, "On the screen"): drawn with chart.js, which only this
// lazily loaded page imports, registering just the bar chart's parts. Readable in grayscale (each
// column its own gray and pattern), never animated, and only beside the table that holds every
// figure. A hidden count is not drawn, and the note under the chart says so: a missing bar must
// never read as a zero.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  type ChartDataset,
} from 'chart.js';
import type { MeasureTable } from '../../reports-api';
import type { MeasureKind } from '../../../../domain/measures.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

/** Gray levels far enough apart to tell apart in print, each with its own pattern. */
const FILLS = [
  { gray: '#303030', pattern: 'solid' },
  { gray: '#8a8a8a', pattern: 'diagonal' },
  { gray: '#c4c4c4', pattern: 'dots' },
  { gray: '#5c5c5c', pattern: 'cross' },
  { gray: '#e0e0e0', pattern: 'horizontal' },
] as const;

function fillFor(index: number): CanvasPattern | string {
  const fill = FILLS[index % FILLS.length] ?? FILLS[0];
  if (fill.pattern === 'solid') return fill.gray;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const context = tile.getContext('2d');
  if (context === null) return fill.gray;
  context.fillStyle = fill.gray;
  context.fillRect(0, 0, 8, 8);
  context.strokeStyle = '#000000';
  context.fillStyle = '#000000';
  context.lineWidth = 1;
  context.beginPath();
  if (fill.pattern === 'diagonal') {
    context.moveTo(0, 8);
    context.lineTo(8, 0);
  } else if (fill.pattern === 'cross') {
    context.moveTo(0, 4);
    context.lineTo(8, 4);
    context.moveTo(4, 0);
    context.lineTo(4, 8);
  } else if (fill.pattern === 'horizontal') {
    context.moveTo(0, 4);
    context.lineTo(8, 4);
  } else {
    context.arc(4, 4, 1.5, 0, 2 * Math.PI);
    context.fill();
  }
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? fill.gray;
}

/** Which columns are drawn: every count column, a duration's median and 90th percentile. */
export function chartedColumns(kind: MeasureKind, columns: readonly string[]): number[] {
  return columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => kind !== 'duration' || column.endsWith('_hours'))
    .map(({ index }) => index);
}

export function MeasureChart(props: {
  title: string;
  kind: MeasureKind;
  table: MeasureTable;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
}) {
  const { title, kind, table, rowLabels, columnLabels } = props;
  const { t, i18n } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = chartedColumns(kind, table.columns);
  let hidden = 0;
  let bars = 0;
  for (const row of table.rows) {
    for (const index of drawn) {
      const cell = row.cells[index];
      if (cell?.suppressed) hidden += 1;
      else if (cell?.value !== null && cell !== undefined) bars += 1;
    }
  }
  // One key for what the chart draws, so it is drawn again only when that changes.
  const key = JSON.stringify([i18n.language, rowLabels, columnLabels, table.rows]);
  useEffect(() => {
    if (canvas.current === null) return;
    const datasets: ChartDataset<'bar', (number | null)[]>[] = drawn.map((index, order) => {
      const fill = fillFor(order);
      return {
        label: columnLabels[index] ?? '',
        // A hidden cell is null: chart.js leaves its bar out instead of drawing a zero.
        data: table.rows.map((row) => {
          const cell = row.cells[index];
          return cell === undefined || cell.suppressed ? null : cell.value;
        }),
        backgroundColor: fill,
        borderColor: '#000000',
        borderWidth: 1,
      };
    });
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: [...rowLabels], datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: i18n.language,
        events: [],
        plugins: {
          legend: { display: datasets.length > 1, labels: { color: '#1a1a1a' } },
        },
        scales: {
          x: { ticks: { color: '#1a1a1a' } },
          y: { beginAtZero: true, ticks: { color: '#1a1a1a', precision: 0 } },
        },
      },
    });
    return () => {
      chart.destroy();
    };
    // `key` stands for everything drawn.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const summary = t('reports.chart.summary', {
    title,
    bars,
    hidden,
    count: hidden,
  });
  return (
    <figure className="measure-chart">
      <div className="measure-chart-canvas">
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
      <figcaption className="muted">
        {kind === 'duration' ? t('reports.chart.hours') : null}{' '}
        {hidden > 0 ? t('reports.chart.hiddenNote', { count: hidden }) : null}
      </figcaption>
    </figure>
  );
}
