import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseDataFile, type DataTable } from '../charts/data.ts';
import { bandsUpTo, bandWidths } from '../charts/dimensions.ts';
import { ChartInputError } from '../charts/errors.ts';
import { chartFigure } from '../charts/figure.ts';
import { renderChart, type RenderContext, type RenderedChart } from '../charts/render.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { render } from '../charts/svg.ts';
import type { ChartRenderPool, DrawJob } from './chartPool.ts';
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
  /** Where the charts' own pages are (`/stories/x/charts/`), when figures should link to them. */
  chartPages?: string | undefined;
  /** Where the chart is the page's subject, its title is the page's heading. */
  titleTag?: 'p' | 'h1' | undefined;
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

// Charts queued for the worker pool during this build (see chartsAhead.ts), by chart, for the
// page that places each to take.
const drawnAhead = new Map<string, DrawJob>();

// A page with wider room (a chart's own page) draws more bands: a different figure.
const chartName = (host: ChartHost, chartId: string) =>
  `${host.filePath}#${chartId}@${host.maxChartWidth ?? 'all'}${host.chartPages ? '+links' : ''}${host.titleTag ?? ''}`;

/** A chart's data file as written, and parsed. */
export interface ChartData {
  /** Path of the file, as given to the build (for reading it again, e.g. to copy it). */
  path: string;
  text: string;
  table: DataTable;
}

/** Reads and parses the data file a chart declares, or says which file is missing, and where. */
export function readChartData(story: StoryFiles, chartId: string, spec: ChartSpec): ChartData {
  const path = join(dirname(story.filePath), spec.data);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${displayPath(story.filePath)}: charts.${chartId}.data: file "${spec.data}" not found beside the story (looked for ${displayPath(path)})`);
  }
  try {
    return { path, text, table: parseDataFile(spec.data, text) };
  } catch (error) {
    throw chartError(story, chartId, error);
  }
}

/** Draws a declared chart (every band that fits the host, unless `context.widths` says which). */
export function renderStoryChart(
  host: ChartHost,
  chartId: string,
  spec: ChartSpec,
  context: Partial<RenderContext> = {},
  { table }: ChartData = readChartData(host, chartId, spec),
): RenderedChart {
  const widths = context.widths ?? (host.maxChartWidth ? bandsUpTo(host.maxChartWidth) : bandWidths);
  try {
    return renderChart(chartId, spec, table, { idBase: `${host.slug}-${chartId}`, ...context, widths });
  } catch (error) {
    throw chartError(host, chartId, error);
  }
}

/** The finished figure of a chart, or an editor-facing error naming the file, the chart and the field. */
export function drawChartFigure(host: ChartHost, chartId: string, spec: ChartSpec, data?: ChartData): string {
  const chart = renderStoryChart(host, chartId, spec, {}, data);
  const permalink = host.chartPages && `${host.chartPages}${chartId}/`;
  return render(chartFigure(chart, { idBase: `${host.slug}-${chartId}`, formatDate, permalink, titleTag: host.titleTag }));
}

/**
 * One declared chart as its finished figure. A chart a worker has begun is awaited (for a while:
 * see chartPool.ts), one no worker has begun is taken back and drawn here at once. A chart the
 * worker could not draw is drawn here too, which reports the problem with the file and field.
 * Each figure is placed on one page, so it is let go once taken: a big site's build would
 * otherwise hold every figure of every view until the end.
 */
export async function chartFigureHtml(host: ChartHost, chartId: string, spec: ChartSpec): Promise<string> {
  const name = chartName(host, chartId);
  const job = drawnAhead.get(name);
  drawnAhead.delete(name);
  return (await job?.take()) ?? drawChartFigure(host, chartId, spec);
}

/**
 * Queues a page's charts in the worker pool, for the page to take when it renders. A chart that
 * fails there is drawn again by its page, which reports the problem with the file, the chart and
 * the field, as it does for any chart. The promises settle when each chart is done or taken back.
 */
export function queueCharts(pool: ChartRenderPool, host: ChartHost, chartIds: readonly string[]): Promise<unknown>[] {
  return chartIds.map((chartId) => {
    // The worker needs neither the other charts' specs nor anything that does not cross threads.
    const job = pool.draw({ host: { ...host, charts: {} }, chartId, spec: host.charts[chartId]! });
    drawnAhead.set(chartName(host, chartId), job);
    return job.done.catch(() => undefined);
  });
}
