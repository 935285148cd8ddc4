import { scaleLinear } from 'd3-scale';
import { max, sum } from 'd3-array';
import { notReported } from './barChart.ts';
import { chartMeta, estimateNote, seriesClass, type ChartDefinition, type ChartMeta, type DataTableModel, type Layout } from './chart.ts';
import { numberCell, requireColumn, textCell, type DataTable, rowNumber } from './data.ts';
import { fontSize, frame, textWidth, truncateText, wrapText } from './dimensions.ts';
import { ChartInputError } from './errors.ts';
import { formatList, numberFormatter, type NumberFormatter } from './format.ts';
import { axisX } from './marks/axisX.ts';
import { barX } from './marks/barX.ts';
import { legend, legendLayout, legendRow } from './marks/legend.ts';
import { text } from './marks/text.ts';
import type { StackedChartSpec } from './spec.ts';
import { el, type SvgNode } from './svg.ts';

export interface StackedSegment {
  part: string;
  /** null when the data does not report this part for this bar: it is left out, never drawn as zero. */
  value: number | null;
  /** The segment's length: its share of the bar in percent mode, its value otherwise. */
  length: number | null;
  /** What the segment says: the formatted length, ≈ for estimates, or "not reported". */
  label: string;
  estimate: boolean;
}

export interface StackedBar {
  category: string;
  /** One per part, in the chart's part order, missing ones included. */
  segments: StackedSegment[];
  /** The sum of the reported parts. */
  total: number;
}

export interface StackedChart extends ChartMeta {
  type: 'stacked';
  mode: 'percent' | 'absolute';
  parts: string[];
  bars: StackedBar[];
  /** Formats segment lengths: shares in percent mode, values otherwise. */
  format: NumberFormatter;
  /** Formats the data's own values, for the table. */
  valueFormat: NumberFormatter;
  categoryColumn: string;
  partColumn: string;
  valueColumn: string;
}

export function normalizeStackedChart(id: string, spec: StackedChartSpec, table: DataTable): StackedChart {
  const categoryColumn = requireColumn(table, 'y', spec.y);
  const valueColumn = requireColumn(table, 'x', spec.x);
  const partColumn = requireColumn(table, 'fill', spec.fill);
  if (spec.estimate) requireColumn(table, 'estimate', spec.estimate);
  const cells = new Map<string, { value: number | null; estimate: boolean }>();
  const categories: string[] = [];
  const parts: string[] = [];
  const key = (category: string, part: string) => JSON.stringify([category, part]);
  for (const [index] of table.rows.entries()) {
    const category = textCell(table, categoryColumn, index);
    if (category === null) throw new ChartInputError('y', `${table.file} row ${rowNumber(table, index)}, column "${categoryColumn}" is empty; every row needs the bar it belongs to`);
    const part = textCell(table, partColumn, index);
    if (part === null) throw new ChartInputError('fill', `${table.file} row ${rowNumber(table, index)}, column "${partColumn}" is empty; every row needs the part it measures`);
    if (cells.has(key(category, part))) throw new ChartInputError('fill', `${table.file} row ${rowNumber(table, index)}: "${category}" has the part "${part}" twice`);
    const value = numberCell(table, 'x', valueColumn, index);
    if (value !== null && value < 0) {
      throw new ChartInputError('x', `${table.file} row ${rowNumber(table, index)}, column "${valueColumn}": ${value} is negative; the parts of a stacked bar add up to a whole`);
    }
    if (!categories.includes(category)) categories.push(category);
    if (!parts.includes(part)) parts.push(part);
    cells.set(key(category, part), { value, estimate: spec.estimate ? textCell(table, spec.estimate, index) !== null : false });
  }
  // Past six the palette repeats, and two parts of one colour cannot be told apart.
  if (parts.length > 6) {
    throw new ChartInputError('fill', `column "${partColumn}" names ${parts.length} parts (${formatList(parts)}); a stacked bar can show at most 6: group the smallest into one such as "Other"`);
  }
  const values = [...cells.values()].flatMap((cell) => (cell.value === null ? [] : [cell.value]));
  const valueFormat = numberFormatter(spec.mode === 'absolute' ? spec.format : undefined, values);
  const format = spec.mode === 'percent' ? numberFormatter(spec.format ?? '.0%', []) : valueFormat;
  const bars = categories.map((category) => {
    // A part absent from the file is as unreported as an empty cell.
    const found = parts.map((part) => ({ part, ...(cells.get(key(category, part)) ?? { value: null, estimate: false }) }));
    const total = sum(found, (cell) => cell.value ?? 0);
    const segments = found.map((cell) => {
      const length = cell.value === null ? null : spec.mode === 'percent' ? (total > 0 ? cell.value / total : 0) : cell.value;
      const label = length === null ? notReported : `${cell.estimate ? '≈' : ''}${format(length)}`;
      return { ...cell, length, label };
    });
    return { category, segments, total };
  });
  return { type: 'stacked', ...chartMeta(id, spec), mode: spec.mode, parts, bars, format, valueFormat, categoryColumn, partColumn, valueColumn };
}

