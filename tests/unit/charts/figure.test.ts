import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartFigure } from '../../../src/charts/figure.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { chartSpec } from '../../../src/charts/spec.ts';
import { render } from '../../../src/charts/svg.ts';
import { common, csv } from './fixtures.ts';

const formatDate = (date: Date) => date.toISOString().slice(0, 10);
const table = csv('shop,visits,note\nNorthwind,42,\nContoso,87,\nTailspin,63,estimate');

function figure(options: Record<string, unknown> = {}, widths = [280, 380], figureOptions: { permalink?: string; titleTag?: 'h1' } = {}) {
  const spec = chartSpec.parse({ type: 'bar', ...common, x: 'visits', y: 'shop', ...options });
  const chart = renderChart('shops', spec, table, { idBase: 'story-shops', widths });
  return render(chartFigure(chart, { idBase: 'story-shops', formatDate, ...figureOptions }));
}

test('chartFigure(chart) is a figure named by its title, with an anchor from the chart id', () => {
  const html = figure({ subtitle: 'Visits per shop' });
  assert.match(html, /^<figure class="chart" id="chart-shops" aria-labelledby="story-shops-heading" data-chart="shops" data-chart-type="bar">/);
  assert.match(html, /<p class="chart__title" id="story-shops-heading">Illustrative chart<\/p><p class="chart__subtitle">Visits per shop<\/p>/);
});

test('chartFigure(chart) flags illustrative data at the top and in the source line', () => {
  const html = figure();
  assert.match(html, /<div class="chart__head"><p class="chart__flag">Illustrative data<\/p>/);
  assert.match(html, /Source: Readout test fixtures · <strong>Illustrative data<\/strong>, not reporting\./);
  assert.doesNotMatch(figure({ illustrative: false }), /Illustrative data/);
});

test('chartFigure(chart) holds one drawing per band, each wrapped for the container query', () => {
  const html = figure({}, [280, 380, 520]);
  assert.deepEqual([...html.matchAll(/<div class="chart__band" data-band="(\d)"><svg /g)].map((match) => match[1]), ['0', '1', '2']);
});

test('chartFigure(chart) lists the editor’s notes, then the chart’s own, then linked and dated sources', () => {
  const html = figure({
    estimate: 'note',
    notes: ['First note.'],
    source: [{ name: 'KISA', url: 'https://example.org/kisa', date: new Date('2024-04-19T00:00:00Z') }, { name: 'PIPC' }],
  });
  assert.match(html, /<p class="chart__note">First note\.<\/p><p class="chart__note">Outlined bars with dashed edges are estimates/);
  assert.match(html, /Sources: <a href="https:\/\/example\.org\/kisa">KISA<\/a>, <time datetime="2024-04-19">2024-04-19<\/time>; PIPC/);
});

test('chartFigure(chart) ends with a Data disclosure: the summary and every value, numbers right-aligned', () => {
  const html = figure();
  assert.match(html, /<details class="chart__data"><summary>Data <span class="visually-hidden">for “Illustrative chart”<\/span><\/summary>/);
  assert.match(html, /<th scope="col">shop<\/th><th scope="col" class="num">visits<\/th>/);
  assert.match(html, /<tr><th scope="row">Tailspin<\/th><td class="num">63<\/td><\/tr>/);
});

test('chartFigure(chart) escapes editors’ text', () => {
  assert.match(figure({ title: 'Cats <3 & dogs' }), /Cats &lt;3 &amp; dogs/);
});

test('chartFigure(chart, {permalink}) links to its own anchor beside the title, and to its page under the source', () => {
  const html = figure({}, [280], { permalink: '/stories/x/charts/shops/' });
  // The anchor sits beside the title, not in it: the title alone names the figure.
  assert.match(
    html,
    /<div class="chart__title-row"><p class="chart__title" id="story-shops-heading">Illustrative chart<\/p><a class="chart__anchor" href="#chart-shops" aria-label="Link to this chart: Illustrative chart">#<\/a><\/div>/,
  );
  assert.match(html, /<p class="chart__share"><a href="\/stories\/x\/charts\/shops\/">Share, embed or download<span class="visually-hidden"> “Illustrative chart”<\/span><\/a><\/p><\/figcaption>/);
  assert.doesNotMatch(figure(), /chart__anchor|chart__share/);
});

test('chartFigure(chart, {titleTag: "h1"}) makes the title the page heading, where the chart is the page', () => {
  assert.match(figure({}, [280], { titleTag: 'h1' }), /<h1 class="chart__title" id="story-shops-heading">Illustrative chart<\/h1>/);
});
