import { chartMeta, type ChartDefinition, type ChartMeta, type DataTableModel, type Layout } from './chart.ts';
import { numberCell, requireColumn, type DataTable, type RawRow } from './data.ts';
import { textWidth, wrapText } from './dimensions.ts';
import { ChartInputError } from './errors.ts';
import { numberFormatter } from './format.ts';
import { text } from './marks/text.ts';
import type { BigNumberSpec } from './spec.ts';
import { el, type SvgNode } from './svg.ts';

const notReported = 'not reported';

export interface BigNumber extends ChartMeta {
  type: 'big-number';
  valueColumn: string;
  /** The raw figure, or null when the cell is empty: shown as "not reported", never 0. */
  value: number | null;
  /** The figure as printed: "5,400". */
  formatted: string;
  qualifier: string | undefined;
  label: string;
  /** Which row was picked, in words ("year 2023"), for the summary and the data table. */
  rowName: string | undefined;
  comparison: { column: string; value: number | null; formatted: string; label: string } | undefined;
}

/** The row a big number reads from: picked by `row`, or the only row there is. */
function pickRow(table: DataTable, spec: BigNumberSpec, valueColumns: string[]): { index: number; name: string | undefined } {
  const selector = Object.entries(spec.row ?? {});
  for (const [column] of selector) requireColumn(table, `row.${column}`, column);
  const keyColumns = selector.length > 0 ? selector.map(([column]) => column) : describingColumns(table, valueColumns);
  const nameOf = (row: RawRow) => keyColumns.map((column) => `${column} ${row[column] ?? notReported}`).join(', ');
  const candidates = (rows: RawRow[]) => {
    const names = rows.slice(0, 10).map(nameOf);
    return rows.length > 10 ? `${names.join('; ')}; and ${rows.length - 10} more` : names.join('; ');
  };
  const example = (row: RawRow) => `row: { ${keyColumns.map((column) => `${column}: ${row[column] ?? '…'}`).join(', ')} }`;

  if (selector.length === 0) {
    if (table.rows.length === 1) return { index: 0, name: undefined };
    const last = table.rows.at(-1)!;
    throw new ChartInputError(
      'row',
      `${table.file} has ${table.rows.length} rows; a big number shows one: pick it with ${keyColumns.length > 0 ? example(last) : 'row: { column: value }'} (rows: ${candidates(table.rows)})`,
    );
  }
  const matches = table.rows.flatMap((row, index) => (selector.every(([column, value]) => row[column] === value) ? [index] : []));
  const wanted = selector.map(([column, value]) => `${column} ${value}`).join(', ');
  if (matches.length === 0) throw new ChartInputError('row', `no row of ${table.file} has ${wanted} (rows: ${candidates(table.rows)})`);
  if (matches.length > 1) {
    throw new ChartInputError('row', `${matches.length} rows of ${table.file} have ${wanted} (rows ${matches.map((index) => index + 1).join(', ')}); add a column to row: so it picks one`);
  }
  return { index: matches[0]!, name: wanted };
}

/** Columns that tell rows apart, for naming them in messages: the first one whose values are all distinct. */
function describingColumns(table: DataTable, valueColumns: string[]): string[] {
  const others = table.columns.filter((column) => !valueColumns.includes(column));
  const distinct = others.find((column) => new Set(table.rows.map((row) => row[column])).size === table.rows.length);
  return distinct ? [distinct] : others.slice(0, 2);
}

export function normalizeBigNumber(id: string, spec: BigNumberSpec, table: DataTable): BigNumber {
  const valueColumn = requireColumn(table, 'value', spec.value);
  const comparisonColumn = spec.comparison ? requireColumn(table, 'comparison.value', spec.comparison.value) : undefined;
  const row = pickRow(table, spec, [valueColumn, ...(comparisonColumn ? [comparisonColumn] : [])]);
  const value = numberCell(table, 'value', valueColumn, row.index);
  const comparisonValue = comparisonColumn ? numberCell(table, 'comparison.value', comparisonColumn, row.index) : null;
  return {
    type: 'big-number',
    ...chartMeta(id, spec),
    valueColumn,
    value,
    formatted: value === null ? notReported : numberFormatter(spec.format, [value])(value),
    // A bound ("more than") qualifies a number; it means nothing in front of "not reported".
    qualifier: value === null ? undefined : spec.qualifier,
    label: spec.label,
    rowName: row.name,
    comparison:
      spec.comparison && comparisonColumn
        ? {
            column: comparisonColumn,
            value: comparisonValue,
            formatted: comparisonValue === null ? notReported : numberFormatter(spec.comparison.format, [comparisonValue])(comparisonValue),
            label: spec.comparison.label,
          }
        : undefined,
  };
}

