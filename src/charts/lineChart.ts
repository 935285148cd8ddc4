import { max, sum } from 'd3-array';
import { scaleLinear, scaleUtc, type ScaleLinear } from 'd3-scale';
import { notReported } from './barChart.ts';
import { chartMeta, type ChartDefinition, type ChartMeta, type DataTableModel, type Layout } from './chart.ts';
import { numberCell, parseDate, type DataTable } from './data.ts';
import { dodgeLabels } from './dodgeLabels.ts';
import { fontSize, frame, textWidth, truncateText, type Frame } from './dimensions.ts';
import { ChartInputError, listOf } from './errors.ts';
import { dateFormatter, formatList, numberFormatter, type NumberFormatter } from './format.ts';
import { axisX } from './marks/axisX.ts';
import { dot } from './marks/dot.ts';
import { gridY, type Tick } from './marks/grid.ts';
import { line } from './marks/line.ts';
import { pointNote, pointNoteRadius } from './marks/pointNote.ts';
import { rangeX } from './marks/range.ts';
import { ruleY } from './marks/rule.ts';
import { seriesLabels } from './marks/seriesLabels.ts';
import { text } from './marks/text.ts';
import type { AnnotationSpec, LineChartSpec } from './spec.ts';
import { group, type SvgNode } from './svg.ts';
import { timeTicks } from './timeTicks.ts';
import { unionDomain, type FacetSupport } from './smallMultiples.ts';
import { overlaps, type Box } from './boxes.ts';
import {
  definedPoints,
  drawingOrder,
  gapDates,
  labelClass,
  labelColumn,
  labelLineHeight,
  labelLines,
  labelRoom,
  normalizeTimeSeries,
  timeSeriesTable,
  type SeriesPoint,
  type TimeSeries,
} from './timeSeries.ts';

export interface LineChart extends ChartMeta, TimeSeries {
  type: 'line';
  format: NumberFormatter;
  /** The editor's d3-format specifier, which value ticks keep (with their own precision if it sets none). */
  formatSpec: string | undefined;
  dateFormat: string | undefined;
  /** Dates in full ("March 2024"), for the summary, the table and tooltips. */
  formatDate: (date: Date) => string;
  yLabel: string | undefined;
  zero: boolean;
  rules: { value: number; label: string }[];
  ranges: { from: Date; to: Date; label: string }[];
  /** Point annotations, bound to the value they point at. */
  callouts: { date: Date; value: number; label: string }[];
}

export const gapNote = 'A break in a line marks a date with no reported value.';

export function normalizeLineChart(id: string, spec: LineChartSpec, table: DataTable): LineChart {
  const data = normalizeTimeSeries(table, spec, (column, index) => numberCell(table, 'y', column, index));
  const values = data.series.flatMap((s) => definedPoints(s).map((point) => point.value));
  const format = numberFormatter(spec.format, values);
  return {
    type: 'line',
    ...chartMeta(id, spec),
    ...data,
    format,
    formatSpec: spec.format,
    dateFormat: spec.dateFormat,
    formatDate: dateFormatter(spec.dateFormat, data.precision),
    yLabel: spec.yLabel,
    zero: spec.zero,
    ...lineAnnotations(spec.annotations ?? [], data),
  };
}

function annotationDate(field: string, value: string): Date {
  const parsed = parseDate(value);
  if (!parsed) throw new ChartInputError(field, `"${value}" is not a date; expected 2024, 2024-02 or 2024-02-15 (in quotes when it is a full date)`);
  return parsed.date;
}

/** Binds annotations to the data: ranges to dates inside the chart, points to a value on one line. */
function lineAnnotations(annotations: readonly AnnotationSpec[], data: TimeSeries) {
  const rules: LineChart['rules'] = [];
  const ranges: LineChart['ranges'] = [];
  const callouts: LineChart['callouts'] = [];
  const first = data.dates[0]!;
  const last = data.dates.at(-1)!;
  const names = data.series.map((s) => s.name);
  for (const [index, annotation] of annotations.entries()) {
    const field = `annotations[${index}]`;
    if (annotation.type === 'rule') rules.push({ value: annotation.value, label: annotation.label });
    if (annotation.type === 'range') {
      const from = annotationDate(`${field}.from`, annotation.from);
      const to = annotationDate(`${field}.to`, annotation.to);
      if (from > to) throw new ChartInputError(`${field}.to`, `"${annotation.to}" is before from ("${annotation.from}")`);
      if (to < first || from > last) {
        const format = dateFormatter(undefined, data.precision);
        throw new ChartInputError(field, `${annotation.from} to ${annotation.to} is outside the chart's dates (${format(first)} to ${format(last)})`);
      }
      // A period that starts before the data (a recession under way) is drawn from the first date.
      ranges.push({ from: from < first ? first : from, to: to > last ? last : to, label: annotation.label });
    }
    if (annotation.type === 'point') {
      const date = annotationDate(`${field}.x`, annotation.x);
      if (annotation.series !== undefined && data.seriesColumn === undefined) throw new ChartInputError(`${field}.series`, 'this chart has one line and no series column; remove series');
      if (annotation.series === undefined && data.series.length > 1) throw new ChartInputError(`${field}.series`, `missing: the line the point is on (series: ${listOf(names)})`);
      const series = annotation.series === undefined ? data.series[0] : data.series.find((s) => s.name === annotation.series);
      if (!series) throw new ChartInputError(`${field}.series`, `"${annotation.series}" is not a series (series: ${listOf(names)})`);
      const point = series.points.find((p) => p.date.getTime() === date.getTime());
      if (point === undefined || point.value === null) {
        const whose = data.seriesColumn === undefined ? 'the line' : `"${series.name}"`;
        throw new ChartInputError(`${field}.x`, `${whose} has no value on ${annotation.x}`);
      }
      callouts.push({ date, value: point.value, label: annotation.label });
    }
  }
  return { rules, ranges, callouts };
}

