import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeTableChart, tableChart, tableSummary, tableTable } from '../../../src/charts/tableChart.ts';
import { tableChartSpec } from '../../../src/charts/spec.ts';
import { render } from '../../../src/charts/svg.ts';
import { assertSnapshot } from '../snapshot.ts';
import { common, csv } from './fixtures.ts';

// The shape of the first story's table: ranks with the app in second place not reported.
const ranks = csv(`
rank,app
1,Contoso Market
2,
3,Northwind Deals
`);

const shops = csv(`
shop,visits,change,opened
Northwind,42000,0.05,2019
Contoso,87500,-0.12,2021
Fabrikam,,,2020
Tailspin,63000,0.31,2018
`);

const spec = (options: Record<string, unknown>) => tableChartSpec.parse({ type: 'table', ...common, ...options });

function draw(options: Record<string, unknown>, table = shops) {
  const chart = normalizeTableChart('shops', spec(options), table);
  return { chart, html: render(tableChart(chart, 'gallery-shops')) };
}

const rowHeaders = (html: string) => [...html.matchAll(/<th scope="row"[^>]*>([^<]*)/g)].map((match) => match[1]);

test('tableChart(rows, spec) draws a real table: column headers, a header cell per row, named by the figure heading', () => {
  const { html } = draw({ columns: [{ column: 'rank', label: 'Rank' }, { column: 'app', label: 'Shopping app' }], sort: { column: 'rank', order: 'ascending' } }, ranks);
  assert.match(html, /^<div class="table-scroll" role="region" tabindex="0" aria-labelledby="gallery-shops-heading"><table data-enhance="table-sort" aria-labelledby="gallery-shops-heading">/);
  assert.match(html, /<th scope="col" class="num" data-sort-type="number" aria-sort="ascending">Rank<\/th><th scope="col" data-sort-type="text">Shopping app<\/th>/);
  assert.deepEqual(rowHeaders(html), ['1', '2', '3']);
  assert.match(html, /<td class="missing">not reported<\/td>/);
  assert.doesNotMatch(html, /style=/);
  assertSnapshot('table-ranks', html, 'html');
});

test("tableChart(rows, {sort}) orders rows by the column, missing values last in either order", () => {
  const columns = [{ column: 'shop' }, { column: 'visits' }];
  assert.deepEqual(rowHeaders(draw({ columns, sort: { column: 'visits' } }).html), ['Contoso', 'Tailspin', 'Northwind', 'Fabrikam']);
  assert.deepEqual(rowHeaders(draw({ columns, sort: { column: 'visits', order: 'ascending' } }).html), ['Northwind', 'Tailspin', 'Contoso', 'Fabrikam']);
  assert.deepEqual(rowHeaders(draw({ columns, sort: { column: 'shop', order: 'ascending' } }).html), ['Contoso', 'Fabrikam', 'Northwind', 'Tailspin']);
  assert.deepEqual(rowHeaders(draw({ columns, sort: { column: 'opened', order: 'ascending' } }).html), ['Tailspin', 'Northwind', 'Fabrikam', 'Contoso'], 'by a column not shown');
});

