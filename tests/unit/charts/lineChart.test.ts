import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bandWidths } from '../../../src/charts/dimensions.ts';
import { gapNote, lineChart, lineChartType, lineSummary, lineTable, normalizeLineChart } from '../../../src/charts/lineChart.ts';
import { lineChartSpec } from '../../../src/charts/spec.ts';
import { render } from '../../../src/charts/svg.ts';
import { assertSnapshot, snapshotSvg } from '../snapshot.ts';
import { common, csv } from './fixtures.ts';
import { assertLegible, textBoxes } from './layoutChecks.ts';

const visits = csv(`
year,visits
2019,42
2020,48
2021,45
2022,61
2023,58
2024,70
`);

const shops = csv(`
year,shop,visits
2019,Northwind,42
2019,Contoso,30
2019,Fabrikam,35
2020,Northwind,48
2020,Contoso,33
2020,Fabrikam,36
2021,Northwind,45
2021,Contoso,
2021,Fabrikam,38
2022,Northwind,61
2022,Contoso,41
2022,Fabrikam,39
2023,Northwind,58
2023,Contoso,52
2023,Fabrikam,40
2024,Northwind,70
2024,Contoso,55
2024,Fabrikam,41
`);

const spec = (options: Record<string, unknown> = {}) => lineChartSpec.parse({ type: 'line', ...common, x: 'year', y: 'visits', ...options });

function draw(options: Record<string, unknown> = {}, table = shops, width = 520) {
  const chart = normalizeLineChart('shops', spec(options), table);
  return { chart, layout: lineChart(chart, width) };
}

const markupOf = (layout: ReturnType<typeof lineChart>) => layout.marks.map((mark) => render(mark)).join('');
const pointMarks = (markup: string) => [...markup.matchAll(/<circle [^>]*data-label="([^"]*)" data-value="([^"]*)"/g)].map((match) => `${match[1]}: ${match[2]}`);
const paths = (markup: string) => [...markup.matchAll(/<path d="([^"]*)" class="([^"]*) line"/g)].map((match) => ({ d: match[1]!, className: match[2]! }));
const texts = (layout: ReturnType<typeof lineChart>) => textBoxes(layout).map((box) => box.text);

test('lineChart(rows) draws one line and labels its end with the last value', () => {
  const { chart, layout } = draw({}, visits);
  const markup = snapshotSvg(layout, chart);
  assert.equal(paths(markup).length, 1);
  const label = textBoxes(layout).find((box) => box.text === '70' && box.left > layout.width - 40);
  assert.ok(label, 'the last value labels the line at its right end');
  assertSnapshot('line-single', markup);
});

test('lineChart(rows, {series}) labels each line at its end with its name and last value', () => {
  const { layout } = draw({ series: 'shop' });
  const labels = texts(layout).filter((text) => /^(Northwind|Contoso|Fabrikam)/.test(text));
  assert.deepEqual(labels.sort(), ['Contoso 55', 'Fabrikam 41', 'Northwind 70']);
  assert.doesNotMatch(markupOf(layout), /legend/);
});

test('lineChart(rows, {series}) with an empty value leaves a gap and never draws it as zero', () => {
  const { chart, layout } = draw({ series: 'shop' });
  const markup = markupOf(layout);
  const contoso = paths(markup)[1]!;
  assert.equal(contoso.d.match(/M/g)?.length, 2, 'the Contoso line is two pieces');
  assert.ok(!pointMarks(markup).some((mark) => mark.startsWith('Contoso, 2021')), 'no point for the missing value');
  assert.match(lineSummary(chart), /Contoso has no data for 2021\./);
  assert.deepEqual(lineChartType.autoNotes?.(chart), [gapNote]);
});

test('lineChart(rows) with a value between two gaps draws a visible dot there', () => {
  const rows = ['date,visits', ...Array.from({ length: 24 }, (_, index) => `2022-${String((index % 12) + 1).padStart(2, '0')},${index === 10 || index === 12 ? '' : index}`)];
  const table = csv(rows.map((row, index) => (index > 12 ? row.replace('2022', '2023') : row)).join('\n'));
  const { layout } = draw({ x: 'date' }, table);
  const markup = markupOf(layout);
  const circles = [...markup.matchAll(/<circle [^>]*>/g)].map((match) => match[0]);
  assert.equal(circles.length, 22, 'one mark per reported value');
  const visible = circles.filter((circle) => !circle.includes('fill-opacity="0"'));
  assert.deepEqual(visible.map((circle) => /data-label="([^"]*)"/.exec(circle)?.[1]), ['December 2022'], 'only the isolated point has a dot');
});