const maxDotted = 12;
/** Closer than this, dots on every point merge into a beaded line. */
const minDotSpacing = 24;
const labelGap = 8;
const axisRoom = 28;


/** Scales several small charts share, so their lines compare at a glance. */
export interface SharedLineScales {
  values: [number, number];
  dates: [Date, Date];
}

/** The y domain: the values, zero unless the editor turned it off, and every reference line. */
export function valueDomain(chart: LineChart): [number, number] {
  const values = [...chart.series.flatMap((s) => definedPoints(s).map((point) => point.value)), ...chart.rules.map((rule) => rule.value), ...(chart.zero ? [0] : [])];
  if (values.length === 0) return [0, 1];
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (low === high) return low === 0 ? [0, 1] : [low - Math.abs(low) / 10, high + Math.abs(high) / 10];
  return [low, high];
}

/** Value ticks with labels that differ: fewer ticks when the format would print two the same ("1", "1"). */
function valueTicks(y: ScaleLinear<number, number>, count: number, spec: string | undefined): Tick[] {
  for (let n = count; n > 1; n--) {
    const format = y.tickFormat(n, spec ?? ',f');
    const ticks = y.ticks(n).map((value) => ({ value, position: y(value), label: format(value) }));
    if (new Set(ticks.map((tick) => tick.label)).size === ticks.length) return ticks;
  }
  return [];
}

/**
 * Dots mark every point of lines with few, well-spaced points; other lines get a dot only where
 * a point stands alone between gaps, and an unpainted mark on every other point for tooltips.
 */
function pointMarks(chart: LineChart, x: (date: Date) => number, y: (value: number) => number) {
  const named = chart.seriesColumn !== undefined;
  return drawingOrder(chart.series).flatMap((s) => {
    const spacing = Math.min(...s.points.slice(1).map((point, index) => x(point.date) - x(s.points[index]!.date)));
    const dense = definedPoints(s).length > maxDotted || spacing < minDotSpacing;
    return s.points.flatMap((point, index) => {
      if (point.value === null) return [];
      const alone = (s.points[index - 1]?.value ?? null) === null && (s.points[index + 1]?.value ?? null) === null;
      const date = chart.formatDate(point.date);
      const hidden = dense && !alone;
      // Unpainted marks are a little larger: they are only there to be pointed at.
      return [{ x: x(point.date), y: y(point.value), r: hidden ? 5 : 3.5, className: `fill-${s.colour}`, label: named ? `${s.name}, ${date}` : date, value: chart.format(point.value), hidden }];
    });
  });
}

/**
 * Lines over time with a value grid, labelled at their right ends instead of a legend. The
 * right margin is as wide as the labels need, up to a share of the width (longer names wrap
 * and shorten); the plot grows taller when the labels need more height than it has.
 */
