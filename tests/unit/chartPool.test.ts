import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { barChartSpec } from '../../src/charts/spec.ts';
import { ChartRenderPool, type DrawJob } from '../../src/lib/chartPool.ts';
import { chartFigureHtml, drawChartFigure, queueCharts } from '../../src/lib/storyCharts.ts';
import { common } from './charts/fixtures.ts';

// Figures these workers draw are kept out of the project's own cache.
process.env['READOUT_CACHE_DIR'] = mkdtempSync(join(tmpdir(), 'readout-pool-cache-'));
const storyDir = mkdtempSync(join(tmpdir(), 'readout-pool-test-'));
writeFileSync(join(storyDir, 'data.csv'), 'shop,visits\nNorthwind,42\nContoso,87\nTailspin,63\n');
const host = { slug: 'pool-test', filePath: join(storyDir, 'index.mdx'), charts: {} };
const spec = barChartSpec.parse({ type: 'bar', ...common, x: 'visits', y: 'shop' });

test('the chart pool draws queued charts in a worker, and a chart no worker has begun can be taken back', async () => {
  const pool = ChartRenderPool.open();
  assert.ok(pool, 'the worker script is found from the project folder');
  try {
    // More than a worker is handed at once, so the last ones wait in the queue.
    const jobs = Array.from({ length: 200 }, (_, index) => pool.draw({ host, chartId: `shops-${index}`, spec }));
    const last = jobs.at(-1)!;
    assert.equal(last.withdraw(), true, 'a queued chart is taken back');
    await assert.rejects(last.done, /withdrawn/);
    assert.equal(last.withdraw(), false, 'and only once');

    const first = jobs[0]!;
    assert.equal(first.withdraw(), false, 'a chart a worker has begun stays with it');
    assert.equal(await first.done, drawChartFigure(host, 'shops-0', spec), 'the worker draws what the page would');
    await Promise.all(jobs.slice(1, -1).map((job) => job.done));
  } finally {
    await pool.close();
  }
});

test('a chart the worker cannot draw rejects, for its page to draw it and report why', async () => {
  const pool = ChartRenderPool.open()!;
  try {
    const broken = barChartSpec.parse({ type: 'bar', ...common, x: 'visits', y: 'shop', data: 'missing.csv' });
    await assert.rejects(pool.draw({ host, chartId: 'broken', spec: broken }).done, /could not be drawn/);
    assert.throws(() => drawChartFigure(host, 'broken', broken), /charts\.broken\.data: file "missing\.csv" not found/);
  } finally {
    await pool.close();
  }
});

test('a page takes the figure its chart was queued for, instead of drawing it again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-ahead-test-'));
  writeFileSync(join(dir, 'data.csv'), 'shop,visits\nNorthwind,42\nContoso,87\n');
  const aheadHost = { slug: 'ahead-test', filePath: join(dir, 'index.mdx'), charts: { shops: spec }, maxChartWidth: 608 };
  const pool = ChartRenderPool.open()!;
  try {
    await Promise.all(queueCharts(pool, aheadHost, ['shops']));
    const expected = drawChartFigure(aheadHost, 'shops', spec);
    // With its data gone, a page that drew the chart itself would fail: the figure must come from the worker.
    rmSync(join(dir, 'data.csv'));
    assert.equal(await chartFigureHtml(aheadHost, 'shops', spec), expected);
    // Taken once: asked again, the page draws it, and now says the data file is missing.
    await assert.rejects(chartFigureHtml(aheadHost, 'shops', spec), /charts\.shops\.data: file "data\.csv" not found/);
  } finally {
    await pool.close();
  }
});

test('a page waits for a worker that is still loading its code (~0.3 s, at the pages\' own priority), whatever the pool\'s patience', async () => {
  // A figure an earlier pool kept: once loaded, the worker answers from its cache within the patience.
  const earlier = ChartRenderPool.open()!;
  const expected = await earlier.draw({ host, chartId: 'loading', spec }).done;
  await earlier.close();
  const pool = ChartRenderPool.open({ waitMs: 50, stopWaitingMs: 60_000 })!;
  try {
    assert.equal(await pool.draw({ host, chartId: 'loading', spec }).take(), expected);
    assert.deepEqual(pool.counts, { cached: 1, drawn: 0, leftToPages: 0 });
  } finally {
    await pool.close();
  }
});

test('a page does not go at the pace of a starved worker: past its patience it draws the chart itself, waits for none for a while, and the workers are replaced at normal priority', async () => {
  // Hardly any patience: a loaded worker cannot draw 40 charts in 5 ms.
  const pool = ChartRenderPool.open({ waitMs: 5, stopWaitingMs: 60_000 })!;
  try {
    await pool.draw({ host, chartId: 'slow-0', spec }).done;
    const jobs = Array.from({ length: 40 }, (_, index) => pool.draw({ host, chartId: `slow-${index + 1}`, spec }));
    const [second, first] = jobs.slice(-2) as [DrawJob, DrawJob];
    assert.equal(await first.take(), undefined, 'the page draws the last chart itself');
    await assert.rejects(first.done, /left to the page/);
    // Not waiting at all: the answer comes before any timer could fire.
    const nextTurn = new Promise((resolve) => setImmediate(() => resolve('waited')));
    assert.equal(await Promise.race([second.take().then((figure) => figure ?? 'drawn by the page'), nextTurn]), 'drawn by the page');
    assert.equal(pool.counts.leftToPages, 2);
    // New workers, at the pages' priority, draw the rest of the queue and what comes next.
    const third = pool.draw({ host, chartId: 'slow-last', spec });
    assert.equal(await third.done, drawChartFigure(host, 'slow-last', spec));
    // Every other chart by a worker: drawn, or read from a pack the replaced worker wrote before its reply was dropped.
    assert.equal(pool.counts.cached + pool.counts.drawn, 40);
    assert.equal(pool.counts.leftToPages, 2);
    if (process.platform === 'linux') assert.equal(threadPriorities().filter((nice) => nice === 19).length, 0, 'no worker is left at the lowest priority');
  } finally {
    await pool.close();
  }
});

/** The nice value of each of this process's threads (Linux: /proc/self/task/<tid>/stat). */
function threadPriorities(): number[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

test('chart workers give way to the pages: on Linux each runs at the lowest priority, and only they do', { skip: process.platform !== 'linux' || getPriority() === 19 }, async () => {
  const lowest = () => threadPriorities().filter((nice) => nice === 19).length;
  const mainPriority = getPriority();
  assert.equal(lowest(), 0);
  const pool = ChartRenderPool.open()!;
  try {
    await pool.draw({ host, chartId: 'priority', spec }).done;
    assert.equal(lowest(), Math.max(1, availableParallelism() - 1), 'one thread per worker');
    assert.equal(getPriority(), mainPriority, 'the main thread keeps its priority');
  } finally {
    await pool.close();
  }
});
