import { scaleLinear } from 'd3-scale';
import { chartMeta, seriesClass, type ChartDefinition, type ChartMeta, type DataTableModel, type Layout } from './chart.ts';
import { numberCell, requireColumn, textCell, type DataTable } from './data.ts';
import { fontSize, textWidth, truncateText } from './dimensions.ts';
import { ChartInputError } from './errors.ts';
import { formatList, numberFormatter } from './format.ts';
import { text } from './marks/text.ts';
import type { TableChartSpec } from './spec.ts';
import { el, type SvgNode } from './svg.ts';

const notReported = 'not reported';

export interface TableColumn {
  column: string;
  label: string;
  /** Every cell is a number: right-aligned, sortable as a number. */
  numeric: boolean;
  /** Cells carry a small bar; `domain` is the value extent the bars share. */
  bar: { domain: [number, number] } | undefined;
}

export interface TableCell {
  /** As printed: formatted numbers, text as written, "not reported" when empty. */
  text: string;
  value: number | null;
  missing: boolean;
}

export interface TableChart extends ChartMeta {
  type: 'table';
  columns: TableColumn[];
  /** In display order (sorted when the spec asks). */
  rows: TableCell[][];
  sort: { column: string; label: string; order: 'ascending' | 'descending' } | undefined;
}

/** Whether a column's cells are all numbers (or empty), without failing on the first that is not. */
function isNumeric(table: DataTable, column: string): boolean {
  try {
    return table.rows.some((_, index) => numberCell(table, 'columns', column, index) !== null);
  } catch (error) {
    if (error instanceof ChartInputError) return false;
    throw error;
  }
}

export function normalizeTableChart(id: string, spec: TableChartSpec, table: DataTable): TableChart {
  const columns = spec.columns.map((declared, index) => {
    const field = `columns[${index}]`;
    const column = requireColumn(table, `${field}.column`, declared.column);
    // A number format or a bar asks for numbers: a cell that is not one is an error, not text.
    const wantsNumbers = declared.format !== undefined || declared.bar;
    const numeric = wantsNumbers || isNumeric(table, column);
    const values = table.rows.map((_, row) => (numeric ? numberCell(table, field, column, row) : null));
    const present = values.filter((value): value is number => value !== null);
    // The first column names the row (a rank, a year, a name): shown as written unless a format is given.
    const format = numeric && (index > 0 || wantsNumbers) ? numberFormatter(declared.format, present) : undefined;
    const cells = table.rows.map((_, row): TableCell => {
      const raw = textCell(table, column, row);
      const value = values[row] ?? null;
      if (raw === null) return { text: notReported, value: null, missing: true };
      return { text: format && value !== null ? format(value) : raw, value, missing: false };
    });
    const domain: [number, number] = [Math.min(0, ...present), Math.max(0, ...present)];
    const bar = declared.bar ? { domain: domain[0] === domain[1] ? ([0, 1] as [number, number]) : domain } : undefined;
    return { column: { column, label: declared.label ?? column, numeric, bar }, cells };
  });

  const order = table.rows.map((_, index) => index);
  let sort: TableChart['sort'];
  if (spec.sort) {
    const column = requireColumn(table, 'sort.column', spec.sort.column);
    const direction = spec.sort.order === 'ascending' ? 1 : -1;
    const numeric = isNumeric(table, column);
    const key = (row: number) => (numeric ? numberCell(table, 'sort.column', column, row) : textCell(table, column, row));
    const collator = new Intl.Collator('en', { numeric: true });
    // Missing values sink to the bottom in either order; ties keep the data's order (sort is stable).
    order.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
      return direction * (typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb)));
    });
    const shown = columns.find((c) => c.column.column === column);
    sort = { column, label: shown?.column.label ?? column, order: spec.sort.order };
  }

  return {
    type: 'table',
    ...chartMeta(id, spec),
    columns: columns.map((c) => c.column),
    rows: order.map((row) => columns.map((c) => c.cells[row]!)),
    sort,
  };
}