export function lineChart(chart: LineChart, width: number, shared?: SharedLineScales): Layout {
  const named = chart.seriesColumn !== undefined;
  const [firstDate, lastDate] = shared?.dates ?? [chart.dates[0]!, chart.dates.at(-1)!];
  const shortDate = dateFormatter(chart.dateFormat, chart.precision, true);
  // A line that stops early says when: its label sits at the right with the others.
  const valueText = (point: SeriesPoint & { value: number }) =>
    point.date.getTime() === lastDate.getTime() ? chart.format(point.value) : `${chart.format(point.value)} (${shortDate(point.date)})`;
  const ends = chart.series.flatMap((s) => {
    const last = definedPoints(s).at(-1);
    return last ? [{ series: s, last, parts: named ? { name: s.name, after: valueText(last) } : { after: valueText(last) } }] : [];
  });
  const room = labelRoom(ends.map((end) => end.parts), Math.max(72, Math.min(220, width * 0.28)), width * 0.32);
  const labels = ends.map((end) => ({ ...end, lines: labelLines(end.parts, room) }));

  const top = 18 + (chart.yLabel ? 20 : 0);
  const margin = { top, right: labelColumn(room) + labelGap, bottom: axisRoom, left: 0 };
  const labelHeight = sum(labels, (label) => label.lines.length * labelLineHeight + 3);
  const plotHeight = Math.max(Math.round(Math.min(380, Math.max(200, width * 0.5))), labelHeight - top - axisRoom);
  const height = top + plotHeight + axisRoom;
  const grid = frame(width, height, margin);
  const tickCount = Math.max(3, Math.round(plotHeight / 70));
  const y = scaleLinear().domain(shared?.values ?? valueDomain(chart)).range([grid.bottom, grid.top]).nice(tickCount);
  const yTicks = valueTicks(y, tickCount, chart.formatSpec);
  // Lines start right of the value labels, so no line runs through them.
  const tickRoom = (max(yTicks, (tick) => textWidth(tick.label, fontSize.tick)) ?? 0) + 10;
  const plot = frame(width, height, { ...margin, left: tickRoom });
  const x = scaleUtc().domain([firstDate, lastDate]).range([plot.left, plot.right]);
  const xTicks = timeTicks([firstDate, lastDate], chart.precision, chart.dateFormat, (date) => x(date), plot);

  const centres = dodgeLabels(
    labels.map((label) => ({ y: y(label.last.value), height: label.lines.length * labelLineHeight })),
    { min: 0, max: height },
    3,
  );
  const annotations = annotationMarks(chart, x, y, plot);
  const marks: (SvgNode | null)[] = [
    gridY(yTicks, grid),
    ...annotations.ranges,
    group(
      { class: 'lines' },
      drawingOrder(chart.series).map((s) =>
        line(
          s.points.map((point) => ({ x: x(point.date), y: point.value === null ? null : y(point.value) })),
          `stroke-${s.colour}`,
          s.highlight || !chart.series.some((other) => other.highlight) ? {} : { 'stroke-width': 1.75 },
        ),
      ),
    ),
    ...annotations.rules,
    dot(pointMarks(chart, (date) => x(date), (value) => y(value))),
    ...annotations.notes,
    seriesLabels(
      labels.map((label, index) => ({
        x: plot.right + labelGap,
        y: centres[index]!,
        lines: label.lines,
        anchor: 'start',
        className: labelClass(label.series),
      })),
      labelLineHeight,
    ),
    axisX(xTicks, plot),
    chart.yLabel ? text(0, 0, truncateText(chart.yLabel, fontSize.tick, plot.right), { valign: 'top', size: fontSize.tick, className: 'fill-muted' }) : null,
  ];
  return { width, height, marks };
}

/** Whether a straight segment passes through a box, sampled every 2 units (plenty for 13-unit text). */
function crosses(segment: readonly [number, number, number, number], box: Box): boolean {
  const [x1, y1, x2, y2] = segment;
  const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2));
  for (let step = 0; step <= steps; step++) {
    const px = x1 + ((x2 - x1) * step) / steps;
    const py = y1 + ((y2 - y1) * step) / steps;
    if (px >= box.left && px <= box.right && py >= box.top && py <= box.bottom) return true;
  }
  return false;
}

/**
 * Annotations with their labels placed. Range labels have a fixed place (shortened to fit the
 * plot). Rule labels try each end of the line, above then below; point notes try above the
 * point, below, right and left. Each takes the first place inside the plot, clear of the labels
 * placed before it and, if such a place exists, of every line.
 */
