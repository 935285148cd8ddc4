import { scaleBand, scaleLinear } from 'd3-scale';
import { max, min } from 'd3-array';
import { chartMeta, estimateNote, seriesClass, type ChartDefinition, type ChartMeta, type DataTableModel, type Layout } from './chart.ts';
import { numberCell, requireColumn, textCell, type DataTable, rowNumber } from './data.ts';
import { fontSize, frame, textWidth, truncateText } from './dimensions.ts';
import { ChartInputError } from './errors.ts';
import { formatList, numberFormatter, type NumberFormatter } from './format.ts';
import { barX } from './marks/barX.ts';
import { gridX } from './marks/grid.ts';
import { rangeX } from './marks/range.ts';
import { ruleX, ruleXLabelRoom } from './marks/rule.ts';
import { text } from './marks/text.ts';
import type { AnnotationSpec, BarChartSpec } from './spec.ts';
import { el, type SvgNode } from './svg.ts';
import type { FacetSupport } from './smallMultiples.ts';

export interface BarDatum {
  category: string;
  value: number | null;
  /** The text shown at the bar's end: the label column, or the formatted value. */
  label: string;
  estimate: boolean;
  highlight: boolean;
  note: string | undefined;
}

export interface BarChart extends ChartMeta {
  type: 'bar';
  bars: BarDatum[];
  format: NumberFormatter;
  valueColumn: string;
  categoryColumn: string;
  xLabel: string | undefined;
  rules: { value: number; label: string }[];
  ranges: { from: number; to: number; label: string }[];
}

export const notReported = 'not reported';

/** Shared with the column chart: rows to categorical values with labels, estimates and highlights. */
export function categoricalValues(
  table: DataTable,
  spec: { x: string; y: string; labels?: string | undefined; estimate?: string | undefined; highlight?: string[] | undefined; format?: string | undefined },
  fields: { category: 'x' | 'y'; value: 'x' | 'y' },
) {
  const categoryColumn = requireColumn(table, fields.category, spec[fields.category]);
  const valueColumn = requireColumn(table, fields.value, spec[fields.value]);
  if (spec.labels) requireColumn(table, 'labels', spec.labels);
  if (spec.estimate) requireColumn(table, 'estimate', spec.estimate);
  const values = table.rows.map((_, index) => numberCell(table, fields.value, valueColumn, index));
  const format = numberFormatter(spec.format, values.filter((value): value is number => value !== null));
  const categories = table.rows.map((_, index) => {
    const category = textCell(table, categoryColumn, index);
    if (category === null) throw new ChartInputError(fields.category, `${table.file} row ${rowNumber(table, index)}, column "${categoryColumn}" is empty; every row needs a category`);
    return category;
  });
  const seen = new Set<string>();
  for (const [index, category] of categories.entries()) {
    if (seen.has(category)) throw new ChartInputError(fields.category, `${table.file} row ${rowNumber(table, index)}: category "${category}" appears twice in column "${categoryColumn}"`);
    seen.add(category);
  }
  for (const [index, category] of (spec.highlight ?? []).entries()) {
    if (!seen.has(category)) throw new ChartInputError(`highlight[${index}]`, `"${category}" is not a category in column "${categoryColumn}" (categories: ${categories.join(', ')})`);
  }
  const data = categories.map((category, index) => {
    const value = values[index] ?? null;
    const estimate = spec.estimate ? textCell(table, spec.estimate, index) !== null : false;
    const custom = spec.labels ? textCell(table, spec.labels, index) : null;
    const label = value === null ? notReported : custom ?? `${estimate ? '≈' : ''}${format(value)}`;
    return { category, value, label, estimate, highlight: spec.highlight?.includes(category) ?? false, note: undefined as string | undefined };
  });
  return { data, format, categoryColumn, valueColumn };
}

/**
 * Splits annotations into value rules, ranges and notes attached to categories. A range spans
 * values on bars (along the value axis) and categories on columns (across the columns).
 */
