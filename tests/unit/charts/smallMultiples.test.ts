import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartDefinitions } from '../../../src/charts/registry.ts';
import { barChartSpec, columnChartSpec, lineChartSpec } from '../../../src/charts/spec.ts';
import { render } from '../../../src/charts/svg.ts';
import { isFaceted, type Faceted } from '../../../src/charts/smallMultiples.ts';
import type { ChartMeta, Layout } from '../../../src/charts/chart.ts';
import { assertSnapshot, snapshotSvg } from '../snapshot.ts';
import { common, csv } from './fixtures.ts';

const regions = csv(`
region,shop,visits
North,Northwind,42
North,Contoso,87
South,Northwind,12
South,Contoso,20
East,Northwind,64
East,Contoso,
`);

const yearly = csv(`
region,year,visitors
North,2021,10
North,2022,14
North,2023,18
South,2022,30
South,2023,26
`);

const bar = chartDefinitions.bar;
const column = chartDefinitions.column;
const line = chartDefinitions.line;

const barSpec = (options: Record<string, unknown> = {}) => barChartSpec.parse({ type: 'bar', ...common, x: 'visits', y: 'shop', facet: 'region', ...options });

/** Each panel's offset, from the translate() of its group. */
const panelOffsets = (layout: Layout) =>
  layout.marks.map((mark) => {
    const [, x, y] = /translate\(([\d.]+) ([\d.]+)\)/.exec(String(mark && typeof mark !== 'string' ? mark.attrs['transform'] : '')) ?? [];
    return { x: Number(x), y: Number(y) };
  });

/** The width drawn for a labelled bar in each panel, in panel order. */
const barWidths = (markup: string, label: string) => [...markup.matchAll(new RegExp(`<rect [^>]*width="([\\d.]+)"[^>]*data-label="${label}"`, 'g'))].map((match) => Number(match[1]));

test('barChart(rows, {facet}) draws one titled panel per value of the facet column, in data order', () => {
  const chart = bar.normalize('regions', barSpec(), regions);
  assert.ok(isFaceted(chart as Faceted<ChartMeta>));
  const layout = bar.layout!(chart, 940);
  const markup = snapshotSvg(layout, chart);
  const titles = [...markup.matchAll(/<text [^>]*font-size="15" font-weight="600"[^>]*>([^<]*)</g)].map((match) => match[1]);
  assert.deepEqual(titles, ['North', 'South', 'East']);
  assertSnapshot('bar-facets', markup);
});

test('barChart(rows, {facet}) draws every panel on the same scale: equal values, equal bars', () => {
  // The panels differ in what their labels need (a long name, a "not reported"), not in scale.
  const table = csv('region,shop,visits\nNorth,Northwind,40\nNorth,Contoso,80\nSouth,Northwind,40\nSouth,Contoso Pharmaceuticals,\nSouth,Fabrikam,10');
  const chart = bar.normalize('regions', barSpec(), table);
  const markup = render(bar.layout!(chart, 940).marks[0]!) + render(bar.layout!(chart, 940).marks[1]!);
  const [north, south] = barWidths(markup, 'Northwind');
  assert.equal(north, south);
  assert.ok(north! > 0);
});

test('withFacets lays panels out side by side when there is room, one above the other when not', () => {
  const chart = bar.normalize('regions', barSpec(), regions);
  assert.deepEqual(panelOffsets(bar.layout!(chart, 940)).map((offset) => offset.x), [0, 321, 642]);
  const narrow = panelOffsets(bar.layout!(chart, 280));
  assert.deepEqual(narrow.map((offset) => offset.x), [0, 0, 0]);
  assert.ok(narrow[0]!.y < narrow[1]!.y && narrow[1]!.y < narrow[2]!.y);
});

test('withFacets keeps every panel inside the drawing at every band width', () => {
  const chart = bar.normalize('regions', barSpec(), regions);
  for (const width of [280, 380, 520, 700, 940]) {
    const layout = bar.layout!(chart, width);
    for (const offset of panelOffsets(layout)) assert.ok(offset.x >= 0 && offset.x + 280 <= width && offset.y < layout.height, `panel at ${offset.x},${offset.y} in ${width}`);
  }
});

test('columnChart(rows, {facet}) shares the value axis: equal heights for equal values', () => {
  const table = csv('region,year,visitors\nNorth,2022,50\nNorth,2023,100\nSouth,2022,50\nSouth,2023,25');
  const spec = columnChartSpec.parse({ type: 'column', ...common, x: 'year', y: 'visitors', facet: 'region' });
  const chart = column.normalize('regions', spec, table);
  const markup = snapshotSvg(column.layout!(chart, 700), chart);
  const heights = [...markup.matchAll(/<rect [^>]*height="([\d.]+)"[^>]*data-label="2022"/g)].map((match) => Number(match[1]));
  assert.equal(heights.length, 2);
  assert.equal(heights[0], heights[1]);
  assertSnapshot('column-facets', markup);
});

test('lineChart(rows, {facet}) shares dates and values: the same year sits at the same x in every panel', () => {
  const spec = lineChartSpec.parse({ type: 'line', ...common, x: 'year', y: 'visitors', facet: 'region' });
  const chart = line.normalize('regions', spec, yearly);
  const layout = line.layout!(chart, 700);
  const markup = snapshotSvg(layout, chart);
  const xs = (panel: number) => [...render(layout.marks[panel]!).matchAll(/<circle cx="([\d.]+)"[^>]*data-label="2023"/g)].map((match) => Number(match[1]));
  assert.deepEqual(xs(0), xs(1));
  assertSnapshot('line-facets', markup);
});

test('withFacets puts every panel in one data table and one summary', () => {
  const chart = bar.normalize('regions', barSpec(), regions);
  const table = bar.table(chart);
  assert.deepEqual(table.columns.map((c) => c.label), ['region', 'shop', 'visits']);
  assert.deepEqual(table.rows.at(-1), ['East', 'Contoso', 'not reported']);
  assert.match(bar.summary(chart), /^3 panels by region, on the same scale\. North: 2 categories\./);
});

test('withFacets reports the row number of the whole file, not of the panel', () => {
  const table = csv('region,shop,visits\nNorth,A,1\nNorth,B,2\nSouth,A,3\nSouth,B,lots');
  assert.throws(() => bar.normalize('regions', barSpec(), table), { message: 'x: data.csv row 4, column "visits": "lots" is not a number' });
});

test('withFacets refuses annotations, which would not mean the same in every panel', () => {
  assert.throws(() => bar.normalize('regions', barSpec({ annotations: [{ type: 'rule', value: 50, label: 'Target' }] }), regions), /annotations: small multiples do not take annotations/);
});

test('withFacets names the facet field when its column is missing or a row has no panel', () => {
  assert.throws(() => bar.normalize('regions', barSpec({ facet: 'regoin' }), regions), /facet: column "regoin" not in data\.csv/);
  assert.throws(() => bar.normalize('regions', barSpec(), csv('region,shop,visits\nNorth,A,1\n,B,2')), { message: 'facet: data.csv row 2, column "region" is empty; every row needs the panel it belongs to' });
});
