import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseDataFile } from '../charts/data.ts';
import { bandsUpTo, bandWidths } from '../charts/dimensions.ts';
import { ChartInputError } from '../charts/errors.ts';
import { chartFigure } from '../charts/figure.ts';
import { renderChart } from '../charts/render.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { render } from '../charts/svg.ts';
import { chartCacheKey, readCachedFigure, readDrawnFigure, rememberDrawnFigure, writeCachedFigure, type ChartJob } from './chartCache.ts';
import type { ChartRenderPool } from './chartPool.ts';
import { formatDate } from './dates.ts';

/** Where a story's files are, for reading its data and for naming it in messages. */
export interface StoryFiles {
  slug: string;
  /** Absolute or cwd-relative path of index.mdx. */
  filePath: string;
}

/** A page whose MDX may place charts: a story, or the chart gallery. Set in Astro.locals by its route. */
export interface ChartHost extends StoryFiles {
  charts: Record<string, ChartSpec>;
  /** The widest a chart can be on this page, in CSS px; only the bands that fit are drawn. */
  maxChartWidth?: number | undefined;
}

export const displayPath = (filePath: string): string => {
  const fromRoot = relative(process.cwd(), filePath);
  return fromRoot.startsWith('..') ? filePath : fromRoot;
};

/** An editor-facing error: `content/stories/x/index.mdx: charts.app-ranks.y: column "rnak" not in …`. */
export function chartError(story: StoryFiles, chartId: string, error: unknown): Error {
  if (error instanceof ChartInputError) return new Error(`${displayPath(story.filePath)}: charts.${chartId}.${error.message}`);
  return error instanceof Error ? error : new Error(String(error));
}

/** What drawing one chart takes: its spec, its data file's text, the widths and ids of this page. */
export function chartJob(host: ChartHost, chartId: string, spec: ChartSpec): ChartJob {
  const path = join(dirname(host.filePath), spec.data);
  let dataText: string;
  try {
    dataText = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${displayPath(host.filePath)}: charts.${chartId}.data: file "${spec.data}" not found beside the story (looked for ${displayPath(path)})`);
  }
  const widths = host.maxChartWidth ? bandsUpTo(host.maxChartWidth) : [...bandWidths];
  return { idBase: `${host.slug}-${chartId}`, chartId, spec, dataFile: spec.data, dataText, widths };
}

// The loader and the pages name a story's file differently (absolute, relative): compare resolved.
const chartName = (host: ChartHost, chartId: string) => `${resolve(host.filePath)}#${chartId}`;
const drawnFor = (host: ChartHost, chartId: string) => readDrawnFigure(chartName(host, chartId));

/** The finished figure of a chart, or an editor-facing error naming the file, the chart and the field. */
function drawFigure(host: ChartHost, job: ChartJob): string {
  try {
    const chart = renderChart(job.chartId, job.spec, parseDataFile(job.dataFile, job.dataText), { idBase: job.idBase, widths: job.widths });
    return render(chartFigure(chart, { idBase: job.idBase, formatDate }));
  } catch (error) {
    throw chartError(host, job.chartId, error);
  }
}

/**
 * One declared chart as its finished figure: from the chart cache when the loader's worker (or an
 * earlier build) drew it already, else drawn here. Every problem names the story file and the field.
 */
export function chartFigureHtml(host: ChartHost, chartId: string, spec: ChartSpec): { key: string; html: string } {
  // In a production build nothing changes between content sync and rendering, so the figure the
  // worker drew for this chart is the one to use; the dev server checks the data again instead.
  const drawn = import.meta.env?.PROD ? drawnFor(host, chartId) : undefined;
  if (drawn) return drawn;
  const job = chartJob(host, chartId, spec);
  const key = chartCacheKey(job);
  const cached = readCachedFigure(key);
  if (cached !== undefined) return { key, html: cached };
  const html = drawFigure(host, job);
  writeCachedFigure(key, html);
  return { key, html };
}

/**
 * Starts drawing a page's charts in the worker pool, for the page to pick up when it renders. A
 * chart that fails here is simply not handed over: the page draws it itself and reports the
 * problem with the file, the chart and the field, as it does for any chart.
 */
export function prerenderCharts(pool: ChartRenderPool, host: ChartHost): Promise<void>[] {
  const { slug, filePath, maxChartWidth } = host;
  return Object.entries(host.charts).map(async ([chartId, spec]) => {
    try {
      const figure = await pool.draw({ host: { slug, filePath, maxChartWidth, charts: {} }, chartId, spec });
      rememberDrawnFigure(figure.key, figure.html, chartName(host, chartId));
    } catch {
      // Left for the page, which draws the chart itself and reports the problem.
    }
  });
}
