import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bumpChart, bumpChartType, bumpSummary, bumpTable, normalizeBumpChart, ordinal, rankGapNote } from '../../../src/charts/bumpChart.ts';
import { bandWidths } from '../../../src/charts/dimensions.ts';
import { bumpChartSpec } from '../../../src/charts/spec.ts';
import { render } from '../../../src/charts/svg.ts';
import { assertSnapshot, snapshotSvg } from '../snapshot.ts';
import { common, csv } from './fixtures.ts';
import { assertLegible, textBoxes } from './layoutChecks.ts';

const apps = csv(`
month,app,rank
2024-01,Northwind,1
2024-01,Contoso,2
2024-01,Fabrikam,3
2024-02,Northwind,2
2024-02,Contoso,1
2024-02,Fabrikam,3
2024-03,Northwind,3
2024-03,Contoso,
2024-03,Fabrikam,1
2024-04,Northwind,3
2024-04,Contoso,2
2024-04,Fabrikam,1
`);

const spec = (options: Record<string, unknown> = {}) => bumpChartSpec.parse({ type: 'bump', ...common, x: 'month', y: 'rank', series: 'app', ...options });

function draw(options: Record<string, unknown> = {}, table = apps, width = 520) {
  const chart = normalizeBumpChart('apps', spec(options), table);
  return { chart, layout: bumpChart(chart, width) };
}

const markupOf = (layout: ReturnType<typeof bumpChart>) => layout.marks.map((mark) => render(mark)).join('');
const dots = (markup: string) => [...markup.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"[^>]*data-label="([^"]*)" data-value="([^"]*)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), label: m[3]!, value: m[4]! }));
const texts = (layout: ReturnType<typeof bumpChart>) => textBoxes(layout);

test('bumpChart(rows) puts rank 1 at the top: a better rank is higher up', () => {
  const { layout } = draw();
  const points = dots(markupOf(layout));
  const at = (label: string) => points.find((point) => point.label === label)!;
  assert.ok(at('Northwind, January 2024').y < at('Contoso, January 2024').y);
  assert.ok(at('Contoso, January 2024').y < at('Fabrikam, January 2024').y);
  assert.equal(at('Fabrikam, April 2024').y, at('Northwind, January 2024').y, 'rank 1 sits on the same row at every date');
});

test('bumpChart(rows) labels every line at both ends: first ranks on the left, last ranks on the right', () => {
  const { chart, layout } = draw();
  const boxes = texts(layout);
  const plotLeft = Math.min(...dots(markupOf(layout)).map((point) => point.x));
  const plotRight = Math.max(...dots(markupOf(layout)).map((point) => point.x));
  const left = boxes.filter((box) => box.right < plotLeft).map((box) => box.text);
  const right = boxes.filter((box) => box.left > plotRight).map((box) => box.text);
  assert.deepEqual(left, ['1. Northwind', '2. Contoso', '3. Fabrikam']);
  assert.deepEqual(right, ['3. Northwind', '2. Contoso', '1. Fabrikam']);
  assertSnapshot('bump-basic', snapshotSvg(layout, chart));
});

test('bumpChart(rows) draws a dot with its rank at every ranked point, and a gap for a missing rank', () => {
  const { chart, layout } = draw();
  const markup = markupOf(layout);
  const points = dots(markup);
  assert.equal(points.length, 11, 'twelve rows, one without a rank');
  assert.ok(points.some((point) => point.label === 'Contoso, February 2024' && point.value === 'rank 1'));
  assert.ok(!points.some((point) => point.label === 'Contoso, March 2024'));
  const contoso = [...markup.matchAll(/<path d="([^"]*)" class="stroke-c2 line"/g)][0]![1]!;
  assert.equal(contoso.match(/M/g)?.length, 2, 'the Contoso line breaks where its rank is missing');
  assert.deepEqual(bumpChartType.autoNotes?.(chart), [rankGapNote]);
});

test('bumpChart(rows) moves apart the labels of tied ranks', () => {
  const tied = csv('month,app,rank\n2024-01,Northwind,1\n2024-01,Contoso,1\n2024-01,Fabrikam,3\n2024-02,Northwind,2\n2024-02,Contoso,2\n2024-02,Fabrikam,1');
  for (const width of bandWidths) assertLegible(draw({}, tied, width).layout, `at ${width}: `);
  const boxes = texts(draw({}, tied).layout);
  assert.ok(boxes.some((box) => box.text === '1. Northwind') && boxes.some((box) => box.text === '1. Contoso'));
});

test('bumpChart(rows) says when a line starts or stops between the first and last dates', () => {
  const late = csv('month,app,rank\n2024-01,Northwind,1\n2024-02,Northwind,1\n2024-03,Northwind,2\n2024-02,Contoso,2\n2024-03,Contoso,1\n2024-01,Fabrikam,2\n2024-02,Fabrikam,3\n2024-03,Fabrikam,');
  const { chart, layout } = draw({}, late, 940);
  // A label may wrap onto a second line; read the lines in order.
  const labels = texts(layout).map((box) => box.text).join(' ');
  assert.ok(labels.includes('2. Contoso (Feb 2024)'), 'Contoso starts in February');
  assert.ok(labels.includes('3. Fabrikam (Feb 2024)'), 'Fabrikam has no rank in March');
  assert.match(bumpSummary(chart), /Contoso, from 2nd in February 2024 to 1st/);
});

