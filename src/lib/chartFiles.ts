import { csvFormat } from 'd3-dsv';
import { exportChart, type ExportedChart } from '../charts/render.ts';
import { sourceLine, standaloneChart, type StandaloneSvg } from '../charts/standalone.ts';
import { site } from '../site.ts';
import { formatDate } from './dates.ts';
import { cacheKey, cachedImage } from './imageCache.ts';
import { rendererVersion, svgToPng } from './raster.ts';
import { cardLayout, socialCard } from './socialCard.ts';
import { getStoryCharts, type StoryChart } from './storyChartList.ts';
import { chartError, readChartData } from './storyCharts.ts';
import { chartFileName, type ChartFileKind } from './urls.ts';

// The files a chart is passed on as, made at build time from the same chart functions as the
// page: the standalone SVG, a PNG of it, the data as CSV, and the social cards.

export type ChartRef = Pick<StoryChart, 'host' | 'chartId' | 'spec'>;

/** The chart ready to draw outside the page, or an error naming the story file, the chart and the field. */
export function exportStoryChart({ host, chartId, spec }: ChartRef): ExportedChart {
  const { table } = readChartData(host, chartId, spec);
  try {
    return exportChart(chartId, spec, table);
  } catch (error) {
    throw chartError(host, chartId, error);
  }
}

export function chartSvg(chart: ChartRef): StandaloneSvg {
  return standaloneChart(exportStoryChart(chart), { siteName: site.name, formatDate });
}

/** The standalone SVG at twice its size: sharp on high-density screens and in print. */
export async function chartPng(chart: ChartRef): Promise<Buffer> {
  const { svg } = chartSvg(chart);
  return cachedImage(cacheKey('png@2x', rendererVersion(), svg), () => svgToPng(svg, 2));
}

/** The rows the chart was built from: the data file itself when it is CSV, else its rows as CSV. */
export function chartCsv({ host, chartId, spec }: ChartRef): string {
  const { text, table } = readChartData(host, chartId, spec);
  return spec.data.toLowerCase().endsWith('.csv') ? text : csvFormat(table.rows, table.columns);
}

function cardChart(exported: ExportedChart) {
  return { layout: cardLayout(exported.layout), source: sourceLine(exported.meta, formatDate), illustrative: exported.meta.illustrative };
}

export function chartCard(chart: ChartRef): Promise<Buffer> {
  const exported = exportStoryChart(chart);
  return socialCard({ title: exported.meta.title, chart: cardChart(exported), siteName: site.name });
}

/** A story's card: its headline over its lead chart, or over its dek when it has no chart. */
export function storyCard(story: { title: string; dek: string }, lead: ChartRef | undefined): Promise<Buffer> {
  return socialCard({ title: story.title, ...(lead ? { chart: cardChart(exportStoryChart(lead)) } : { dek: story.dek }), siteName: site.name });
}

const contentTypes: Record<ChartFileKind, string> = {
  png: 'image/png',
  card: 'image/png',
  svg: 'image/svg+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export const fileResponse = (body: string | Buffer, kind: ChartFileKind): Response =>
  new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': contentTypes[kind] } });

/**
 * The pages of one kind of chart file, for its route's getStaticPaths. Each kind has a route file
 * named with its extension ([file].png.ts, card.png.ts): Astro leaves the trailing slash off only
 * an endpoint whose route ends in an extension, and the dev server serves nothing else without one.
 */
export async function chartFilePaths(kind: ChartFileKind) {
  return (await getStoryCharts()).map((chart) => {
    const name = chartFileName(chart.story.slug, chart.chartId, kind);
    const params = { slug: chart.story.slug, chart: chart.chartId };
    return { params: kind === 'card' ? params : { ...params, file: name.slice(0, name.lastIndexOf('.')) }, props: { chart } };
  });
}

/** One of a chart's files, as the response its route serves. */
export async function chartFileResponse(chart: ChartRef, kind: ChartFileKind): Promise<Response> {
  const body = kind === 'png' ? await chartPng(chart) : kind === 'card' ? await chartCard(chart) : kind === 'svg' ? chartSvg(chart).svg : chartCsv(chart);
  return fileResponse(body, kind);
}