test('lineChart(rows, {series}) puts a dot on every point of short lines, each with a label and value', () => {
  const { layout } = draw({ series: 'shop' });
  const marks = pointMarks(markupOf(layout));
  assert.equal(marks.length, 17, 'every reported value, none for the missing one');
  assert.ok(marks.includes('Northwind, 2022: 61'));
  assert.doesNotMatch(markupOf(layout), /fill-opacity="0"/);
});

test('lineChart(rows, {series, highlight}) colours the highlighted line and mutes the others', () => {
  const { chart, layout } = draw({ series: 'shop', highlight: ['Contoso'] });
  const markup = markupOf(layout);
  const lines = paths(markup);
  assert.deepEqual(lines.map((l) => l.className), ['stroke-muted-mark', 'stroke-muted-mark', 'stroke-c1'], 'muted lines first, highlighted on top');
  assert.match(markup, /class="fill-c1">Contoso 55</);
  assert.match(markup, /class="fill-muted">Northwind 70</);
  assertSnapshot('line-highlight-annotations', snapshotSvg(lineChart(normalizeLineChart('shops', spec({ series: 'shop', highlight: ['Contoso'], annotations }), shops), 520), chart));
});

const annotations = [
  { type: 'range', from: 2020, to: 2021, label: 'Refit' },
  { type: 'rule', value: 50, label: 'Target' },
  { type: 'point', x: 2022, series: 'Contoso', label: 'Reopened' },
];

test('lineChart(rows, {annotations}) shades a period, draws a reference line and notes a point', () => {
  const { layout } = draw({ series: 'shop', annotations });
  const markup = markupOf(layout);
  assert.match(markup, /<rect [^>]*class="fill-range"/);
  assert.match(markup, /stroke-dasharray="5 4"/);
  for (const label of ['Refit', 'Target', 'Reopened']) assert.ok(texts(layout).includes(label), label);
});

test('normalizeLineChart(rows, {annotations}) draws a period that began before the data from the first date', () => {
  const { chart } = draw({ series: 'shop', annotations: [{ type: 'range', from: '2017-03', to: 2020, label: 'Works' }] });
  assert.deepEqual(chart.ranges, [{ from: new Date(Date.UTC(2019, 0, 1)), to: new Date(Date.UTC(2020, 0, 1)), label: 'Works' }]);
});

