import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { chartMeta, seriesClass, type ChartDefinition, type ChartMeta, type DataTableModel, type Layout } from './chart.ts';
import { dateCell, requireColumn, textCell, type DataTable, type DatePrecision, rowNumber } from './data.ts';
import { fontSize, frame, textWidth, truncateText, wrapText, type Frame } from './dimensions.ts';
import { ChartInputError } from './errors.ts';
import { dateFormatter, formatList } from './format.ts';
import { axisX, type AxisTick } from './marks/axisX.ts';
import { dot } from './marks/dot.ts';
import { link } from './marks/link.ts';
import { periodX } from './marks/periodX.ts';
import { text } from './marks/text.ts';
import type { TimelineChartSpec } from './spec.ts';
import type { SvgNode } from './svg.ts';

export interface TimelineEvent {
  /** The start of the event's period: the day, or the first day of its month or year. */
  date: Date;
  /** The start of the next period, so a month-precise event spans the whole month. */
  end: Date;
  precision: DatePrecision;
  label: string;
  description: string | undefined;
  /** As a reader says it, at the precision the data has: "18 April 2024", "February 2024". */
  dateText: string;
}

export interface TimelineChart extends ChartMeta {
  type: 'timeline';
  /** In date order, whatever the file's order. */
  events: TimelineEvent[];
  dateColumn: string;
  labelColumn: string;
  descriptionColumn: string | undefined;
}

const periodEnd: Record<DatePrecision, (date: Date) => Date> = {
  day: (date) => utcDay.offset(date, 1),
  month: (date) => utcMonth.offset(date, 1),
  year: (date) => utcYear.offset(date, 1),
};

export function normalizeTimelineChart(id: string, spec: TimelineChartSpec, table: DataTable): TimelineChart {
  const dateColumn = requireColumn(table, 'x', spec.x);
  const labelColumn = requireColumn(table, 'label', spec.label);
  const descriptionColumn = spec.description === undefined ? undefined : requireColumn(table, 'description', spec.description);
  const events = table.rows.map((_, index): TimelineEvent => {
    const when = dateCell(table, 'x', dateColumn, index);
    if (when === null) throw new ChartInputError('x', `${table.file} row ${rowNumber(table, index)}, column "${dateColumn}" is empty; every event needs a date`);
    const label = textCell(table, labelColumn, index);
    if (label === null) throw new ChartInputError('label', `${table.file} row ${rowNumber(table, index)}, column "${labelColumn}" is empty; every event needs a name`);
    return {
      date: when.date,
      end: periodEnd[when.precision](when.date),
      precision: when.precision,
      label,
      description: descriptionColumn ? textCell(table, descriptionColumn, index) ?? undefined : undefined,
      dateText: dateFormatter(spec.dateFormat, when.precision)(when.date),
    };
  });
  // Array sort is stable: events on the same date keep the file's order.
  events.sort((a, b) => a.date.getTime() - b.date.getTime());
  return { type: 'timeline', ...chartMeta(id, spec), events, dateColumn, labelColumn, descriptionColumn };
}

const lineHeight = 18;
const dateHeight = 16;
const dotRadius = 4.5;
const textGap = 8;
/** Below this (the 280 and 380 bands, phones) a time axis leaves too little room for labels. */
const axisMinWidth = 500;

/** Dated events: a time axis with stacked labels where there is room, a vertical list where there is not. */
export function timelineChart(chart: TimelineChart, width: number): Layout {
  return (width >= axisMinWidth && horizontalTimeline(chart, width)) || verticalTimeline(chart, width);
}

/**
 * Phone widths: a list down a vertical line, dates on the left and labels wrapped on the right.
 * Order, not distance, is what this layout shows; the dates carry the time.
 */
