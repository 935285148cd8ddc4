import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderChart } from '../../src/charts/render.ts';
import { chartSpec } from '../../src/charts/spec.ts';
import { defaultEmbedHeight, embedBandWidth, embedCode, embedId } from '../../src/lib/embedCode.ts';
import { common, csv } from './charts/fixtures.ts';

const options = {
  src: 'https://news.example.org/news/embed/korea-privacy/kisa-cases/',
  title: 'Cases of Koreans’ personal data found on Chinese websites',
  height: 576.4,
  hostScript: 'https://news.example.org/news/embed/host.js',
};
const attributes = (html: string) => Object.fromEntries([...html.matchAll(/ ([a-z-]+)(?:="([^"]*)")?/g)].map((match) => [match[1], match[2] ?? true]));

test('embedCode(options) is an iframe followed by the async host script, with the URLs as given', () => {
  const code = embedCode(options);
  assert.match(code, /^<iframe [^>]*><\/iframe><script src="https:\/\/news\.example\.org\/news\/embed\/host\.js" async><\/script>$/);
  const frame = attributes(code.slice(0, code.indexOf('>')));
  assert.equal(frame['src'], options.src);
  assert.equal(frame['title'], options.title);
});

test('embedCode(options) fills the column, starts at the rounded height and loads lazily', () => {
  const frame = attributes(embedCode(options));
  assert.equal(frame['width'], '100%');
  assert.equal(frame['height'], '576');
  assert.equal(frame['loading'], 'lazy');
  assert.equal(frame['style'], 'border:0;width:100%');
});

test('embedCode({width: 400}) gives a fixed width that still shrinks to a narrow column', () => {
  const frame = attributes(embedCode({ ...options, width: 400 }));
  assert.equal(frame['width'], '400');
  assert.equal(frame['style'], 'border:0;width:400px;max-width:100%');
});

test('embedCode(options) sandboxes the frame: scripts and popups, never allow-same-origin', () => {
  const sandbox = String(attributes(embedCode(options))['sandbox']).split(' ');
  assert.deepEqual(sandbox, ['allow-scripts', 'allow-popups', 'allow-popups-to-escape-sandbox']);
  assert.ok(!sandbox.includes('allow-same-origin'));
  assert.ok(!sandbox.some((token) => token.startsWith('allow-top-navigation')));
});

test('embedCode(options) escapes quotes, ampersands and angle brackets in every attribute', () => {
  const code = embedCode({ ...options, title: 'Temu & AliExpress: "first" <and> third', src: 'https://x.example/embed/a/b/?theme=dark&x="y"' });
  assert.match(code, /title="Temu &amp; AliExpress: &quot;first&quot; &lt;and&gt; third"/);
  assert.match(code, /src="https:\/\/x\.example\/embed\/a\/b\/\?theme=dark&amp;x=&quot;y&quot;"/);
  assert.equal(code.match(/<iframe/g)?.length, 1);
});

test('embedId(slug, chartId) names the chart across the site', () => {
  assert.equal(embedId('korea-privacy', 'kisa-cases'), 'korea-privacy/kisa-cases');
});

test('embedBandWidth(frameWidth) picks the band charts.css shows inside the frame’s padding', () => {
  assert.equal(embedBandWidth(320), 280);
  assert.equal(embedBandWidth(640), 520);
  assert.equal(embedBandWidth(662), 520);
  assert.equal(embedBandWidth(663), 700);
  assert.equal(embedBandWidth(1200), 940);
});

const table = csv('shop,visits\nNorthwind,42\nContoso,87\nTailspin,63');
const bar = (options: Record<string, unknown> = {}) =>
  renderChart('shops', chartSpec.parse({ type: 'bar', ...common, x: 'visits', y: 'shop', ...options }), table, { idBase: 'story-shops' });

test('defaultEmbedHeight(chart, width) is the drawing shown at that width plus the text around it', () => {
  const chart = bar();
  const band = chart.bands.find((candidate) => candidate.width === embedBandWidth(640))!;
  const drawing = (band.height * 624) / band.width;
  const height = defaultEmbedHeight(chart, 640);
  // Title, flag, source, Data toggle and the link: a few lines, not a second chart.
  assert.ok(height > drawing + 120 && height < drawing + 260, `${height} for a ${Math.round(drawing)} px drawing`);
  assert.equal(defaultEmbedHeight(chart), height);
});

test('defaultEmbedHeight(chart, width) grows with a subtitle and notes, and at a narrow width', () => {
  const plain = defaultEmbedHeight(bar(), 640);
  assert.ok(defaultEmbedHeight(bar({ subtitle: 'Visits per shop', notes: ['A note.'] }), 640) > plain);
  assert.ok(defaultEmbedHeight(bar({ title: 'A title long enough to wrap onto a second line in a narrow frame' }), 320) > defaultEmbedHeight(bar(), 320));
});

test('defaultEmbedHeight(chart) works from the one band a typical frame shows', () => {
  const all = bar();
  const one = renderChart('shops', chartSpec.parse({ type: 'bar', ...common, x: 'visits', y: 'shop' }), table, { idBase: 'story-shops', widths: [embedBandWidth()] });
  assert.equal(defaultEmbedHeight(one), defaultEmbedHeight(all));
});

test('defaultEmbedHeight(chart) of a table counts its rows', () => {
  const spec = chartSpec.parse({ type: 'table', ...common, columns: [{ column: 'shop' }, { column: 'visits' }] });
  const three = defaultEmbedHeight(renderChart('shops', spec, table, { idBase: 'story-shops' }));
  const four = defaultEmbedHeight(renderChart('shops', spec, csv('shop,visits\nA,1\nB,2\nC,3\nD,4'), { idBase: 'story-shops' }));
  assert.equal(four - three, 32);
});