const barHeight = 28;
const rowGap = 14;
const labelGap = 8;
const nameLine = fontSize.label + 4;
// Under the bars: a gap, then axisX's tick marks and their labels.
const axisGap = 6;
const axisRoom = axisGap + 26;

const partClass = (index: number) => `fill-${seriesClass(index)}`;
const complete = (bar: StackedBar) => bar.segments.every((segment) => segment.value !== null);
const totalLabel = (chart: StackedChart, bar: StackedBar) => `${bar.segments.some((segment) => segment.estimate) ? '≈' : ''}${chart.format(bar.total)}`;

/**
 * Horizontal bars split into parts. The parts are named right above the first bar when every name
 * fits over its segment, otherwise in a legend; values are written inside the segments they fit in.
 */
export function stackedChart(chart: StackedChart, width: number): Layout {
  const categoryWidth = max(chart.bars, (bar) => textWidth(bar.category, fontSize.label)) ?? 0;
  const labelsAbove = categoryWidth > width * 0.3;
  const totals = chart.mode === 'absolute' ? chart.bars.filter(complete).map((bar) => textWidth(totalLabel(chart, bar), fontSize.value) + labelGap) : [];
  const left = labelsAbove ? 0 : categoryWidth + labelGap;
  // A pixel to spare on the right keeps the dashed outline of a last estimated segment whole.
  const right = width - Math.max(1, Math.min(max(totals) ?? 0, width * 0.3));
  const x = scaleLinear()
    .domain([0, chart.mode === 'percent' ? 1 : Math.max(max(chart.bars, (bar) => bar.total) ?? 0, Number.MIN_VALUE)])
    .range([left, right]);

  const spans = chart.bars.map((bar) => {
    let start = 0;
    return bar.segments.map((segment) => {
      const x0 = x(start);
      start += segment.length ?? 0;
      return { x0, x1: x(start) };
    });
  });
  const names = directNames(chart, spans[0] ?? []);
  const key = names ? undefined : legendLayout(chart.parts.map((part, index) => ({ label: part, className: partClass(index) })), width);
  const nameLines = names ? Math.max(...names.map((name) => name.lines.length)) : 0;
  const top = (names ? nameLines * nameLine : (key?.rows ?? 0) * legendRow) + 10;
  const rowHeight = barHeight + rowGap + (labelsAbove ? fontSize.label + 6 : 0);
  const barsBottom = top + rowHeight * chart.bars.length - rowGap;
  const height = barsBottom + axisRoom;
  const f = frame(width, height, { top, left, right: width - right, bottom: height - barsBottom - axisGap });
  const barTop = (index: number) => top + index * rowHeight + (labelsAbove ? fontSize.label + 6 : 0);

  const percentTicks = x(1) - x(0) >= 200 ? [0, 0.25, 0.5, 0.75, 1] : [0, 0.5, 1];
  const tickFormat = chart.mode === 'percent' ? numberFormatter('.0%', []) : chart.format;
  const ticks = (chart.mode === 'percent' ? percentTicks : x.ticks(Math.max(2, Math.floor((right - left) / 90)))).map((value) => ({ position: x(value), label: tickFormat(value) }));

  const marks: (SvgNode | null)[] = [
    key ? legend(key.items, 0) : null,
    names
      ? el(
          'g',
          { class: 'labels' },
          names.flatMap((name) =>
            name.lines.map((line, index) => text(name.x, (nameLines - name.lines.length + index) * nameLine, line, { valign: 'top', className: name.className })),
          ),
        )
      : null,
    barX(
      chart.bars.flatMap((bar, row) =>
        bar.segments.flatMap((segment, index) => {
          const span = spans[row]![index]!;
          if (segment.value === null) return [];
          return [{ ...span, y: barTop(row), height: barHeight, className: partClass(index), estimate: segment.estimate, label: `${bar.category}: ${segment.part}`, value: segment.label }];
        }),
      ),
    ),
    el(
      'g',
      { class: 'labels' },
      chart.bars.flatMap((bar, row) => {
        const middle = barTop(row) + barHeight / 2;
        const category = labelsAbove
          ? text(0, top + row * rowHeight + fontSize.label, truncateText(bar.category, fontSize.label, width))
          : text(left - labelGap, middle, bar.category, { anchor: 'end', valign: 'middle' });
        const values = bar.segments.flatMap((segment, index) => {
          const span = spans[row]![index]!;
          const fits = segment.value !== null && textWidth(segment.label, fontSize.value) + labelGap <= span.x1 - span.x0;
          // Outlined estimates are hollow: their text takes the text colour, not the page colour.
          return fits ? [text((span.x0 + span.x1) / 2, middle, segment.label, { anchor: 'middle', valign: 'middle', size: fontSize.value, className: segment.estimate ? 'fill-text' : 'fill-bg' })] : [];
        });
        const total = chart.mode === 'absolute' && complete(bar) ? text(x(bar.total) + 6, middle, totalLabel(chart, bar), { valign: 'middle', size: fontSize.value }) : null;
        return [category, ...values, total];
      }),
    ),
    axisX(ticks, f),
  ];
  return { width, height, marks };
}

