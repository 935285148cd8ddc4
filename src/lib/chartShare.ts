import { formatDate } from './dates.ts';
import { lastModified } from './storyDates.ts';
import type { StoryChart } from './storyChartList.ts';
import { dataset } from './structuredData.ts';
import { absoluteUrl, chartFileName, routes, sharePaths } from './urls.ts';
import { cardSize, site } from '../site.ts';

/** Everything the share panel offers for one chart: links, citation and file names. */
export interface ChartShare {
  title: string;
  /** The permalink, absolute: what a reader copies or shares. */
  url: string;
  storyUrl: string;
  citation: string;
  downloads: { kind: 'png' | 'svg' | 'csv'; href: string; fileName: string; label: string; detail: string }[];
}

/** `Readout, “Chart title”, 18 April 2024, https://…`: the date is the story's latest version. */
export function citationLine(outlet: string, title: string, date: Date, url: string): string {
  return `${outlet}, “${title}”, ${formatDate(date)}, ${url}`;
}

export function chartShare({ story, chartId, spec }: StoryChart, siteUrl: URL | undefined): ChartShare {
  const url = absoluteUrl(sharePaths.chart(story.slug, chartId), siteUrl);
  const data = story.entry.data;
  const file = (kind: 'png' | 'svg' | 'csv') => ({ kind, href: routes.chartFile(story.slug, chartId, kind), fileName: chartFileName(story.slug, chartId, kind) });
  return {
    title: spec.title,
    url,
    storyUrl: absoluteUrl(`stories/${story.slug}/`, siteUrl),
    citation: citationLine(site.name, spec.title, lastModified(data) ?? data.published, url),
    downloads: [
      { ...file('png'), label: 'Image (PNG)', detail: 'at twice screen resolution, with title and source' },
      { ...file('svg'), label: 'Vector image (SVG)', detail: 'opens on its own, for print and editing' },
      { ...file('csv'), label: 'Data (CSV)', detail: `the rows this chart was drawn from (${spec.data})` },
    ],
  };
}

/** The chart's social card, as its page names it in og:image. */
export function chartSocialImage({ story, chartId, spec }: StoryChart) {
  return { path: sharePaths.chartFile(story.slug, chartId, 'card'), ...cardSize, alt: `Chart: ${spec.title}. ${spec.alt}` };
}

/** The chart page's JSON-LD: a Dataset whose distribution is the chart's CSV; its links are the share panel's. */
export function chartDataset(chart: StoryChart, share: ChartShare, siteUrl: URL | undefined): Record<string, unknown> {
  const { story, chartId, spec } = chart;
  const data = story.entry.data;
  const card = chartSocialImage(chart);
  return dataset({
    url: share.url,
    name: spec.title,
    description: spec.alt,
    story: { url: share.storyUrl, headline: data.title },
    published: data.published,
    modified: lastModified(data),
    csvUrl: absoluteUrl(sharePaths.chartFile(story.slug, chartId, 'csv'), siteUrl),
    sources: Array.isArray(spec.source) ? spec.source : [spec.source],
    licence: site.licence.url,
    image: { url: absoluteUrl(card.path, siteUrl), width: card.width, height: card.height },
    publisher: { name: site.name, url: absoluteUrl('', siteUrl) },
    illustrative: spec.illustrative,
  });
}
