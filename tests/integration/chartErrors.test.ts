import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildEditedContent, editFile } from './buildSite.ts';

const storyDir = 'stories/korea-privacy';

const shopsCsv = 'shop,visits\nNorthwind,42\nContoso,87\n';
const barDeclaration = (options: string) => `  shops:
    type: bar
    data: shops.csv
    title: A test chart
    alt: A chart added by the tests.
    source: { name: Readout test fixtures }
    illustrative: true
    x: visits
    y: shop
${options}`;

/** Adds a chart to the first story (declaration, data file, placement), with one thing wrong. */
function buildWithChart(name: string, { declaration = barDeclaration(''), csv = shopsCsv, placement = '<Chart id="shops" />' } = {}) {
  return buildEditedContent(name, async (contentDir) => {
    await writeFile(join(contentDir, storyDir, 'shops.csv'), csv);
    await editFile(join(contentDir, storyDir, 'index.mdx'), (text) =>
      text.replace(/^charts:\n/m, `charts:\n${declaration}\n`).replace(/\n*$/, `\n\n${placement}\n`),
    );
  });
}

function assertStopped(result: { code: number; output: string }, ...expected: RegExp[]) {
  assert.notEqual(result.code, 0, `the build should fail:\n${result.output}`);
  assert.match(result.output, /stories\/korea-privacy\/index\.mdx/, 'the message names the story file');
  for (const pattern of expected) assert.match(result.output, pattern);
}

describe('a chart that does not fit its data stops the build, naming the file, the chart and the field', { concurrency: 1 }, () => {
  test('a well-formed chart builds (the control for every case below)', async () => {
    const result = await buildWithChart('chart-ok');
    assert.equal(result.code, 0, result.output);
  });

  test('an unknown chart type', async () => {
    const result = await buildWithChart('chart-unknown-type', { declaration: barDeclaration('').replace('type: bar', 'type: pie') });
    assertStopped(result, /charts\.shops\.type: unknown chart type "pie"; expected one of: bar, column, line, bump, stacked, big-number, table, timeline/);
  });

  test('a missing data file', async () => {
    const result = await buildWithChart('chart-missing-file', { declaration: barDeclaration('').replace('data: shops.csv', 'data: shop.csv') });
    assertStopped(result, /charts\.shops\.data: file "shop\.csv" not found beside the story/);
  });

  test('a column the data lacks, listing the columns it has', async () => {
    const result = await buildWithChart('chart-missing-column', { declaration: barDeclaration('').replace('x: visits', 'x: vists') });
    assertStopped(result, /charts\.shops\.x: column "vists" not in shops\.csv \(columns: shop, visits\)/);
  });

  test('a value that is not a number, with its row', async () => {
    const result = await buildWithChart('chart-not-a-number', { csv: 'shop,visits\nNorthwind,42\nContoso,lots\n' });
    assertStopped(result, /charts\.shops\.x: shops\.csv row 2, column "visits": "lots" is not a number/);
  });

  test('a data file with no rows', async () => {
    const result = await buildWithChart('chart-empty-data', { csv: 'shop,visits\n' });
    assertStopped(result, /charts\.shops\.data: shops\.csv has no rows of data/);
  });

  test('a <Chart> whose id is not declared, with its line', async () => {
    const result = await buildWithChart('chart-undeclared', { placement: '<Chart id="shops" />\n\n<Chart id="shpos" />' });
    assertStopped(result, /index\.mdx:\d+: <Chart id="shpos" \/>: no chart "shpos" is declared under charts: in the frontmatter \(declared: shops, /);
  });

  test('a declared chart never placed', async () => {
    const result = await buildWithChart('chart-unplaced', { placement: '' });
    assertStopped(result, /charts\.shops: declared but never placed; add <Chart id="shops" \/>/);
  });

  test('an option the chart type does not have', async () => {
    const result = await buildWithChart('chart-unknown-option', { declaration: barDeclaration('    colour: red') });
    assertStopped(result, /charts\.shops/, /unknown bar chart option "colour"/);
  });
});
