import { scaleBand, scaleLinear, type ScaleBand } from 'd3-scale';
import { max, min } from 'd3-array';
import { categoricalAnnotations, categoricalSummary, categoricalTable, categoricalValues, notReported, type BarDatum } from './barChart.ts';
import { chartMeta, estimateNote, seriesClass, type ChartDefinition, type ChartMeta, type DataTableModel, type Layout } from './chart.ts';
import type { DataTable } from './data.ts';
import { fontSize, frame, textWidth, truncateText, wrapText, type Frame } from './dimensions.ts';
import { formatList, numberFormatter, type NumberFormatter } from './format.ts';
import { axisBand, axisBandHeight, type BandTick } from './marks/axisBand.ts';
import { barY } from './marks/barY.ts';
import { gridY } from './marks/grid.ts';
import { rangeX, rangeXLabel } from './marks/range.ts';
import { ruleY, type RuleYPlacement } from './marks/rule.ts';
import { text } from './marks/text.ts';
import type { ColumnChartSpec } from './spec.ts';
import { el, type SvgNode } from './svg.ts';
import { unionDomain, type FacetSupport } from './smallMultiples.ts';
import { overlaps, textBox, type Box } from './boxes.ts';

export interface ColumnChart extends ChartMeta {
  type: 'column';
  columns: BarDatum[];
  format: NumberFormatter;
  valueColumn: string;
  categoryColumn: string;
  yLabel: string | undefined;
  rules: { value: number; label: string }[];
  ranges: { from: string; to: string; label: string }[];
  /** Every category is a year: the summary then describes the change from first to last. */
  years: boolean;
}

export function normalizeColumnChart(id: string, spec: ColumnChartSpec, table: DataTable): ColumnChart {
  const { data, format, categoryColumn, valueColumn } = categoricalValues(table, spec, { category: 'x', value: 'y' });
  const { rules, categoryRanges } = categoricalAnnotations(spec.annotations, data, 'categories');
  return {
    type: 'column',
    ...chartMeta(id, spec),
    columns: data,
    format,
    valueColumn,
    categoryColumn,
    yLabel: spec.yLabel,
    rules,
    ranges: categoryRanges,
    years: data.every((d) => /^\d{4}$/.test(d.category)),
  };
}

const maxColumnWidth = 120;
// A few columns stay side by side in the middle instead of drifting to the drawing's edges.
const maxStep = 170;
const paddingInner = 0.2;
const paddingOuter = 0.1;
const valueGap = 6;
const labelGap = 8;
const noteRow = fontSize.tick + 8;
const missingMark = '–';


/** A label centred on `position`, pulled in from the drawing's edge when centring would cut it off. */
function centred(position: number, label: string, size: number, width: number) {
  const w = textWidth(label, size);
  const anchor = position - w / 2 < 0 ? 'start' : position + w / 2 > width ? 'end' : 'middle';
  const x = anchor === 'start' ? 0 : anchor === 'end' ? width : position;
  const left = anchor === 'start' ? 0 : anchor === 'end' ? width - w : position - w / 2;
  return { x, anchor, left, right: left + w } as const;
}

// Labels keep a little air around them.
const clearance = 2;

const apart = (a: { left: number; right: number }, b: { left: number; right: number }) => a.right + labelGap <= b.left || b.right + labelGap <= a.left;


/** The label says no more than the number: not a bound ("more than 5,400") or other words from the labels column. */
const plainLabel = (d: BarDatum, format: NumberFormatter) => d.value !== null && d.label === `${d.estimate ? '≈' : ''}${format(d.value)}`;

interface ValueLabel {
  d: BarDatum;
  content: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  valign: 'top' | 'baseline';
  className: string;
  box: Box;
}

/** Zero, every value and every reference line: the value extent before ticks round it. */
export function columnDomain(chart: ColumnChart): [number, number] {
  const values = chart.columns.map((d) => d.value).filter((value): value is number => value !== null);
  const ruleValues = chart.rules.map((rule) => rule.value);
  return [Math.min(0, min(values) ?? 0, ...ruleValues), Math.max(0, max(values) ?? 0, ...ruleValues)];
}

/**
 * Vertical columns from a zero baseline. Values are written over the columns while the labels
 * clear each other and the neighbouring columns; when they do not, the chart switches to a value
 * grid and keeps only the labels that say more than the grid can (bounds such as "more than 5,400").
 */