test('normalizeLineChart names the annotation field that does not fit the data', () => {
  assert.throws(() => draw({ series: 'shop', annotations: [{ type: 'point', x: 2021, series: 'Contoso', label: 'x' }] }), {
    message: 'annotations[0].x: "Contoso" has no value on 2021',
  });
  assert.throws(() => draw({ series: 'shop', annotations: [{ type: 'point', x: 2021, label: 'x' }] }), /annotations\[0\]\.series: missing: the line the point is on/);
  assert.throws(() => draw({ series: 'shop', annotations: [{ type: 'range', from: 2030, to: 2031, label: 'x' }] }), /annotations\[0\]: 2030 to 2031 is outside the chart's dates \(2019 to 2024\)/);
  assert.throws(() => draw({ series: 'shop', annotations: [{ type: 'range', from: 'spring', to: 2021, label: 'x' }] }), /annotations\[0\]\.from: "spring" is not a date/);
});

test('lineChart(rows) includes zero in the value axis unless {zero: false}', () => {
  const high = csv('year,visits\n2020,940\n2021,960\n2022,990');
  const ticks = (options: Record<string, unknown>) => {
    const { layout } = draw(options, high);
    return texts(layout).filter((text) => /^[\d,]+$/.test(text) && !['990'].includes(text));
  };
  assert.ok(ticks({}).includes('0'));
  assert.ok(!ticks({ zero: false }).includes('0'));
  assert.ok(ticks({ zero: false }).includes('960'));
});

test('lineChart(rows) with negative values writes ticks and labels with a true minus sign', () => {
  const table = csv('year,change\n2020,4\n2021,-3.5\n2022,-8\n2023,2');
  const { chart, layout } = draw({ y: 'change' }, table);
  assert.ok(texts(layout).some((text) => /^−\d/.test(text)), 'a negative tick');
  assert.equal(lineSummary(chart), '2020 to 2023. From 4.0 in 2020 to 2.0 in 2023, down 2.0; highest 4.0 in 2020.');
  assertSnapshot('line-negative', snapshotSvg(layout, chart));
});

test('lineChart(rows) with yearly data labels years, fewer at narrow widths, never colliding', () => {
  const long = csv(['year,visits', ...Array.from({ length: 25 }, (_, index) => `${2000 + index},${index * 3}`)].join('\n'));
  const years = (width: number) => texts(draw({}, long, width).layout).filter((text) => /^20\d\d$/.test(text));
  assert.ok(years(280).length < years(940).length);
  assert.ok(years(280).length >= 2);
});

test('lineChart(rows) with monthly data labels months as "Jan 2024", and years when months do not fit', () => {
  const monthly = csv(['month,visits', ...Array.from({ length: 18 }, (_, index) => `${2023 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')},${index}`)].join('\n'));
  const { layout } = draw({ x: 'month' }, monthly, 940);
  assert.ok(texts(layout).includes('Jan 2023'));
  const narrow = texts(draw({ x: 'month' }, monthly, 280).layout);
  assert.ok(narrow.some((text) => /^(\w{3} )?202[34]$/.test(text)));
});

const edgeCases: Record<string, { options: Record<string, unknown>; table: ReturnType<typeof csv> }> = {
  'one series': { options: {}, table: visits },
  'several series with annotations': { options: { series: 'shop', highlight: ['Contoso'], annotations, yLabel: 'Visits per day, in thousands' }, table: shops },
  'one point': { options: {}, table: csv('year,visits\n2024,12') },
  'negative values': { options: { y: 'change' }, table: csv('year,change\n2020,4\n2021,-3.5\n2022,-8\n2023,2') },
  'long names': {
    options: { series: 'shop' },
    table: csv('year,shop,visits\n2022,Northwind Traders International Holdings,10\n2023,Northwind Traders International Holdings,12\n2022,Contoso Pharmaceuticals of the Pacific Northwest,11\n2023,Contoso Pharmaceuticals of the Pacific Northwest,12.5\n2022,Tailspin,9\n2023,Tailspin,12.2'),
  },
  'Korean names': { options: { series: '가게', y: '방문' }, table: csv('year,가게,방문\n2022,노스윈드 종합쇼핑몰,10\n2023,노스윈드 종합쇼핑몰,12\n2022,콘토소,11\n2023,콘토소,12\n2022,테일스핀항공여행사,9\n2023,테일스핀항공여행사,12.1') },
  'lines ending together': { options: { series: 'shop' }, table: csv(['year,shop,visits', ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].flatMap((name, index) => [`2020,Shop ${name},${index}`, `2021,Shop ${name},${50 + index / 10}`])].join('\n')) },
  'a line ending early': { options: { series: 'shop' }, table: csv('month,shop,visits\n2024-01,Northwind,3\n2024-02,Northwind,4\n2024-03,Northwind,\n2024-01,Contoso,5\n2024-02,Contoso,6\n2024-03,Contoso,7'), },
};

test('lineChart keeps every text inside the drawing and apart from the others at every band width', () => {
  for (const [name, { options, table }] of Object.entries(edgeCases)) {
    for (const width of bandWidths) {
      const x = table.columns.includes('month') ? { x: 'month' } : {};
      const { layout } = draw({ ...x, ...options }, table, width);
      assertLegible(layout, `${name} at ${width}: `);
    }
  }
});

test('lineChart(rows) with one point draws a visible dot labelled with its value', () => {
  const { chart, layout } = draw({}, csv('year,visits\n2024,12'));
  const markup = markupOf(layout);
  assert.deepEqual(pointMarks(markup), ['2024: 12']);
  assert.doesNotMatch(markup, /fill-opacity="0"/);
  assert.equal(lineSummary(chart), '2024. 12 in 2024, the only value.');
});

