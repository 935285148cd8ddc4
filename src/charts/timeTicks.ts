import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { DatePrecision } from './data.ts';
import { fontSize, textWidth, type Frame } from './dimensions.ts';
import { dateFormatter } from './format.ts';
import { axisXAnchor, type AxisTick } from './marks/axisX.ts';

/** Space between neighbouring date labels; less reads as one run-on line of numbers. */
const minLabelGap = 20;

const every = (interval: CountableTimeInterval, steps: readonly number[]) => steps.map((step) => interval.every(step)!);

// Tick intervals from fine to coarse. A chart starts at its data's own precision: yearly data
// never gets month ticks, which would name months the data does not have.
const years = every(utcYear, [1, 2, 5, 10, 20, 50, 100]).map((interval) => ({ interval, precision: 'year' as const }));
const months = every(utcMonth, [1, 2, 3, 6]).map((interval) => ({ interval, precision: 'month' as const }));
const days = [...every(utcDay, [1, 2]), utcMonday, utcMonday.every(2)!].map((interval) => ({ interval, precision: 'day' as const }));
const candidates: Record<DatePrecision, { interval: TimeInterval; precision: DatePrecision }[]> = {
  year: years,
  month: [...months, ...years],
  day: [...days, ...months, ...years],
};

// After the first tick, a label leaves out the year the tick before it already gave:
// "Jan 2024, Apr, Jul, Oct, Jan 2025".
const sameYearFormats: Record<DatePrecision, string> = { year: '%Y', month: '%b', day: '%-d %b' };

/**
 * Date ticks for an x axis whose labels never collide or leave the plot's width: the finest
 * interval whose labels fit side by side (at least two of them), else the first and last dates,
 * else the first alone, else none. Labels use short formats; ticks coarser than the data get the
 * coarser format ("2024" for yearly ticks on monthly data). The editor's dateFormat applies, in
 * full on every tick, at the data's own precision.
 */
export function timeTicks(
  domain: readonly [Date, Date],
  precision: DatePrecision,
  dateFormat: string | undefined,
  position: (date: Date) => number,
  frame: Frame,
): AxisTick[] {
  const ticksAt = (dates: readonly Date[], tickPrecision: DatePrecision) => {
    const custom = tickPrecision === precision && dateFormat !== undefined;
    const full = dateFormatter(custom ? dateFormat : undefined, tickPrecision, true);
    const brief = custom ? full : utcFormat(sameYearFormats[tickPrecision]);
    return dates.map((date, index) => ({
      position: position(date),
      label: dates[index - 1]?.getUTCFullYear() === date.getUTCFullYear() ? brief(date) : full(date),
    }));
  };
  const [first, last] = domain;
  if (first.getTime() === last.getTime()) return ticksAt([first], precision);
  for (const candidate of candidates[precision]) {
    const ticks = ticksAt(candidate.interval.range(first, new Date(last.getTime() + 1)), candidate.precision);
    if (ticks.length >= 2 && fits(ticks, frame, minLabelGap)) return ticks;
  }
  // At the two ends of the axis, labels closer together still read as a start and an end.
  const ends = ticksAt([first, last], precision);
  if (fits(ends, frame, 8)) return ends;
  return fits(ends.slice(0, 1), frame, 0) ? ends.slice(0, 1) : [];
}

function fits(ticks: readonly AxisTick[], frame: Frame, gap: number): boolean {
  let previousRight = -Infinity;
  for (const [index, tick] of ticks.entries()) {
    const width = textWidth(tick.label, fontSize.tick);
    const anchor = axisXAnchor(ticks, index, frame);
    const left = anchor === 'start' ? tick.position : anchor === 'end' ? tick.position - width : tick.position - width / 2;
    if (left < frame.left || left + width > frame.right || left < previousRight + gap) return false;
    previousRight = left + width;
  }
  return true;
}
