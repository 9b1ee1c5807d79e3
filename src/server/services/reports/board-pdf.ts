// The board report printed (docs/REPORTS.md, "The board report"): a title page with the county
// and the quarter and the suppression note, then each measure's definition, its table and a bar
// chart drawn with pdfkit's own vector primitives. Standard PDF fonts only: nothing is fetched
// and no font file is read. A hidden count is printed as hidden and drawn as no bar, never as 0.
import type { PublishedCell } from '../../../domain/measure-tables.js';
import { measureWords } from '../../../domain/measure-words.js';
import type { ReportPeriod } from '../../../domain/report-periods.js';
import type { PublishedMeasure } from './measures.js';

export type BoardLanguage = 'en' | 'es';
/** Rows by month; youth served by age band; the snapshots (capacity, funding) by service type. */
export type BoardRows = 'month' | 'age_band' | 'service_type';

export interface BoardReport {
  readonly county: string;
  readonly quarter: string;
  readonly period: ReportPeriod;
  /** The county's date of printing. */
  readonly today: string;
  readonly threshold: number;
  readonly measures: readonly (PublishedMeasure & { readonly by: BoardRows })[];
}

const WORDS = {
  en: {
    title: 'Board report',
    quarter: (n: string, year: string) => `Quarter ${n} of ${year}`,
    period: (from: string, to: string) => `From ${from} to ${to}`,
    printed: (day: string) => `Printed ${day} by Lantern from the county's records.`,
    about:
      'Counts and times of the county, never a youth. Each table shows what is counted, by month.',
    suppression: (threshold: number) =>
      `Counts under ${String(threshold)} are hidden, and so are cells that would reveal them. A hidden count is printed as hidden and drawn as no bar, never as zero.`,
    definition: 'What is counted',
    month: 'Month',
    age_band: 'Age band',
    service_type: 'Service type',
    total: 'Total',
    fewerThan: (threshold: number) => `fewer than ${String(threshold)}`,
    hidden: 'hidden',
    noneTimed: 'none timed',
    chartCounts: 'Bars: the total of each row.',
    chartHours: 'Bars: the median hours of each row.',
    chartColumn: (column: string) => `Bars: ${column}, per row.`,
    hiddenBars: 'Rows without a bar are hidden, not zero.',
  },
  es: {
    title: 'Informe para la junta',
    quarter: (n: string, year: string) => `Trimestre ${n} de ${year}`,
    period: (from: string, to: string) => `Del ${from} al ${to}`,
    printed: (day: string) =>
      `Impreso el ${day} por Lantern a partir de los registros del condado.`,
    about:
      'Cifras y tiempos del condado, nunca un joven. Cada tabla muestra lo que se cuenta, por mes.',
    suppression: (threshold: number) =>
      `Las cifras menores de ${String(threshold)} se ocultan, y también las celdas que las revelarían. Una cifra oculta se imprime como oculta y sin barra, nunca como cero.`,
    definition: 'Qué se cuenta',
    month: 'Mes',
    age_band: 'Grupo de edad',
    service_type: 'Tipo de servicio',
    total: 'Total',
    fewerThan: (threshold: number) => `menos de ${String(threshold)}`,
    hidden: 'oculta',
    noneTimed: 'nada medido',
    chartCounts: 'Barras: el total de cada fila.',
    chartHours: 'Barras: la mediana de horas de cada fila.',
    chartColumn: (column: string) => `Barras: ${column}, por fila.`,
    hiddenBars: 'Las filas sin barra están ocultas, no en cero.',
  },
} as const;

// Distinct gray levels, so the chart reads the same printed in black and white.
const GRAYS = ['#333333', '#777777', '#aaaaaa'];

