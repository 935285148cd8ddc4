// npm run bench: how fast the real site builds many stories, what the charts cost, and how heavy
// a story page is. Generates synthetic stories in a temporary folder and builds them three ways
// (same prose and frontmatter): without charts and with charts, both without the sharing outputs
// (READOUT_SHARING=off), which gives the chart overhead of the story pages; and the whole site,
// where each chart also gets its page, embed, PNG, SVG, CSV and social card.
//   npm run bench                                  1,000 stories, one cold build of each variant
//   npm run bench -- --stories 200 --runs 3        medians of three interleaved runs
// Flags: --stories N (1000), --runs N (1), --seed N (1), --charts bar,column,line (each story's
//        charts, by type), --no-warm (skip the warm rebuilds), --no-whole-site (only the two
//        story-page builds: quick repeated runs of the ratio),
//        --keep (leave the temporary folder for inspection; it is printed).
// It reports against the 1.15x chart-overhead target but never fails on it: it measures, the
// reader judges. Exit code 1 only when a build fails.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chartKinds, defaultChartPlan, writeStories } from './bench/syntheticStories.mjs';

const astroBin = 'node_modules/astro/bin/astro.mjs';
const timeBinary = '/usr/bin/time';
const overheadTarget = 1.15;

const usage = 'usage: npm run bench -- [--stories N] [--runs N] [--seed N] [--charts bar,column,line] [--no-warm] [--no-whole-site] [--keep]';

