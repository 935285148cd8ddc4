import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bigNumberLayout, normalizeBigNumber } from '../../../src/charts/bigNumber.ts';
import { exportChart } from '../../../src/charts/render.ts';
import { barChartSpec, bigNumberSpec, tableChartSpec } from '../../../src/charts/spec.ts';
import { sourceLine, standaloneChart } from '../../../src/charts/standalone.ts';
import { normalizeTableChart, tableLayout } from '../../../src/charts/tableChart.ts';
import { assertSnapshot } from '../snapshot.ts';
import { assertLegible, textBoxes } from './layoutChecks.ts';
import { common, csv } from './fixtures.ts';

const formatDate = (date: Date) => date.toISOString().slice(0, 10);
const options = { siteName: 'Readout', formatDate };
const source = [{ name: 'Contoso Statistics Office', title: 'Visits by shop', date: new Date('2024-04-19T00:00:00Z') }];

const shops = csv(`
shop,visits,change
Northwind,42000,0.05
Contoso,87500,-0.12
Fabrikam,,
Tailspin,63000,0.31
`);

const incidents = csv(`
year,incidents,change_from_2020
2020,4290,
2023,5400,0.26
`);

const bar = () =>
  exportChart('shops', barChartSpec.parse({ type: 'bar', ...common, source, title: 'Contoso has the most visits of the four shops', subtitle: 'Visits in 2023', notes: 'Fabrikam did not report.', x: 'visits', y: 'shop', format: ',d' }), shops);

const bigNumber = () =>
  exportChart(
    'incidents',
    bigNumberSpec.parse({
      type: 'big-number',
      ...common,
      source,
      title: 'Helpdesk incidents rose',
      value: 'incidents',
      row: { year: 2023 },
      qualifier: 'more than',
      format: ',d',
      label: 'incidents reported to the Contoso helpdesk in 2023',
      comparison: { value: 'change_from_2020', label: 'since 2020' },
    }),
    incidents,
  );

const tableSpec = tableChartSpec.parse({
  type: 'table',
  ...common,
  source,
  title: 'Visits and change by shop',
  columns: [{ column: 'shop', label: 'Shop' }, { column: 'visits', label: 'Visits', format: ',d', bar: true }, { column: 'change', label: 'Change', format: '+.0%' }],
  sort: { column: 'visits' },
});

