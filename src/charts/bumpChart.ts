import { sum } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { notReported } from './barChart.ts';
import { chartMeta, type ChartDefinition, type ChartMeta, type DataTableModel, type Layout } from './chart.ts';
import { numberCell, textCell, type DataTable, rowNumber } from './data.ts';
import { dodgeLabels } from './dodgeLabels.ts';
import { frame } from './dimensions.ts';
import { ChartInputError } from './errors.ts';
import { dateFormatter, formatList } from './format.ts';
import { axisX } from './marks/axisX.ts';
import { dot } from './marks/dot.ts';
import { line } from './marks/line.ts';
import { seriesLabels } from './marks/seriesLabels.ts';
import type { BumpChartSpec } from './spec.ts';
import { group, type SvgNode } from './svg.ts';
import { timeTicks } from './timeTicks.ts';
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
  type LabelParts,
  type Series,
  type SeriesPoint,
  type TimeSeries,
} from './timeSeries.ts';

export interface BumpChart extends ChartMeta, TimeSeries {
  type: 'bump';
  dateFormat: string | undefined;
  formatDate: (date: Date) => string;
  /** The lowest rank in the data: the bottom of the chart. */
  lastRank: number;
}

export const rankGapNote = 'A break in a line marks a date with no reported rank.';

export function normalizeBumpChart(id: string, spec: BumpChartSpec, table: DataTable): BumpChart {
  const data = normalizeTimeSeries(table, spec, (column, index) => {
    const rank = numberCell(table, 'y', column, index);
    if (rank !== null && (!Number.isInteger(rank) || rank < 1)) {
      throw new ChartInputError('y', `${table.file} row ${rowNumber(table, index)}, column "${column}": "${textCell(table, column, index)}" is not a rank; expected a whole number, 1 for the top`);
    }
    return rank;
  });
  const ranks = data.series.flatMap((s) => definedPoints(s).map((point) => point.value));
  return {
    type: 'bump',
    ...chartMeta(id, spec),
    ...data,
    dateFormat: spec.dateFormat,
    formatDate: dateFormatter(spec.dateFormat, data.precision),
    lastRank: Math.max(1, ...ranks),
  };
}

const labelGap = 8;
const top = 12;
const axisRoom = 28;

/**
 * Ranks over time, rank 1 at the top. Both ends are labelled like ranked lists ("1. Contoso"):
 * first ranks on the left, last ranks on the right. A line that starts or stops between the
 * chart's first and last dates says when, and labels of tied or missing ranks are moved apart.
 */
