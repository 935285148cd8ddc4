import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseDataFile } from '../charts/data.ts';
import { bandsUpTo, bandWidths } from '../charts/dimensions.ts';
import { ChartInputError } from '../charts/errors.ts';
import { chartFigure } from '../charts/figure.ts';
import { renderChart } from '../charts/render.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { render } from '../charts/svg.ts';
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

// Figures the content loader's worker drew during this build, by chart, handed to the pages in
// memory. The loader and the pages are separate module graphs in one process: the map is global.
const drawnThisBuild: Map<string, string> = ((globalThis as { readoutDrawnFigures?: Map<string, string> }).readoutDrawnFigures ??= new Map());

// The loader and the pages name a story's file differently (absolute, relative): compare resolved.
const chartName = (host: ChartHost, chartId: string) => `${resolve(host.filePath)}#${chartId}`;

/** The finished figure of a chart, or an editor-facing error naming the file, the chart and the field. */
export function drawChartFigure(host: ChartHost, chartId: string, spec: ChartSpec): string {
  const path = join(dirname(host.filePath), spec.data);
  let dataText: string;
  try {
    dataText = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${displayPath(host.filePath)}: charts.${chartId}.data: file "${spec.data}" not found beside the story (looked for ${displayPath(path)})`);
  }
  const idBase = `${host.slug}-${chartId}`;
  const widths = host.maxChartWidth ? bandsUpTo(host.maxChartWidth) : bandWidths;
  try {
    const chart = renderChart(chartId, spec, parseDataFile(spec.data, dataText), { idBase, widths });
    return render(chartFigure(chart, { idBase, formatDate }));
  } catch (error) {
    throw chartError(host, chartId, error);
  }
}

/** One declared chart as its finished figure: the one the worker drew, if it did, else drawn here. */
export function chartFigureHtml(host: ChartHost, chartId: string, spec: ChartSpec): string {
  return drawnThisBuild.get(chartName(host, chartId)) ?? drawChartFigure(host, chartId, spec);
}

/**
 * Starts drawing a page's charts in the worker pool, for the page to pick up when it renders. A
 * chart that fails here is simply not handed over: the page draws it itself and reports the
 * problem with the file, the chart and the field, as it does for any chart.
 */
export function prerenderCharts(pool: ChartRenderPool, host: ChartHost): Promise<void>[] {
  return Object.entries(host.charts).map(async ([chartId, spec]) => {
    try {
      const { slug, filePath, maxChartWidth } = host;
      drawnThisBuild.set(chartName(host, chartId), await pool.draw({ host: { slug, filePath, maxChartWidth, charts: {} }, chartId, spec }));
    } catch {
      // Left for the page, which draws the chart itself and reports the problem.
    }
  });
}