export function categoricalAnnotations(
  annotations: readonly AnnotationSpec[] | undefined,
  data: { category: string; note: string | undefined }[],
  rangesSpan: 'values' | 'categories' = 'values',
) {
  const rules: { value: number; label: string }[] = [];
  const ranges: { from: number; to: number; label: string }[] = [];
  const categoryRanges: { from: string; to: string; label: string }[] = [];
  const categories = () => data.map((d) => d.category).join(', ');
  for (const [index, annotation] of (annotations ?? []).entries()) {
    if (annotation.type === 'rule') rules.push({ value: annotation.value, label: annotation.label });
    if (annotation.type === 'range' && rangesSpan === 'categories') {
      for (const end of ['from', 'to'] as const) {
        if (!data.some((d) => d.category === annotation[end])) {
          throw new ChartInputError(`annotations[${index}].${end}`, `"${annotation[end]}" is not a category of this chart (categories: ${categories()})`);
        }
      }
      categoryRanges.push({ from: annotation.from, to: annotation.to, label: annotation.label });
    } else if (annotation.type === 'range') {
      const from = Number(annotation.from);
      const to = Number(annotation.to);
      if (!Number.isFinite(from) || !Number.isFinite(to)) {
        throw new ChartInputError(`annotations[${index}]`, `a range on this chart spans values: from and to must be numbers, got "${annotation.from}" and "${annotation.to}"`);
      }
      ranges.push({ from, to, label: annotation.label });
    }
    if (annotation.type === 'point') {
      const datum = data.find((d) => d.category === annotation.x);
      if (!datum) throw new ChartInputError(`annotations[${index}].x`, `"${annotation.x}" is not a category of this chart (categories: ${categories()})`);
      datum.note = annotation.label;
    }
  }
  return { rules, ranges, categoryRanges };
}

export function normalizeBarChart(id: string, spec: BarChartSpec, table: DataTable): BarChart {
  const { data, format, categoryColumn, valueColumn } = categoricalValues(table, spec, { category: 'y', value: 'x' });
  const { rules, ranges } = categoricalAnnotations(spec.annotations, data);
  const present = data.filter((bar) => bar.value !== null);
  const sorted =
    spec.sort === 'data'
      ? data
      : [...present].sort((a, b) => (spec.sort === 'ascending' ? a.value! - b.value! : b.value! - a.value!)).concat(data.filter((bar) => bar.value === null));
  return { type: 'bar', ...chartMeta(id, spec), bars: sorted, format, valueColumn, categoryColumn, xLabel: spec.xLabel, rules, ranges };
}

const endLabel = (bar: BarDatum) => (bar.note ? `${bar.label} · ${bar.note}` : bar.label);

/** What fixes a bar chart's geometry: small multiples share it so that equal values draw equal bars. */
export interface BarScales {
  /** Zero and every value: the extent the value axis covers before ticks round it. */
  domain: [number, number];
  categoryWidth: number;
  maxLabel: number;
}

export function barScales(charts: readonly BarChart[]): BarScales {
  const bars = charts.flatMap((chart) => chart.bars);
  const values = bars.map((bar) => bar.value).filter((value): value is number => value !== null);
  return {
    domain: [Math.min(0, min(values) ?? 0), Math.max(0, max(values) ?? 1)],
    categoryWidth: max(bars, (bar) => textWidth(bar.category, fontSize.label)) ?? 0,
    maxLabel: max(bars, (bar) => textWidth(endLabel(bar), fontSize.value)) ?? 0,
  };
}

const barHeight = 22;
const rowGap = 12;
const labelGap = 8;

