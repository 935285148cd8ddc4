import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnChart, columnChartType, columnSummary, columnTable, normalizeColumnChart } from '../../../src/charts/columnChart.ts';
import { estimateNote } from '../../../src/charts/chart.ts';
import { bandWidths } from '../../../src/charts/dimensions.ts';
import { columnChartSpec } from '../../../src/charts/spec.ts';
import { assertSnapshot, snapshotSvg } from '../snapshot.ts';
import { common, csv } from './fixtures.ts';
import { assertLegible, textBoxes } from './layoutChecks.ts';

const visits = csv(`
year,visits,estimated,label
2019,42,,
2020,,,
2021,63,yes,
2022,87,,
2023,95,,more than 95
`);

// Shaped like KISA's count: the 2020 figure is derived, the 2023 one is a lower bound.
const twoYears = csv(`
year,cases,estimate,label
2020,4290,yes,"≈4,290"
2023,5400,,"more than 5,400"
`);

// 2010–2023, 2014 missing; the last figure is also given as a bound in the label column.
const manyYears = csv(`year,visits,label\n${Array.from({ length: 14 }, (_, i) => `${2010 + i},${i === 4 ? '' : 12000 + i * 3517},${i === 13 ? '"more than 57,700"' : ''}`).join('\n')}`);

const longNames = csv(`
shop,visits
테무,12
알리익스프레스,30
Contoso,25
Northwind Traders of the Far North,8
`);

const spec = (options: Record<string, unknown> = {}) => columnChartSpec.parse({ type: 'column', ...common, x: 'year', y: 'visits', ...options });

function draw(options: Record<string, unknown> = {}, width = 520, table = visits) {
  const chart = normalizeColumnChart('visits', spec(options), table);
  const layout = columnChart(chart, width);
  return { chart, layout, markup: snapshotSvg(layout, chart) };
}