test('lineChart with long and Korean series names wraps them and keeps them inside the drawing at 280 px', () => {
  const { chart, layout } = draw(edgeCases['long names']!.options, edgeCases['long names']!.table, 280);
  assert.ok(texts(layout).includes('Northwind'), 'a long name wraps at a space');
  assert.ok(texts(layout).some((text) => /^Traders .*…$/.test(text)), 'a name too long for two lines is shortened');
  assertSnapshot('line-narrow-long-names', snapshotSvg(layout, chart));
  const korean = draw(edgeCases['Korean names']!.options, edgeCases['Korean names']!.table, 280);
  assert.ok(texts(korean.layout).some((text) => text.startsWith('노스윈드')));
  assertSnapshot('line-korean', snapshotSvg(korean.layout, korean.chart));
});

test('lineChart(rows, {series}) says when a line stops before the last date', () => {
  const { chart, layout } = draw({ x: 'month', series: 'shop' }, edgeCases['a line ending early']!.table);
  assert.ok(texts(layout).includes('4 (Feb 2024)'));
  assert.match(lineSummary(chart), /Northwind: from 3 in January 2024 to 4 in February 2024, up 1; highest 4 in February 2024\. Northwind has no data for March 2024\./);
});

test('normalizeLineChart names the field, row and value of bad data', () => {
  assert.throws(() => draw({ y: 'vists' }), { message: 'y: column "vists" not in data.csv (columns: year, shop, visits)' });
  assert.throws(() => draw({}, csv('year,visits\n2020,1\nlast year,2')), { message: 'x: data.csv row 2, column "year": "last year" is not a date; expected 2024, 2024-02 or 2024-02-15' });
  assert.throws(() => draw({}, csv('year,visits\n2020,1\n2021-06,2')), { message: 'x: data.csv row 2, column "year": "2021-06" is a month but row 1 is a year ("2020"); write every date the same way' });
  assert.throws(() => draw({}, csv('year,visits\n2020,1\n2020,2')), { message: 'x: data.csv row 2: a second value on 2020 (the first is in row 1)' });
  assert.throws(() => draw({ series: 'shop' }, csv('year,shop,visits\n2020,A,1\n2020,A,2')), { message: 'x: data.csv row 2: a second value for "A" on 2020 (the first is in row 1)' });
  assert.throws(() => draw({}, csv('year,visits\n,1')), { message: 'x: data.csv row 1, column "year" is empty; every row needs a date' });
  assert.throws(() => draw({ series: 'shop', highlight: ['Nope'] }), { message: 'highlight[0]: "Nope" is not a series in column "shop" (series: Northwind, Contoso, Fabrikam)' });
  assert.throws(() => draw({ highlight: ['visits'] }, visits), /highlight: needs a series column/);
});

test('lineSummary(chart) gives each line its first and last values, the change, the highest and its gaps', () => {
  const { chart } = draw({ series: 'shop' });
  assert.equal(
    lineSummary(chart),
    '3 lines, 2019 to 2024. ' +
      'Northwind: from 42 in 2019 to 70 in 2024, up 28; highest 70 in 2024. ' +
      'Contoso: from 30 in 2019 to 55 in 2024, up 25; highest 55 in 2024. Contoso has no data for 2021. ' +
      'Fabrikam: from 35 in 2019 to 41 in 2024, up 6; highest 41 in 2024.',
  );
});

test('lineSummary(chart) with a percent format speaks of percentage points', () => {
  const { chart } = draw({ y: 'share', format: '.0%' }, csv('year,share\n2020,0.25\n2021,0.2'));
  assert.match(lineSummary(chart), /From 25% in 2020 to 20% in 2021, down 5 percentage points/);
});

test('lineTable(chart) has a row per date and a column per series, missing values not reported', () => {
  const { chart } = draw({ series: 'shop' });
  const table = lineTable(chart);
  assert.deepEqual(table.columns, [
    { label: 'year', numeric: false },
    { label: 'Northwind', numeric: true },
    { label: 'Contoso', numeric: true },
    { label: 'Fabrikam', numeric: true },
  ]);
  assert.deepEqual(table.rows[2], ['2021', '45', 'not reported', '38']);
});