export function columnChart(chart: ColumnChart, width: number, sharedDomain?: [number, number]): Layout {
  const { columns } = chart;
  const values = columns.map((d) => d.value).filter((value): value is number => value !== null);
  const [low, high] = sharedDomain ?? columnDomain(chart);
  const extent: [number, number] = [low, high === low ? low + 1 : high];
  const plotHeight = Math.round(Math.min(280, Math.max(180, width * 0.45)));
  const valueRoom = fontSize.value + valueGap + 2;

  const tickCount = Math.max(2, Math.floor(plotHeight / 50));
  const integers = values.every(Number.isInteger);
  const gridTicks = scaleLinear()
    .domain(extent)
    .ticks(tickCount)
    .filter((value) => !integers || Number.isInteger(value))
    .map((value) => ({ value, label: chart.format(value) }));

  const bands = (left: number) => {
    const room = width - left;
    const span = Math.min(room, columns.length * maxStep);
    const start = left + (room - span) / 2;
    return scaleBand<string>()
      .domain(columns.map((d) => d.category))
      .range([start, start + span])
      .paddingInner(paddingInner)
      .paddingOuter(paddingOuter);
  };
  const geometry = (x: ScaleBand<string>, y: (value: number) => number) => {
    const columnWidth = Math.min(x.bandwidth(), maxColumnWidth);
    const centre = (d: BarDatum) => (x(d.category) ?? 0) + x.bandwidth() / 2;
    const bars = columns.flatMap((d) => {
      if (d.value === null) return [];
      const [top, bottom] = [Math.min(y(0), y(d.value)), Math.max(y(0), y(d.value))];
      return [{ d, box: { left: centre(d) - columnWidth / 2, right: centre(d) + columnWidth / 2, top, bottom } }];
    });
    const label = (d: BarDatum): ValueLabel => {
      const below = d.value !== null && d.value < 0;
      const baseline = below ? y(d.value!) + valueGap : y(d.value ?? 0) - valueGap;
      const at = centred(centre(d), d.label, fontSize.value, width);
      const box = textBox(at.x, baseline, d.label, fontSize.value, at.anchor, below ? 'top' : 'baseline');
      return { d, content: d.label, x: at.x, y: baseline, anchor: at.anchor, valign: below ? 'top' : 'baseline', className: 'fill-text', box };
    };
    // A label may reach over a neighbour only where that neighbour's column, label and note line are out of its way.
    const clear = (candidate: ValueLabel, others: readonly { box: Box }[]) =>
      !others.some((other) => overlaps(candidate.box, other.box, 4)) &&
      !bars.some((bar) => bar.d !== candidate.d && overlaps(candidate.box, bar.box, clearance)) &&
      !columns.some((d) => d !== candidate.d && d.note && candidate.box.left - 2 <= centre(d) && centre(d) <= candidate.box.right + 2);
    return { columnWidth, centre, bars, label, clear };
  };
  const allFit = (x: ScaleBand<string>, y: (value: number) => number) => {
    const { label, clear } = geometry(x, y);
    const labels = columns.filter((d) => d.value !== null).map(label);
    return labels.every((candidate, index) => clear(candidate, labels.slice(0, index)));
  };
  // Where the columns go does not depend on how far down the plot starts, so a trial at the top decides.
  const valueLabels = allFit(bands(0), scaleLinear().domain(extent).range([plotHeight - (low < 0 ? valueRoom : 0), valueRoom]));
  const tickRoom = valueLabels ? 0 : (max(gridTicks, (tick) => textWidth(tick.label, fontSize.tick)) ?? 0) + labelGap;
  const x = bands(tickRoom);
  const step = x.step();
  const missingInPlace = textWidth(notReported, fontSize.value) + valueGap <= step;
  const missing = columns.filter((d) => d.value === null);
  const footnote = missing.length > 0 && !missingInPlace ? wrapText(`${missingMark} ${notReported}: ${formatList(missing.map((d) => d.category))}`, fontSize.tick, width) : [];

  // The same in both modes, so panels of small multiples that differ in mode share one value scale.
  const headroom = Math.max(valueRoom, fontSize.tick + 6);
  const footroom = low < 0 ? valueRoom : 0;
  const titleRoom = chart.yLabel ? fontSize.tick + 8 : 0;
  const categoryTicks = bandTicks(chart, x, width);
  const categoryLines = max(categoryTicks, (tick) => tick.line + tick.lines.length) ?? 1;

  // Notes go in rows above the plot, so they never meet the value labels; the rows are counted first.
  const annotations = placeAnnotations(chart, x, width);
  const top = titleRoom + annotations.rows * noteRow;
  const bottom = top + plotHeight;
  const height = bottom + axisBandHeight(categoryLines) + (footnote.length > 0 ? 4 + footnote.length * (fontSize.tick + 4) : 0);
  const [left, right] = x.range() as [number, number];
  const f = frame(width, height, { top, left, right: width - right, bottom: height - bottom });
  const y = scaleLinear()
    .domain(extent)
    .range([bottom - footroom, top + headroom]);
  const zero = y(0);
  const rowTop = (row: number) => top - (row + 1) * noteRow;
  const { columnWidth, centre, bars, label, clear } = geometry(x, y);

  const gridLabels = valueLabels ? [] : gridTicks.map((tick) => ({ box: textBox(0, y(tick.value) - 4, tick.label, fontSize.tick, 'start', 'baseline') }));
  const written: ValueLabel[] = [];
  for (const d of columns) {
    if (d.value === null) {
      const content = missingInPlace ? notReported : missingMark;
      const box = textBox(centre(d), zero - valueGap, content, fontSize.value, 'middle', 'baseline');
      written.push({ d, content, x: centre(d), y: zero - valueGap, anchor: 'middle', valign: 'baseline', className: 'fill-muted', box });
    } else if (valueLabels) {
      written.push(label(d));
    } else if (!plainLabel(d, chart.format) && clear(label(d), [...written, ...gridLabels])) {
      written.push(label(d));
    }
  }
  const taken: Box[] = [...written.map((label) => label.box), ...gridLabels.map((label) => label.box)];
  // The top of whatever is drawn for a column, where a note's leader line stops.
  const columnTop = (d: BarDatum) => {
    const labelled = written.some((label) => label.d === d);
    if (d.value === null || d.value < 0) return zero - (labelled ? valueGap + fontSize.value + 2 : 4);
    return y(d.value) - (labelled ? valueGap + fontSize.value + 2 : 4);
  };

  const anyHighlight = columns.some((d) => d.highlight);
  const marks: (SvgNode | null)[] = [
    valueLabels ? el('line', { x1: f.left, x2: f.right, y1: zero, y2: zero, class: 'stroke-axis' }) : gridY(gridTicks.map((tick) => ({ ...tick, position: y(tick.value) })), { ...f, left: 0 }),
    ...annotations.ranges.map((range) => rangeX(range.x0, range.x1, range.label, { ...f, top: rowTop(range.row) })),
    barY(
      columns.flatMap((d) =>
        d.value === null
          ? []
          : [{
              x: centre(d) - columnWidth / 2,
              width: columnWidth,
              y0: zero,
              y1: y(d.value),
              className: anyHighlight && !d.highlight ? 'fill-muted-mark' : `fill-${seriesClass(0)}`,
              estimate: d.estimate,
              label: d.category,
              value: d.note ? `${d.label} · ${d.note}` : d.label,
            }],
      ),
    ),
    el(
      'g',
      { class: 'labels' },
      written.map((label) =>
        text(label.x, label.y, label.content, {
          anchor: label.anchor,
          valign: label.valign,
          size: fontSize.value,
          className: label.className,
          weight: label.d.highlight ? 'bold' : 'normal',
          halo: chart.rules.length > 0,
        }),
      ),
    ),
    ...chart.rules.map((rule) => {
      const label = truncateText(rule.label, fontSize.tick, f.right - f.left);
      const leaders = annotations.notes.map((note) => ({ left: note.position - 1, right: note.position + 1, top: rowTop(note.row), bottom: columnTop(note.d) }));
      const place = ruleLabelPlace(y(rule.value), label, f, taken, [...bars.map((bar) => bar.box), ...leaders]);
      taken.push(place.box);
      return ruleY(y(rule.value), label, f, place);
    }),
    ...annotations.notes.map((note) =>
      el(
        'g',
        { class: 'annotation' },
        el('line', { x1: note.position, x2: note.position, y1: rowTop(note.row) + fontSize.tick + 4, y2: columnTop(note.d), class: 'stroke-annotation' }),
        text(note.x, rowTop(note.row) + 2, note.label, { anchor: note.anchor, valign: 'top', size: fontSize.tick }),
      ),
    ),
    axisBand(categoryTicks, f),
    ...footnote.map((line, index) =>
      text(0, bottom + axisBandHeight(categoryLines) + 4 + index * (fontSize.tick + 4), line, { valign: 'top', size: fontSize.tick, className: 'fill-muted' }),
    ),
    chart.yLabel ? text(valueLabels ? f.left : 0, 0, truncateText(chart.yLabel, fontSize.tick, valueLabels ? f.right - f.left : width), { valign: 'top', size: fontSize.tick, className: 'fill-muted' }) : null,
  ];
  return { width, height, marks };
}