/** Horizontal bars with direct value labels. Narrow layouts put category names above their bars. */
export function barChart(chart: BarChart, width: number, scales: BarScales = barScales([chart])): Layout {
  const { domain: extent, categoryWidth, maxLabel } = scales;
  const labelsAbove = categoryWidth > width * 0.3;
  const valueRoom = Math.min(maxLabel + labelGap, width * 0.45);
  const negativeRoom = extent[0] < 0 ? valueRoom : 0;
  const rowHeight = barHeight + rowGap + (labelsAbove ? fontSize.label + 6 : 0);
  const top = 24 + (chart.xLabel ? fontSize.tick + 8 : 0);
  const bottom = chart.rules.length > 0 ? ruleXLabelRoom : 4;
  const margin = { top, right: valueRoom, bottom, left: (labelsAbove ? 0 : categoryWidth + labelGap) + negativeRoom };
  const height = top + rowHeight * chart.bars.length - rowGap + margin.bottom;
  const f = frame(width, height, margin);
  const x = scaleLinear().domain(extent).range([f.left, f.right]).nice(Math.max(2, Math.floor((f.right - f.left) / 90)));
  const y = scaleBand<string>().domain(chart.bars.map((bar) => bar.category)).range([f.top, f.bottom + rowGap]).paddingInner(0);
  const barTop = (category: string) => (y(category) ?? 0) + (labelsAbove ? fontSize.label + 6 : 0);
  const anyHighlight = chart.bars.some((bar) => bar.highlight);
  const tickCount = Math.max(2, Math.floor((f.right - f.left) / 90));
  const ticks = x.ticks(tickCount).map((value) => ({ value, position: x(value), label: chart.format(value) }));

  const marks: (SvgNode | null)[] = [
    gridX(ticks, f),
    ...chart.ranges.map((range) => rangeX(x(range.from), x(range.to), range.label, f)),
    barX(
      chart.bars.flatMap((bar) =>
        bar.value === null
          ? []
          : [{
              x0: x(0),
              x1: x(bar.value),
              y: barTop(bar.category),
              height: barHeight,
              className: anyHighlight && !bar.highlight ? 'fill-muted-mark' : `fill-${seriesClass(0)}`,
              estimate: bar.estimate,
              label: bar.category,
              value: bar.label,
            }],
      ),
    ),
    el(
      'g',
      { class: 'labels' },
      chart.bars.flatMap((bar) => {
        const rowTop = y(bar.category) ?? 0;
        const middle = barTop(bar.category) + barHeight / 2;
        const category = labelsAbove
          ? text(f.left, rowTop + fontSize.label, truncateText(bar.category, fontSize.label, width), { weight: bar.highlight ? 'bold' : 'normal' })
          : text(f.left - negativeRoom - labelGap, middle, bar.category, { anchor: 'end', valign: 'middle', weight: bar.highlight ? 'bold' : 'normal' });
        const negative = bar.value !== null && bar.value < 0;
        const end = bar.value === null ? x(0) : x(bar.value);
        const room = negative ? end - 6 : width - end - 6;
        const value = text(negative ? end - 6 : end + 6, middle, truncateText(endLabel(bar), fontSize.value, room), {
          anchor: negative ? 'end' : 'start',
          valign: 'middle',
          size: fontSize.value,
          className: bar.value === null ? 'fill-muted' : 'fill-text',
        });
        return [category, value];
      }),
    ),
    ...chart.rules.map((rule) => ruleX(x(rule.value), rule.label, f)),
    chart.xLabel ? text(f.right, 0, chart.xLabel, { anchor: 'end', valign: 'top', size: fontSize.tick, className: 'fill-muted' }) : null,
  ];
  return { width, height, marks };
}

export function barSummary(chart: BarChart): string {
  return categoricalSummary(chart.bars, chart.format);
}

/** "Largest: Temu (1). Smallest: … Not reported: …" from the data, in the data's own words. */
export function categoricalSummary(data: readonly BarDatum[], format: NumberFormatter, noun: [one: string, many: string] = ['category', 'categories']): string {
  const present = data.filter((d) => d.value !== null);
  const parts: string[] = [];
  if (present.length > 0) {
    const largest = present.reduce((a, b) => (b.value! > a.value! ? b : a));
    const smallest = present.reduce((a, b) => (b.value! < a.value! ? b : a));
    parts.push(`${data.length} ${data.length === 1 ? noun[0] : noun[1]}.`);
    parts.push(`Largest: ${largest.category}, ${largest.label}.`);
    if (present.length > 1) parts.push(`Smallest: ${smallest.category}, ${smallest.label}.`);
    const estimates = present.filter((d) => d.estimate);
    if (estimates.length > 0) parts.push(`Estimated: ${formatList(estimates.map((d) => `${d.category} (${format(d.value!)})`))}.`);
  }
  const missing = data.filter((d) => d.value === null).map((d) => d.category);
  if (missing.length > 0) parts.push(`Not reported: ${formatList(missing)}.`);
  return parts.join(' ');
}

export function categoricalTable(data: readonly BarDatum[], categoryColumn: string, valueColumn: string): DataTableModel {
  return {
    columns: [{ label: categoryColumn, numeric: false }, { label: valueColumn, numeric: true }],
    rows: data.map((d) => [d.category, d.label]),
  };
}

export function barTable(chart: BarChart): DataTableModel {
  return categoricalTable(chart.bars, chart.categoryColumn, chart.valueColumn);
}

export const barChartType: ChartDefinition<BarChartSpec, BarChart> = {
  normalize: normalizeBarChart,
  layout: (chart, width) => barChart(chart, width),
  summary: barSummary,
  table: barTable,
  autoNotes: (chart) => (chart.bars.some((bar) => bar.estimate) ? [estimateNote] : []),
};

export const barFacets: FacetSupport<BarChart, BarScales> = {
  shared: barScales,
  layout: barChart,
};
