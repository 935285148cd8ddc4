import assert from 'node:assert/strict';
import { test } from 'node:test';
import { barChart, barSummary, barTable, normalizeBarChart } from '../../../src/charts/barChart.ts';
import { barChartSpec } from '../../../src/charts/spec.ts';
import { fontSize, textWidth } from '../../../src/charts/dimensions.ts';
import { render } from '../../../src/charts/svg.ts';
import { assertSnapshot, snapshotSvg } from '../snapshot.ts';
import { common, csv } from './fixtures.ts';

const shops = csv(`
shop,visits,note
Northwind,42,
Contoso,87,
Fabrikam,,
Tailspin,63,estimate
`);

const spec = (options: Record<string, unknown> = {}) => barChartSpec.parse({ type: 'bar', ...common, x: 'visits', y: 'shop', ...options });

function draw(options: Record<string, unknown> = {}, width = 520, table = shops) {
  const chart = normalizeBarChart('shops', spec(options), table);
  return { chart, layout: barChart(chart, width) };
}

const barsOf = (markup: string) => [...markup.matchAll(/<rect [^>]*data-label="([^"]*)"[^>]*>/g)].map((match) => match[1]);

test('barChart(rows, spec) draws one bar per reported value, in data order', () => {
  const { chart, layout } = draw();
  const markup = snapshotSvg(layout, chart);
  assert.deepEqual(barsOf(markup), ['Northwind', 'Contoso', 'Tailspin']);
  assertSnapshot('bar-data-order', markup);
});

test("barChart(rows, {sort: 'descending'}) draws the largest bar first and missing values last", () => {
  const { chart, layout } = draw({ sort: 'descending' });
  assert.deepEqual(chart.bars.map((bar) => bar.category), ['Contoso', 'Tailspin', 'Northwind', 'Fabrikam']);
  assert.deepEqual(barsOf(snapshotSvg(layout, chart)), ['Contoso', 'Tailspin', 'Northwind']);
});

test('barChart(rows, spec) labels a missing value "not reported" and draws no bar for it', () => {
  const { chart, layout } = draw();
  const markup = snapshotSvg(layout, chart);
  assert.match(markup, />not reported</);
  assert.doesNotMatch(markup, /data-label="Fabrikam"/);
});

test('barChart(rows, {estimate}) outlines estimated bars and says so in a note and the summary', () => {
  const { chart, layout } = draw({ estimate: 'note' });
  const markup = snapshotSvg(layout, chart);
  assert.match(markup, /<rect [^>]*class="fill-estimate stroke-c1 estimate"[^>]*data-label="Tailspin"/);
  assert.equal(chart.bars.find((bar) => bar.category === 'Tailspin')?.label, '≈63');
  assert.match(barSummary(chart), /Estimated: Tailspin \(63\)/);
  assertSnapshot('bar-estimate', markup);
});

test('barChart(rows, {highlight}) colours highlighted bars and mutes the rest', () => {
  const { layout } = draw({ highlight: ['Contoso'] });
  const markup = layout.marks.map((mark) => render(mark)).join('');
  assert.match(markup, /class="fill-c1"[^>]*data-label="Contoso"/);
  assert.match(markup, /class="fill-muted-mark"[^>]*data-label="Northwind"/);
});

test('barChart(rows, spec) with negative values draws bars left of zero with labels outside', () => {
  const table = csv('region,change\nNorth,12\nSouth,-8\nEast,3');
  const { chart, layout } = draw({ x: 'change', y: 'region' }, 520, table);
  const markup = snapshotSvg(layout, chart);
  assert.match(markup, />−8</);
  assertSnapshot('bar-negative', markup);
});