/** Above the line on the right, else where the label meets no text and no mark, else where it meets no text. */
function ruleLabelPlace(position: number, label: string, f: Frame, taken: readonly Box[], marks: readonly Box[]): RuleYPlacement & { box: Box } {
  const places: RuleYPlacement[] = [
    { side: 'end', below: false },
    { side: 'start', below: false },
    { side: 'end', below: true },
    { side: 'start', below: true },
  ];
  const boxed = places.map((place) => ({
    ...place,
    box: textBox(place.side === 'end' ? f.right : f.left, place.below ? position + 5 : position - 5, label, fontSize.tick, place.side, place.below ? 'top' : 'baseline'),
  }));
  const clear = (boxes: readonly Box[]) => boxed.find((place) => !boxes.some((box) => overlaps(box, place.box, clearance)));
  return clear([...taken, ...marks]) ?? clear(taken) ?? boxed[0]!;
}

interface Span {
  left: number;
  right: number;
  /** Where a line from this label runs to the plot, crossing the rows between. */
  leader: number | undefined;
}

/**
 * Rows for labels, row 0 nearest the plot: each goes in the nearest row where it keeps apart from
 * the labels there, its leader crosses no label nearer the plot, and no farther label's leader crosses it.
 */
function stackRows(spans: readonly Span[]): number[] {
  const placed: (Span & { row: number })[] = [];
  const crosses = (leader: number | undefined, span: Span) => leader !== undefined && leader >= span.left - 2 && leader <= span.right + 2;
  const fits = (span: Span, row: number) =>
    placed.every((other) => (other.row === row ? apart(span, other) : other.row < row ? !crosses(span.leader, other) : !crosses(other.leader, span)));
  return spans.map((span) => {
    // A leader that crosses a label below it crosses it from every row: then no row fits.
    let row = 0;
    while (row <= placed.length && !fits(span, row)) row++;
    if (row > placed.length) row = Infinity;
    placed.push({ ...span, row });
    return row;
  });
}

