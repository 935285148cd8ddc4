import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseDataFile, type DataTable } from '../charts/data.ts';
import { bandsUpTo, bandWidths } from '../charts/dimensions.ts';
import { ChartInputError } from '../charts/errors.ts';
import { checkChart, renderChart, type RenderedChart } from '../charts/render.ts';
import type { ChartSpec } from '../charts/spec.ts';

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

export function readChartData(story: StoryFiles, chartId: string, spec: ChartSpec): DataTable {
  const path = join(dirname(story.filePath), spec.data);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${displayPath(story.filePath)}: charts.${chartId}.data: file "${spec.data}" not found beside the story (looked for ${displayPath(path)})`);
  }
  try {
    return parseDataFile(spec.data, text);
  } catch (error) {
    throw chartError(story, chartId, error);
  }
}

/** Reads, checks and draws one declared chart; every problem names the story file and the field. */
export function buildChart(story: StoryFiles & { maxChartWidth?: number | undefined }, chartId: string, spec: ChartSpec): RenderedChart {
  const table = readChartData(story, chartId, spec);
  try {
    const widths = story.maxChartWidth ? bandsUpTo(story.maxChartWidth) : bandWidths;
    return renderChart(chartId, spec, table, { idBase: `${story.slug}-${chartId}`, widths });
  } catch (error) {
    throw chartError(story, chartId, error);
  }
}

/** The content loader's check: data files exist and fit their specs, without drawing anything. */
export function checkStoryCharts(story: StoryFiles, charts: Record<string, ChartSpec>): void {
  for (const [chartId, spec] of Object.entries(charts)) {
    const table = readChartData(story, chartId, spec);
    try {
      checkChart(chartId, spec, table);
    } catch (error) {
      throw chartError(story, chartId, error);
    }
  }
}
