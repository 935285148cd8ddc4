import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { barChartSpec } from '../../src/charts/spec.ts';
import { ChartRenderPool, poolSummary, type PoolCounts } from '../../src/lib/chartPool.ts';
import { drawingCodeVersion, FigureCache, figureCacheDir, pruneFigureCache } from '../../src/lib/figureCache.ts';
import { drawChartFigure } from '../../src/lib/storyCharts.ts';
import { common } from './charts/fixtures.ts';

test('figureCacheDir(env): beside a build\'s own cache, else node_modules/.cache', () => {
  assert.equal(figureCacheDir({ READOUT_CACHE_DIR: '/tmp/astro' }), '/tmp/astro/figures');
  assert.match(figureCacheDir({}), /node_modules\/\.cache\/readout\/figures$/);
});

test('drawingCodeVersion changes with any module the drawing imports, and with nothing else', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-code-version-'));
  mkdirSync(join(dir, 'charts'));
  writeFileSync(join(dir, 'worker.ts'), "import { parentPort } from 'node:worker_threads';\nimport { draw } from './charts/draw.ts';\n");
  writeFileSync(join(dir, 'charts', 'draw.ts'), "export { round } from './round.ts';\nimport type { Spec } from \"./spec.ts\";\nexport const draw = () => 1;\n");
  writeFileSync(join(dir, 'charts', 'round.ts'), 'export const round = Math.round;\n');
  writeFileSync(join(dir, 'charts', 'spec.ts'), 'export type Spec = { n: number };\n');
  writeFileSync(join(dir, 'unrelated.ts'), 'export const other = 2;\n');
  writeFileSync(join(dir, 'package-lock.json'), '{"packages":{"node_modules/d3-scale":{"version":"4.0.2"}}}');
  const version = () => drawingCodeVersion(join(dir, 'worker.ts'), dir);

  const first = version();
  assert.equal(version(), first, 'the same code gives the same version');
  writeFileSync(join(dir, 'unrelated.ts'), 'export const other = 3;\n');
  assert.equal(version(), first, 'a module the drawing never imports does not count');
  for (const [file, text] of [
    ['charts/round.ts', 'export const round = (n: number) => Math.round(n * 10) / 10;\n'],
    ['charts/spec.ts', 'export type Spec = { n: number; m: number };\n'],
    ['package-lock.json', '{"packages":{"node_modules/d3-scale":{"version":"4.0.3"}}}'],
  ] as const) {
    const before = version();
    writeFileSync(join(dir, file), text);
    assert.notEqual(version(), before, `a change to ${file} is new drawing code`);
  }
});

test('a figure is drawn once and kept; a new key, or a write cut short, draws it again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-figures-'));
  let draws = 0;
  const draw = () => `<figure>${(draws += 1)}</figure>`;
  const build = (codeVersion = 'code-1') => new FigureCache(codeVersion, dir);

  const first = build();
  const key = first.key('host', 'chart', 'spec', 'data');
  assert.equal(first.figure(key, draw), '<figure>1</figure>');
  assert.equal(first.figure(key, draw), '<figure>1</figure>', 'asked again in the same build');
  first.close();
  const second = build();
  assert.equal(second.figure(key, draw), '<figure>1</figure>', 'the next build reads what the first drew');
  assert.equal(draws, 1);
  assert.notEqual(second.key('host', 'chart', 'spec', 'data 2'), key, 'new data is a new key');
  assert.notEqual(build('code-2').key('host', 'chart', 'spec', 'data'), key, 'new drawing code is a new key');
  second.close();

  // A build stopped mid-write: the last index line is cut short, so that figure is drawn again.
  const other = new FigureCache('code-1', dir).key('another chart');
  const packs = () => readdirSync(dir).filter((name) => name.endsWith('.index'));
  const stopped = build();
  stopped.figure(other, draw);
  stopped.close();
  const index = packs().map((name) => join(dir, name)).find((path) => readFileSync(path, 'utf8').includes(other))!;
  writeFileSync(index, readFileSync(index, 'utf8').slice(0, -8));
  const third = build();
  assert.equal(third.figure(other, draw), '<figure>3</figure>');
  assert.equal(third.figure(key, draw), '<figure>1</figure>');
  third.close();

  // What a build placed is all the next one needs: the packs of other builds go.
  assert.equal(packs().length, 4);
  assert.equal(pruneFigureCache(dir, -1), 8, 'a pack and its index for each of four builds');
  assert.equal(pruneFigureCache(join(dir, 'missing'), -1), 0, 'a cache never made is nothing to prune');

  writeFileSync(join(dir, 'a-file'), '');
  const unwritable = new FigureCache('code-1', join(dir, 'a-file', 'figures'));
  assert.equal(unwritable.figure(key, draw), '<figure>4</figure>', 'a cache that cannot be written still gives the figure');
});

test('in a rebuild the chart worker takes unchanged figures from the cache and draws changed ones again', async () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'readout-figure-build-'));
  const storyDir = mkdtempSync(join(tmpdir(), 'readout-figure-story-'));
  writeFileSync(join(storyDir, 'data.csv'), 'shop,visits\nNorthwind,42\nContoso,87\n');
  const host = { slug: 'cache-test', filePath: join(storyDir, 'index.mdx'), charts: {}, maxChartWidth: 608 };
  const spec = barChartSpec.parse({ type: 'bar', ...common, x: 'visits', y: 'shop' });
  const previous = process.env['READOUT_CACHE_DIR'];
  // Workers copy the environment they start with.
  process.env['READOUT_CACHE_DIR'] = cacheDir;
  let counts: PoolCounts | undefined;
  const build = async (chartSpec = spec) => {
    const pool = ChartRenderPool.open()!;
    try {
      return await pool.draw({ host, chartId: 'shops', spec: chartSpec }).done;
    } finally {
      counts = pool.counts;
      await pool.close();
    }
  };
  try {
    const first = await build();
    assert.equal(first, drawChartFigure(host, 'shops', spec), 'a cold build draws the figure');
    assert.deepEqual(counts, { cached: 0, drawn: 1, leftToPages: 0 });
    assert.equal(poolSummary({ cached: 2997, drawn: 2, leftToPages: 1 }), '3,000 story chart figures: 2,997 from the cache, 2 drawn, 1 drawn by their pages');
    const packs = readdirSync(join(cacheDir, 'figures')).filter((name) => name.endsWith('.pack'));
    assert.equal(packs.length, 1, 'and keeps it');

    // What an earlier build drew is what this one places: mark it (same length) to see it is not drawn again.
    const pack = join(cacheDir, 'figures', packs[0]!);
    writeFileSync(pack, readFileSync(pack, 'utf8').replaceAll('Illustrative chart', 'Kept from a build!'));
    assert.match(await build(), /Kept from a build!/, 'an unchanged chart comes from the cache');
    assert.equal(poolSummary(counts!), '1 story chart figure: 1 from the cache, 0 drawn');

    writeFileSync(join(storyDir, 'data.csv'), 'shop,visits\nNorthwind,42\nContoso,91\n');
    const newData = await build();
    assert.doesNotMatch(newData, /Kept from a build!/, 'edited data is drawn again');
    assert.match(newData, /data-value="91"/);

    const retitled = barChartSpec.parse({ type: 'bar', ...common, title: 'Visits by shop', x: 'visits', y: 'shop' });
    assert.match(await build(retitled), /Visits by shop/, 'an edited declaration is drawn again');
  } finally {
    if (previous === undefined) delete process.env['READOUT_CACHE_DIR'];
    else process.env['READOUT_CACHE_DIR'] = previous;
  }
});