/** Range labels and point notes, in rows above the plot so they never meet the value labels. */
function placeAnnotations(chart: ColumnChart, x: ScaleBand<string>, width: number) {
  const half = (x.step() * paddingInner) / 2;
  const index = (category: string) => chart.columns.findIndex((d) => d.category === category);
  const ranges = chart.ranges.map((range) => {
    const [from, to] = [range.from, range.to].sort((a, b) => index(a) - index(b)) as [string, string];
    const x0 = (x(from) ?? 0) - half;
    const x1 = (x(to) ?? 0) + x.bandwidth() + half;
    const label = truncateText(range.label, fontSize.tick, width - 8);
    return { x0, x1, label, ...rangeXLabel(x0, x1, label, width), leader: undefined };
  });
  const notes = chart.columns.flatMap((d) => {
    if (!d.note) return [];
    const position = (x(d.category) ?? 0) + x.bandwidth() / 2;
    const label = truncateText(d.note, fontSize.tick, width);
    return [{ d, label, position, ...centred(position, label, fontSize.tick, width), leader: position }];
  });
  const rows = stackRows([...ranges, ...notes]);
  return {
    ranges: ranges.map((range, i) => ({ ...range, row: rows[i]! })),
    notes: notes.map((note, i) => ({ ...note, row: rows[ranges.length + i]! })),
    rows: rows.length === 0 ? 0 : Math.max(...rows) + 1,
  };
}

/**
 * Category labels that never overlap and sit under their own column: on one line if each fits its
 * column; a sequence (years) then shows every k-th label, counted back from the latest; names wrap
 * within their column, then stagger over up to three rows, shortened only as a last resort.
 */