test('standaloneChart(bar) is a whole figure: flag, title, subtitle, drawing, notes, source and site name', () => {
  const { width, height, svg } = standaloneChart(bar(), options);
  assert.equal(width, 748, 'the 700 drawing with a 24 margin each side');
  assert.match(svg, new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 748 ${height}" width="748" height="${height}"`));
  // Lines of the figure's text, joined back: the source line wraps.
  const words = textBoxes(svg).map((box) => box.text).join(' ');
  for (const part of [
    'ILLUSTRATIVE DATA Contoso has the most visits of the four shops Visits in 2023',
    'Fabrikam did not report. Source: Contoso Statistics Office, “Visits by shop”, 2024-04-19 · Illustrative data, not reporting. Readout',
  ]) {
    assert.ok(words.includes(part), `"${part}" in ${words}`);
  }
  assertSnapshot('standalone-bar', svg);
});

test('standaloneChart(chart) sets colours and fonts as attributes: no CSS, no style attributes', () => {
  for (const chart of [bar(), bigNumber(), exportChart('shops', tableSpec, shops)]) {
    const { svg } = standaloneChart(chart, options);
    assert.doesNotMatch(svg, /style[=>]/);
    assert.match(svg, /^<svg [^>]*font-family="system-ui, [^"]*sans-serif"/);
    assert.match(svg, /<rect width="748" height="\d+" class="fill-bg" fill="#fdfcf9"\/>/, 'an opaque page-coloured background');
    for (const [, attributes] of svg.matchAll(/<(?:text|tspan)\b([^>]*)>/g)) {
      // Every text takes its colour from itself or from the text element around it.
      if (!/\sfill="#/.test(attributes!)) assert.match(svg, /<text [^>]*fill="#[^"]*"[^>]*><tspan/);
    }
  }
});

test('standaloneChart(chart) wraps a long title within the drawing width', () => {
  const title = 'A title long enough that it cannot possibly fit on one line of a chart that is seven hundred units wide';
  const { width, svg } = standaloneChart({ ...bar(), meta: { ...bar().meta, title } }, options);
  const lines = textBoxes(svg).filter((box) => title.includes(box.text) && box.text.length > 10);
  assert.ok(lines.length >= 2, 'the title takes more than one line');
  for (const line of lines) assert.ok(line.left >= 24 && line.right <= width - 24, `"${line.text}" stays within the margins`);
});

test('bigNumberLayout(chart, 700) draws the figure large with its qualifier, then the label and the change', () => {
  const { svg } = standaloneChart(bigNumber(), options);
  assert.match(svg, /<text x="0" y="51" font-weight="700" class="fill-text" fill="#1b1b1b"><tspan font-size="26" font-weight="600">more than <\/tspan><tspan font-size="64">5,400<\/tspan><\/text>/);
  assert.match(svg, />incidents reported to the Contoso helpdesk in 2023</);
  assert.match(svg, /<tspan font-weight="700" class="fill-text" fill="#1b1b1b">\+26%<\/tspan> since 2020<\/text>/);
  assertSnapshot('standalone-big-number', svg);
});

test('bigNumberLayout(chart, width) shrinks a figure that would not fit, and greys a missing one', () => {
  const wide = normalizeBigNumber('wide', bigNumberSpec.parse({ type: 'big-number', ...common, value: 'n', label: 'units' }), csv('n\n123456789012345'));
  assert.match(bigNumberLayout(wide, 280).marks.map((mark) => JSON.stringify(mark)).join(''), /"font-size":2\d\}/);
  const missing = normalizeBigNumber('missing', bigNumberSpec.parse({ type: 'big-number', ...common, value: 'n', label: 'units' }), csv('n,m\n,1'));
  assert.match(JSON.stringify(bigNumberLayout(missing, 700).marks[0]), /"class":"fill-muted".*"not reported"/);
});

test('tableLayout(chart, width) draws rows of text, figures right-aligned with their bars, legible at every width', () => {
  const chart = normalizeTableChart('shops', tableSpec, shops);
  for (const width of [280, 380, 520, 700]) assertLegible(tableLayout(chart, width), `table at ${width}: `);
  const { svg } = standaloneChart(exportChart('shops', tableSpec, shops), options);
  assert.match(svg, /<text x="\d+" y="\d+" dy="0.35em" text-anchor="end" font-size="14" class="fill-text" fill="#1b1b1b">87,500<\/text>/);
  assert.match(svg, /<text [^>]*class="fill-muted"[^>]*>not reported<\/text>/);
  assertSnapshot('standalone-table', svg);
});

test('tableLayout(chart, width) shortens text columns, never figures, when the table is wider than the drawing', () => {
  const long = csv(`name,value\n${'A very long name of a place that goes on and on and on,1\n'.repeat(2)}`);
  const chart = normalizeTableChart('long', tableChartSpec.parse({ type: 'table', ...common, columns: [{ column: 'name' }, { column: 'value' }] }), long);
  const texts = textBoxes(tableLayout(chart, 280)).map((box) => box.text);
  assert.ok(texts.some((text) => text.endsWith('…')));
  assert.ok(texts.includes('1'));
  assertLegible(tableLayout(chart, 280));
});

test('sourceLine(meta) names every source with its title and date, and says when the data is illustrative', () => {
  const meta = bar().meta;
  assert.equal(sourceLine({ ...meta, illustrative: false }, formatDate), 'Source: Contoso Statistics Office, “Visits by shop”, 2024-04-19');
  assert.equal(sourceLine({ ...meta, illustrative: false, sources: [{ name: 'A' }, { name: 'B', date: new Date('2024-01-02T00:00:00Z') }] }, formatDate), 'Sources: A; B, 2024-01-02');
});
