import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scaleUtc } from 'd3-scale';
import { fontSize, frame, textWidth } from '../../../src/charts/dimensions.ts';
import { axisXAnchor, type AxisTick } from '../../../src/charts/marks/axisX.ts';
import { timeTicks } from '../../../src/charts/timeTicks.ts';
import type { DatePrecision } from '../../../src/charts/data.ts';

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

function ticksFor(first: Date, last: Date, precision: DatePrecision, width: number, dateFormat?: string) {
  const plot = frame(width, 200, { top: 10, right: 10, bottom: 30, left: 10 });
  const x = scaleUtc().domain([first, last]).range([plot.left, plot.right]);
  return { ticks: timeTicks([first, last], precision, dateFormat, (date) => x(date), plot), plot };
}

/** Each label's extent as axisX will draw it. */
function extents(ticks: AxisTick[], plot: ReturnType<typeof frame>) {
  return ticks.map((tick, index) => {
    const width = textWidth(tick.label, fontSize.tick);
    const anchor = axisXAnchor(ticks, index, plot);
    const left = anchor === 'start' ? tick.position : anchor === 'end' ? tick.position - width : tick.position - width / 2;
    return [left, left + width] as const;
  });
}

test('timeTicks(yearly dates) labels every year when there is room', () => {
  const { ticks } = ticksFor(utc(2019), utc(2024), 'year', 700);
  assert.deepEqual(ticks.map((tick) => tick.label), ['2019', '2020', '2021', '2022', '2023', '2024']);
});

test('timeTicks(yearly dates) at narrow widths takes fewer, round years, apart and inside the plot', () => {
  for (const width of [120, 200, 280, 380]) {
    const { ticks, plot } = ticksFor(utc(1990), utc(2024), 'year', width);
    assert.ok(ticks.length >= 2, `${width}: at least two ticks`);
    const spans = extents(ticks, plot);
    for (const [index, [left, right]] of spans.entries()) {
      assert.ok(left >= plot.left && right <= plot.right, `${width}: ${ticks[index]!.label} inside`);
      if (index > 0) assert.ok(left >= spans[index - 1]![1] + 8, `${width}: ${ticks[index]!.label} clear of the one before`);
    }
  }
  assert.deepEqual(ticksFor(utc(1990), utc(2024), 'year', 380).ticks.map((tick) => tick.label), ['1990', '2000', '2010', '2020']);
});

test('timeTicks(monthly dates) writes the year on the first tick and where it changes', () => {
  const { ticks } = ticksFor(utc(2023, 1), utc(2024, 6), 'month', 700);
  assert.equal(ticks[0]!.label, 'Jan 2023');
  assert.ok(ticks.some((tick) => tick.label === 'Jan 2024'));
  assert.ok(ticks.slice(1).some((tick) => /^[A-Z][a-z]{2}$/.test(tick.label)), 'months within a year are written without it');
});

test('timeTicks(monthly dates) uses years when month ticks do not fit', () => {
  const { ticks } = ticksFor(utc(2015, 1), utc(2024, 12), 'month', 280);
  assert.ok(ticks.every((tick) => /^\d{4}$/.test(tick.label)), ticks.map((tick) => tick.label).join(', '));
});

test('timeTicks(daily dates) never names a finer unit than the data and keeps the editor format at its precision', () => {
  const { ticks } = ticksFor(utc(2024, 3, 1), utc(2024, 3, 8), 'day', 940, '%d/%m');
  assert.equal(ticks[0]!.label, '01/03');
  assert.ok(ticks.every((tick) => /^\d\d\/03$/.test(tick.label)));
  assert.deepEqual(ticksFor(utc(2020), utc(2021), 'year', 940).ticks.map((tick) => tick.label), ['2020', '2021']);
});

test('timeTicks falls back to the first and last dates when no interval fits', () => {
  const { ticks } = ticksFor(utc(2024, 2, 3), utc(2024, 3, 27), 'day', 170);
  assert.deepEqual(ticks.map((tick) => tick.label), ['3 Feb 2024', '27 Mar']);
});

test('timeTicks with one date gives one tick', () => {
  assert.deepEqual(ticksFor(utc(2024, 4), utc(2024, 4), 'month', 280).ticks.map((tick) => tick.label), ['Apr 2024']);
});