function readFlags() {
  try {
    return parseArgs({
      allowNegative: true,
      options: {
        stories: { type: 'string', default: '1000' },
        runs: { type: 'string', default: '1' },
        seed: { type: 'string', default: '1' },
        warm: { type: 'boolean', default: true },
        'whole-site': { type: 'boolean', default: true },
        keep: { type: 'boolean', default: false },
        charts: { type: 'string', default: defaultChartPlan.join(',') },
      },
    }).values;
  } catch (error) {
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
}

const flags = readFlags();

function positiveInteger(name) {
  const value = Number(flags[name]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} expects a whole number of at least 1, got "${flags[name]}"`);
    process.exit(2);
  }
  return value;
}

const settings = { stories: positiveInteger('stories'), runs: positiveInteger('runs'), seed: positiveInteger('seed') };

const chartPlan = flags.charts.split(',').map((type) => type.trim()).filter(Boolean);
const unknownTypes = chartPlan.filter((type) => !(type in chartKinds));
if (chartPlan.length === 0 || unknownTypes.length > 0) {
  console.error(`--charts expects chart types from: ${Object.keys(chartKinds).join(', ')}; got "${flags.charts}"`);
  process.exit(2);
}

// GNU time reports the peak of the build process from the kernel; without it we sample /proc.
const useTime = existsSync(timeBinary);
const memoryMethod = useTime
  ? `${timeBinary} -v "Maximum resident set size" (the largest process of the build)`
  : '/proc/<pid>/status VmHWM of the build and its children, polled every 100 ms and summed';

/** A content tree for one variant, with its own output and cache folders. */
async function prepareVariant(root, name, { withCharts, sharing }) {
  const dir = join(root, name);
  const content = join(dir, 'content');
  await mkdir(join(content, 'stories'), { recursive: true });
  // Authors are referenced by every story; the gallery and guide pages are built from their folders.
  await cp('content/authors', join(content, 'authors'), { recursive: true });
  await cp('content/gallery', join(content, 'gallery'), { recursive: true });
  await cp('content/guide', join(content, 'guide'), { recursive: true });
  const wordsPerStory = await writeStories(join(content, 'stories'), { count: settings.stories, seed: settings.seed, withCharts, chartPlan });
  return { name, sharing, content, dist: join(dir, 'dist'), cache: join(dir, 'cache'), timeLog: join(dir, 'time.txt'), wordsPerStory, cold: [], warm: [] };
}

/** Process ids of `pid` and everything it started, read from /proc. */
async function processTree(pid) {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => []);
  const children = [];
  for (const task of tasks) {
    const text = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
    children.push(...text.split(' ').filter(Boolean).map(Number));
  }
  const nested = await Promise.all(children.map(processTree));
  return [pid, ...nested.flat()];
}

/** Samples VmHWM (each process's own peak) so short-lived children are still counted. */
function pollPeakMemory(rootPid) {
  const peaks = new Map();
  const sample = async () => {
    for (const pid of await processTree(rootPid)) {
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
      const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, kb));
    }
  };
  const timer = setInterval(sample, 100);
  return async () => {
    clearInterval(timer);
    return [...peaks.values()].reduce((sum, kb) => sum + kb, 0);
  };
}

/**
 * CPU seconds used by reaped children so far (utime + stime of /proc/self/stat, in USER_HZ = 100
 * ticks). Other jobs on the machine stretch wall time far more than they stretch CPU time.
 */
async function childCpuSeconds() {
  const stat = await readFile('/proc/self/stat', 'utf8').catch(() => undefined);
  if (!stat) return NaN;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

async function countHtmlPages(dir) {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.html')).length;
}

/** Runs a command to its end: exit code, output, wall and CPU seconds. */
async function timed(command, args, env) {
  const cpuBefore = await childCpuSeconds();
  const start = process.hrtime.bigint();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stopPolling = useTime ? undefined : pollPeakMemory(child.pid);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { code, output, seconds, cpuSeconds: (await childCpuSeconds()) - cpuBefore, polledKb: await stopPolling?.() };
}

/** One production build of a variant's tree: wall and CPU time, peak memory and pages written. */
async function build(variant, { cold }) {
  if (cold) {
    await rm(variant.dist, { recursive: true, force: true });
    await rm(variant.cache, { recursive: true, force: true });
  }
  const astroArgs = [astroBin, 'build', '--outDir', variant.dist];
  const [command, args] = useTime ? [timeBinary, ['-v', '-o', variant.timeLog, process.execPath, ...astroArgs]] : [process.execPath, astroArgs];
  const env = {
    ...process.env,
    READOUT_CONTENT_DIR: variant.content,
    READOUT_CACHE_DIR: variant.cache,
    READOUT_SHARING: variant.sharing ? 'on' : 'off',
    ASTRO_TELEMETRY_DISABLED: '1',
    TZ: 'UTC',
    LC_ALL: 'C.UTF-8',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  const run = await timed(command, args, env);
  if (run.code !== 0) throw new Error(`the ${variant.name} build failed (exit code ${run.code}); its last lines:\n${run.output.trim().split('\n').slice(-25).join('\n')}`);
  const peakKb = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(await readFile(variant.timeLog, 'utf8'))?.[1] ?? NaN) : run.polledKb;
  return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakMb: peakKb / 1024, pages: await countHtmlPages(variant.dist) };
}

const gzipSize = (text) => gzipSync(text).length;
const byteSize = (text) => Buffer.byteLength(text);

/**
 * What a reader downloads for one story page. HTML is the whole document; CSS and JS are the
 * linked files plus inline <style> and <script> blocks (so inline code counts in HTML too).
 * JSON-LD is data, not JavaScript.
 */
async function pageWeight(dist, html, fileCache) {
  const external = async (href) => {
    const path = join(dist, decodeURI(href.split(/[?#]/)[0]));
    if (!fileCache.has(path)) {
      const text = await readFile(path, 'utf8');
      fileCache.set(path, { raw: byteSize(text), gzip: gzipSize(text) });
    }
    return fileCache.get(path);
  };
  const css = { raw: 0, gzip: 0 };
  const js = { raw: 0, gzip: 0 };
  const add = (total, size) => ((total.raw += size.raw), (total.gzip += size.gzip));
  const attribute = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel');
    const href = attribute(tag, 'href');
    if (href && rel === 'stylesheet') add(css, await external(href));
    if (href && rel === 'modulepreload') add(js, await external(href));
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) add(css, { raw: byteSize(body), gzip: gzipSize(body) });
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attribute(attributes, 'type');
    if (type && !/^(module|text\/javascript)$/i.test(type)) continue;
    const src = attribute(attributes, 'src');
    add(js, src ? await external(src) : { raw: byteSize(body), gzip: gzipSize(body) });
  }
  return { html: { raw: byteSize(html), gzip: gzipSize(html) }, css, js };
}

async function storyPageWeights(dist) {
  const storiesDir = join(dist, 'stories');
  const slugs = (await readdir(storiesDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const fileCache = new Map();
  const weights = [];
  for (const slug of slugs) weights.push(await pageWeight(dist, await readFile(join(storiesDir, slug, 'index.html'), 'utf8'), fileCache));
  return weights;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const number = (value, digits = 0) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log('  ' + row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   '));
}

/** Medians of each variant's builds; the story pages' ratio is what the 1.15x target is about. */
function printBuildFigures(variants) {
  const summary = variants.map((variant) => {
    const seconds = median(variant.cold.map((run) => run.seconds));
    const cpuSeconds = median(variant.cold.map((run) => run.cpuSeconds));
    const pages = variant.cold[0].pages;
    return { seconds, cpuSeconds, pages, peakMb: median(variant.cold.map((run) => run.peakMb)), warm: variant.warm[0] };
  });
  const runsNote = settings.runs > 1 ? ` (median of ${settings.runs})` : '';
  const rows = [
    ['', ...variants.map((variant) => variant.name)],
    [`cold build time${runsNote}`, ...summary.map((s) => `${number(s.seconds, 1)} s`)],
    [`CPU time, user + system${runsNote}`, ...summary.map((s) => `${number(s.cpuSeconds, 1)} s`)],
    ['HTML pages built', ...summary.map((s) => number(s.pages))],
    ['pages per second', ...summary.map((s) => number(s.pages / s.seconds, 1))],
    [`peak memory${runsNote}`, ...summary.map((s) => `${number(s.peakMb)} MB`)],
  ];
  if (summary.every((s) => s.warm !== undefined)) rows.push(['warm rebuild (same tree, kept cache)', ...summary.map((s) => `${number(s.warm.seconds, 1)} s (CPU ${number(s.warm.cpuSeconds, 1)} s)`)]);
  console.log('\nBuilds');
  printTable(rows);
  const [without, withCharts, wholeSite] = summary;
  const chartCount = settings.stories * chartPlan.length;
  const msPerChart = (more, less) => `${number(((more - less) * 1000) / chartCount, 1)} ms`;
  const ratio = withCharts.seconds / without.seconds;
  const verdict = ratio <= overheadTarget ? 'within' : 'ABOVE';
  console.log(`\n  chart overhead of the story pages: ${ratio.toFixed(2)}x build time with charts / without (${verdict} the ${overheadTarget.toFixed(2)}x target)`);
  console.log(`                  ${(withCharts.cpuSeconds / without.cpuSeconds).toFixed(2)}x in CPU time, which other jobs on the machine disturb less`);
  console.log(`                  ${msPerChart(withCharts.cpuSeconds, without.cpuSeconds)} of CPU per chart (${number(chartCount)} charts)`);
  if (settings.runs > 1) {
    // Each run builds both trees back to back; the spread shows how much the machine drifted.
    const pairs = variants[0].cold.map((run, index) => variants[1].cold[index].seconds / run.seconds);
    console.log(`                  run by run: ${pairs.map((pair) => `${pair.toFixed(2)}x`).join(', ')} (median ${median(pairs).toFixed(2)}x)`);
  }
  if (without.warm && withCharts.warm) {
    console.log(`  warm rebuilds (figures and content from the cache): ${(withCharts.warm.seconds / without.warm.seconds).toFixed(2)}x build time, ${(withCharts.warm.cpuSeconds / without.warm.cpuSeconds).toFixed(2)}x CPU`);
  }
  if (wholeSite) {
    const warm = wholeSite.warm && withCharts.warm ? `, ${msPerChart(wholeSite.warm.cpuSeconds, withCharts.warm.cpuSeconds)} warm` : '';
    console.log(`  whole site: ${(wholeSite.seconds / without.seconds).toFixed(2)}x build time of the stories without charts (${(wholeSite.cpuSeconds / without.cpuSeconds).toFixed(2)}x CPU);`);
    console.log(`                  the sharing outputs (${number(wholeSite.pages - withCharts.pages)} more pages, ${number(chartCount * 3)} downloads, ${number(chartCount + settings.stories)} cards)`);
    console.log(`                  cost ${msPerChart(wholeSite.cpuSeconds, withCharts.cpuSeconds)} of CPU per chart cold${warm}`);
  }
  console.log(`  peak memory: ${memoryMethod}`);
}

function printPageWeights(variants, weights) {
  const header = ['per story page', ...variants.flatMap((variant) => [`${variant.name} median`, 'max'])];
  const rows = [header];
  for (const part of ['html', 'css', 'js']) {
    for (const encoding of ['raw', 'gzip']) {
      const cells = weights.flatMap((pages) => {
        const sizes = pages.map((page) => page[part][encoding]);
        return [kb(median(sizes)), kb(Math.max(...sizes))];
      });
      rows.push([`${part.toUpperCase()} ${encoding}`, ...cells]);
    }
  }
  console.log(`\nBytes per story page (${number(weights[0].length)} pages; CSS and JS include inline blocks, which HTML counts too; gzip level 6)`);
  printTable(rows);
}

const loadLine = () => loadavg().map((load) => load.toFixed(1)).join(' / ');

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'readout-bench-'));
  console.log(`Readout build benchmark: ${number(settings.stories)} synthetic stories, ${chartPlan.length} charts each (${chartPlan.join(', ')}), seed ${settings.seed}`);
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadLine()}; temporary folder ${root}`);
  try {
    const variants = [
      await prepareVariant(root, 'without charts', { withCharts: false, sharing: false }),
      await prepareVariant(root, 'with charts', { withCharts: true, sharing: false }),
      ...(flags['whole-site'] ? [await prepareVariant(root, 'whole site', { withCharts: true, sharing: true })] : []),
    ];
    console.log(`Generated ${number(variants[0].wordsPerStory)} words per story on average.\n`);
    for (let run = 0; run < settings.runs; run++) {
      // Alternate the order, so a warming disk cache or CPU favours none.
      const order = run % 2 === 0 ? variants : [...variants].reverse();
      for (const variant of order) {
        const result = await build(variant, { cold: true });
        variant.cold.push(result);
        console.log(`  cold build ${run + 1}/${settings.runs}, ${variant.name}: ${number(result.seconds, 1)} s (CPU ${number(result.cpuSeconds, 1)} s), ${number(result.pages)} pages, peak ${number(result.peakMb)} MB`);
      }
    }
    if (flags.warm) {
      for (const variant of variants) {
        const result = await build(variant, { cold: false });
        variant.warm.push(result);
        console.log(`  warm rebuild, ${variant.name}: ${number(result.seconds, 1)} s (CPU ${number(result.cpuSeconds, 1)} s)`);
      }
    }
    printBuildFigures(variants);
    // Other jobs on a shared machine stretch wall time: the load says how far to trust it.
    console.log(`  load average now ${loadLine()} (1, 5, 15 min) on ${cpus().length} CPUs`);
    // A published story page is the whole site's, with its charts' share links (a few hundred bytes more).
    const published = [variants[0], variants.at(-1)];
    printPageWeights(published, await Promise.all(published.map((variant) => storyPageWeights(variant.dist))));
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : error}\nThe temporary folder is kept for inspection: ${root}`);
    process.exitCode = 1;
    return;
  }
  if (flags.keep) console.log(`\nKept ${root}`);
  else await rm(root, { recursive: true, force: true });
}

await main();