function bandTicks(chart: ColumnChart, x: ScaleBand<string>, width: number): BandTick[] {
  const { columns } = chart;
  const n = columns.length;
  const size = fontSize.tick;
  const attempt = ({ every, rows: maxRows, lines: maxLines, shorten }: { every: number; rows: number; lines: number; shorten: boolean }) => {
    const room = Math.min(width, every * maxRows * x.step() - labelGap);
    const shown = columns.filter((_, index) => (n - 1 - index) % every === 0);
    const ticks = shown.map((d) => {
      let lines = wrapText(d.category, size, room);
      if (shorten) lines = [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')].map((line) => truncateText(line, size, room));
      const widest = lines.reduce((a, b) => (textWidth(b, size) > textWidth(a, size) ? b : a));
      const position = (x(d.category) ?? 0) + x.bandwidth() / 2;
      return { ...centred(position, widest, size, width), position, leader: position, lines, bold: d.highlight, fits: lines.length <= maxLines && textWidth(widest, size) <= room };
    });
    if (!ticks.every((tick) => tick.fits)) return undefined;
    const rows = stackRows(ticks);
    if (rows.some((row) => row >= maxRows)) return undefined;
    // Each row of labels starts under the longest label of the rows above it.
    const rowLines = Array.from({ length: maxRows }, (_, row) => Math.max(0, ...ticks.filter((_, i) => rows[i] === row).map((tick) => tick.lines.length)));
    return ticks.map(({ position, lines, x: at, anchor, bold }, i) => ({ position, lines, x: at, anchor, bold, line: rowLines.slice(0, rows[i]).reduce((a, b) => a + b, 0) }));
  };
  const sequence = columns.every((d) => /^\d/.test(d.category));
  const tries = sequence
    ? columns.map((_, index) => ({ every: index + 1, rows: 1, lines: 1, shorten: false }))
    : [
        { every: 1, rows: 1, lines: 1, shorten: false },
        { every: 1, rows: 1, lines: 3, shorten: false },
        { every: 1, rows: 2, lines: 2, shorten: false },
        { every: 1, rows: 3, lines: 2, shorten: false },
        ...columns.map((_, index) => ({ every: index + 1, rows: 3, lines: 2, shorten: true })),
      ];
  // One label, shortened to the drawing, always fits: the last resort.
  tries.push({ every: Math.max(n, 1), rows: 1, lines: 1, shorten: true });
  for (const option of tries) {
    const ticks = attempt(option);
    if (ticks) return ticks;
  }
  return [];
}

export function columnSummary(chart: ColumnChart): string {
  const summary = categoricalSummary(chart.columns, chart.format, chart.years ? ['year', 'years'] : undefined);
  const present = chart.columns.filter((d) => d.value !== null).sort((a, b) => Number(a.category) - Number(b.category));
  const first = present[0];
  const last = present.at(-1);
  if (!chart.years || !first || !last || present.length < 2) return summary;
  const span = `From ${first.category} to ${last.category}`;
  if (first.value === last.value && first.label === last.label) return `${summary} ${span}: unchanged at ${first.label}.`;
  const direction = last.value! > first.value! ? 'up' : last.value! < first.value! ? 'down' : 'changed';
  // A percentage only between plain figures: "more than 5,400" is a bound, not a number to divide.
  const change = first.value! > 0 && plainLabel(first, chart.format) && plainLabel(last, chart.format) ? ` (${numberFormatter('+.0%', [])(last.value! / first.value! - 1)})` : '';
  return `${summary} ${span}: ${direction} from ${first.label} to ${last.label}${change}.`;
}

export function columnTable(chart: ColumnChart): DataTableModel {
  return categoricalTable(chart.columns, chart.categoryColumn, chart.valueColumn);
}

export const columnChartType: ChartDefinition<ColumnChartSpec, ColumnChart> = {
  normalize: normalizeColumnChart,
  layout: (chart, width) => columnChart(chart, width),
  summary: columnSummary,
  table: columnTable,
  autoNotes: (chart) => (chart.columns.some((d) => d.estimate) ? [estimateNote] : []),
};

export const columnFacets: FacetSupport<ColumnChart, [number, number]> = {
  shared: (charts) => unionDomain(charts.map(columnDomain)),
  layout: columnChart,
};