function annotationMarks(chart: LineChart, x: (date: Date) => number, y: (value: number) => number, plot: Frame) {
  const size = fontSize.tick;
  const measure = (label: string, room: number) => {
    const fitted = truncateText(label, size, Math.max(room, 0));
    return { text: fitted, width: textWidth(fitted, size) };
  };
  const segments = chart.series.flatMap((s) =>
    s.points.slice(1).flatMap((point, index) => {
      const previous = s.points[index]!;
      return point.value === null || previous.value === null ? [] : [[x(previous.date), y(previous.value), x(point.date), y(point.value)] as const];
    }),
  );
  // The rings around annotated points are fixed; labels keep clear of them.
  const taken: Box[] = chart.callouts.map((callout) => {
    const px = x(callout.date);
    const py = y(callout.value);
    return { left: px - pointNoteRadius, right: px + pointNoteRadius, top: py - pointNoteRadius, bottom: py + pointNoteRadius };
  });
  const place = <T extends { box: Box }>(candidates: T[]): T => {
    const inside = candidates.filter(({ box }) => box.top >= 0 && box.bottom <= plot.bottom && box.left >= plot.left && box.right <= plot.right && !taken.some((other) => overlaps(box, other)));
    const chosen = inside.find(({ box }) => !segments.some((segment) => crosses(segment, box))) ?? inside[0] ?? candidates[0]!;
    taken.push(chosen.box);
    return chosen;
  };

  const ranges = chart.ranges.map((range) => {
    const left = x(range.from) + 4;
    const { text: fitted, width } = measure(range.label, plot.right - left);
    taken.push({ left, right: left + width, top: plot.top + 2, bottom: plot.top + 2 + size * 1.2 });
    return rangeX(x(range.from), x(range.to), fitted, plot);
  });
  const rules = chart.rules.map((rule) => {
    const { text: fitted, width } = measure(rule.label, plot.right - plot.left - 4);
    const at = y(rule.value);
    const candidates = (['end', 'start'] as const).flatMap((side) =>
      [false, true].map((below) => {
        const left = side === 'end' ? plot.right - width : plot.left;
        const top = below ? at + 5 : at - 5 - size;
        return { placement: { side, below }, box: { left, right: left + width, top, bottom: top + size * 1.3 } };
      }),
    );
    return ruleY(at, fitted, plot, place(candidates).placement);
  });
  const notes = chart.callouts.map((callout) => {
    const px = x(callout.date);
    const py = y(callout.value);
    const { text: fitted, width } = measure(callout.label, plot.right - plot.left);
    const centred = Math.max(plot.left, Math.min(px - width / 2, plot.right - width));
    const offset = pointNoteRadius + 4;
    const box = (left: number, middle: number) => ({ box: { left, right: left + width, top: middle - size * 0.65, bottom: middle + size * 0.65 } });
    const { box: chosen } = place([box(centred, py - offset - size / 2), box(centred, py + offset + size / 2), box(px + offset, py), box(px - offset - width, py)]);
    return pointNote(px, py, fitted, chosen.left, (chosen.top + chosen.bottom) / 2);
  });
  return { ranges, rules, notes };
}

function change(chart: LineChart, difference: number): string {
  if (difference === 0) return 'unchanged';
  const amount = chart.format(Math.abs(difference)).replace(/^\+/, '');
  // A change between two percentages is in percentage points, not per cent.
  const unit = amount.endsWith('%') ? `${amount.slice(0, -1)} percentage points` : amount;
  return `${difference > 0 ? 'up' : 'down'} ${unit}`;
}

/** Per line: first and last values and the change between them, the highest, and dates with no data. */
export function lineSummary(chart: LineChart): string {
  const named = chart.seriesColumn !== undefined;
  const first = chart.formatDate(chart.dates[0]!);
  const last = chart.formatDate(chart.dates.at(-1)!);
  const span = first === last ? first : `${first} to ${last}`;
  const parts = [named ? `${chart.series.length} ${chart.series.length === 1 ? 'line' : 'lines'}, ${span}.` : `${span}.`];
  const on = chart.precision === 'day' ? 'on' : 'in';
  const at = (point: { value: number; date: Date }) => `${chart.format(point.value)} ${on} ${chart.formatDate(point.date)}`;
  for (const s of chart.series) {
    const sentence = (text: string) => (named ? `${s.name}: ${text}` : `${text[0]!.toUpperCase()}${text.slice(1)}`);
    const points = definedPoints(s);
    const start = points[0];
    const end = points.at(-1);
    if (!start || !end) parts.push(sentence('no values reported.'));
    else if (points.length === 1) parts.push(sentence(`${at(start)}, the only value.`));
    else {
      const highest = points.reduce((a, b) => (b.value > a.value ? b : a));
      parts.push(sentence(`from ${at(start)} to ${at(end)}, ${change(chart, end.value - start.value)}; highest ${at(highest)}.`));
    }
    const gaps = gapDates(s);
    if (gaps.length > 0) parts.push(`${named ? `${s.name} has no` : 'No'} data for ${formatList(gaps.map(chart.formatDate))}.`);
  }
  return parts.join(' ');
}

export function lineTable(chart: LineChart): DataTableModel {
  return timeSeriesTable(chart, chart.formatDate, (value) => (value === null ? notReported : chart.format(value)));
}

export const lineChartType: ChartDefinition<LineChartSpec, LineChart> = {
  normalize: normalizeLineChart,
  layout: lineChart,
  summary: lineSummary,
  table: lineTable,
  autoNotes: (chart) => (chart.series.some((s) => gapDates(s).length > 0) ? [gapNote] : []),
};

export const lineFacets: FacetSupport<LineChart, SharedLineScales> = {
  shared: (charts) => ({
    values: unionDomain(charts.map(valueDomain)),
    dates: [new Date(Math.min(...charts.map((chart) => chart.dates[0]!.getTime()))), new Date(Math.max(...charts.map((chart) => chart.dates.at(-1)!.getTime())))],
  }),
  layout: lineChart,
};
