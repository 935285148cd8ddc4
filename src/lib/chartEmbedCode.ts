import { defaultEmbedHeight, embedBandWidth, embedCode } from './embedCode.ts';
import type { StoryChart } from './storyChartList.ts';
import { renderStoryChart } from './storyCharts.ts';
import { absoluteUrl, routes } from './urls.ts';

/** The embed code of one chart of a story, with absolute URLs: what the share panel shows. */
export function chartEmbedCode({ story, chartId, spec, host }: StoryChart, site: URL | undefined): string {
  // Only the band a typical column shows is drawn: the estimate needs no other.
  const chart = renderStoryChart(host, chartId, spec, { widths: [embedBandWidth()] });
  // routes.* already start with the base path: resolve them against the site's root as they are.
  const root = absoluteUrl('', site);
  return embedCode({
    src: new URL(routes.embed(story.slug, chartId), root).href,
    title: chart.meta.title,
    height: defaultEmbedHeight(chart),
    hostScript: new URL(routes.embedHost(), root).href,
  });
}
