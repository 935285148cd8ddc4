import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimateNote } from '../../../src/charts/chart.ts';
import { bandWidths } from '../../../src/charts/dimensions.ts';
import { normalizeStackedChart, stackedChart, stackedChartType, stackedSummary, stackedTable } from '../../../src/charts/stackedChart.ts';
import { stackedChartSpec } from '../../../src/charts/spec.ts';
import { assertSnapshot, snapshotSvg } from '../snapshot.ts';
import { common, csv } from './fixtures.ts';
import { assertLegible, textBoxes } from './layoutChecks.ts';

// Shaped like KISA's 2023 split: one bar, two parts, the second derived (100% − 75%).
const split = csv(`
year,kind,share,derived
2023,Involved illegally traded data,75,
2023,Other cases,25,yes
`);

const orders = csv(`
shop,channel,orders
Northwind,Web,420
Northwind,App,310
Northwind,Phone,90
Contoso,Web,260
Contoso,App,480
Contoso,Phone,
Fabrikam,Web,150
Fabrikam,App,120
Fabrikam,Phone,60
`);

const spec = (options: Record<string, unknown> = {}) => stackedChartSpec.parse({ type: 'stacked', ...common, y: 'shop', x: 'orders', fill: 'channel', ...options });

function draw(options: Record<string, unknown> = {}, width = 520, table = orders) {
  const chart = normalizeStackedChart('orders', spec(options), table);
  const layout = stackedChart(chart, width);
  return { chart, layout, markup: snapshotSvg(layout, chart) };
}

const kisa = { y: 'year', x: 'share', fill: 'kind', estimate: 'derived' };