test('barChart(rows, spec) at 280 px puts long category names above their bars', () => {
  const table = csv('app,users\nA very long application name indeed,10\nShort,4');
  const { chart, layout } = draw({ x: 'users', y: 'app' }, 280, table);
  const markup = snapshotSvg(layout, chart);
  const name = /<text x="0" y="[\d.]+"[^>]*>A very long application name indeed<\/text>/;
  assert.match(markup, name, 'the label starts at the left edge, above its bar');
  assertSnapshot('bar-narrow-long-labels', markup);
});

test('barChart(rows, spec) keeps every text inside the drawing at every band width', () => {
  for (const width of [280, 380, 520, 700, 940]) {
    const { chart, layout } = draw({ annotations: [{ type: 'rule', value: 50, label: 'Target' }] }, width);
    const markup = snapshotSvg(layout, chart);
    for (const match of markup.matchAll(/<text x="([\d.-]+)"[^>]*?(?:text-anchor="(middle|end)")?[^>]*>([^<]*)<\/text>/g)) {
      const [, x, anchor, content] = match;
      const w = textWidth(content!, fontSize.label);
      const left = anchor === 'end' ? Number(x) - w : anchor === 'middle' ? Number(x) - w / 2 : Number(x);
      assert.ok(left >= -0.5 && left + w <= width + 1, `"${content}" at ${width}px spans ${left.toFixed(0)}–${(left + w).toFixed(0)}`);
    }
  }
});

test('barChart(rows, {annotations}) draws a labelled reference line and notes a category', () => {
  const { chart, layout } = draw({ annotations: [{ type: 'rule', value: 50, label: 'Target' }, { type: 'point', x: 'Contoso', label: 'record' }] });
  const markup = snapshotSvg(layout, chart);
  assert.match(markup, /stroke-dasharray="5 4"/);
  assert.match(markup, />Target</);
  assert.match(markup, />87 · record</);
  assertSnapshot('bar-annotations', markup);
});

test('barChart with Korean category labels measures them as full-width characters', () => {
  const table = csv('앱,순위\n테무,1\n알리익스프레스,3');
  const { chart, layout } = draw({ x: '순위', y: '앱' }, 520, table);
  const markup = snapshotSvg(layout, chart);
  assert.match(markup, />알리익스프레스</);
  assert.ok(textWidth('알리익스프레스', 14) >= 7 * 14);
  assertSnapshot('bar-korean', markup);
});

test('barChart with a single row draws one bar', () => {
  const { chart, layout } = draw({}, 520, csv('shop,visits\nSolo,5'));
  assert.deepEqual(barsOf(snapshotSvg(layout, chart)), ['Solo']);
});

test('normalizeBarChart names the field and lists the columns when a column is missing', () => {
  assert.throws(() => normalizeBarChart('shops', spec({ x: 'vists' }), shops), {
    message: 'x: column "vists" not in data.csv (columns: shop, visits, note)',
  });
});

test('normalizeBarChart names the row and value of a non-numeric cell', () => {
  assert.throws(() => normalizeBarChart('shops', spec(), csv('shop,visits\nA,12\nB,lots')), {
    message: 'x: data.csv row 2, column "visits": "lots" is not a number',
  });
});

test('normalizeBarChart refuses a highlight that is not a category', () => {
  assert.throws(() => normalizeBarChart('shops', spec({ highlight: ['Nope'] }), shops), /highlight\[0\]: "Nope" is not a category/);
});

test('barTable(chart) lists every category with its label, missing ones as not reported', () => {
  const { chart } = draw();
  assert.deepEqual(barTable(chart), {
    columns: [{ label: 'shop', numeric: false }, { label: 'visits', numeric: true }],
    rows: [['Northwind', '42'], ['Contoso', '87'], ['Fabrikam', 'not reported'], ['Tailspin', '63']],
  });
});

test('barSummary(chart) names the largest and smallest values and what was not reported', () => {
  const { chart } = draw();
  assert.equal(barSummary(chart), '4 categories. Largest: Contoso, 87. Smallest: Northwind, 42. Not reported: Fabrikam.');
});
