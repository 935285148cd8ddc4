import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeTimelineChart, timelineChart, timelineSummary, timelineTable } from '../../../src/charts/timelineChart.ts';
import { bandWidths } from '../../../src/charts/dimensions.ts';
import { timelineChartSpec } from '../../../src/charts/spec.ts';
import { assertSnapshot, snapshotSvg } from '../snapshot.ts';
import { common, csv } from './fixtures.ts';
import { overlappingTexts, textsCrossedByLines, textsOutside } from './layoutChecks.ts';

// Six events over five years, at all three precisions, written out of order on purpose.
const transit = csv(`
date,event,note
2021-03-15,Ridership passes one million,Counted at the turnstiles
2019,Contoso Transit founded,
2020-06,First line opens between Northwind and Fabrikam,Eleven stations
2022-09,Fares frozen for a year,
2024-04-18,Tailspin depot opens,
2023-01-10,Night service starts on weekends,A trial at first
`);

// The shape of the first story's timeline: a month-precise event, then two on the same day.
const inquiry = csv(`
date,event
2024-02,Northwind regulator opens an inquiry into Contoso and Fabrikam
2024-04-18,Regulators meet Contoso and about ten other firms in Tailspin City
2024-04-18,Contoso ranks first among shopping apps
`);

const spec = (options: Record<string, unknown> = {}) => timelineChartSpec.parse({ type: 'timeline', ...common, x: 'date', label: 'event', ...options });

function draw(table = transit, width = 700, options: Record<string, unknown> = {}) {
  const chart = normalizeTimelineChart('transit', spec(options), table);
  const layout = timelineChart(chart, width);
  return { chart, layout, markup: snapshotSvg(layout, chart) };
}

const dots = (markup: string) =>
  [...markup.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"[^>]*data-mark="\d+" data-label="([^"]*)" data-value="([^"]*)"/g)].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
    label: match[3],
    value: match[4],
  }));

test('timelineChart(rows, spec) orders events by date whatever the order of the file', () => {
  const { chart } = draw();
  assert.deepEqual(
    chart.events.map((event) => event.dateText),
    ['2019', 'June 2020', '15 March 2021', 'September 2022', '10 January 2023', '18 April 2024'],
  );
});

test('timelineChart(rows, spec) at 520 px and wider places each event on a time axis, left to right in date order', () => {
  for (const [table, width] of [[inquiry, 520], [transit, 700], [transit, 940]] as const) {
    const { markup } = draw(table, width);
    const xs = dots(markup).map((d) => d.x);
    assert.equal(xs.length, table.rows.length);
    assert.ok(new Set(xs).size > 1, `at ${width}px the events spread along an axis`);
    assert.deepEqual(xs, [...xs].sort((a, b) => a - b), `at ${width}px`);
  }
  assert.match(draw(transit, 700).markup, />2020<\/text>/, 'year ticks on the axis');
  assertSnapshot('timeline-wide', draw(transit, 700).markup);
});

test('timelineChart(rows, spec) at 520 px lists the events when stacking their labels would build a tall staircase', () => {
  const { layout, markup } = draw(transit, 520);
  assert.equal(new Set(dots(markup).map((d) => d.x)).size, 1);
  assert.ok(layout.height < 520 * 0.75);
});

test('timelineChart(rows, spec) at 280 and 380 px lists the events down a vertical line, dates on the left', () => {
  for (const width of [280, 380]) {
    const { markup } = draw(transit, width);
    const points = dots(markup);
    assert.equal(new Set(points.map((d) => d.x)).size, 1, 'every dot on one vertical line');
    assert.deepEqual(points.map((d) => d.y), [...points.map((d) => d.y)].sort((a, b) => a - b), 'earliest at the top');
    const dateRight = [...markup.matchAll(/<text x="([\d.]+)"[^>]*text-anchor="end"[^>]*>2019</g)].map((match) => Number(match[1]));
    assert.ok(dateRight.length === 1 && dateRight[0]! < points[0]!.x, 'the date sits left of its dot');
  }
  assertSnapshot('timeline-narrow', draw(transit, 280).markup);
});

test('timelineChart(rows, spec) keeps every text inside the drawing, apart from the others and clear of the stems, at every band width', () => {
  const korean = csv('date,event\n2024-02,개인정보보호위원회 조사 착수\n2024-04-18,베이징에서 중국 기업들과 회의\n2024-04-20,후속 회의');
  const long = csv(
    'date,event\n2024-01-05,A very long event name that goes on and on about what exactly happened on that particular day in the town of Northwind\n2024-01-06,Short\n2024-01-07,Another long one describing the Contoso and Fabrikam agreement in some detail\n2024-06,Midyear review',
  );
  const one = csv('date,event\n2024-04-18,The only event');
  for (const [name, table] of Object.entries({ transit, inquiry, korean, long, one })) {
    for (const width of bandWidths) {
      const { layout, markup } = draw(table, width);
      const where = `${name} at ${width}px`;
      assert.deepEqual(textsOutside(markup, layout.width, layout.height), [], where);
      assert.deepEqual(overlappingTexts(markup), [], where);
      assert.deepEqual(textsCrossedByLines(markup), [], where);
    }
  }
});