function verticalTimeline(chart: TimelineChart, width: number): Layout {
  const dateLines = chart.events.map((event) => wrapText(event.dateText, fontSize.tick, width * 0.3));
  const dateColumn = Math.max(...dateLines.flat().map((line) => textWidth(line, fontSize.tick)));
  const spineX = dateColumn + 14;
  const labelX = spineX + 14;
  const labelWidth = width - labelX;
  const rows: { top: number; dateLines: string[]; labelLines: string[] }[] = [];
  let top = 4;
  for (const [index, event] of chart.events.entries()) {
    const labelLines = wrapText(event.label, fontSize.label, labelWidth).map((line) => truncateText(line, fontSize.label, labelWidth));
    const lines = dateLines[index]!;
    rows.push({ top, dateLines: lines, labelLines });
    top += Math.max(lines.length * dateHeight, labelLines.length * lineHeight) + 14;
  }
  const height = top - 14 + 4;
  const dotY = (rowTop: number) => rowTop + 7;
  const first = rows[0]!;
  const last = rows.at(-1)!;

  const marks = [
    rows.length > 1 ? link([{ x1: spineX, y1: dotY(first.top), x2: spineX, y2: dotY(last.top) }]) : null,
    dot(chart.events.map((event, index) => ({ x: spineX, y: dotY(rows[index]!.top), r: dotRadius, className: `fill-${seriesClass(0)}`, label: event.label, value: event.dateText }))),
    ...rows.flatMap((row) => [
      ...row.dateLines.map((line, index) => text(spineX - 12, row.top + 1 + index * dateHeight, line, { anchor: 'end', valign: 'top', size: fontSize.tick, className: 'fill-muted' })),
      ...row.labelLines.map((line, index) => text(labelX, row.top + index * lineHeight, line, { valign: 'top' })),
    ]),
  ];
  return { width, height, marks };
}

interface LabelBlock {
  index: number;
  /** Where the event sits on the axis, and where its stem rises. */
  x: number;
  anchor: 'start' | 'end';
  lines: string[];
  /** Horizontal extent of the block's text. */
  x0: number;
  x1: number;
  level: number;
}

const maxLabelLines = 4;

/**
 * Wide bands: events on a proportional time axis, each label on a stem above its place. Labels
 * are stacked in levels so no two overlap and no stem crosses a label: a label that spans another
 * event's stem sits above that event's label. Returns null when that cannot be done legibly (too
 * tall a staircase, or two labels that would each have to sit above the other); the list layout is used.
 */
function horizontalTimeline(chart: TimelineChart, width: number): Layout | null {
  const pad = 8;
  const x = timeScale(chart.events, [pad, width - pad]);
  const labelMax = Math.min(240, Math.max(160, width * 0.3));
  const crosses = (block: LabelBlock, other: LabelBlock) => other !== block && other.x > block.x0 - 4 && other.x < block.x1 + 4;
  // Right to left, so a label that would face an end-anchored neighbour across both their stems turns
  // to face the same way: two labels that each cross the other's stem cannot both sit higher.
  const blocks: LabelBlock[] = [];
  for (let index = chart.events.length - 1; index >= 0; index -= 1) {
    const event = chart.events[index]!;
    const block = labelBlock(event, index, x(event.date), width, labelMax);
    const facing = blocks.some((other) => other.anchor === 'end' && crosses(block, other) && crosses(other, block));
    blocks.unshift(facing && block.anchor === 'start' && block.x - textGap >= labelMax / 2 ? labelBlock(event, index, block.x, width, labelMax, 'end') : block);
  }

  // covers[i] lists the events whose stems block i's text would cross: they must sit lower.
  const covers = blocks.map((block) => blocks.filter((other) => crosses(block, other)).map((other) => other.index));
  const placed: LabelBlock[] = [];
  const waiting = new Set(blocks.map((block) => block.index));
  while (waiting.size > 0) {
    const ready = blocks.find((block) => waiting.has(block.index) && covers[block.index]!.every((index) => !waiting.has(index)));
    if (!ready) return null;
    const lowest = Math.max(-1, ...covers[ready.index]!.map((index) => blocks[index]!.level)) + 1;
    let level = lowest;
    while (placed.some((other) => other.level === level && other.x0 < ready.x1 + 12 && ready.x0 < other.x1 + 12)) level += 1;
    ready.level = level;
    placed.push(ready);
    waiting.delete(ready.index);
  }
  const levels = Math.max(...blocks.map((block) => block.level)) + 1;
  const levelHeight = dateHeight + Math.max(...blocks.map((block) => block.lines.length)) * lineHeight + 10;
  const top = 4;
  const axisY = top + levels * levelHeight + 4;
  const height = axisY + 8 + fontSize.tick + 6;
  // A staircase taller than this reads worse than the list, which shows the same order more compactly.
  if (height > width * 0.75) return null;
  const f = frame(width, height, { top, right: pad, bottom: height - axisY, left: pad });
  const blockTop = (block: LabelBlock) => top + (levels - 1 - block.level) * levelHeight;
  const dotY = (block: LabelBlock) => blockTop(block) + 7;
  const textX = (block: LabelBlock) => (block.anchor === 'start' ? block.x + textGap : block.x - textGap);

  const marks: (SvgNode | null)[] = [
    axisX(fitTicks(x, f), f, { baseline: true }),
    periodX(
      chart.events.map((event) =>
        event.precision === 'day'
          ? { x0: x(event.date) - 3, x1: x(event.date) + 3, className: `fill-${seriesClass(0)}` }
          : { x0: x(event.date), x1: x(event.end), className: `fill-${seriesClass(0)}` },
      ),
      axisY,
    ),
    link(blocks.map((block) => ({ x1: block.x, y1: dotY(block), x2: block.x, y2: axisY }))),
    dot(blocks.map((block) => ({ x: block.x, y: dotY(block), r: dotRadius, className: `fill-${seriesClass(0)}`, label: chart.events[block.index]!.label, value: chart.events[block.index]!.dateText }))),
    ...blocks.flatMap((block) => [
      text(textX(block), blockTop(block) + 1, chart.events[block.index]!.dateText, { anchor: block.anchor, valign: 'top', size: fontSize.tick, className: 'fill-muted' }),
      ...block.lines.map((line, index) => text(textX(block), blockTop(block) + dateHeight + index * lineHeight, line, { anchor: block.anchor, valign: 'top' })),
    ]),
  ];
  return { width, height, marks };
}