export function bumpChart(chart: BumpChart, width: number): Layout {
  const firstDate = chart.dates[0]!;
  const lastDate = chart.dates.at(-1)!;
  const shortDate = dateFormatter(chart.dateFormat, chart.precision, true);
  const label = (s: Series, point: SeriesPoint & { value: number }, edge: Date): LabelParts => ({
    before: `${point.value}.`,
    name: s.name,
    ...(point.date.getTime() === edge.getTime() ? {} : { after: `(${shortDate(point.date)})` }),
  });
  const ends = chart.series.flatMap((s) => {
    const points = definedPoints(s);
    const start = points[0];
    const end = points.at(-1);
    return start && end ? [{ series: s, start, end, left: label(s, start, firstDate), right: label(s, end, lastDate) }] : [];
  });
  const cap = Math.max(80, Math.min(180, width * 0.25));
  const leftRoom = labelRoom(ends.map((end) => end.left), cap, width * 0.3);
  const rightRoom = labelRoom(ends.map((end) => end.right), cap, width * 0.3);
  const leftLines = ends.map((end) => labelLines(end.left, leftRoom));
  const rightLines = ends.map((end) => labelLines(end.right, rightRoom));

  const needed = (lines: string[][]) => sum(lines, (label) => label.length * labelLineHeight + 3) - top - axisRoom;
  // Rows a little further apart on wide layouts, so the chart is not a thin ribbon.
  const rowStep = Math.max(30, Math.min(44, width / 20));
  const plotHeight = Math.max((chart.lastRank - 1) * rowStep, rowStep, needed(leftLines), needed(rightLines));
  const height = top + plotHeight + axisRoom;
  const plot = frame(width, height, { top, right: labelColumn(rightRoom) + labelGap, bottom: axisRoom, left: labelColumn(leftRoom) + labelGap });
  // Rank 1 is best: the axis runs downward so "up" still means "better".
  const y = scaleLinear().domain([1, chart.lastRank]).range([plot.top, plot.bottom]);
  const x = scaleUtc().domain([firstDate, lastDate]).range([plot.left, plot.right]);
  const xTicks = timeTicks([firstDate, lastDate], chart.precision, chart.dateFormat, (date) => x(date), plot);
  const dodge = (points: number[], lines: string[][]) =>
    dodgeLabels(points.map((rank, index) => ({ y: y(rank), height: lines[index]!.length * labelLineHeight })), { min: 0, max: height }, 3);
  const leftCentres = dodge(ends.map((end) => end.start.value), leftLines);
  const rightCentres = dodge(ends.map((end) => end.end.value), rightLines);
  const anyHighlight = chart.series.some((s) => s.highlight);

  const marks: (SvgNode | null)[] = [
    group(
      { class: 'lines' },
      drawingOrder(chart.series).map((s) =>
        line(
          s.points.map((point) => ({ x: x(point.date), y: point.value === null ? null : y(point.value) })),
          `stroke-${s.colour}`,
          { 'stroke-width': anyHighlight && !s.highlight ? 2 : 3 },
        ),
      ),
    ),
    dot(
      drawingOrder(chart.series).flatMap((s) =>
        definedPoints(s).map((point) => ({
          x: x(point.date),
          y: y(point.value),
          className: `fill-${s.colour}`,
          label: `${s.name}, ${chart.formatDate(point.date)}`,
          value: `rank ${point.value}`,
        })),
      ),
    ),
    seriesLabels(
      ends.map((end, index) => ({ x: plot.left - labelGap, y: leftCentres[index]!, lines: leftLines[index]!, anchor: 'end', className: labelClass(end.series) })),
      labelLineHeight,
    ),
    seriesLabels(
      ends.map((end, index) => ({ x: plot.right + labelGap, y: rightCentres[index]!, lines: rightLines[index]!, anchor: 'start', className: labelClass(end.series) })),
      labelLineHeight,
    ),
    axisX(xTicks, plot),
  ];
  return { width, height, marks };
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(rank: number): string {
  const teens = rank % 100 >= 11 && rank % 100 <= 13;
  const suffix = teens ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[rank % 10] ?? 'th';
  return `${rank}${suffix}`;
}

/** Who was first at the start and at the end, the biggest climber and faller, and missing ranks. */
export function bumpSummary(chart: BumpChart): string {
  const firstDate = chart.dates[0]!;
  const lastDate = chart.dates.at(-1)!;
  const on = chart.precision === 'day' ? 'on' : 'in';
  const oneDate = firstDate.getTime() === lastDate.getTime();
  const lines = `${chart.series.length} ${chart.series.length === 1 ? 'line' : 'lines'}`;
  const parts = [oneDate ? `${lines}, ${chart.formatDate(firstDate)}.` : `${lines}, ${chart.formatDate(firstDate)} to ${chart.formatDate(lastDate)}.`];
  const edges = oneDate ? [firstDate] : [firstDate, lastDate];
  for (const edge of edges) {
    const leaders = chart.series.filter((s) => s.points.some((point) => point.date.getTime() === edge.getTime() && point.value === 1)).map((s) => s.name);
    parts.push(leaders.length > 0 ? `First ${on} ${chart.formatDate(edge)}: ${formatList(leaders)}.` : `No rank 1 is reported for ${chart.formatDate(edge)}.`);
  }
  const moves = chart.series.flatMap((s) => {
    const points = definedPoints(s);
    const start = points[0];
    const end = points.at(-1);
    return start && end && points.length > 1 ? [{ name: s.name, start, end, climb: start.value - end.value }] : [];
  });
  const describe = (move: (typeof moves)[number]) => {
    const when = (point: { date: Date }, edge: Date) => (point.date.getTime() === edge.getTime() ? '' : ` ${on} ${chart.formatDate(point.date)}`);
    return `${move.name}, from ${ordinal(move.start.value)}${when(move.start, firstDate)} to ${ordinal(move.end.value)}${when(move.end, lastDate)}`;
  };
  const places = (count: number) => `${count} ${count === 1 ? 'place' : 'places'}`;
  const best = Math.max(0, ...moves.map((move) => move.climb));
  const worst = Math.min(0, ...moves.map((move) => move.climb));
  if (best > 0) {
    const climbers = moves.filter((move) => move.climb === best);
    parts.push(`Biggest ${climbers.length === 1 ? 'climber' : 'climbers'} (up ${places(best)}): ${formatList(climbers.map(describe))}.`);
  }
  if (worst < 0) {
    const fallers = moves.filter((move) => move.climb === worst);
    parts.push(`Biggest ${fallers.length === 1 ? 'faller' : 'fallers'} (down ${places(-worst)}): ${formatList(fallers.map(describe))}.`);
  }
  if (moves.length > 0 && best === 0 && worst === 0) parts.push('No line changed rank between its first and last dates.');
  for (const s of chart.series) {
    const gaps = gapDates(s);
    if (gaps.length > 0) parts.push(`${s.name} has no rank for ${formatList(gaps.map(chart.formatDate))}.`);
  }
  return parts.join(' ');
}

export function bumpTable(chart: BumpChart): DataTableModel {
  return timeSeriesTable(chart, chart.formatDate, (rank) => (rank === null ? notReported : String(rank)));
}

export const bumpChartType: ChartDefinition<BumpChartSpec, BumpChart> = {
  normalize: normalizeBumpChart,
  layout: bumpChart,
  summary: bumpSummary,
  table: bumpTable,
  autoNotes: (chart) => (chart.series.some((s) => gapDates(s).length > 0) ? [rankGapNote] : []),
};