test('tableChart(rows, spec) without sort keeps the order of the file', () => {
  assert.deepEqual(rowHeaders(draw({ columns: [{ column: 'shop' }] }).html), ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin']);
});

test('tableChart(rows, {format}) formats numbers, right-aligns them and keeps the raw value for sorting', () => {
  const { html } = draw({ columns: [{ column: 'shop' }, { column: 'visits' }, { column: 'change', label: 'Change', format: '+.0%' }] });
  assert.match(html, /<td class="num" data-sort-value="87500">87,500<\/td><td class="num" data-sort-value="-0.12">−12%<\/td>/);
  assert.match(html, /<th scope="row">Contoso<\/th>/);
  assert.match(html, /<td class="num missing">not reported<\/td><td class="num missing">not reported<\/td>/, 'missing, never 0, and no sort value');
});

test('tableChart(rows, spec) shows the first column as written: a year stays 2019, not 2,019', () => {
  const { html } = draw({ columns: [{ column: 'opened' }, { column: 'shop' }] });
  assert.match(html, /<th scope="row" class="num" data-sort-value="2019">2019<\/th>/);
});

test('tableChart(rows, {bar: true}) draws each bar as an inline SVG whose rect width is the value, not a style', () => {
  const { html } = draw({ columns: [{ column: 'shop' }, { column: 'visits', bar: true }], sort: { column: 'visits' } });
  const bars = [...html.matchAll(/<svg class="chart-svg table-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">(<rect[^>]*>)?<\/svg>/g)];
  assert.equal(bars.length, 4, 'an empty track for the missing value keeps the column aligned');
  const widths = bars.map((match) => /width="([\d.]+)"/.exec(match[1] ?? '')?.[1]);
  assert.deepEqual(widths, ['100', '72', '48', undefined]);
  assert.doesNotMatch(html, /style=/);
  assertSnapshot('table-bars', html, 'html');
});

test('tableChart(rows, {bar: true}) with negative values draws them left of a shared zero', () => {
  const { html } = draw({ columns: [{ column: 'shop' }, { column: 'change', bar: true, format: '+.0%' }] });
  const rects = [...html.matchAll(/<rect x="([\d.]+)" y="0" width="([\d.]+)"/g)].map((match) => [Number(match[1]), Number(match[2])]);
  // Domain −0.12…0.31: zero sits at 27.9 of 100.
  assert.deepEqual(rects, [[27.9, 11.6], [0, 27.9], [27.9, 72.1]]);
});

test('tableChart with Korean and long labels prints them whole, in text cells', () => {
  const table = csv('앱,순위\n테무,1\n"A very long application name that a narrow phone will have to wrap, Contoso Marketplace",3');
  const { html } = draw({ columns: [{ column: '앱', label: '쇼핑 앱' }, { column: '순위' }] }, table);
  assert.match(html, /<th scope="col" data-sort-type="text">쇼핑 앱<\/th>/);
  assert.match(html, /<th scope="row">A very long application name that a narrow phone will have to wrap, Contoso Marketplace<\/th>/);
});

test('tableChart with a single row draws one body row', () => {
  const { html } = draw({ columns: [{ column: 'shop' }, { column: 'visits' }] }, csv('shop,visits\nSolo,5'));
  assert.equal((html.match(/<tr>/g) ?? []).length, 2);
});

test('normalizeTableChart names the field of a column that is not in the data', () => {
  assert.throws(() => draw({ columns: [{ column: 'shop' }, { column: 'vists' }] }), { message: 'columns[1].column: column "vists" not in data.csv (columns: shop, visits, change, opened)' });
  assert.throws(() => draw({ columns: [{ column: 'shop' }], sort: { column: 'vists' } }), { message: 'sort.column: column "vists" not in data.csv (columns: shop, visits, change, opened)' });
});

test('normalizeTableChart refuses text in a column given a bar or a number format, naming row and value', () => {
  assert.throws(() => draw({ columns: [{ column: 'visits' }, { column: 'shop', bar: true }] }), { message: 'columns[1]: data.csv row 1, column "shop": "Northwind" is not a number' });
});

test('tableSummary(chart) counts the rows, says how they are sorted and what was not reported', () => {
  const { chart } = draw({ columns: [{ column: 'rank', label: 'rank' }, { column: 'app', label: 'app' }], sort: { column: 'rank', order: 'ascending' } }, ranks);
  assert.equal(tableSummary(chart), '3 rows, sorted by rank (ascending). Not reported: app for rank 2.');
  assert.equal(tableSummary(draw({ columns: [{ column: 'shop' }, { column: 'visits', label: 'Visits' }] }).chart), '4 rows. Not reported: Visits for Fabrikam.');
});

test('tableTable(chart) gives the printed cells in display order, with numeric columns marked', () => {
  const { chart } = draw({ columns: [{ column: 'shop', label: 'Shop' }, { column: 'visits', label: 'Visits' }], sort: { column: 'visits' } });
  assert.deepEqual(tableTable(chart), {
    columns: [{ label: 'Shop', numeric: false }, { label: 'Visits', numeric: true }],
    rows: [['Contoso', '87,500'], ['Tailspin', '63,000'], ['Northwind', '42,000'], ['Fabrikam', 'not reported']],
  });
});
