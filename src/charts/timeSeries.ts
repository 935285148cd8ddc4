import { max } from 'd3-array';
import { seriesClass, type DataTableModel } from './chart.ts';
import { dateCell, requireColumn, textCell, type DataTable, type DatePrecision, rowNumber } from './data.ts';
import { fontSize, textWidth, truncateText, wrapText } from './dimensions.ts';
import { ChartInputError, listOf } from './errors.ts';

// Shared by the line and bump charts: long-format rows (one per date, or per date and series)
// read into series of points, plus the direct labels both charts put at the ends of lines.

export interface SeriesPoint {
  date: Date;
  /** null: the row is there but its value is missing; the line has a gap, never a zero. */
  value: number | null;
}

export interface Series {
  name: string;
  /** In date order. A date the series has no row for is simply not a point. */
  points: SeriesPoint[];
  highlight: boolean;
  /** Colour suffix for fill-/stroke- classes: c1..c6, or muted-mark when others are highlighted. */
  colour: string;
}

export interface TimeSeries {
  series: Series[];
  /** Every date in the data, ascending. */
  dates: Date[];
  precision: DatePrecision;
  dateColumn: string;
  valueColumn: string;
  seriesColumn: string | undefined;
}

/** Reads rows into series; `value` reads one row's value cell (and may refuse it, naming the row). */
export function normalizeTimeSeries(
  table: DataTable,
  spec: { x: string; y: string; series?: string | undefined; highlight?: string[] | undefined },
  value: (column: string, rowIndex: number) => number | null,
): TimeSeries {
  const dateColumn = requireColumn(table, 'x', spec.x);
  const valueColumn = requireColumn(table, 'y', spec.y);
  const seriesColumn = spec.series === undefined ? undefined : requireColumn(table, 'series', spec.series);
  const byName = new Map<string, SeriesPoint[]>();
  const seen = new Map<string, number>();
  let precision: { precision: DatePrecision; row: number } | undefined;
  for (const [index] of table.rows.entries()) {
    const row = `${table.file} row ${rowNumber(table, index)}`;
    const date = dateCell(table, 'x', dateColumn, index);
    if (date === null) throw new ChartInputError('x', `${row}, column "${dateColumn}" is empty; every row needs a date`);
    precision ??= { precision: date.precision, row: index };
    if (date.precision !== precision.precision) {
      throw new ChartInputError(
        'x',
        `${row}, column "${dateColumn}": "${textCell(table, dateColumn, index)}" is a ${date.precision} but row ${rowNumber(table, precision.row)} is a ${precision.precision} ("${textCell(table, dateColumn, precision.row)}"); write every date the same way`,
      );
    }
    const name = seriesColumn === undefined ? valueColumn : textCell(table, seriesColumn, index);
    if (name === null) throw new ChartInputError('series', `${row}, column "${seriesColumn}" is empty; every row needs a series name`);
    const key = `${name}\u0000${date.date.getTime()}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const what = seriesColumn === undefined ? '' : ` for "${name}"`;
      throw new ChartInputError('x', `${row}: a second value${what} on ${textCell(table, dateColumn, index)} (the first is in row ${rowNumber(table, earlier)})`);
    }
    seen.set(key, index);
    const points = byName.get(name) ?? [];
    points.push({ date: date.date, value: value(valueColumn, index) });
    byName.set(name, points);
  }
  const names = [...byName.keys()];
  if (spec.highlight !== undefined && seriesColumn === undefined) {
    throw new ChartInputError('highlight', 'needs a series column: a chart with one line has nothing to pick out');
  }
  for (const [index, name] of (spec.highlight ?? []).entries()) {
    if (!byName.has(name)) throw new ChartInputError(`highlight[${index}]`, `"${name}" is not a series in column "${seriesColumn}" (series: ${listOf(names)})`);
  }
  let highlighted = 0;
  const series = names.map((name, index) => {
    const highlight = spec.highlight?.includes(name) ?? false;
    const colour = spec.highlight === undefined ? seriesClass(index) : highlight ? seriesClass(highlighted++) : 'muted-mark';
    const points = byName.get(name)!.sort((a, b) => a.date.getTime() - b.date.getTime());
    return { name, points, highlight, colour };
  });
  const dates = [...new Set(series.flatMap((s) => s.points.map((point) => point.date.getTime())))].sort((a, b) => a - b).map((time) => new Date(time));
  return { series, dates, precision: precision!.precision, dateColumn, valueColumn, seriesColumn };
}

export const definedPoints = (series: Series) => series.points.filter((point): point is SeriesPoint & { value: number } => point.value !== null);

/** Muted series first, so highlighted lines are drawn over them. */
export const drawingOrder = (series: readonly Series[]) => [...series].sort((a, b) => Number(a.highlight) - Number(b.highlight));

/** Text in the line's colour; grey lines get the muted text colour, which stays legible. */
export const labelClass = (series: Series) => (series.colour === 'muted-mark' ? 'fill-muted' : `fill-${series.colour}`);

/** Dates the data has a row for but no value: "no data for 2021". */
export const gapDates = (series: Series) => series.points.filter((point) => point.value === null).map((point) => point.date);

/** One row per date, one column per series; an empty cell where a series has no row for that date. */
export function timeSeriesTable(data: TimeSeries, formatDate: (date: Date) => string, cell: (value: number | null) => string): DataTableModel {
  const named = data.seriesColumn !== undefined;
  return {
    columns: [{ label: data.dateColumn, numeric: false }, ...data.series.map((s) => ({ label: named ? s.name : data.valueColumn, numeric: true }))],
    rows: data.dates.map((date) => [
      formatDate(date),
      ...data.series.map((s) => {
        const point = s.points.find((p) => p.date.getTime() === date.getTime());
        return point ? cell(point.value) : '';
      }),
    ]),
  };
}

/** Line height of multi-line end labels. */
export const labelLineHeight = 17;

/**
 * The width a column of labels reserves for text measured `room` wide. textWidth is an
 * estimate, and wide fonts (DejaVu Sans, the default sans on many Linux desktops) run about 5%
 * over it; a label column at the drawing's edge would be clipped by that much.
 */
export const labelColumn = (room: number) => Math.ceil(room * 1.06);

export interface LabelParts {
  /** Written before the name on its first line (a rank: "1."). Never shortened. */
  before?: string;
  /** Wrapped to two lines at most, then shortened. */
  name?: string;
  /** Written after the name on its last line (the value, a date). Never shortened. */
  after?: string;
}

const joinParts = (...parts: (string | undefined)[]) => parts.filter((part) => part !== undefined).join(' ');

/**
 * How wide a column of labels is: wide enough for each label on one line, up to `cap`; in any
 * case for the parts never shortened (values, ranks, dates); and, up to `wordCap`, for the
 * longest word of a name, so names break between words rather than lose letters.
 */
export function labelRoom(labels: readonly LabelParts[], cap: number, wordCap: number): number {
  const size = fontSize.label;
  const whole = max(labels, (label) => textWidth(joinParts(label.before, label.name, label.after), size)) ?? 0;
  const unbreakable = max(labels, (label) => Math.max(textWidth(label.before ?? '', size), textWidth(label.after ?? '', size))) ?? 0;
  const word = max(labels, (label) => max((label.name ?? '').split(/\s+/), (part) => textWidth(part, size))) ?? 0;
  return Math.max(Math.min(whole, cap), unbreakable, Math.min(word, wordCap));
}

/**
 * The lines of a direct label within `room`: one line when it fits; else the name wrapped (two
 * lines at most, the second shortened), with the parts before and after it on the first and
 * last lines when they fit there, on lines of their own when they do not. The charts make room
 * for the longest unshortened part.
 */
export function labelLines({ before, name, after }: LabelParts, room: number): string[] {
  const size = fontSize.label;
  const fits = (line: string) => textWidth(line, size) <= room;
  const join = joinParts;
  const whole = join(before, name, after);
  if (fits(whole)) return [whole];
  // The first line leaves room for what goes before the name.
  const wrapped = name === undefined ? [] : wrapText(name, size, before === undefined ? room : room - textWidth(`${before} `, size));
  let lines = (wrapped.length > 2 ? [wrapped[0]!, wrapped.slice(1).join(' ')] : wrapped).map((line) => truncateText(line, size, room));
  if (before !== undefined) lines = lines[0] !== undefined && fits(join(before, lines[0])) ? [join(before, lines[0]), ...lines.slice(1)] : [before, ...lines];
  const last = lines.at(-1);
  if (after !== undefined) lines = last !== undefined && fits(join(last, after)) ? [...lines.slice(0, -1), join(last, after)] : [...lines, after];
  return lines;
}