/** The part names set over the first bar's segments, or undefined when one of them does not fit over its segment. */
function directNames(chart: StackedChart, spans: readonly { x0: number; x1: number }[]) {
  const first = chart.bars[0];
  if (!first || first.segments.some((segment) => !segment.length)) return undefined;
  const names = chart.parts.map((part, index) => {
    const span = spans[index]!;
    const room = span.x1 - span.x0 - 4;
    const lines = wrapText(part, fontSize.label, room);
    const fits = lines.length <= 2 && lines.every((line) => textWidth(line, fontSize.label) <= room);
    return fits ? { x: span.x0 + 2, lines, className: partClass(index) } : undefined;
  });
  return names.every((name) => name !== undefined) ? names : undefined;
}

export function stackedSummary(chart: StackedChart): string {
  const sentences = [`${chart.bars.length} ${chart.bars.length === 1 ? 'bar' : 'bars'} split into ${formatList(chart.parts)}.`];
  for (const bar of chart.bars) {
    const parts = formatList(bar.segments.map((segment) => `${segment.part} ${segment.label}`));
    if (chart.mode === 'absolute') sentences.push(complete(bar) ? `${bar.category}: ${totalLabel(chart, bar)} in all (${parts}).` : `${bar.category}: ${parts}.`);
    else sentences.push(`${bar.category}: ${parts}${complete(bar) ? '' : ' (shares of the parts reported)'}.`);
  }
  return sentences.join(' ');
}

/** One row per bar and part, as the data is written, so every value (and every share) is there. */
export function stackedTable(chart: StackedChart): DataTableModel {
  const percent = chart.mode === 'percent';
  return {
    columns: [
      { label: chart.categoryColumn, numeric: false },
      { label: chart.partColumn, numeric: false },
      { label: chart.valueColumn, numeric: true },
      ...(percent ? [{ label: 'share of bar', numeric: true }] : []),
    ],
    rows: chart.bars.flatMap((bar) =>
      bar.segments.map((segment) => {
        const value = segment.value === null ? notReported : `${segment.estimate ? '≈' : ''}${chart.valueFormat(segment.value)}`;
        return [bar.category, segment.part, value, ...(percent ? [segment.label] : [])];
      }),
    ),
  };
}

function stackedNotes(chart: StackedChart): string[] {
  const notes = chart.bars.some((bar) => bar.segments.some((segment) => segment.estimate)) ? [estimateNote] : [];
  const missing = chart.bars.flatMap((bar) => bar.segments.filter((segment) => segment.value === null).map((segment) => `${segment.part} for ${bar.category}`));
  if (missing.length > 0) {
    const shares = chart.mode === 'percent' ? ' Those bars show shares of the parts that were reported.' : '';
    notes.push(`Not reported, so left out of the bars: ${formatList(missing)}.${shares}`);
  }
  return notes;
}

export const stackedChartType: ChartDefinition<StackedChartSpec, StackedChart> = {
  normalize: normalizeStackedChart,
  layout: (chart, width) => stackedChart(chart, width),
  summary: stackedSummary,
  table: stackedTable,
  autoNotes: stackedNotes,
};