/** The axis spans the events' periods; a single date gets a month either side so it has a place. */
function timeScale(events: readonly TimelineEvent[], range: [number, number]): ScaleTime<number, number> {
  const start = events[0]!.date;
  const end = new Date(Math.max(...events.map((event) => (event.precision === 'day' ? event.date : event.end).getTime())));
  const domain = end.getTime() - start.getTime() < 7 * 864e5 ? [utcMonth.offset(start, -1), utcMonth.offset(end, 1)] : [start, end];
  return scaleUtc().domain(domain).range(range);
}

/**
 * A label on the side of its stem that has room, wrapped to at most four lines: wider than
 * `labelMax` only when the room allows and the label needs it.
 */
function labelBlock(event: TimelineEvent, index: number, x: number, width: number, labelMax: number, side?: 'start' | 'end'): LabelBlock {
  const roomRight = width - x - textGap;
  const roomLeft = x - textGap;
  const natural = Math.min(labelMax, Math.max(textWidth(event.label, fontSize.label), textWidth(event.dateText, fontSize.tick)));
  const anchor = side ?? (roomRight >= natural || roomRight >= roomLeft ? 'start' : 'end');
  const room = anchor === 'start' ? roomRight : roomLeft;
  let measure = Math.min(labelMax, room);
  let wrapped = wrapText(event.label, fontSize.label, measure);
  while (wrapped.length > maxLabelLines && measure < room) {
    measure = Math.min(room, measure + 20);
    wrapped = wrapText(event.label, fontSize.label, measure);
  }
  // Balance the lines: the narrowest measure that needs no more lines ("Fares frozen / for a year", not "… for a / year").
  while (wrapped.length > 1 && measure > 60 && wrapText(event.label, fontSize.label, measure - 10).length === wrapped.length) {
    measure -= 10;
    wrapped = wrapText(event.label, fontSize.label, measure);
  }
  const lines = wrapped.slice(0, maxLabelLines);
  // Past four lines the drawing shortens the label; the full text is in the dot's tooltip and the data table.
  if (wrapped.length > maxLabelLines) lines[maxLabelLines - 1] = `${lines[maxLabelLines - 1]} ${wrapped.slice(maxLabelLines).join(' ')}`;
  const fitted = lines.map((line) => truncateText(line, fontSize.label, measure));
  const blockWidth = Math.max(textWidth(event.dateText, fontSize.tick), ...fitted.map((line) => textWidth(line, fontSize.label)));
  const x0 = anchor === 'start' ? x + textGap : x - textGap - blockWidth;
  return { index, x, anchor, lines: fitted, x0, x1: x0 + blockWidth, level: 0 };
}