test('timelineChart(rows, spec) with two events on the same day gives each its own dot and label', () => {
  const { markup } = draw(inquiry, 520);
  const sameDay = dots(markup).filter((d) => d.value === '18 April 2024');
  assert.equal(sameDay.length, 2);
  assert.notEqual(sameDay[0]!.y, sameDay[1]!.y, 'stacked, not drawn on top of each other');
  assertSnapshot('timeline-same-day', markup);
});

test('timelineChart(rows, spec) draws a month-precise event as a bar across its month, dated "February 2024"', () => {
  const { markup } = draw(inquiry, 940);
  const [february] = dots(markup);
  assert.equal(february?.value, 'February 2024');
  const periods = /<g class="periods"[^>]*>(.*?)<\/g>/s.exec(markup)?.[1] ?? '';
  const [span] = [...periods.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((match) => ({ x: Number(match[1]), width: Number(match[2]) }));
  assert.equal(span?.x, february.x, 'the bar starts where the month starts');
  // February 2024 has 29 of the 77 days from 1 February to 18 April.
  assert.ok(Math.abs(span.width - (924 * 29) / 77) < 1, `width ${span.width}`);
});

test('timelineChart(rows, spec) gives every event marker its label and formatted date for tooltips', () => {
  const { markup } = draw(transit, 940);
  assert.deepEqual(
    dots(markup).map((d) => `${d.label} · ${d.value}`),
    [
      'Contoso Transit founded · 2019',
      'First line opens between Northwind and Fabrikam · June 2020',
      'Ridership passes one million · 15 March 2021',
      'Fares frozen for a year · September 2022',
      'Night service starts on weekends · 10 January 2023',
      'Tailspin depot opens · 18 April 2024',
    ],
  );
});

test('timelineChart(rows, {dateFormat}) writes every date with the editor\'s format', () => {
  const { markup } = draw(inquiry, 280, { dateFormat: '%Y-%m' });
  assert.deepEqual(dots(markup).map((d) => d.value), ['2024-02', '2024-04', '2024-04']);
});

test('timelineChart with more events than a wide band can stack falls back to the vertical list', () => {
  const crowded = csv(`date,event\n${Array.from({ length: 9 }, (_, i) => `2024-03-0${i + 1},Contoso announcement number ${i + 1} of the week`).join('\n')}`);
  const { markup } = draw(crowded, 520);
  assert.equal(new Set(dots(markup).map((d) => d.x)).size, 1);
});

test('timelineChart with a single event draws it with its label', () => {
  const { markup } = draw(csv('date,event\n2024-04-18,The only event'), 700);
  assert.equal(dots(markup).length, 1);
  assert.match(markup, />The only event</);
  assert.match(markup, />18 April 2024</);
});

test('normalizeTimelineChart names the row of an empty or malformed date and of an empty label', () => {
  assert.throws(() => draw(csv('date,event\n2024-01,A\n,B')), { message: 'x: data.csv row 2, column "date" is empty; every event needs a date' });
  assert.throws(() => draw(csv('date,event\n2024-13,A')), { message: 'x: data.csv row 1, column "date": "2024-13" is not a date; expected 2024, 2024-02 or 2024-02-15' });
  assert.throws(() => draw(csv('date,event\n2024-01,A\n2024-02,')), { message: 'label: data.csv row 2, column "event" is empty; every event needs a name' });
});

test('normalizeTimelineChart names the field of a column that is not in the data', () => {
  assert.throws(() => draw(transit, 700, { description: 'notes' }), { message: 'description: column "notes" not in data.csv (columns: date, event, note)' });
});

test('timelineSummary(chart) names the first and last events and the span between them', () => {
  assert.equal(
    timelineSummary(draw().chart),
    '6 events over about 5 years. First, in 2019: Contoso Transit founded. Last, on 18 April 2024: Tailspin depot opens.',
  );
  assert.equal(
    timelineSummary(draw(inquiry).chart),
    '3 events over 2 months. First, in February 2024: Northwind regulator opens an inquiry into Contoso and Fabrikam. Last, on 18 April 2024: Contoso ranks first among shopping apps.',
  );
  assert.equal(timelineSummary(draw(csv('date,event\n2024-04-18,A\n2024-04-18,B')).chart), '2 events, both on 18 April 2024: A and B.');
  assert.equal(timelineSummary(draw(csv('date,event\n2024-04-18,A\n2024-04-21,B')).chart), '2 events over 3 days. First, on 18 April 2024: A. Last, on 21 April 2024: B.');
});

test('timelineTable(chart) lists date, event and description in date order, empty descriptions blank', () => {
  const { chart } = draw(transit, 700, { description: 'note' });
  const table = timelineTable(chart);
  assert.deepEqual(table.columns.map((column) => column.label), ['date', 'event', 'note']);
  assert.deepEqual(table.rows.slice(0, 3), [
    ['2019', 'Contoso Transit founded', ''],
    ['June 2020', 'First line opens between Northwind and Fabrikam', 'Eleven stations'],
    ['15 March 2021', 'Ridership passes one million', 'Counted at the turnstiles'],
  ]);
});