const edgeCases: Record<string, ReturnType<typeof csv>> = {
  'five apps': apps,
  'one series': csv('month,app,rank\n2024-01,Solo,2\n2024-02,Solo,1'),
  'one date': csv('month,app,rank\n2024-01,Northwind,1\n2024-01,Contoso,2'),
  'long names': csv('month,app,rank\n2024-01,Northwind Traders International Holdings,1\n2024-01,Contoso Pharmaceuticals of the Pacific,2\n2024-02,Northwind Traders International Holdings,2\n2024-02,Contoso Pharmaceuticals of the Pacific,1'),
  'Korean names': csv('month,app,rank\n2024-01,테무,1\n2024-01,알리익스프레스,3\n2024-01,쿠팡,2\n2024-02,테무,1\n2024-02,알리익스프레스,2\n2024-02,쿠팡,3'),
  'all missing at the end': csv('month,app,rank\n2024-01,A,1\n2024-01,B,2\n2024-01,C,3\n2024-02,A,2\n2024-02,B,1\n2024-02,C,3\n2024-03,A,\n2024-03,B,\n2024-03,C,1'),
};

test('bumpChart keeps every text inside the drawing and apart from the others at every band width', () => {
  for (const [name, table] of Object.entries(edgeCases)) {
    for (const width of bandWidths) assertLegible(draw({}, table, width).layout, `${name} at ${width}: `);
  }
});

test('bumpChart with long names at 280 px wraps and shortens them; Korean names keep their colours and letters', () => {
  const { chart, layout } = draw({}, edgeCases['long names']!, 280);
  assert.ok(texts(layout).some((box) => box.text.endsWith('…')));
  assertSnapshot('bump-narrow-long-names', snapshotSvg(layout, chart));
  const korean = draw({ highlight: ['테무'] }, edgeCases['Korean names']!, 380);
  const markup = markupOf(korean.layout);
  assert.match(markup, /class="fill-c1">1\. 테무</);
  assert.match(markup, /class="fill-muted">알리익스프레스</, 'a name without spaces keeps all its letters when it fits a third of the width');
  assert.match(markup, /class="stroke-muted-mark line"/);
  assertSnapshot('bump-korean-highlight', snapshotSvg(korean.layout, korean.chart));
});

test('normalizeBumpChart refuses a rank that is not a whole number from 1, naming the row', () => {
  assert.throws(() => draw({}, csv('month,app,rank\n2024-01,A,1\n2024-01,B,0')), { message: 'y: data.csv row 2, column "rank": "0" is not a rank; expected a whole number, 1 for the top' });
  assert.throws(() => draw({}, csv('month,app,rank\n2024-01,A,1.5')), /y: data.csv row 1, column "rank": "1.5" is not a rank/);
  assert.throws(() => draw({}, csv('month,app,rank\n2024-01,A,first')), /"first" is not a number/);
  assert.throws(() => draw({ series: 'name' }), { message: 'series: column "name" not in data.csv (columns: month, app, rank)' });
  assert.throws(() => draw({ highlight: ['Tailspin'] }), /highlight\[0\]: "Tailspin" is not a series in column "app"/);
});

test('bumpSummary(chart) names who was first at the start and the end, and the biggest climber and faller', () => {
  const { chart } = draw();
  assert.equal(
    bumpSummary(chart),
    '3 lines, January 2024 to April 2024. First in January 2024: Northwind. First in April 2024: Fabrikam. ' +
      'Biggest climber (up 2 places): Fabrikam, from 3rd to 1st. Biggest faller (down 2 places): Northwind, from 1st to 3rd. ' +
      'Contoso has no rank for March 2024.',
  );
});

test('bumpSummary(chart) says when no rank 1 is reported at an end and when nothing moved', () => {
  const { chart } = draw({}, csv('month,app,rank\n2024-01,A,2\n2024-01,B,3\n2024-02,A,2\n2024-02,B,3'));
  assert.equal(bumpSummary(chart), '2 lines, January 2024 to February 2024. No rank 1 is reported for January 2024. No rank 1 is reported for February 2024. No line changed rank between its first and last dates.');
});

test('bumpTable(chart) has a row per date and the rank of each series, missing ranks not reported', () => {
  const { chart } = draw();
  assert.deepEqual(bumpTable(chart), {
    columns: [{ label: 'month', numeric: false }, { label: 'Northwind', numeric: true }, { label: 'Contoso', numeric: true }, { label: 'Fabrikam', numeric: true }],
    rows: [
      ['January 2024', '1', '2', '3'],
      ['February 2024', '2', '1', '3'],
      ['March 2024', '3', 'not reported', '1'],
      ['April 2024', '3', '2', '1'],
    ],
  });
});

test('ordinal(rank) writes 1st, 2nd, 3rd and the teens with th', () => {
  assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal), ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
});
