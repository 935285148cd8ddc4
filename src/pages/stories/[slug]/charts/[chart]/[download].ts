import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFileResponse } from '../../../../../lib/chartFiles.ts';
import { getStoryCharts, type StoryChart } from '../../../../../lib/storyChartList.ts';
import { chartFileName, type ChartFileKind } from '../../../../../lib/urls.ts';

// A chart's downloads and social card, beside its permalink page (see routes.chartFile).
const kinds: ChartFileKind[] = ['png', 'svg', 'csv', 'card'];

export const getStaticPaths = (async () => {
  const charts = await getStoryCharts();
  return charts.flatMap((chart) =>
    kinds.map((kind) => ({
      params: { slug: chart.story.slug, chart: chart.chartId, download: chartFileName(chart.story.slug, chart.chartId, kind) },
      props: { chart, kind },
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  chart: StoryChart;
  kind: ChartFileKind;
}

export const GET: APIRoute<Props> = ({ props }) => chartFileResponse(props.chart, props.kind);