export async function boardPdf(report: BoardReport, language: BoardLanguage): Promise<Buffer> {
  // Imported here, not at the top: pdfkit reads its font tables when loaded (protocol-pdf.ts).
  const { default: PDFDocument } = await import('pdfkit');
  const words = WORDS[language];
  const names = measureWords[language];
  const longDate = (date: string) =>
    new Date(`${date}T12:00:00Z`).toLocaleDateString(language === 'es' ? 'es-US' : 'en-US', {
      timeZone: 'UTC',
      dateStyle: 'long',
    });
  const monthName = (key: string) =>
    new Date(`${key}-15T12:00:00Z`).toLocaleDateString(language === 'es' ? 'es-US' : 'en-US', {
      timeZone: 'UTC',
      month: 'long',
      year: 'numeric',
    });
  const rowName = (by: BoardRows, key: string) =>
    by === 'month' ? monthName(key) : (names.rows[key as keyof typeof names.rows] ?? key);
  const columnName = (key: string) => names.columns[key as keyof typeof names.columns] ?? key;
  const cellText = (cell: PublishedCell, hours: boolean) => {
    if (cell.suppressed) {
      return cell.rule === 'primary' ? words.fewerThan(report.threshold) : words.hidden;
    }
    if (cell.value === null) return words.noneTimed;
    return hours ? `${cell.value.toLocaleString(language)} h` : cell.value.toLocaleString(language);
  };

  const title = `${words.title}: ${report.county}`;
  const pdf = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    info: { Title: title, Producer: 'Lantern' },
    lang: language,
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => {
    pdf.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
  });

  pdf.font('Helvetica-Bold').fontSize(26).text(words.title).moveDown(0.3);
  pdf.fontSize(18).text(report.county).moveDown(0.3);
  pdf
    .font('Helvetica')
    .fontSize(14)
    .text(words.quarter(report.quarter.slice(5), report.quarter.slice(0, 4)))
    .text(words.period(longDate(report.period.from), longDate(report.period.to)))
    .moveDown();
  pdf.fontSize(11).text(words.about).moveDown(0.5);
  pdf.font('Helvetica-Bold').text(words.suppression(report.threshold)).moveDown(0.5);
  pdf
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#444444')
    .text(words.printed(longDate(report.today)));
  pdf.fillColor('black');

  for (const measure of report.measures) {
    const table = measure.table;
    if (table === null) continue;
    pdf.addPage();
    pdf.font('Helvetica-Bold').fontSize(16).text(names.measures[measure.id]).moveDown(0.3);
    pdf
      .font('Helvetica-Bold')
      .fontSize(9)
      .text(`${words.definition}: `, { continued: true })
      .font('Helvetica')
      .text(measure.definition[language])
      .moveDown(0.5);
    const duration = measure.kind === 'duration';
    // A snapshot's columns count different things: no row totals; its bars are its last column.
    const snapshot = measure.kind === 'snapshot';
    const withTotals = measure.kind === 'count' && table.columns.length > 1;
    const lastColumn = table.columns.length - 1;
    const header = [
      words[measure.by],
      ...table.columns.map(columnName),
      ...(withTotals ? [words.total] : []),
    ];
    const lines = [
      ...table.rows.map((row, r) => [
        rowName(measure.by, table.rows[r]?.key ?? row.key),
        ...row.cells.map((cell, c) => cellText(cell, (table.columns[c] ?? '').endsWith('_hours'))),
        ...(withTotals ? [cellText(row.total, false)] : []),
      ]),
      [
        words.total,
        ...table.totals.map((cell, c) =>
          cellText(cell, (table.columns[c] ?? '').endsWith('_hours')),
        ),
        ...(withTotals ? [cellText(table.grandTotal, false)] : []),
      ],
    ];
    drawTable(pdf, header, lines);
    // The bars: a count's row totals, a duration's medians; a hidden value has no bar.
    const bars = table.rows.map((row, r) => ({
      label: rowName(measure.by, row.key),
      cell: duration
        ? (row.cells[1] ?? row.total)
        : snapshot
          ? (row.cells[lastColumn] ?? row.total)
          : row.total,
      shade: GRAYS[r % GRAYS.length] ?? '#333333',
    }));
    pdf.moveDown(0.8);
    pdf
      .font('Helvetica')
      .fontSize(8)
      .text(
        duration
          ? words.chartHours
          : snapshot
            ? words.chartColumn(columnName(table.columns[lastColumn] ?? ''))
            : words.chartCounts,
      );
    drawBars(pdf, bars, (cell) => cellText(cell, duration));
    pdf.font('Helvetica').fontSize(8).text(words.hiddenBars);
  }
  pdf.end();
  return done;
}

type Pdf = PDFKit.PDFDocument;

function drawTable(pdf: Pdf, header: string[], lines: string[][]): void {
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const first = Math.min(140, width / 3);
  const rest = (width - first) / Math.max(1, header.length - 1);
  const x = (c: number) => (c === 0 ? left : left + first + (c - 1) * rest);
  const w = (c: number) => (c === 0 ? first : rest);
  const row = (cells: string[], bold: boolean) => {
    const y = pdf.y;
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    const heights = cells.map((text, c) => pdf.heightOfString(text, { width: w(c) - 4 }));
    cells.forEach((text, c) => {
      pdf.text(text, x(c) + 2, y, { width: w(c) - 4, lineBreak: true });
    });
    const bottom = y + Math.max(...heights) + 3;
    pdf
      .moveTo(left, bottom)
      .lineTo(left + width, bottom)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    pdf.x = left;
    pdf.y = bottom + 2;
  };
  row(header, true);
  lines.forEach((cells, i) => {
    row(cells, i === lines.length - 1);
  });
}

function drawBars(
  pdf: Pdf,
  bars: { label: string; cell: PublishedCell; shade: string }[],
  text: (cell: PublishedCell) => string,
): void {
  const left = pdf.page.margins.left;
  const labelWidth = 120;
  const maxWidth = pdf.page.width - left - pdf.page.margins.right - labelWidth - 80;
  const largest = Math.max(1, ...bars.map((bar) => bar.cell.value ?? 0));
  let y = pdf.y + 4;
  for (const bar of bars) {
    pdf.font('Helvetica').fontSize(8).fillColor('black');
    pdf.text(bar.label, left, y + 2, { width: labelWidth - 6 });
    const value = bar.cell.value;
    const length = value === null ? 0 : Math.max(1, (value / largest) * maxWidth);
    if (value !== null) {
      pdf
        .rect(left + labelWidth, y, length, 12)
        .fillColor(bar.shade)
        .fill();
    }
    pdf
      .fillColor('black')
      .text(text(bar.cell), left + labelWidth + length + 4, y + 2, { width: 76 });
    y += 16;
  }
  pdf.x = left;
  pdf.y = y + 4;
}
