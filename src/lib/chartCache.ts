import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ChartSpec } from '../charts/spec.ts';

// Chart figures (the finished HTML), kept on disk by a hash of everything that decides them: the
// spec, the data file's text, the widths drawn, the ids, and the code that draws them. The content
// loader fills it from a worker thread while the rest of the build runs; pages read it, from memory
// when the worker drew it in this run; a later build or the dev server redraws only what changed.

/** Everything a chart's figure depends on, besides the code. */
export interface ChartJob {
  idBase: string;
  chartId: string;
  spec: ChartSpec;
  dataFile: string;
  dataText: string;
  widths: number[];
}

const cacheRoot = resolve(process.env.READOUT_CACHE_DIR ?? 'node_modules/.astro', 'readout-charts');

// The chart code, the figure chrome, the site settings it uses (dates) and the dependencies.
const codeSources = ['src/charts', 'src/lib/storyCharts.ts', 'src/lib/dates.ts', 'src/site.ts', 'package-lock.json'];

let codeVersion: string | undefined;

function chartCodeVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256');
  for (const source of codeSources) {
    const files = source.includes('.') ? [source] : readdirSync(source, { recursive: true, encoding: 'utf8' }).sort().map((file) => join(source, file));
    for (const file of files.filter((name) => /\.(ts|json)$/.test(name))) hash.update(file).update(readFileSync(file));
  }
  codeVersion = hash.digest('hex');
  return codeVersion;
}

export function chartCacheKey(job: ChartJob): string {
  return createHash('sha256').update(chartCodeVersion()).update(JSON.stringify(job)).digest('hex').slice(0, 40);
}

const pathOf = (key: string) => join(cacheRoot, key.slice(0, 2), `${key}.html`);

// Figures the loader's worker drew during this build, handed to the pages in memory. The content
// loader and the pages are separate module graphs in one process, so the hand-over is global.
interface DrawnFigures {
  byKey: Map<string, string>;
  /** The same figures by `<story file>#<chart id>`, for a build that knows nothing changed since. */
  byChart: Map<string, { key: string; html: string }>;
}

const drawnThisRun: DrawnFigures = ((globalThis as { readoutDrawnFigures?: DrawnFigures }).readoutDrawnFigures ??= { byKey: new Map(), byChart: new Map() });

export function rememberDrawnFigure(key: string, html: string, chart: string): void {
  drawnThisRun.byKey.set(key, html);
  drawnThisRun.byChart.set(chart, { key, html });
}

export function readDrawnFigure(chart: string): { key: string; html: string } | undefined {
  return drawnThisRun.byChart.get(chart);
}

export function readCachedFigure(key: string): string | undefined {
  const drawn = drawnThisRun.byKey.get(key);
  if (drawn !== undefined) return drawn;
  const path = pathOf(key);
  // existsSync first: a cold build misses every time, and a thrown ENOENT costs more than a stat.
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

const madeDirectories = new Set<string>();

export function writeCachedFigure(key: string, html: string): void {
  const path = pathOf(key);
  if (!madeDirectories.has(dirname(path))) {
    mkdirSync(dirname(path), { recursive: true });
    madeDirectories.add(dirname(path));
  }
  // Write then rename, so a reader never sees half a file.
  const temporary = `${path}.${process.pid}.${Math.trunc(performance.now() * 1000)}.tmp`;
  writeFileSync(temporary, html);
  renameSync(temporary, path);
}