/** A bar inside a cell. Its length is an SVG attribute: the page's CSP forbids style="" widths. */
function cellBar(value: number | null, domain: [number, number]): SvgNode {
  const x = scaleLinear().domain(domain).range([0, 100]);
  return el(
    'svg',
    { class: 'chart-svg table-bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    value === null ? null : el('rect', { x: x(Math.min(0, value)), y: 0, width: Math.abs(x(value) - x(0)), height: 10, class: `fill-${seriesClass(0)}` }),
  );
}

/**
 * A real table: the first cell of each row is its header, numbers are right-aligned and carry their
 * raw value in data-sort-value, so the table-sort script can reorder rows without parsing text.
 */
export function tableChart(chart: TableChart, idBase: string): SvgNode {
  const heading = `${idBase}-heading`;
  const head = el(
    'tr',
    {},
    chart.columns.map((column) =>
      el(
        'th',
        {
          scope: 'col',
          class: column.numeric ? 'num' : undefined,
          'data-sort-type': column.numeric ? 'number' : 'text',
          'aria-sort': chart.sort?.column === column.column ? chart.sort.order : undefined,
        },
        column.label,
      ),
    ),
  );
  const body = chart.rows.map((row) =>
    el(
      'tr',
      {},
      row.map((cell, index) => {
        const column = chart.columns[index]!;
        const classes = [column.numeric ? 'num' : '', cell.missing ? 'missing' : ''].filter(Boolean).join(' ');
        return el(
          index === 0 ? 'th' : 'td',
          { scope: index === 0 ? 'row' : undefined, class: classes || undefined, 'data-sort-value': cell.value === null ? undefined : String(cell.value) },
          cell.text,
          column.bar ? cellBar(cell.value, column.bar.domain) : null,
        );
      }),
    ),
  );
  // Wide tables scroll inside their own region (focusable, so keyboards can scroll it) instead of widening the page.
  return el(
    'div',
    { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': heading },
    el('table', { 'data-enhance': 'table-sort', 'aria-labelledby': heading }, el('thead', {}, head), el('tbody', {}, body)),
  );
}

const cellGap = 24;
const rowHeight = 30;
const cellBarWidth = 72;
const cellBarGap = 8;
const minTextColumn = 56;

/**
 * The same table for files that leave the site (PNG, SVG, social card): rows of text between
 * rules, figures right-aligned, bars after them. Numbers keep their width; text columns share
 * what is left and are shortened with an ellipsis when the table is wider than the drawing, down
 * to a few characters; a table that still does not fit is drawn wider than asked.
 */
export function tableLayout(chart: TableChart, width: number): Layout {
  const size = fontSize.label;
  const natural = chart.columns.map((column, index) => {
    // Bold header text runs about a tenth wider than the estimate for regular text.
    const widest = Math.max(textWidth(column.label, size) * 1.1, ...chart.rows.map((row) => textWidth(row[index]!.text, size)));
    return Math.ceil(widest) + (column.bar ? cellBarGap + cellBarWidth : 0);
  });
  const gaps = cellGap * (chart.columns.length - 1);
  const fixed = natural.reduce((sum, columnWidth, index) => sum + (chart.columns[index]!.numeric ? columnWidth : 0), 0);
  const textNatural = natural.reduce((sum, columnWidth, index) => sum + (chart.columns[index]!.numeric ? 0 : columnWidth), 0);
  const shrink = textNatural > 0 ? Math.min(1, Math.max(0, width - gaps - fixed) / textNatural) : 1;
  const widths = natural.map((columnWidth, index) => (chart.columns[index]!.numeric ? columnWidth : Math.min(columnWidth, Math.max(minTextColumn, Math.floor(columnWidth * shrink)))));
  const lefts = widths.map((_, index) => widths.slice(0, index).reduce((sum, columnWidth) => sum + columnWidth + cellGap, 0));
  const drawingWidth = Math.max(width, lefts.at(-1)! + widths.at(-1)!);

  const cell = (content: string, index: number, y: number, options: { weight?: 'bold'; muted?: boolean }) => {
    const column = chart.columns[index]!;
    const room = widths[index]! - (column.bar ? cellBarGap + cellBarWidth : 0);
    const right = lefts[index]! + room;
    return text(column.numeric ? right : lefts[index]!, y, column.numeric ? content : truncateText(content, size, room), {
      size,
      valign: 'middle',
      anchor: column.numeric ? 'end' : 'start',
      weight: options.weight ?? 'normal',
      className: options.muted ? 'fill-muted' : 'fill-text',
    });
  };
  const bar = (value: number | null, index: number, y: number) => {
    const domain = chart.columns[index]!.bar?.domain;
    if (!domain || value === null) return null;
    const x = scaleLinear().domain(domain).range([0, cellBarWidth]);
    const left = lefts[index]! + widths[index]! - cellBarWidth;
    return el('rect', { x: left + x(Math.min(0, value)), y: y - 5, width: Math.abs(x(value) - x(0)), height: 10, class: `fill-${seriesClass(0)}` });
  };
  const rule = (y: number, className: string, strokeWidth: number) => el('line', { x1: 0, x2: drawingWidth, y1: y, y2: y, class: className, 'stroke-width': strokeWidth });

  const marks: Layout['marks'] = [
    ...chart.columns.map((column, index) => cell(column.label, index, rowHeight / 2, { weight: 'bold' })),
    rule(rowHeight, 'stroke-annotation', 2),
  ];
  chart.rows.forEach((row, rowIndex) => {
    const top = rowHeight * (rowIndex + 1);
    const middle = top + rowHeight / 2;
    row.forEach((tableCell, index) => {
      marks.push(cell(tableCell.text, index, middle, { muted: tableCell.missing }), bar(tableCell.value, index, middle));
    });
    marks.push(rule(top + rowHeight, 'stroke-grid', 1));
  });
  return { width: drawingWidth, height: rowHeight * (chart.rows.length + 1) + 1, marks };
}

export function tableSummary(chart: TableChart): string {
  const count = `${chart.rows.length} ${chart.rows.length === 1 ? 'row' : 'rows'}`;
  const sorted = chart.sort ? `, sorted by ${chart.sort.label} (${chart.sort.order})` : '';
  const first = chart.columns[0]!;
  const rowName = (row: TableCell[], index: number) => {
    const header = row[0]!;
    if (header.missing) return `row ${index + 1}`;
    return first.numeric ? `${first.label} ${header.text}` : header.text;
  };
  const missing = chart.rows.flatMap((row, index) =>
    row.flatMap((cell, column) => (cell.missing && column > 0 ? [`${chart.columns[column]!.label} for ${rowName(row, index)}`] : [])),
  );
  return `${count}${sorted}.${missing.length > 0 ? ` Not reported: ${formatList(missing)}.` : ''}`;
}

export function tableTable(chart: TableChart): DataTableModel {
  return {
    columns: chart.columns.map((column) => ({ label: column.label, numeric: column.numeric })),
    rows: chart.rows.map((row) => row.map((cell) => cell.text)),
  };
}

export const tableChartType: ChartDefinition<TableChartSpec, TableChart> = {
  normalize: normalizeTableChart,
  html: tableChart,
  exportLayout: tableLayout,
  summary: tableSummary,
  table: tableTable,
};