/** As many ticks as fit without their labels touching or leaving the drawing, placed as axisX places them. */
function fitTicks(x: ScaleTime<number, number>, f: Frame): AxisTick[] {
  // About one tick per 160 px: months rather than weeks over a season, years over a decade.
  for (let count = Math.max(2, Math.floor(f.width / 160)); count >= 1; count -= 1) {
    const values = x.ticks(count);
    const ticks = values.map((value, index) => ({ position: x(value), label: tickFormat(values, index)(value) }));
    const extents = ticks.map((tick, index) => {
      const w = textWidth(tick.label, fontSize.tick);
      const anchor = ticks.length > 1 && index === 0 && tick.position - f.left < 20 ? 'start' : ticks.length > 1 && index === ticks.length - 1 && f.right - tick.position < 20 ? 'end' : 'middle';
      const left = anchor === 'start' ? tick.position : anchor === 'end' ? tick.position - w : tick.position - w / 2;
      return [left, left + w] as const;
    });
    const inside = extents.every(([left, right]) => left >= 0 && right <= f.width);
    const apart = extents.every(([left], index) => index === 0 || left - extents[index - 1]![1] >= 12);
    if (inside && apart) return ticks;
  }
  return [];
}

/** Years alone when ticks fall on years; months with the year on the first tick and on January. */
function tickFormat(values: readonly Date[], index: number): (date: Date) => string {
  const value = values[index]!;
  if (values.every((date) => date.getUTCMonth() === 0 && date.getUTCDate() === 1)) return utcFormat('%Y');
  const withYear = index === 0 || value.getUTCMonth() === 0;
  if (values.every((date) => date.getUTCDate() === 1)) return utcFormat(withYear ? '%b %Y' : '%b');
  return utcFormat(withYear ? '%-d %b %Y' : '%-d %b');
}

/** "over 2 months", from the first event's period to the last event's. */
function spanText(first: TimelineEvent, last: TimelineEvent): string {
  const months = (last.date.getUTCFullYear() - first.date.getUTCFullYear()) * 12 + last.date.getUTCMonth() - first.date.getUTCMonth();
  if (months >= 24) return `about ${Math.round(months / 12)} years`;
  if (months >= 2) return `${months} months`;
  const days = utcDay.count(first.date, last.date);
  if (first.precision === 'day' && last.precision === 'day') return days === 1 ? '1 day' : `${days} days`;
  return months === 1 ? '1 month' : 'less than a month';
}

const when = (event: TimelineEvent) => `${event.precision === 'day' ? 'on' : 'in'} ${event.dateText}`;

export function timelineSummary(chart: TimelineChart): string {
  const events = chart.events;
  const first = events[0]!;
  const last = events.at(-1)!;
  if (events.length === 1) return `1 event: ${first.label}, ${when(first)}.`;
  if (first.date.getTime() === last.date.getTime() && first.precision === last.precision) {
    return `${events.length} events, ${events.length === 2 ? 'both' : 'all'} ${when(first)}: ${formatList(events.map((event) => event.label))}.`;
  }
  return `${events.length} events over ${spanText(first, last)}. First, ${when(first)}: ${first.label}. Last, ${when(last)}: ${last.label}.`;
}

export function timelineTable(chart: TimelineChart): DataTableModel {
  return {
    columns: [
      { label: chart.dateColumn, numeric: false },
      { label: chart.labelColumn, numeric: false },
      ...(chart.descriptionColumn ? [{ label: chart.descriptionColumn, numeric: false }] : []),
    ],
    rows: chart.events.map((event) => [event.dateText, event.label, ...(chart.descriptionColumn ? [event.description ?? ''] : [])]),
  };
}

export const timelineChartType: ChartDefinition<TimelineChartSpec, TimelineChart> = {
  normalize: normalizeTimelineChart,
  layout: timelineChart,
  summary: timelineSummary,
  table: timelineTable,
};