const segmentsOf = (markup: string) =>
  [...markup.matchAll(/<rect ([^>]*data-label="[^"]*"[^>]*)>/g)].map(([, attributes = '']) => {
    const get = (name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
    return { label: get('data-label'), value: get('data-value'), className: get('class'), x: Number(get('x')), y: Number(get('y')), width: Number(get('width')) };
  });

const textsOf = (markup: string) => textBoxes(markup).map((box) => box.text);

test('stackedChart(rows, spec) draws one segment per reported part, parts in first-seen order coloured c1, c2, c3', () => {
  const { markup } = draw();
  const northwind = segmentsOf(markup).filter((segment) => segment.label.startsWith('Northwind'));
  assert.deepEqual(northwind.map((segment) => [segment.label, segment.className]), [
    ['Northwind: Web', 'fill-c1'],
    ['Northwind: App', 'fill-c2'],
    ['Northwind: Phone', 'fill-c3'],
  ]);
  assert.ok(northwind[1]!.x >= northwind[0]!.x + northwind[0]!.width - 0.1, 'each segment starts where the one before ends');
  assertSnapshot('stacked-percent', markup);
});

test("stackedChart(rows, {mode: 'percent'}) fills every complete bar to 100% and draws a 0–100% scale", () => {
  const { markup } = draw();
  const hundred = textBoxes(markup).find((box) => box.text === '100%');
  assert.ok(hundred, 'the scale ends at 100%');
  for (const shop of ['Northwind', 'Contoso', 'Fabrikam']) {
    const segments = segmentsOf(markup).filter((segment) => segment.label.startsWith(shop));
    const end = Math.max(...segments.map((segment) => segment.x + segment.width));
    assert.ok(Math.abs(end - hundred.right) < 0.5, `${shop} reaches the 100% mark`);
  }
  const texts = textsOf(markup);
  assert.ok(texts.includes('0%') && texts.includes('100%') && texts.includes('50%'));
  assert.ok(texts.includes('51%'), 'Northwind Web: 420 of 820');
});

test('stackedChart(rows, spec) leaves out a missing part, never drawing it as zero, and says it was not reported', () => {
  const { chart, markup } = draw();
  assert.doesNotMatch(markup, /data-label="Contoso: Phone"/);
  assert.match(stackedSummary(chart), /Contoso: Web 35%, App 65% and Phone not reported \(shares of the parts reported\)\./);
  assert.deepEqual(stackedChartType.autoNotes?.(chart), ['Not reported, so left out of the bars: Phone for Contoso. Those bars show shares of the parts that were reported.']);
});

test('stackedChart(one bar, two parts) names the parts over their segments and writes the shares inside', () => {
  for (const width of bandWidths) {
    const { markup } = draw(kisa, width, split);
    const texts = textsOf(markup);
    assert.ok(!markup.includes('class="legend"'), `no legend at ${width}px`);
    assert.ok(texts.join(' ').includes('Other') && texts.includes('75%') && texts.includes('≈25%'), `names and shares at ${width}px`);
    const [first, second] = segmentsOf(markup);
    const other = textBoxes(markup).find((box) => box.text.startsWith('Other'));
    assert.ok(first && second && other && other.left >= second.x && other.bottom <= second.y, `"Other cases" stands over its own segment at ${width}px`);
  }
  assertSnapshot('stacked-kisa', draw(kisa, 380, split).markup);
});

test('stackedChart(rows, {estimate}) outlines estimated segments and writes their value in the text colour', () => {
  const { chart, markup } = draw(kisa, 520, split);
  assert.match(markup, /class="fill-estimate stroke-c2 estimate"[^>]*data-label="2023: Other cases" data-value="≈25%"/);
  assert.match(markup, /class="fill-text"[^>]*>≈25%</);
  assert.match(markup, /class="fill-bg"[^>]*>75%</);
  assert.deepEqual(stackedChartType.autoNotes?.(chart), [estimateNote]);
});

test('stackedChart puts a wrapping legend above the bars when the names do not fit over the first bar', () => {
  const table = csv(
    'team,activity,hours\nNorthwind,Writing code,30\nNorthwind,Reviewing pull requests,12\nNorthwind,Meetings and planning,8\nNorthwind,Support,5\nContoso,Writing code,22\nContoso,Reviewing pull requests,10\nContoso,Meetings and planning,14\nContoso,Support,9',
  );
  const { markup } = draw({ y: 'team', x: 'hours', fill: 'activity' }, 280, table);
  assert.match(markup, /class="legend"/);
  const names = textBoxes(markup).filter((box) => ['Writing code', 'Reviewing pull requests', 'Meetings and planning', 'Support'].includes(box.text));
  assert.equal(names.length, 4);
  const barTop = Math.min(...segmentsOf(markup).map((segment) => segment.y));
  assert.ok(names.every((name) => name.bottom <= barTop), 'the legend sits above the bars');
  assert.ok(new Set(names.map((name) => name.top)).size > 1, 'at 280 px it wraps onto more than one row');
  assertSnapshot('stacked-legend-narrow', markup);
});

test("stackedChart(rows, {mode: 'absolute'}) draws bars as long as their totals and writes each total at the end", () => {
  const table = csv('shop,channel,orders\nNorthwind,Web,420\nNorthwind,App,310\nNorthwind,Phone,90\nContoso,Web,260\nContoso,App,480\nContoso,Phone,40\nFabrikam,Web,150\nFabrikam,App,120\nFabrikam,Phone,60');
  const { chart, markup } = draw({ mode: 'absolute' }, 700, table);
  const length = (shop: string) => segmentsOf(markup).filter((segment) => segment.label.startsWith(shop)).reduce((total, segment) => total + segment.width, 0);
  assert.ok(Math.abs(length('Fabrikam') / length('Northwind') - 330 / 820) < 0.01);
  assert.ok(textsOf(markup).includes('820') && textsOf(markup).includes('330'));
  assert.equal(stackedSummary(chart), '3 bars split into Web, App and Phone. Northwind: 820 in all (Web 420, App 310 and Phone 90). Contoso: 780 in all (Web 260, App 480 and Phone 40). Fabrikam: 330 in all (Web 150, App 120 and Phone 60).');
  assertSnapshot('stacked-absolute', markup);
});

test('stackedChart keeps every text inside the drawing and apart from the others at every band width', () => {
  const korean = csv('연도,구분,건수\n2023,불법 거래 정보,75\n2023,기타,25\n2022,불법 거래 정보,60\n2022,기타,40');
  const cases: [string, Record<string, unknown>, ReturnType<typeof csv>][] = [
    ['percent', {}, orders],
    ['absolute', { mode: 'absolute' }, orders],
    ['one bar', kisa, split],
    ['korean', { y: '연도', x: '건수', fill: '구분' }, korean],
    ['long categories', {}, csv('shop,channel,orders\nNorthwind Traders of the Far North,Web,3\nNorthwind Traders of the Far North,App,1\nContoso,Web,1\nContoso,App,1')],
  ];
  for (const [name, options, table] of cases) {
    for (const width of bandWidths) {
      const { layout, markup } = draw(options, width, table);
      assertLegible(markup, width, layout.height, `${name} at ${width}px: `);
    }
  }
});

test('stackedTable(chart) has a row for every bar and part with its value and share, missing ones as not reported', () => {
  const { chart } = draw();
  const table = stackedTable(chart);
  assert.deepEqual(table.columns.map((column) => column.label), ['shop', 'channel', 'orders', 'share of bar']);
  assert.equal(table.rows.length, 9);
  assert.deepEqual(table.rows[0], ['Northwind', 'Web', '420', '51%']);
  assert.deepEqual(table.rows[5], ['Contoso', 'Phone', 'not reported', 'not reported']);
});

test('stackedSummary(chart) reads each bar as its shares', () => {
  const { chart } = draw(kisa, 520, split);
  assert.equal(stackedSummary(chart), '1 bar split into Involved illegally traded data and Other cases. 2023: Involved illegally traded data 75% and Other cases ≈25%.');
});

test('normalizeStackedChart refuses a negative part, a part given twice and a row without a part, naming field and row', () => {
  assert.throws(() => normalizeStackedChart('x', spec(), csv('shop,channel,orders\nNorthwind,Web,-4')), {
    message: 'x: data.csv row 1, column "orders": -4 is negative; the parts of a stacked bar add up to a whole',
  });
  assert.throws(() => normalizeStackedChart('x', spec(), csv('shop,channel,orders\nNorthwind,Web,4\nNorthwind,Web,5')), {
    message: 'fill: data.csv row 2: "Northwind" has the part "Web" twice',
  });
  assert.throws(() => normalizeStackedChart('x', spec(), csv('shop,channel,orders\nNorthwind,,4')), { message: /^fill: data.csv row 1, column "channel" is empty/ });
  assert.throws(() => normalizeStackedChart('x', spec({ fill: 'kanal' }), orders), { message: 'fill: column "kanal" not in data.csv (columns: shop, channel, orders)' });
});

test('normalizeStackedChart refuses more parts than there are colours', () => {
  const table = csv(`shop,channel,orders\n${['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((part) => `Northwind,${part},1`).join('\n')}`);
  assert.throws(() => normalizeStackedChart('x', spec(), table), { message: /^fill: column "channel" names 7 parts \(A, B, C, D, E, F and G\); a stacked bar can show at most 6/ });
});