interface Rect {
  label: string;
  value: string;
  className: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const columnsOf = (markup: string): Rect[] =>
  [...markup.matchAll(/<rect ([^>]*data-label="[^"]*"[^>]*)>/g)].map(([, attributes = '']) => {
    const get = (name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
    return { label: get('data-label'), value: get('data-value'), className: get('class'), x: Number(get('x')), y: Number(get('y')), width: Number(get('width')), height: Number(get('height')) };
  });

const textsOf = (markup: string) => textBoxes(markup).map((box) => box.text);

test('columnChart(rows, spec) draws one column per reported value, in data order', () => {
  const { markup } = draw();
  assert.deepEqual(columnsOf(markup).map((column) => column.label), ['2019', '2021', '2022', '2023']);
  assertSnapshot('column-basic', markup);
});

test('columnChart(rows, spec) writes each value centred just above its column', () => {
  const { markup } = draw();
  const boxes = textBoxes(markup);
  for (const column of columnsOf(markup)) {
    const label = boxes.find((box) => box.text === column.value);
    assert.ok(label, `a label "${column.value}" for ${column.label}`);
    assert.ok(label.bottom <= column.y && label.bottom >= column.y - 12, `"${label.text}" sits just above its column`);
    assert.ok(Math.abs((label.left + label.right) / 2 - (column.x + column.width / 2)) < 0.5, `"${label.text}" is centred on its column`);
  }
});

test('columnChart(rows, spec) draws no column for a missing value and writes "not reported" where it would stand', () => {
  const { markup } = draw({}, 940);
  assert.doesNotMatch(markup, /data-label="2020"/);
  const note = textBoxes(markup).find((box) => box.text === 'not reported');
  const [before, after] = columnsOf(markup).filter((column) => column.label === '2019' || column.label === '2021');
  assert.ok(note && before && after && note.left > before.x + before.width && note.right < after.x, 'the words stand between the neighbouring columns');
});

test('columnChart(rows, spec) at 280 px marks a missing value with a dash and names it under the axis', () => {
  const { markup } = draw({}, 280);
  assert.doesNotMatch(markup, /data-label="2020"/);
  assert.ok(textsOf(markup).includes('–'));
  assert.ok(textsOf(markup).includes('– not reported: 2020'));
});

test('columnChart(rows, {estimate, labels}) outlines estimated columns and writes the label column instead of the number', () => {
  const { chart, markup } = draw({ estimate: 'estimated', labels: 'label' });
  const estimated = columnsOf(markup).find((column) => column.label === '2021');
  assert.equal(estimated?.className, 'fill-estimate stroke-c1 estimate');
  assert.match(markup, /stroke-dasharray="4 3"[^>]*data-label="2021"/);
  assert.ok(textsOf(markup).includes('≈63'));
  assert.ok(textsOf(markup).includes('more than 95'));
  assert.deepEqual(columnChartType.autoNotes?.(chart), [estimateNote]);
  assertSnapshot('column-estimate-labels', markup);
});

test('columnChart with two years keeps columns at most 120 wide and centred, at every band width', () => {
  for (const width of bandWidths) {
    const { markup } = draw({ y: 'cases', estimate: 'estimate', labels: 'label', format: ',d' }, width, twoYears);
    const columns = columnsOf(markup);
    assert.equal(columns.length, 2);
    for (const column of columns) assert.ok(column.width <= 120, `${column.label} is ${column.width} wide at ${width}px`);
    const middle = (columns[0]!.x + columns[1]!.x + columns[1]!.width) / 2;
    assert.ok(Math.abs(middle - width / 2) < 1, `the pair is centred at ${width}px (middle ${middle})`);
    assert.ok(textsOf(markup).includes('more than 5,400') && textsOf(markup).includes('≈4,290'), `both labels are written at ${width}px`);
  }
  assertSnapshot('column-two-years', draw({ y: 'cases', estimate: 'estimate', labels: 'label', format: ',d', yLabel: 'Cases' }, 380, twoYears).markup);
});

test('columnChart(rows, spec) with negative values draws columns down from zero with their labels below', () => {
  const table = csv('region,change\nNorthwind,12\nContoso,-8\nFabrikam,3');
  const { markup } = draw({ x: 'region', y: 'change' }, 520, table);
  const [up, down] = columnsOf(markup);
  assert.ok(up && down);
  assert.equal(down.y, up.y + up.height, 'the negative column starts at the zero line where the positive one ends');
  const label = textBoxes(markup).find((box) => box.text === '−8');
  assert.ok(label && label.top >= down.y + down.height, 'the label sits under the negative column');
  assertSnapshot('column-negative', markup);
});

test('columnChart(rows, {annotations}) draws a rule at a value, a note over a column and a band across a range of columns', () => {
  const annotations = [
    { type: 'rule', value: 50, label: 'Target' },
    { type: 'point', x: 2022, label: 'new shop opened' },
    { type: 'range', from: 2021, to: 2022, label: 'Campaign' },
  ];
  const { markup } = draw({ annotations }, 520);
  assert.match(markup, /<line [^>]*stroke-dasharray="5 4"/);
  assert.ok(['Target', 'new shop opened', 'Campaign'].every((label) => textsOf(markup).includes(label)));
  const band = /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*class="fill-range"/.exec(markup);
  const columns = columnsOf(markup);
  const first = columns.find((column) => column.label === '2021')!;
  const last = columns.find((column) => column.label === '2022')!;
  assert.ok(band, 'a shaded band');
  const [left, right] = [Number(band[1]), Number(band[1]) + Number(band[2])];
  assert.ok(left < first.x && right > last.x + last.width, 'the band covers both columns');
  assert.ok(!columns.some((column) => column.label === '2023' && column.x < right), 'and stops before the next');
  assert.match(markup, /data-label="2022" data-value="87 · new shop opened"/);
  assertSnapshot('column-annotations', markup);
});

test('columnChart with many years at 280 px draws a value grid instead of crowded labels and shows every other year', () => {
  const { markup } = draw({}, 280, manyYears);
  const texts = textsOf(markup);
  assert.ok(!texts.includes('29,585'), 'no value labels over columns this narrow');
  assert.ok(texts.includes('0') && texts.some((t) => /^\d{2},000$/.test(t)), 'the grid labels its values');
  const years = texts.filter((t) => /^20\d\d$/.test(t));
  assert.ok(years.length < 14 && years.length >= 4, `some years are labelled (${years.join(' ')})`);
  assert.ok(years.includes('2023'), 'the latest year is always labelled');
  assertSnapshot('column-narrow-years', markup);
});

test('columnChart with a value grid still writes a label that says more than the grid can ("more than …")', () => {
  const narrow = textsOf(draw({ labels: 'label' }, 280, manyYears).markup);
  assert.ok(narrow.includes('more than 57,700'));
  assert.ok(!narrow.includes('54,204'), 'plain values are left to the grid');
  assert.ok(textsOf(draw({}, 940, manyYears).markup).includes('54,204'), 'where the labels have room every value is written');
});

test('columnChart with long and Korean names wraps or staggers them so each stays under its column', () => {
  const { markup } = draw({ x: 'shop' }, 280, longNames);
  for (const name of ['테무', '알리익스프레스', 'Contoso']) assert.ok(textsOf(markup).includes(name), name);
  assert.ok(textsOf(markup).some((t) => t.startsWith('Northwind')));
  assertSnapshot('column-long-names', markup);
  const wide = draw({ x: 'shop' }, 940, longNames).markup;
  assert.ok(textsOf(wide).includes('the Far North'), 'a long name wraps under its column when there is room');
});

test('columnChart keeps every text inside the drawing and apart from the others at every band width', () => {
  const annotations = [
    { type: 'rule', value: 50, label: 'Target' },
    { type: 'point', x: 2023, label: 'record' },
    { type: 'range', from: 2019, to: 2021, label: 'Before the relaunch' },
  ];
  const cases: [string, Record<string, unknown>, ReturnType<typeof csv>][] = [
    ['basic', { yLabel: 'Visits, thousands' }, visits],
    ['annotated', { annotations, estimate: 'estimated', labels: 'label' }, visits],
    ['two years', { y: 'cases', estimate: 'estimate', labels: 'label', format: ',d' }, twoYears],
    ['many years', { annotations: [{ type: 'rule', value: 40000, label: 'Target' }, { type: 'point', x: 2016, label: 'new method' }] }, manyYears],
    ['range at the end', { annotations: [{ type: 'range', from: 2022, to: 2023, label: 'After the relaunch campaign' }] }, visits],
    ['long names', { x: 'shop', highlight: ['Contoso'] }, longNames],
    ['negative', { x: 'region', y: 'change' }, csv('region,change\nNorthwind,12\nContoso,-8\nFabrikam,\nTailspin,-2')],
    ['one row', {}, csv('year,visits\n2023,5')],
  ];
  for (const [name, options, table] of cases) {
    for (const width of bandWidths) {
      const { layout, markup } = draw(options, width, table);
      assertLegible(markup, width, layout.height, `${name} at ${width}px: `);
    }
  }
});

test('columnChart(rows, {highlight}) colours highlighted columns and mutes the rest', () => {
  const { markup } = draw({ highlight: [2022] });
  assert.equal(columnsOf(markup).find((column) => column.label === '2022')?.className, 'fill-c1');
  assert.equal(columnsOf(markup).find((column) => column.label === '2019')?.className, 'fill-muted-mark');
});

test('columnChart with a single row draws one centred column no wider than 120', () => {
  const { markup } = draw({}, 700, csv('year,visits\n2023,5'));
  const [column] = columnsOf(markup);
  assert.ok(column && column.width <= 120 && Math.abs(column.x + column.width / 2 - 350) < 0.5);
});

test('normalizeColumnChart names the field and lists the columns when a column is missing', () => {
  assert.throws(() => normalizeColumnChart('visits', spec({ y: 'vists' }), visits), {
    message: 'y: column "vists" not in data.csv (columns: year, visits, estimated, label)',
  });
});

test('normalizeColumnChart names the annotation whose range or point is not a category', () => {
  assert.throws(() => normalizeColumnChart('visits', spec({ annotations: [{ type: 'range', from: 2019, to: 2030, label: 'x' }] }), visits), {
    message: 'annotations[0].to: "2030" is not a category of this chart (categories: 2019, 2020, 2021, 2022, 2023)',
  });
  assert.throws(() => normalizeColumnChart('visits', spec({ annotations: [{ type: 'rule', value: 1, label: 'x' }, { type: 'point', x: 1999, label: 'y' }] }), visits), {
    message: 'annotations[1].x: "1999" is not a category of this chart (categories: 2019, 2020, 2021, 2022, 2023)',
  });
});

test('columnTable(chart) lists every year with its label, the missing one as not reported', () => {
  const { chart } = draw({ estimate: 'estimated', labels: 'label' });
  assert.deepEqual(columnTable(chart), {
    columns: [{ label: 'year', numeric: false }, { label: 'visits', numeric: true }],
    rows: [['2019', '42'], ['2020', 'not reported'], ['2021', '≈63'], ['2022', '87'], ['2023', 'more than 95']],
  });
});

test('columnSummary(chart) over years gives largest, smallest, gaps and the change from first to last year', () => {
  assert.equal(columnSummary(draw().chart), '5 years. Largest: 2023, 95. Smallest: 2019, 42. Not reported: 2020. From 2019 to 2023: up from 42 to 95 (+126%).');
});

test('columnSummary(chart) gives no percentage when a figure is a bound or a label', () => {
  const { chart } = draw({ y: 'cases', estimate: 'estimate', labels: 'label', format: ',d' }, 520, twoYears);
  assert.equal(columnSummary(chart), '2 years. Largest: 2023, more than 5,400. Smallest: 2020, ≈4,290. Estimated: 2020 (4,290). From 2020 to 2023: up from ≈4,290 to more than 5,400.');
});

test('columnSummary(chart) over named categories says nothing about change', () => {
  const { chart } = draw({ x: 'shop' }, 520, longNames);
  assert.equal(columnSummary(chart), '4 categories. Largest: 알리익스프레스, 30. Smallest: Northwind Traders of the Far North, 8.');
  assert.match(columnSummary(draw({}, 520, csv('year,visits\n2022,5\n2023,5')).chart), /From 2022 to 2023: unchanged at 5\.$/);
});

test('columnChart with six shop names at 280 px settles on a label layout (a leader crossing a label below once looped forever)', () => {
  const shops = csv('shop,visits\nNorthwind,42\nContoso,87\nFabrikam,\nTailspin,63\nWoodgrove,28\nAdventure Works,55');
  for (const width of [280, 380]) {
    const { layout } = draw({ x: 'shop' }, width, shops);
    assertLegible(layout, `${width}px: `);
  }
});