/** The figure as a reader says it: "more than 5,400". */
const headline = (chart: BigNumber) => (chart.qualifier ? `${chart.qualifier} ${chart.formatted}` : chart.formatted);

const comparisonText = (comparison: NonNullable<BigNumber['comparison']>) =>
  comparison.value === null ? `${comparison.label}: ${notReported}` : `${comparison.formatted} ${comparison.label}`;

/**
 * One paragraph, read as one sentence: "more than 5,400 cases of … +26% since 2020". The figures sit
 * in <data> elements whose value is the raw number, so the markup stays bound to the data file.
 */
export function bigNumber(chart: BigNumber): SvgNode {
  const comparison = chart.comparison;
  return el(
    'p',
    { class: 'big-number' },
    el(
      'span',
      { class: chart.value === null ? 'big-number__value big-number__value--missing' : 'big-number__value' },
      // The space sits inside the qualifier so it takes the qualifier's size, not the figure's.
      chart.qualifier ? el('span', { class: 'big-number__qualifier' }, `${chart.qualifier} `) : null,
      chart.value === null ? chart.formatted : el('data', { value: String(chart.value) }, chart.formatted),
    ),
    ' ',
    el('span', { class: 'big-number__label' }, chart.label),
    comparison
      ? [
          ' ',
          el(
            'span',
            { class: 'big-number__comparison' },
            comparison.value === null
              ? comparisonText(comparison)
              : [el('data', { class: 'big-number__change', value: String(comparison.value) }, comparison.formatted), ` ${comparison.label}`],
          ),
        ]
      : null,
  );
}

/**
 * The same figure for files that leave the site (PNG, SVG, social card): the number large, as
 * large as fits, with its qualifier before it, then the label and the change on lines below.
 * Words of different sizes on one line are tspans, so the renderer, not an estimate, spaces them.
 */
export function bigNumberLayout(chart: BigNumber, width: number): Layout {
  const qualifier = chart.qualifier ? `${chart.qualifier} ` : '';
  const qualifierSize = 26;
  const missing = chart.value === null;
  const room = width - textWidth(qualifier, qualifierSize);
  const figureSize = missing ? 28 : Math.min(64, Math.floor(room / textWidth(chart.formatted, 1)));
  const baseline = Math.round(figureSize * 0.8);
  const marks: Layout['marks'] = [
    el(
      'text',
      { x: 0, y: baseline, 'font-weight': 700, class: missing ? 'fill-muted' : 'fill-text' },
      qualifier && el('tspan', { 'font-size': qualifierSize, 'font-weight': 600 }, qualifier),
      el('tspan', { 'font-size': figureSize }, chart.formatted),
    ),
  ];
  const labelSize = 17;
  const lineHeight = Math.round(labelSize * 1.4);
  let y = baseline + Math.round(figureSize * 0.2) + 12;
  const lineBaseline = () => y - Math.round(lineHeight * 0.3);
  for (const line of wrapText(chart.label, labelSize, width)) {
    y += lineHeight;
    marks.push(text(0, lineBaseline(), line, { size: labelSize }));
  }
  const comparison = chart.comparison;
  if (comparison) {
    y += lineHeight;
    marks.push(
      comparison.value === null
        ? text(0, lineBaseline(), comparisonText(comparison), { size: labelSize, className: 'fill-muted' })
        : el(
            'text',
            { x: 0, y: lineBaseline(), 'font-size': labelSize, class: 'fill-muted' },
            el('tspan', { 'font-weight': 700, class: 'fill-text' }, comparison.formatted),
            ` ${comparison.label}`,
          ),
    );
  }
  return { width, height: y, marks };
}

export function bigNumberSummary(chart: BigNumber): string {
  const comparison = chart.comparison ? ` ${capitalize(comparisonText(chart.comparison))}.` : '';
  return `${capitalize(chart.label)}${chart.rowName ? ` (${chart.rowName})` : ''}: ${headline(chart)}.${comparison}`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function bigNumberTable(chart: BigNumber): DataTableModel {
  const comparison = chart.comparison;
  return {
    columns: [
      { label: 'Figure', numeric: false },
      { label: chart.valueColumn, numeric: true },
      ...(comparison ? [{ label: `Change ${comparison.label}`, numeric: true }] : []),
    ],
    rows: [[`${capitalize(chart.label)}${chart.rowName ? ` (${chart.rowName})` : ''}`, headline(chart), ...(comparison ? [comparison.formatted] : [])]],
  };
}

export const bigNumberType: ChartDefinition<BigNumberSpec, BigNumber> = {
  normalize: normalizeBigNumber,
  html: (chart) => bigNumber(chart),
  exportLayout: bigNumberLayout,
  summary: bigNumberSummary,
  table: bigNumberTable,
};
